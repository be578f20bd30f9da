// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitService.h"

#include "ledger/CaseService.h"
#include "store/CampaignRepository.h"
#include "store/CaseRepository.h"
#include "store/FactRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"
#include "store/VisitRepository.h"
#include "util/Sort.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::VisitService)
};

QDate monthOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate monthEnd(const QDate &month)
{
    return month.addMonths(1).addDays(-1);
}

// Drawn teams first (they stay as drawn), then campaign targets, then cases.
int rank(const QString &origin)
{
    if (origin == QLatin1String("random") || origin == QLatin1String("must"))
        return 0;
    return origin == QLatin1String("campaign") ? 1 : 2;
}
} // namespace

Result<QList<VisitService::Due>> VisitService::dueItems(const QDate &first, const QDate &last, const QString &bureau) const
{
    QList<Due> out;
    // The quarters' ledgers: on-site tasks still planned.
    for (Quarter q{first.year(), (first.month() - 1) / 3 + 1}; q.firstDay() <= last; q = q.next()) {
        auto tasks = TaskRepository(m_db).list(q, bureau);
        if (!tasks)
            return tasks.error();
        for (const LedgerTask &t : tasks.value()) {
            const QDate month(q.year, t.month, 1);
            if (t.mode != QLatin1String("onsite") || t.status != QLatin1String("planned") || month < first || month > last)
                continue;
            const PoolRule *rule = m_profile.pool(t.pool);
            out << Due{t.bureau, t.key, t.name, month,
                       VisitItem{t.origin == QLatin1String("must") ? QStringLiteral("must") : QStringLiteral("random"),
                                 ledgerTaskId(t) + QLatin1Char('@') + q.toString(), rule ? rule->name.text() : t.pool, t.inspectors, monthEnd(month)}};
        }
    }
    // Open cases linked to the entity list, by the month their check is due.
    const CaseService cases(m_db, m_profile, m_calendar, m_clock);
    auto open = CaseRepository(m_db).list(CaseFilter{bureau, {}, {}});
    if (!open)
        return open.error();
    for (const CaseItem &c : open.value()) {
        if (c.key.isEmpty() || (c.state != QLatin1String("pending") && c.state != QLatin1String("assigned")))
            continue;
        const CaseTiming t = cases.timingOn(c, m_clock.today());
        const QDate due = t.checkDue.isValid() ? t.checkDue : t.closeDue;
        const QDate month = monthOf(due);
        if (month < first || month > last)
            continue;
        out << Due{c.bureau, c.key, c.name, month, VisitItem{QStringLiteral("case"), c.ref(), c.source, c.team, due}};
    }
    // Campaign targets on site, still planned, of campaigns not closed.
    auto targets = CampaignRepository(m_db).targets(bureau);
    if (!targets)
        return targets.error();
    for (const auto &[c, t] : targets.value()) {
        const QDate month = c.monthStart(t.month);
        if (c.state == QLatin1String("closed") || t.mode != QLatin1String("onsite") || t.status != QLatin1String("planned") || month < first || month > last)
            continue;
        out << Due{c.bureau, t.key, t.name, month,
                   VisitItem{QStringLiteral("campaign"), t.campaign + QLatin1Char('|') + t.key, c.name, t.inspectors, std::min(monthEnd(month), c.to)}};
    }
    return out;
}

QList<Visit> VisitService::group(const QList<Due> &due, const QSet<QString> &acceptedIds) const
{
    std::map<QString, Visit> byId; // ordered by id: bureau, month, key
    for (const Due &d : due) {
        const QString id = Visit::makeId(d.bureau, d.month, d.key);
        if (acceptedIds.contains(id))
            continue;
        Visit &v = byId[id];
        v.id = id;
        v.bureau = d.bureau;
        v.month = d.month;
        v.key = d.key;
        if (v.name.isEmpty())
            v.name = d.name;
        v.items << d.item;
    }
    auto conflicts = InspectorRepository(m_db).list();
    QHash<QString, QSet<QString>> avoid; // badge → keys
    if (conflicts)
        for (const Inspector &i : conflicts.value())
            avoid.insert(i.badge, QSet<QString>(i.conflicts.cbegin(), i.conflicts.cend()));
    const QDate today = m_clock.today();
    QList<Visit> out;
    for (auto &[id, v] : byId) {
        if (v.items.size() < 2)
            continue;
        std::stable_sort(v.items.begin(), v.items.end(), [](const VisitItem &a, const VisitItem &b) {
            return rank(a.origin) != rank(b.origin) ? rank(a.origin) < rank(b.origin) : a.ref < b.ref;
        });
        // One team: every drawn team's members (the first's first), else the first team given.
        for (const VisitItem &i : std::as_const(v.items))
            if (rank(i.origin) < 2)
                for (const QString &b : i.inspectors)
                    if (!v.inspectors.contains(b) && !avoid.value(b).contains(v.key))
                        v.inspectors << b;
        if (v.inspectors.isEmpty())
            for (const VisitItem &i : std::as_const(v.items))
                if (!i.inspectors.isEmpty()) {
                    for (const QString &b : i.inspectors)
                        if (!avoid.value(b).contains(v.key))
                            v.inspectors << b;
                    break;
                }
        // One date: the earliest last day of its tasks, so each is in time; today once that passed.
        QDate date = v.items.first().due;
        for (const VisitItem &i : std::as_const(v.items))
            date = std::min(date, i.due);
        v.date = std::max(date, std::min(today, monthEnd(v.month)));
        out << v;
    }
    return out;
}

