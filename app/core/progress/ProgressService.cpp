// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressService.h"

#include "draw/JointMarker.h"
#include "draw/MonthPlanner.h"
#include "progress/Deadlines.h"
#include "store/CampaignRepository.h"

#include "model/Bureau.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <cmath>
#include <map>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::ProgressService)
};

double pct(int part, int whole)
{
    return whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0.0;
}

QString bureauName(const QString &id)
{
    const Bureau *b = Bureau::byId(id);
    return b ? b->displayName(true) : id;
}
} // namespace

Result<ProgressReport> ProgressService::report(const Quarter &quarter, const QString &bureau) const
{
    ProgressReport r;
    r.quarter = quarter;
    r.bureau = bureau;
    r.today = m_clock.today();
    const QDate qEnd = quarter.lastDay();
    r.quarterSummaryDue = qEnd.addDays(m_profile.deadlines.quarterSummaryDays);
    r.nextDrawDue = qEnd;
    r.jointDue = QDate(quarter.year, m_profile.targets.jointDoneByMonth, m_profile.targets.jointDoneByDay);
    r.calendarWarnings = m_calendar.warnings(quarter.firstDay(), qEnd.addMonths(2));

    auto readTasks = TaskRepository(m_db).list(quarter, bureau);
    if (!readTasks)
        return readTasks.error();
    auto readNext = TaskRepository(m_db).list(quarter.next(), bureau);
    if (!readNext)
        return readNext.error();
    const QList<LedgerTask> &tasks = readTasks.value();
    const QList<LedgerTask> &next = readNext.value();
    QSet<QString> drawnNext;
    for (const LedgerTask &t : next)
        drawnNext.insert(t.chain()); // the chain that drew it: the district's own, or the division's

    // Months and the curve.
    for (int i = 0; i < 3; ++i) {
        MonthProgress m;
        m.month = quarter.firstMonth() + i;
        m.label = QStringLiteral("%1-%2").arg(quarter.year).arg(m.month, 2, 10, QLatin1Char('0'));
        m.end = QDate(quarter.year, m.month, 1).addMonths(1).addDays(-1);
        m.targetPct = m_profile.monthlyCurve.value(i, 100);
        m.past = r.today > m.end;
        r.months << m;
    }
    QHash<QString, int> poolIndex;
    for (const PoolRule &p : m_profile.pools) {
        poolIndex.insert(p.id, int(r.pools.size()));
        r.pools << PoolProgress{p.id, p.name.text(), 0, 0};
    }
    QHash<QString, BureauProgress> byBureau;
    for (const LedgerTask &t : tasks) {
        ++r.tasks;
        const bool done = t.status != QLatin1String("planned") && t.inspectionDate.isValid();
        BureauProgress &b = byBureau[t.bureau];
        b.bureau = t.bureau;
        ++b.tasks;
        const int due = draw::dueMonth(t.month, quarter, t.committedOn); // a late draw's tasks are due from its month
        for (MonthProgress &m : r.months)
            if (m.month == due)
                ++m.planned;
        if (const auto it = poolIndex.constFind(t.pool); it != poolIndex.constEnd()) {
            ++r.pools[*it].tasks;
            r.pools[*it].done += done;
        }
        r.jointBase += draw::inJointBase(m_profile, t.origin);
        if (t.joint) {
            ++r.jointTasks;
            r.jointDone += done;
        }
        if (!done)
            continue;
        ++r.done;
        ++b.done;
        r.published += t.status == QLatin1String("published");
        for (MonthProgress &m : r.months)
            if (t.inspectionDate.year() == quarter.year && t.inspectionDate.month() == m.month)
                ++m.done;
        PublicationItem p;
        p.id = t.id;
        p.bureau = t.bureau;
        p.pool = t.pool;
        p.key = t.key;
        p.name = t.name;
        p.done = t.inspectionDate;
        p.due = m_calendar.addWorkingDays(t.inspectionDate, m_profile.deadlines.publicationWorkingDays);
        p.published = t.publishedDate;
        p.overdue = p.published.isValid() ? p.published > p.due : r.today > p.due;
        p.workingDaysLeft = r.today <= p.due ? m_calendar.workingDaysBetween(r.today, p.due) : -m_calendar.workingDaysBetween(p.due, r.today);
        r.publication << p;
    }
    std::sort(r.publication.begin(), r.publication.end(),
              [](const PublicationItem &a, const PublicationItem &b) { return a.due != b.due ? a.due < b.due : a.id < b.id; });
    int plannedCum = 0, doneCum = 0;
    // Inspections dated before the quarter count toward its first month.
    for (const LedgerTask &t : tasks)
        if (t.status != QLatin1String("planned") && t.inspectionDate.isValid() && t.inspectionDate < quarter.firstDay())
            ++r.months[0].done;
    for (MonthProgress &m : r.months) {
        plannedCum += m.planned;
        doneCum += m.done;
        m.plannedCumPct = pct(plannedCum, r.tasks);
        m.doneCumPct = pct(doneCum, r.tasks);
        if (m.past) {
            r.targetPctNow = m.targetPct;
            r.donePctNow = m.doneCumPct;
        }
    }
    if (!r.months.first().past)
        r.donePctNow = pct(r.done, r.tasks);
    r.jointRatio = r.jointBase ? std::round(1000.0 * r.jointTasks / r.jointBase) / 1000.0 : 0;
    r.jointBaseWords = draw::jointBaseWords(m_profile, r.jointBase);
    r.jointBaseKind = m_profile.targets.jointBase;
    r.nextDrawn = bureau.isEmpty() ? std::all_of(Bureau::all().begin(), Bureau::all().end(), [&](const Bureau &b) { return drawnNext.contains(b.id); })
                                   : drawnNext.contains(bureau);

    // Bureaus side by side (every bureau, drawn or not), each against the curve.
    // Done by the end of the last month that has ended (or so far, before any has ended).
    QDate lastEnded;
    for (const MonthProgress &m : r.months)
        if (m.past)
            lastEnded = m.end;
    QHash<QString, int> doneByLastEnd;
    for (const LedgerTask &t : tasks)
        if (t.status != QLatin1String("planned") && t.inspectionDate.isValid() && (!lastEnded.isValid() || t.inspectionDate <= lastEnded))
            ++doneByLastEnd[t.bureau];
    for (const Bureau &b : Bureau::all()) {
        if (!bureau.isEmpty() && b.id != bureau)
            continue;
        BureauProgress p = byBureau.value(b.id);
        p.bureau = b.id;
        p.nextDrawn = drawnNext.contains(b.id);
        const int doneByEnd = doneByLastEnd.value(b.id);
        p.targetPct = r.targetPctNow;
        p.donePct = pct(r.targetPctNow > 0 ? doneByEnd : p.done, p.tasks);
        p.behind = p.tasks > 0 && r.targetPctNow > 0 && p.donePct < r.targetPctNow;
        r.bureaus << p;
    }

    // Alerts.
    for (const BureauProgress &b : r.bureaus)
        if (b.behind)
            r.alerts << ProgressAlert{
                QStringLiteral("behind_curve"), b.bureau, r.today,
                Tr::tr("%1 is behind the curve: %2% done, the target was %3%.").arg(bureauName(b.bureau)).arg(b.donePct).arg(b.targetPct)};
    for (const PublicationItem &p : r.publication) {
        if (p.published.isValid())
            continue;
        if (p.overdue)
            r.alerts << ProgressAlert{
                QStringLiteral("publication_overdue"), p.bureau, p.due,
                Tr::tr("%1 %2: the result was due for publication on %3 (inspected %4).")
                    .arg(bureauName(p.bureau), p.name.isEmpty() ? p.key : p.name, p.due.toString(Qt::ISODate), p.done.toString(Qt::ISODate))};
        else if (p.workingDaysLeft <= kDueSoonWorkingDays)
            r.alerts << ProgressAlert{QStringLiteral("publication_due"), p.bureau, p.due,
                                      Tr::tr("%1 %2: publish the result by %3 (%n working day(s) left).", nullptr, p.workingDaysLeft)
                                          .arg(bureauName(p.bureau), p.name.isEmpty() ? p.key : p.name, p.due.toString(Qt::ISODate))};
    }
    for (const BureauProgress &b : r.bureaus) {
        if (b.nextDrawn || !m_profile.deadlines.nextDrawBeforeQuarterEnd)
            continue;
        if (r.today > qEnd)
            r.alerts << ProgressAlert{
                QStringLiteral("draw_overdue"), b.bureau, qEnd,
                Tr::tr("%1 has not drawn %2; it was due before %3 ended.").arg(bureauName(b.bureau), quarter.next().toString(), quarter.toString())};
        else if (r.today >= quarter.firstDay() && m_calendar.workingDaysBetween(r.today, qEnd) <= kDrawWarningWorkingDays)
            r.alerts << ProgressAlert{
                QStringLiteral("draw_due"), b.bureau, qEnd,
                Tr::tr("%1 has not drawn %2 yet; draw it by %3.").arg(bureauName(b.bureau), quarter.next().toString(), qEnd.toString(Qt::ISODate))};
    }
    if (r.jointTasks > r.jointDone && r.today <= r.jointDue.addDays(1) && m_calendar.workingDaysBetween(r.today, r.jointDue) <= kDrawWarningWorkingDays)
        r.alerts << ProgressAlert{QStringLiteral("joint_due"), bureau, r.jointDue,
                                  Tr::tr("%1 joint inspections are still open; all joint tasks are due by %2.")
                                      .arg(r.jointTasks - r.jointDone)
                                      .arg(r.jointDue.toString(Qt::ISODate))};
    else if (r.jointTasks > r.jointDone && r.today > r.jointDue)
        r.alerts << ProgressAlert{QStringLiteral("joint_due"), bureau, r.jointDue,
                                  Tr::tr("%1 joint inspections were not done by %2.").arg(r.jointTasks - r.jointDone).arg(r.jointDue.toString(Qt::ISODate))};

    // Assigned targets: handed down, not drawn; counted against their due date.
    auto assigned = AssignedRepository(m_db).list(bureau, quarter.year);
    if (!assigned)
        return assigned.error();
    r.assigned = assigned.value();
    for (const AssignedTarget &a : r.assigned) {
        const int done = a.doneBy(r.today);
        if (!a.due.isValid() || done >= a.count)
            continue;
        if (r.today > a.due)
            r.alerts << ProgressAlert{
                QStringLiteral("assigned_overdue"), a.bureau, a.due,
                Tr::tr("%1 %2: %3 of %4 done; it was due on %5.").arg(bureauName(a.bureau), a.item).arg(done).arg(a.count).arg(a.due.toString(Qt::ISODate))};
        else if (m_calendar.workingDaysBetween(r.today, a.due) <= kDeadlineWarningWorkingDays)
            r.alerts << ProgressAlert{
                QStringLiteral("assigned_due"), a.bureau, a.due,
                Tr::tr("%1 %2: %3 of %4 done; due on %5.").arg(bureauName(a.bureau), a.item).arg(done).arg(a.count).arg(a.due.toString(Qt::ISODate))};
    }

    // The year's reports (the bureau's, or the city's own): due within five working days, or overdue.
    auto deadlines = yearDeadlines(m_db, m_profile, m_calendar, bureau, quarter.year);
    if (!deadlines)
        return deadlines.error();
    r.deadlines = deadlines.value();
    for (const Deadline &d : r.deadlines) {
        if (d.done.isValid())
            continue;
        if (r.today > d.due)
            r.alerts << ProgressAlert{QStringLiteral("deadline_overdue"), bureau, d.due,
                                      Tr::tr("%1 was due on %2 and is not recorded as submitted.").arg(d.name, d.due.toString(Qt::ISODate)), d.id};
        else if (m_calendar.workingDaysBetween(r.today, d.due) <= kDeadlineWarningWorkingDays)
            r.alerts << ProgressAlert{QStringLiteral("deadline_due"), bureau, d.due, Tr::tr("%1 is due on %2.").arg(d.name, d.due.toString(Qt::ISODate)), d.id};
    }
    if (auto s = addCases(r, bureau); !s)
        return s.error();
    if (auto s = addCampaigns(r, bureau); !s)
        return s.error();
    return r;
}

