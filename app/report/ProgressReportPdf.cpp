// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReportPdf.h"

#include "model/Bureau.h"
#include "progress/ProgressService.h"
#include "report/PdfDocument.h"
#include "report/ProgressCharts.h"
#include "rules/YearView.h"
#include "store/AssignedRepository.h"
#include "store/TaskRepository.h"
#include "util/I18n.h"

#include <QChart>
#include <QCoreApplication>

namespace suiji::report {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::ProgressReportPdf)
};

QString scopeName(const QString &bureau)
{
    const Bureau *b = Bureau::byId(bureau);
    return b ? b->displayName(i18n::isChinese()) : Tr::tr("City");
}

QString percent(int part, int whole)
{
    return whole ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("—");
}

// 个案执法: the plan's targets (the four platforms' alerts 100% closed-loop, red alerts 100%), what
// is open and overdue, and each source's closure, as of the report's day.
void caseSection(PdfDocument &doc, const CaseMeasures &m)
{
    doc.heading(Tr::tr("Case-driven inspections"), 2);
    if (m.total == 0) {
        doc.paragraph(Tr::tr("No alert, complaint or referral is in the case ledger (suiji-cli case import, or the Cases page)."), 9.5);
        return;
    }
    doc.keyValues(
        {{Tr::tr("Cases"), QString::number(m.total)},
         {Tr::tr("Closed"), QStringLiteral("%1 (%2)").arg(m.closed).arg(percent(m.closed, m.total))},
         {Tr::tr("Platforms' alerts closed (target 100%)"),
          QStringLiteral("%1 / %2 (%3)").arg(m.platformClosed).arg(m.platformTotal).arg(percent(m.platformClosed, m.platformTotal))},
         {Tr::tr("Red alerts closed (target 100%)"), QStringLiteral("%1 / %2 (%3)").arg(m.redClosed).arg(m.redTotal).arg(percent(m.redClosed, m.redTotal))},
         {Tr::tr("Open, of them overdue"), QStringLiteral("%1, %2").arg(m.open).arg(m.overdue)},
         {Tr::tr("Median days to closure"), QString::number(m.medianDaysToClose, 'f', 1)}});
    QList<QStringList> rows;
    for (const CaseSourceMeasure &s : m.bySource)
        rows << QStringList{s.source, QString::number(s.total), QString::number(s.closed), percent(s.closed, s.total)};
    doc.table({Tr::tr("Source"), Tr::tr("Cases"), Tr::tr("Closed"), Tr::tr("Closure")}, {30, 12, 12, 12}, rows, 9);
}
} // namespace

