// SPDX-License-Identifier: GPL-3.0-or-later
// report/ProgressCharts on a hand-made progress report: the curve's target points are 30/60/100
// at the month ends, "done" stops at today, today's position on the x axis, the ranking orders
// bureaus from best to worst and marks those behind, and the projector style is larger and dark.

#include "report/ProgressCharts.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QtTest>

using namespace suiji;
using namespace suiji::report;

namespace {
ProgressReport august()
{
    ProgressReport r;
    r.quarter = Quarter{2025, 3};
    r.today = QDate(2025, 8, 16);
    r.tasks = 100;
    r.done = 45;
    const int targets[3] = {30, 60, 100};
    const QDate ends[3] = {QDate(2025, 7, 31), QDate(2025, 8, 31), QDate(2025, 9, 30)};
    for (int i = 0; i < 3; ++i) {
        MonthProgress m;
        m.month = 7 + i;
        m.end = ends[i];
        m.targetPct = targets[i];
        m.plannedCumPct = 34.0 * (i + 1);
        m.doneCumPct = i == 0 ? 31 : 0;
        m.past = i == 0;
        r.months << m;
    }
    for (const auto &[id, done] : {std::pair{"futian", 20}, std::pair{"nanshan", 70}, std::pair{"luohu", 50}}) {
        BureauProgress b;
        b.bureau = QString::fromLatin1(id);
        b.tasks = 100;
        b.done = done;
        r.bureaus << b;
    }
    return r;
}

QLineSeries *line(QChart *c, const QString &name)
{
    for (QAbstractSeries *s : c->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}
} // namespace

class TestProgressCharts : public QObject {
    Q_OBJECT
private slots:
    void todayOnTheAxis()
    {
        ProgressReport r = august();
        // 16 August: the second month, 16 of its 31 days.
        QCOMPARE(todayPosition(r), 1 + 16.0 / 31.0);
        r.today = QDate(2025, 7, 31);
        QCOMPARE(todayPosition(r), 1.0);
        r.today = QDate(2025, 6, 30);
        QCOMPARE(todayPosition(r), -1.0); // before the quarter
        r.today = QDate(2025, 10, 8);
        QCOMPARE(todayPosition(r), 3.0); // after it: the end
    }

    void curveHasTheTargetAndStopsAtToday()
    {
        const ProgressReport r = august();
        std::unique_ptr<QChart> c(curveChart(r, ChartStyle{}));
        QLineSeries *target = line(c.get(), QStringLiteral("Target"));
        QLineSeries *done = line(c.get(), QStringLiteral("Done"));
        QVERIFY(target && done);
        QCOMPARE(target->points(), (QList<QPointF>{{0, 0}, {1, 30}, {2, 60}, {3, 100}}));
        // Start, the end of July (31%), and today at 45%: nothing drawn beyond today.
        const QList<QPointF> d = done->points();
        QCOMPARE(d.size(), 3);
        QCOMPARE(d[1], QPointF(1, 31));
        QCOMPARE(d[2], QPointF(todayPosition(r), 45));
    }

    void rankingIsBestFirstAndMarksThoseBehind()
    {
        std::unique_ptr<QChart> c(rankedChart(august(), 60, ChartStyle{}));
        QHorizontalBarSeries *bars = nullptr;
        for (QAbstractSeries *s : c->series())
            if (auto *b = qobject_cast<QHorizontalBarSeries *>(s))
                bars = b;
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        const QBarSet *set = bars->barSets().first();
        // Bottom to top: the best (南山 70%) is drawn last, at the top.
        QCOMPARE(set->count(), 3);
        QCOMPARE(set->at(0), 20.0);
        QCOMPARE(set->at(2), 70.0);
        QList<int> behind = set->selectedBars();
        std::sort(behind.begin(), behind.end());
        QCOMPARE(behind, (QList<int>{0, 1})); // 20% and 50% are below this month's 60%
        QVERIFY(c->title().contains(QStringLiteral("60%")));
    }

    void projectorStyleIsLargerAndDark()
    {
        const ChartStyle desk, projector{true};
        QVERIFY(projector.font(10).pointSizeF() > desk.font(10).pointSizeF());
        QVERIFY(projector.lineWidth() > desk.lineWidth());
        QCOMPARE(projector.background(), QColor(0, 0, 0));
        QVERIFY(projector.done() != projector.target());
        QVERIFY(projector.behind() != projector.target()); // behind is never the target line's colour
        std::unique_ptr<QChart> c(curveChart(august(), projector));
        QCOMPARE(c->backgroundBrush().color(), QColor(0, 0, 0));
    }
};

QTEST_MAIN(TestProgressCharts)
#include "TestProgressCharts.moc"