Status ProgressService::addCampaigns(ProgressReport &r, const QString &bureau) const
{
    auto targets = CampaignRepository(m_db).targets(bureau);
    if (!targets)
        return targets.error();
    auto campaigns = CampaignRepository(m_db).list(bureau);
    if (!campaigns)
        return campaigns.error();
    QHash<QString, CampaignProgress> by;
    for (const Campaign &c : campaigns.value())
        if (c.from <= r.quarter.lastDay() && c.to >= r.quarter.firstDay())
            by.insert(c.id, CampaignProgress{c.id, c.name, c.bureau, c.state, 0, 0, 0, 0});
    for (const auto &[c, t] : targets.value()) {
        auto it = by.find(c.id);
        if (it == by.end())
            continue;
        ++it->targets;
        it->offsite += t.mode == QLatin1String("offsite");
        it->done += t.status == QLatin1String("done");
        it->findings += t.foundSomething();
    }
    QStringList ids = by.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        r.campaigns << by.value(id);
    return Ok{};
}

Status ProgressService::addCases(ProgressReport &r, const QString &bureau) const
{
    const CaseService cases(m_db, m_profile, m_calendar, m_clock);
    auto m = cases.measures(bureau);
    if (!m)
        return m.error();
    r.cases = m.value();
    for (const auto &[b, n] : r.cases.byBureau) {
        if (n.overdue > 0)
            r.alerts << ProgressAlert{
                QStringLiteral("case_overdue"), b, r.today,
                n.redOverdue ? Tr::tr("%1: %n case(s) past a deadline, %2 of them red alerts.", nullptr, n.overdue).arg(bureauName(b)).arg(n.redOverdue)
                             : Tr::tr("%1: %n case(s) past a deadline.", nullptr, n.overdue).arg(bureauName(b))};
        if (n.dueSoon > 0)
            r.alerts << ProgressAlert{QStringLiteral("case_due"), b, r.today,
                                      Tr::tr("%1: %n case(s) due within a working day.", nullptr, n.dueSoon).arg(bureauName(b))};
    }
    return Ok{};
}

} // namespace suiji