Result<int> writeProgressReport(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const Clock &clock, const Quarter &q,
                                const QString &bureau, const QString &path)
{
    auto r = ProgressService(db, profile, calendar, clock).report(q, bureau);
    if (!r)
        return r.error();
    const ProgressReport &p = r.value();
    const QString title = Tr::tr("%1 · %2 progress report").arg(scopeName(bureau), q.toString());
    const int pages = PdfDocument::render(path, title, title, [&](PdfDocument &doc) {
        doc.heading(title, 1);
        doc.keyValues({{Tr::tr("As of"), p.today.toString(Qt::ISODate)},
                       {Tr::tr("Task count"), Tr::tr("%1 in all, %2 done (%3%), %4 published")
                                                  .arg(p.tasks)
                                                  .arg(p.done)
                                                  .arg(p.tasks ? 100.0 * p.done / p.tasks : 0, 0, 'f', 1)
                                                  .arg(p.published)},
                       {Tr::tr("Joint inspections"), Tr::tr("%1 joint / %2 (%3%), %4 done; all due by %5")
                                                         .arg(p.jointTasks)
                                                         .arg(p.jointBaseWords)
                                                         .arg(p.jointRatio * 100, 0, 'f', 1)
                                                         .arg(p.jointDone)
                                                         .arg(p.jointDue.toString(Qt::ISODate))},
                       {Tr::tr("Quarter summary due"), p.quarterSummaryDue.toString(Qt::ISODate)},
                       {Tr::tr("Next quarter drawn by"), p.nextDrawDue.toString(Qt::ISODate) + (p.nextDrawn ? Tr::tr(" (drawn)") : QString())}});
        const ChartStyle style{false, true};
        doc.chart(curveChart(p, style), 85);
        doc.heading(Tr::tr("Months against the 30/60/100 curve"), 2);
        QList<QStringList> months;
        for (const MonthProgress &m : p.months)
            months << QStringList{m.label,
                                  QString::number(m.planned),
                                  QStringLiteral("%1%").arg(m.plannedCumPct),
                                  QString::number(m.done),
                                  QStringLiteral("%1%").arg(m.doneCumPct),
                                  QStringLiteral("%1%").arg(m.targetPct),
                                  m.past ? (m.doneCumPct >= m.targetPct ? Tr::tr("met") : Tr::tr("behind")) : Tr::tr("to come")};
        doc.table(
            {Tr::tr("Month"), Tr::tr("Planned"), Tr::tr("Planned, cumulative"), Tr::tr("Done"), Tr::tr("Done, cumulative"), Tr::tr("Target"), Tr::tr("State")},
            {12, 10, 16, 10, 16, 10, 12}, months, 9);
        doc.chart(bureau.isEmpty() ? bureauChart(p, style) : poolChart(p, style), 150);
        doc.chart(jointChart(p, profile.targets.jointPct, style), 45);
        doc.heading(Tr::tr("Publications overdue or not yet published"), 2);
        QList<QStringList> pubs;
        for (const PublicationItem &x : p.publication)
            if (!x.published.isValid() || x.overdue)
                pubs << QStringList{scopeName(x.bureau),
                                    x.name,
                                    x.key,
                                    x.done.toString(Qt::ISODate),
                                    x.due.toString(Qt::ISODate),
                                    x.published.isValid() ? x.published.toString(Qt::ISODate) : QString(),
                                    x.overdue ? Tr::tr("overdue") : Tr::tr("open")};
        if (pubs.isEmpty())
            doc.paragraph(Tr::tr("Every result inspected so far is published on time."), 9.5);
        else
            doc.table({Tr::tr("Bureau"), Tr::tr("Entity"), Tr::tr("USCC / code"), Tr::tr("Inspected"), Tr::tr("Due"), Tr::tr("Published"), Tr::tr("State")},
                      {8, 26, 20, 12, 12, 12, 9}, pubs, 7.5, {2});
        caseSection(doc, p.cases);
        if (!p.alerts.isEmpty()) {
            doc.heading(Tr::tr("Alerts"), 2);
            QStringList lines;
            for (const ProgressAlert &a : p.alerts)
                if (!a.kind.startsWith(QLatin1String("publication")))
                    lines << QStringLiteral("• ") + a.text;
            doc.paragraph(lines.join(QLatin1Char('\n')), 9.5);
        }
    });
    if (pages < 0)
        return Error{Tr::tr("Cannot write %1.").arg(path)};
    return pages;
}