Result<QList<Visit>> VisitService::propose(const Quarter &q, const QString &bureau) const
{
    auto due = dueItems(q.firstDay(), monthOf(q.lastDay()), bureau);
    if (!due)
        return due.error();
    auto done = VisitRepository(m_db).list(bureau, q.firstDay(), q.lastDay());
    if (!done)
        return done.error();
    QSet<QString> ids;
    for (const Visit &v : done.value())
        ids.insert(v.id);
    return group(due.value(), ids);
}

Result<Visit> VisitService::accept(const Quarter &q, const QString &id, const QDate &date, const QString &op) const
{
    const QString bureau = id.section(QLatin1Char('|'), 0, 0);
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto proposals = propose(q, bureau);
    if (!proposals)
        return proposals.error();
    auto it = std::find_if(proposals->begin(), proposals->end(), [&](const Visit &v) { return v.id == id; });
    if (it == proposals->end())
        return Error{
            Tr::tr("%1 is not a combined visit proposed for %2 (accepted already, or its tasks are done or no longer due together).").arg(id, q.toString()), 3};
    Visit v = *it;
    if (date.isValid()) {
        if (monthOf(date) != v.month)
            return Error{Tr::tr("The visit's date must lie in its month (%1).").arg(v.month.toString(QStringLiteral("yyyy-MM"))), 3};
        v.date = date;
    }
    v.acceptedOn = m_clock.today();
    if (auto s = VisitRepository(m_db).insert(v); !s)
        return s.error();
    if (auto r = FactRepository(m_db).chain(QStringLiteral("visit"), v.bureau, v.month.year(), v.id, op, m_clock.now().toString(Qt::ISODate)); !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return v;
}

Result<VisitSummary> VisitService::accepted(const Quarter &q, const QString &bureau) const
{
    auto list = VisitRepository(m_db).list(bureau, q.firstDay(), q.lastDay());
    if (!list)
        return list.error();
    VisitSummary s;
    s.accepted = list.value();
    for (const Visit &v : s.accepted)
        s.saved += int(v.items.size()) - 1;
    return s;
}

Result<VisitSummary> VisitService::acceptedInYear(int year, const QString &bureau) const
{
    auto list = VisitRepository(m_db).list(bureau, QDate(year, 1, 1), QDate(year, 12, 1));
    if (!list)
        return list.error();
    VisitSummary s;
    s.accepted = list.value();
    for (const Visit &v : s.accepted)
        s.saved += int(v.items.size()) - 1;
    return s;
}

Result<QList<EntityVisits>> VisitService::yearVisits(int year, const QString &bureau) const
{
    // Every on-site task of the year, done or still to do, and the cases checked on site; a
    // combined visit's tasks count once.
    const QDate first(year, 1, 1), last(year, 12, 1);
    QHash<QString, EntityVisits> by; // bureau|key
    auto add = [&](const QString &b, const QString &key, const QString &name, int n) {
        EntityVisits &e = by[b + QLatin1Char('|') + key];
        e.key = key;
        e.bureau = b;
        if (e.name.isEmpty())
            e.name = name;
        e.visits += n;
    };
    for (Quarter q{year, 1}; q.year == year; q = q.next()) {
        auto tasks = TaskRepository(m_db).list(q, bureau);
        if (!tasks)
            return tasks.error();
        for (const LedgerTask &t : tasks.value())
            if (t.mode == QLatin1String("onsite"))
                add(t.bureau, t.key, t.name, 1);
    }
    auto cases = CaseRepository(m_db).list(CaseFilter{bureau, {}, {}});
    if (!cases)
        return cases.error();
    const CaseService cs(m_db, m_profile, m_calendar, m_clock);
    for (const CaseItem &c : cases.value()) {
        if (c.key.isEmpty())
            continue;
        if (c.checkedOn.isValid()) {
            if (c.checkedOn.year() == year && c.mode == QLatin1String("onsite"))
                add(c.bureau, c.key, c.name, 1);
        } else if (c.state == QLatin1String("pending") || c.state == QLatin1String("assigned")) {
            const CaseTiming t = cs.timingOn(c, m_clock.today());
            if ((t.checkDue.isValid() ? t.checkDue : t.closeDue).year() == year)
                add(c.bureau, c.key, c.name, 1);
        }
    }
    auto targets = CampaignRepository(m_db).targets(bureau);
    if (!targets)
        return targets.error();
    for (const auto &[c, t] : targets.value()) {
        const QDate when = t.inspectionDate.isValid() ? t.inspectionDate : c.monthStart(t.month);
        if (t.mode == QLatin1String("onsite") && when.year() == year)
            add(c.bureau, t.key, t.name, 1);
    }
    auto visits = VisitRepository(m_db).list(bureau, first, last);
    if (!visits)
        return visits.error();
    for (const Visit &v : visits.value())
        add(v.bureau, v.key, v.name, 1 - int(v.items.size()));
    QList<EntityVisits> out = by.values();
    std::sort(out.begin(), out.end(), [](const EntityVisits &a, const EntityVisits &b) {
        return a.visits != b.visits ? a.visits > b.visits : (a.bureau != b.bureau ? a.bureau < b.bureau : a.key < b.key);
    });
    return out;
}

Result<QList<EntityVisits>> VisitService::frequent(int year, const QString &bureau) const
{
    auto all = yearVisits(year, bureau);
    if (!all)
        return all;
    QList<EntityVisits> out;
    for (const EntityVisits &e : all.value())
        if (e.visits > m_profile.visitsYearlyAlert)
            out << e;
    return out;
}

} // namespace suiji
