// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dashboard: the quarter's completion curve against 30/60/100 with today's position, per-pool
// (or, for the whole city, per-bureau) completion, the joint share, and what is due or overdue.
// Projector mode shows the meeting view instead (MeetingView.h).

#include "calendar/WorkCalendar.h"
#include "pages/Page.h"
#include "progress/ProgressService.h"

#include <optional>

class QLabel;
class QPushButton;
class QListWidget;
class QGridLayout;
class QStackedWidget;
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QChart)

namespace suiji {

class MeetingView;

class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;
    void setProjector(bool on);
    bool projector() const { return m_projector; }
    void reload();
    void refresh() override { reload(); }
    bool busy() const override { return m_loading > 0; }

signals:
    // An alert was activated: show that page, for that bureau if the dashboard shows the city.
    void openPage(const QString &pageId, const QString &bureau);

public:
    const ProgressReport *report() const { return m_report ? &*m_report : nullptr; }
    QList<QChartView *> chartViews() const { return m_views; }
    // Writes every chart as NAME.png and NAME.svg into dir; returns the files written.
    QStringList exportCharts(const QString &dir) const;

private:
    void setChart(int slot, QChart *chart);
    void exportOne(QChartView *view);
    // The bureau's assigned targets (下达任务) of the year: hand down, record inspections.
    void editAssignedTargets();
    // A report's deadline alert activated: ask the day it was submitted and record it.
    void recordSubmission(const QString &deadline, const QString &bureau, const QString &what);

    QLabel *m_headline;
    QLabel *m_subline;
    QLabel *m_keys;
    QLabel *m_drawLink = nullptr;
    QLabel *m_casesLink = nullptr;
    QLabel *m_campaignsLink = nullptr;
    QPushButton *m_assignedButton = nullptr;
    MeetingView *m_meeting = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_alerts;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    std::optional<ProgressReport> m_report;
    std::optional<WorkCalendar> m_calendar;
    std::optional<RuleProfile> m_profile;
    bool m_projector = false;
    int m_loading = 0;
    int m_generation = 0;
    void showReport(const ProgressReport &r);
};

} // namespace suiji
