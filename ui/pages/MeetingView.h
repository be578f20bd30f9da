// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dashboard in projector mode, made for a meeting room rather than scaled up from the desk:
// four large figures (tasks, done, against this month's target, joint share), the curve, the
// bureaus (city) or pools (one bureau) ranked, the case ledger's line (个案: closed against the
// plan's 100%, red alerts, overdue), and a short list of what is overdue, with counts.
// Black ground, a colour-blind-safe palette (report::ChartStyle), nothing under 24 px at 1920×1080.

#include "progress/ProgressService.h"

#include <QWidget>

class QLabel;
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QChart)

namespace suiji {

class MeetingView : public QWidget {
    Q_OBJECT
public:
    explicit MeetingView(QLabel *keys, QWidget *parent = nullptr);
    ~MeetingView() override;
    // who: the bureau's or the city's name; jointTarget: the profile's joint share target (%).
    void show(const ProgressReport &report, const QString &who, int jointTarget);
    void showEmpty(const QString &text);

    // This month's target on the 30/60/100 curve: the month holding today (100 after the
    // quarter, the first month's before it).
    static int monthTarget(const ProgressReport &r);

private:
    struct Figure {
        QLabel *value, *caption, *detail;
    };
    Figure addFigure(const QString &id);
    void setChart(QChartView *view, QChart *chart);
    void setBodyVisible(bool on);
    void showCases(const CaseMeasures &m);

    QLabel *m_title;
    QList<Figure> m_figures;
    QChartView *m_curve;
    QChartView *m_ranked;
    QLabel *m_cases;
    QLabel *m_overdue;
};

} // namespace suiji