Result<int> writeYearReport(const Database &db, const RuleProfile &profile, int year, const QString &bureau, const QString &path)
{
    QStringList bureaus;
    for (const Bureau &b : Bureau::all())
        if (bureau.isEmpty() || b.id == bureau)
            bureaus << b.id;
    const QString title = Tr::tr("%1 · %2 year report").arg(scopeName(bureau)).arg(year);
    QString error;
    const int pages = PdfDocument::render(path, title, title, [&](PdfDocument &doc) {
        doc.heading(title, 1);
        // Per quarter and pool: tasks and done.
        QList<QStringList> rows;
        for (int qn = 1; qn <= 4; ++qn) {
            const Quarter q{year, qn};
            QHash<QString, QPair<int, int>> byPool;
            auto tasks = TaskRepository(db).list(q, bureau);
            if (!tasks) {
                error = tasks.message();
                return;
            }
            for (const LedgerTask &t : tasks.value()) {
                auto &c = byPool[t.pool];
                ++c.first;
                c.second += t.status != QLatin1String("planned") && t.inspectionDate.isValid();
            }
            for (const PoolRule &p : profile.pools) {
                const auto c = byPool.value(p.id);
                if (c.first == 0)
                    continue;
                rows << QStringList{q.toString(), p.name.text(), QString::number(c.first), QString::number(c.second),
                                    QStringLiteral("%1%").arg(100.0 * c.second / c.first, 0, 'f', 1)};
            }
        }
        doc.heading(Tr::tr("Tasks per quarter and pool"), 2);
        if (rows.isEmpty())
            doc.paragraph(Tr::tr("No draws are committed in %1.").arg(year), 9.5);
        else
            doc.table({Tr::tr("Quarter"), Tr::tr("Pool"), Tr::tr("Task count"), Tr::tr("Done"), Tr::tr("Done %")}, {10, 40, 10, 10, 10}, rows, 8.5);
        doc.heading(Tr::tr("Year targets"), 2);
        QList<QStringList> targets;
        for (const QString &b : bureaus) {
            auto y = YearView(db, profile).report(b, year);
            if (!y) {
                error = y.message();
                return;
            }
            if (y->quartersDrawn.isEmpty())
                continue;
            for (const YearTarget &t : y->targets)
                targets << QStringList{scopeName(b), t.name, t.detail, t.met ? Tr::tr("met") : t.atRisk ? Tr::tr("at risk") : Tr::tr("on course")};
        }
        if (targets.isEmpty())
            doc.paragraph(Tr::tr("No bureau has committed draws in %1 yet.").arg(year), 9.5);
        else
            doc.table({Tr::tr("Bureau"), Tr::tr("Target"), Tr::tr("Where it stands"), Tr::tr("State")}, {8, 18, 52, 9}, targets, 8);

        // 下达任务: counts handed down, not drawn; done per quarter against the count.
        doc.heading(Tr::tr("Assigned targets"), 2);
        auto assigned = AssignedRepository(db).list(bureau, year);
        if (!assigned) {
            error = assigned.message();
            return;
        }
        if (assigned->isEmpty()) {
            doc.paragraph(Tr::tr("No target is handed down for %1 (suiji-cli targets set, or Assigned targets on the dashboard).").arg(year), 9.5);
        } else {
            QList<QStringList> rows;
            for (const AssignedTarget &a : assigned.value()) {
                QStringList row{scopeName(a.bureau), a.item, QString::number(a.count)};
                for (int qn = 1; qn <= 4; ++qn) {
                    const Quarter q{year, qn};
                    row << QString::number(a.doneBetween(q.firstDay(), q.lastDay()));
                }
                row << QString::number(a.doneTotal()) << (a.due.isValid() ? a.due.toString(Qt::ISODate) : QString())
                    << (a.doneTotal() >= a.count ? Tr::tr("met") : Tr::tr("%1 left").arg(a.count - a.doneTotal()));
                rows << row;
            }
            doc.table({Tr::tr("Bureau"), Tr::tr("Item"), Tr::tr("Count"), QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"),
                       QStringLiteral("Q4"), Tr::tr("Done"), Tr::tr("Due by"), Tr::tr("State")},
                      {7, 27, 7, 6, 6, 6, 6, 7, 12, 10}, rows, 8);
        }

        // 典型案例: the annual work summary (due 31 December) comes with typical cases.
        doc.heading(Tr::tr("Typical cases"), 2);
        auto cases = TaskRepository(db).typicalCases(year, bureau);
        if (!cases) {
            error = cases.message();
            return;
        }
        if (cases->isEmpty()) {
            doc.paragraph(Tr::tr("No inspection of %1 is marked as a typical case yet (suiji-cli task typical, or the ledger's context menu).").arg(year), 9.5);
        } else {
            QList<QStringList> rows;
            for (const TaskRepository::TypicalCase &c : cases.value()) {
                const PoolRule *rule = profile.pool(c.task.pool);
                rows << QStringList{scopeName(c.task.bureau),
                                    c.task.quarter.toString(),
                                    rule ? rule->name.text() : c.task.pool,
                                    c.task.name.isEmpty() ? c.task.key : c.task.name,
                                    c.task.inspectionDate.toString(Qt::ISODate),
                                    c.task.result,
                                    c.text};
            }
            doc.table({Tr::tr("Bureau"), Tr::tr("Quarter"), Tr::tr("Pool"), Tr::tr("Entity"), Tr::tr("Inspected"), Tr::tr("Result"), Tr::tr("Typical case")},
                      {6, 9, 14, 19, 11, 12, 29}, rows, 8);
        }
        auto cal = WorkCalendar::load(db);
        if (!cal) {
            error = cal.message();
            return;
        }
        auto measures = CaseService(db, profile, cal.value()).measures(bureau);
        if (!measures) {
            error = measures.message();
            return;
        }
        caseSection(doc, measures.value());
    });
    if (!error.isEmpty())
        return Error{error};
    if (pages < 0)
        return Error{Tr::tr("Cannot write %1.").arg(path)};
    return pages;
}

} // namespace suiji::report
