// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseService.h"

#include "io/CaseImporter.h"
#include "model/Bureau.h"
#include "model/Quarter.h"
#include "store/CampaignRepository.h"
#include "store/CaseRepository.h"
#include "store/ChainRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CaseService)
};
} // namespace

Result<CaseItem> CaseService::find(const QString &ref) const
{
    auto c = CaseRepository(m_db).find(ref);
    if (!c)
        return c.error();
    if (!c.value())
        return Error{
            Tr::tr("No case \"%1\". Name it as source:number (e.g. 智慧环保平台:YJ2025-0001) or by its row number; suiji-cli case list shows them.").arg(ref),
            3};
    return *c.value();
}

QDate CaseService::workingDaysAfter(const QDate &from, int n) const
{
    const qint64 key = (from.toJulianDay() << 8) | qint64(n & 0xff);
    auto it = m_workdays.constFind(key);
    if (it == m_workdays.constEnd())
        it = m_workdays.insert(key, m_calendar.addWorkingDays(from, n));
    return *it;
}

CaseTiming CaseService::timingOn(const CaseItem &c, const QDate &today) const
{
    CaseTiming t;
    const CaseDeadline d = m_profile.cases.deadline(c.source, c.level);
    const QDate received = c.received.date();
    if (d.checkDays > 0)
        t.checkDue = workingDaysAfter(received, d.checkDays);
    t.closeDue = c.dueGiven.isValid() ? c.dueGiven : c.due.isValid() ? c.due : workingDaysAfter(received, d.closeDays);
    const bool checked = c.checkedOn.isValid();
    if (!c.closed()) {
        t.overdue = today > t.closeDue || (!checked && t.checkDue.isValid() && today > t.checkDue);
        const QDate next = !checked && t.checkDue.isValid() ? t.checkDue : t.closeDue;
        // Due soon: the next deadline is within the due-soon working days of today.
        const int soon = m_profile.cases.dueSoonWorkingDays;
        t.dueSoon = !t.overdue && next <= (soon > 0 ? workingDaysAfter(today, soon) : today);
    }
    return t;
}

Status CaseService::record(CaseItem &c, const QString &op, const QString &now) const
{
    if (auto s = CaseRepository(m_db).saveState(c); !s)
        return s;
    QJsonObject rec = c.stateJson();
    rec.insert(QStringLiteral("kind"), QStringLiteral("case"));
    rec.insert(QStringLiteral("case"), c.ref());
    rec.insert(QStringLiteral("operator"), op);
    rec.insert(QStringLiteral("created_at"), now);
    const Quarter q{c.received.date().year(), (c.received.date().month() - 1) / 3 + 1};
    if (auto r = ChainRepository(m_db).append(c.bureau, q.toString(), QString(), rec); !r)
        return r.error();
    return Ok{};
}

Result<QStringList> CaseService::suggestTeam(const CaseItem &c) const
{
    auto roster = InspectorRepository(m_db).list(c.bureau);
    if (!roster)
        return roster.error();
    QHash<QString, int> load;
    auto open = CaseRepository(m_db).list(CaseFilter{c.bureau, {}, {}});
    if (!open)
        return open.error();
    for (const CaseItem &o : open.value())
        if (!o.closed() && o.id != c.id)
            for (const QString &b : o.team)
                ++load[b];
    const QDate today = m_clock.today();
    auto tasks = TaskRepository(m_db).list(Quarter{today.year(), (today.month() - 1) / 3 + 1}, c.bureau);
    if (!tasks)
        return tasks.error();
    for (const LedgerTask &t : tasks.value())
        if (t.month == today.month() && t.status == QLatin1String("planned"))
            for (const QString &b : t.inspectors)
                ++load[b];
    // Special campaigns' targets of this month weigh the same (a bureau's month load, 专项 too).
    auto targets = CampaignRepository(m_db).targets(c.bureau);
    if (!targets)
        return targets.error();
    for (const auto &[campaign, t] : targets.value()) {
        const QDate month = campaign.monthStart(t.month);
        if (t.status == QLatin1String("planned") && campaign.state != QLatin1String("closed") && month.year() == today.year() && month.month() == today.month())
            for (const QString &b : t.inspectors)
                ++load[b];
    }
    QList<const Inspector *> free;
    for (const Inspector &i : roster.value())
        if (i.active && (c.key.isEmpty() || !i.conflicts.contains(c.key)))
            free << &i;
    std::stable_sort(free.begin(), free.end(), [&](const Inspector *a, const Inspector *b) {
        const int la = load.value(a->badge), lb = load.value(b->badge);
        return la != lb ? la < lb : a->badge < b->badge;
    });
    if (free.size() < 2)
        return Error{Tr::tr("%1 has fewer than two inspectors taking part without a conflict with %2: add them to the roster first.")
                         .arg(Bureau::byId(c.bureau) ? Bureau::byId(c.bureau)->displayName(true) : c.bureau, c.name),
                     3};
    QStringList team{free.at(0)->badge, free.at(1)->badge};
    team.sort();
    return team;
}

Result<CaseItem> CaseService::assign(const QString &ref, QStringList badges, const QDate &due, const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = assignWithin(ref, std::move(badges), due, op);
    if (!c)
        return c;
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<CaseItem> CaseService::assignWithin(const QString &ref, QStringList badges, const QDate &due, const QString &op) const
{
    auto found = find(ref);
    if (!found)
        return found.error();
    CaseItem c = found.value();
    if (c.state != QLatin1String("pending") && c.state != QLatin1String("assigned"))
        return Error{Tr::tr("Case %1 is %2: a team can be changed only before the check.").arg(c.ref(), CaseItem::stateName(c.state)), 3};
    if (badges.isEmpty()) {
        auto s = suggestTeam(c);
        if (!s)
            return s.error();
        badges = s.value();
    }
    badges.removeDuplicates();
    if (badges.size() < 2)
        return Error{Tr::tr("A case is checked by two inspectors or more; %1 given.").arg(badges.size()), 3};
    auto roster = InspectorRepository(m_db).list(c.bureau);
    if (!roster)
        return roster.error();
    for (const QString &b : std::as_const(badges)) {
        const auto it = std::find_if(roster->cbegin(), roster->cend(), [&](const Inspector &i) { return i.badge == b; });
        if (it == roster->cend())
            return Error{Tr::tr("Inspector %1 is not on the roster of %2.").arg(b, c.bureau), 3};
        if (!c.key.isEmpty() && it->conflicts.contains(c.key))
            return Error{Tr::tr("Inspector %1 (%2) has a conflict of interest (回避) with %3.").arg(it->name, b, c.name), 3};
    }
    badges.sort();
    c.team = badges;
    c.due = due.isValid() ? due : timing(c).closeDue;
    c.state = QStringLiteral("assigned");
    if (auto s = record(c, op, m_clock.now().toString(Qt::ISODate)); !s)
        return s.error();
    return c;
}

Result<CaseItem> CaseService::update(const QString &ref, const CaseUpdate &u, const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = updateWithin(ref, u, op);
    if (!c)
        return c;
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

int CaseChange::count() const
{
    return int(std::count_if(cases.cbegin(), cases.cend(), [](const One &o) { return o.before != o.after; }));
}

QStringList CaseChange::refs() const
{
    QStringList out;
    for (const One &o : cases)
        out << (o.after ? o.after->ref() : o.before ? o.before->ref() : QString());
    return out;
}

Result<CaseChange> CaseService::tracked(const QStringList &refs, const std::function<Status()> &work) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    CaseChange ch;
    QStringList keys;
    for (const QString &ref : refs) {
        auto c = find(ref);
        if (!c)
            return c.error();
        ch.cases << CaseChange::One{c.value(), std::nullopt};
        if (!c->key.isEmpty() && !keys.contains(c->key))
            keys << c->key;
    }
    EntityRepository entities(m_db);
    for (const QString &k : std::as_const(keys)) {
        auto m = entities.marks(k);
        if (!m)
            return m.error();
        ch.marksBefore << m.value();
    }
    if (auto s = work(); !s)
        return s.error();
    for (CaseChange::One &o : ch.cases) {
        auto c = find(o.before->ref());
        if (!c)
            return c.error();
        o.after = c.value();
    }
    for (const QString &k : std::as_const(keys)) {
        auto m = entities.marks(k);
        if (!m)
            return m.error();
        ch.marksAfter << m.value();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ch;
}

Result<CaseChange> CaseService::dispatchAll(const QStringList &refs, const QString &op) const
{
    return tracked(refs, [&]() -> Status {
        for (const QString &ref : refs) {
            auto c = find(ref);
            if (!c)
                return c.error();
            if (c->state != QLatin1String("pending"))
                continue; // dispatched already: its team stays
            if (auto a = assignWithin(ref, {}, {}, op); !a)
                return a.error();
        }
        return Ok{};
    });
}

Result<CaseChange> CaseService::closeAll(const QStringList &refs, const QDate &day, const QString &op) const
{
    return tracked(refs, [&]() -> Status {
        for (const QString &ref : refs) {
            auto c = find(ref);
            if (!c)
                return c.error();
            if (c->state != QLatin1String("handled") && c->state != QLatin1String("fed_back"))
                continue; // only cases with an outcome can be fed back and closed
            CaseUpdate u;
            if (c->state == QLatin1String("handled"))
                u.feedbackOn = day;
            u.closedOn = day;
            if (auto r = updateWithin(ref, u, op); !r)
                return r.error();
        }
        return Ok{};
    });
}

Result<CaseChange> CaseService::assignChange(const QString &ref, const QStringList &badges, const QDate &due, const QString &op) const
{
    return tracked({ref}, [&]() -> Status {
        if (auto a = assignWithin(ref, badges, due, op); !a)
            return a.error();
        return Ok{};
    });
}

Result<CaseChange> CaseService::updateChange(const QString &ref, const CaseUpdate &u, const QString &op) const
{
    return tracked({ref}, [&]() -> Status {
        if (auto r = updateWithin(ref, u, op); !r)
            return r.error();
        return Ok{};
    });
}

Status CaseService::check(CaseItem &c) const
{
    auto keys = CaseRepository(m_db).entityKeys();
    if (!keys)
        return keys.error();
    const QHash<QString, QString> cells{
        {QStringLiteral("source"), c.source},   {QStringLiteral("number"), c.number},
        {QStringLiteral("level"), c.level},     {QStringLiteral("type"), c.type},
        {QStringLiteral("name"), c.name},       {QStringLiteral("uscc"), c.uscc},
        {QStringLiteral("bureau"), c.bureau},   {QStringLiteral("received"), c.received.isValid() ? c.receivedIso() : QString()},
        {QStringLiteral("content"), c.content}, {QStringLiteral("due"), c.dueGiven.isValid() ? c.dueGiven.toString(Qt::ISODate) : QString()},
    };
    QStringList problems;
    const CaseItem checked = CaseImporter::checkCells(
        [&](const QString &f) { return cells.value(f); }, keys.value(), m_clock.today(),
        [&](const QString &field, const QString &message) { problems << CaseImporter::fieldName(field) + QStringLiteral(": ") + message; });
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n')), 3};
    // The source's fields as the checks read them; the record stays as it is.
    c.source = checked.source;
    c.number = checked.number;
    c.level = checked.level;
    c.type = checked.type;
    c.name = checked.name;
    c.uscc = checked.uscc;
    c.key = checked.key;
    c.bureau = checked.bureau;
    c.received = checked.received;
    c.content = checked.content;
    c.dueGiven = checked.dueGiven;
    return Ok{};
}

Result<CaseChange> CaseService::enter(CaseItem c) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    c.id = 0;
    c.state = QStringLiteral("pending");
    c.source = CaseImporter::parseSource(c.source);
    if (c.number.trimmed().isEmpty() && !c.source.isEmpty()) {
        auto n = CaseRepository(m_db).nextNumber(c.source, QStringLiteral("SD-%1-").arg(m_clock.today().toString(QStringLiteral("yyyyMMdd"))));
        if (!n)
            return n.error();
        c.number = n.value();
    }
    if (auto s = check(c); !s)
        return s.error();
    auto id = CaseRepository(m_db).insert(c, m_clock.now().toString(Qt::ISODate));
    if (!id)
        return id.error();
    auto stored = find(c.ref());
    if (!stored)
        return stored.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    CaseChange ch;
    ch.cases << CaseChange::One{std::nullopt, stored.value()};
    return ch;
}

Result<CaseChange> CaseService::edit(const CaseItem &given) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto before = find(given.ref());
    if (!before)
        return before.error();
    CaseItem c = before.value();
    // The record stays; the source's fields are the given ones, checked.
    c.level = given.level;
    c.type = given.type;
    c.name = given.name;
    c.uscc = given.uscc;
    c.bureau = given.bureau;
    c.received = given.received;
    c.content = given.content;
    c.dueGiven = given.dueGiven;
    if (auto s = check(c); !s)
        return s.error();
    if (c.bureau != before->bureau && c.state != QLatin1String("pending"))
        return Error{Tr::tr("Case %1 was dispatched in %2 already: its bureau cannot change now.").arg(c.ref(), before->bureau), 3};
    if (auto s = CaseRepository(m_db).put(c); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    CaseChange ch;
    ch.cases << CaseChange::One{before.value(), c};
    return ch;
}

Status CaseService::put(const CaseChange &change, bool back, const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    CaseRepository repo(m_db);
    const QString now = m_clock.now().toString(Qt::ISODate);
    auto changed = [&](const QString &ref) {
        return Error{back ? Tr::tr("Case %1 was changed since (by a later step or another program): nothing was undone.").arg(ref)
                          : Tr::tr("Case %1 was changed since (by a later step or another program): nothing was redone.").arg(ref),
                     3};
    };
    for (const CaseChange::One &o : change.cases) {
        const std::optional<CaseItem> &from = back ? o.after : o.before, &to = back ? o.before : o.after;
        const QString ref = to ? to->ref() : from->ref();
        auto found = repo.find(ref);
        if (!found)
            return found.error();
        const std::optional<CaseItem> &current = found.value();
        // The case must stand as the change's other side left it (ids aside: a redone entry gets a new one).
        auto same = [](CaseItem a, CaseItem b) {
            a.id = b.id = 0;
            return a == b;
        };
        if (current.has_value() != from.has_value() || (from && !same(*current, *from)))
            return changed(ref);
        if (!to) {
            if (auto s = repo.remove(current->id); !s)
                return s;
            continue;
        }
        CaseItem c = *to;
        if (!from) {
            auto id = repo.insert(c, now);
            if (!id)
                return id.error();
            c.id = id.value();
        } else {
            c.id = current->id;
            if (auto s = repo.put(c); !s)
                return s;
        }
        if (from && from->stateJson() != c.stateJson())
            if (auto s = record(c, op, now); !s)
                return s;
    }
    EntityRepository entities(m_db);
    const QList<EntityMarks> &from = back ? change.marksAfter : change.marksBefore, &to = back ? change.marksBefore : change.marksAfter;
    for (qsizetype i = 0; i < to.size(); ++i) {
        auto current = entities.marks(to.at(i).key);
        if (!current)
            return current.error();
        if (i < from.size() && current.value() != from.at(i))
            return Error{back ? Tr::tr("The entity %1 was changed since (an import or an edit): nothing was undone.").arg(to.at(i).key)
                              : Tr::tr("The entity %1 was changed since (an import or an edit): nothing was redone.").arg(to.at(i).key),
                         3};
        if (auto s = entities.setMarks(to.at(i)); !s)
            return s;
    }
    return tx.commit();
}

Result<CaseItem> CaseService::updateWithin(const QString &ref, const CaseUpdate &u, const QString &op) const
{
    auto found = find(ref);
    if (!found)
        return found.error();
    CaseItem c = found.value();
    const QString now = m_clock.now().toString(Qt::ISODate);
    const QDate today = m_clock.today();
    const QDate received = c.received.date();
    auto refuse = [&](const QString &why) { return Error{Tr::tr("Nothing was recorded for case %1: %2").arg(c.ref(), why), 3}; };
    auto inRange = [&](const QDate &d) { return d >= received && d <= today; };
    bool any = false;
    if (u.checkedOn.isValid()) {
        if (c.state != QLatin1String("assigned"))
            return refuse(c.state == QLatin1String("pending") ? Tr::tr("it has not been dispatched to a team yet.")
                                                              : Tr::tr("it was checked already (%1).").arg(CaseItem::stateName(c.state)));
        if (!inRange(u.checkedOn))
            return refuse(Tr::tr("the check date %1 lies before the case was received or after today.").arg(u.checkedOn.toString(Qt::ISODate)));
        if (u.mode != QLatin1String("onsite") && u.mode != QLatin1String("offsite"))
            return refuse(Tr::tr("say how it was checked: --mode onsite or offsite."));
        if (u.finding.trimmed().isEmpty())
            return refuse(Tr::tr("the finding is empty (--finding)."));
        c.checkedOn = u.checkedOn;
        c.mode = u.mode;
        c.finding = u.finding.trimmed();
        c.state = QStringLiteral("checked");
        if (auto s = record(c, op, now); !s)
            return s.error();
        if (u.violationClue) {
            auto set = c.key.isEmpty() ? Result<bool>(false) : EntityRepository(m_db).setViolationClue(c.key, c.checkedOn);
            if (!set)
                return set.error();
            if (!set.value())
                return refuse(Tr::tr("a violation clue is recorded on a monitoring agency of the entity list, and %1 is none.").arg(c.name));
        }
        any = true;
    }
    if (!u.outcome.isEmpty()) {
        if (c.state != QLatin1String("checked"))
            return refuse(Tr::tr("an outcome follows the check; the case is %1.").arg(CaseItem::stateName(c.state)));
        if (!CaseItem::outcomes().contains(u.outcome))
            return refuse(Tr::tr("the outcome must be 无问题, 责令改正, 立案处罚 or 移送."));
        if (u.outcome == QStringLiteral("立案处罚") && u.caseNumber.trimmed().isEmpty())
            return refuse(Tr::tr("a penalty case (立案处罚) needs its case number (--case-number)."));
        c.outcome = u.outcome;
        c.caseNumber = u.caseNumber.trimmed();
        c.handledOn = today;
        c.state = QStringLiteral("handled");
        if (auto s = record(c, op, now); !s)
            return s.error();
        // The entity's last penalty: special in the quarters of the next 12 months (domain.md).
        if (c.outcome == QStringLiteral("立案处罚") && !c.key.isEmpty())
            if (auto s = EntityRepository(m_db).setPenaltyDate(c.key, today); !s)
                return s.error();
        any = true;
    }
    // Feedback and closure: a date after the step before (and not after today), from one state to the next.
    auto datedStep = [&](const QDate &on, const QDate &notBefore, const char *from, const char *to, QDate &field, const QString &wrongState,
                         const QString &badDate) -> std::optional<Error> {
        if (!on.isValid())
            return std::nullopt;
        if (c.state != QLatin1String(from))
            return refuse(wrongState.arg(CaseItem::stateName(c.state)));
        if (on < notBefore || on > today)
            return refuse(badDate.arg(on.toString(Qt::ISODate)));
        field = on;
        c.state = QLatin1String(to);
        if (auto s = record(c, op, now); !s)
            return s.error();
        any = true;
        return std::nullopt;
    };
    if (auto e = datedStep(u.feedbackOn, c.checkedOn, "handled", "fed_back", c.feedbackOn,
                           Tr::tr("feedback to the source follows the finding and the outcome; the case is %1."),
                           Tr::tr("the feedback date %1 lies before the check or after today.")))
        return *e;
    if (auto e =
            datedStep(u.closedOn, c.feedbackOn, "fed_back", "closed", c.closedOn, Tr::tr("a case is closed after the feedback to its source; the case is %1."),
                      Tr::tr("the closing date %1 lies before the feedback or after today.")))
        return *e;
    if (!any)
        return refuse(Tr::tr("give a check (--checked, --mode, --finding), an outcome, a feedback date or a closing date."));
    return c;
}

Result<CaseMeasures> CaseService::measures(const QString &bureau) const
{
    auto all = CaseRepository(m_db).list(CaseFilter{bureau, {}, {}, true});
    if (!all)
        return all.error();
    return measuresOf(all.value());
}

CaseMeasures CaseService::measuresOf(const QList<CaseItem> &cases) const
{
    CaseMeasures m;
    const QDate today = m_clock.today();
    QHash<QString, CaseSourceMeasure> by;
    QList<qint64> days;
    for (const CaseItem &c : cases) {
        ++m.total;
        CaseSourceMeasure &s = by[c.source];
        s.source = c.source;
        ++s.total;
        const bool red = c.platformAlert() && c.level == QStringLiteral("红");
        m.redTotal += red;
        m.platformTotal += c.platformAlert();
        if (c.closed()) {
            ++m.closed;
            ++s.closed;
            m.redClosed += red;
            m.platformClosed += c.platformAlert();
            days << c.received.date().daysTo(c.closedOn);
        } else {
            ++m.open;
            const CaseTiming t = timingOn(c, today);
            m.overdue += t.overdue;
            CaseBureauCounts &n = m.byBureau[c.bureau];
            n.overdue += t.overdue;
            n.redOverdue += t.overdue && red;
            n.dueSoon += t.dueSoon;
        }
    }
    for (const QString &s : CaseItem::sources())
        if (by.contains(s))
            m.bySource << by.value(s);
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        m.medianDaysToClose = n % 2 ? double(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    }
    return m;
}

} // namespace suiji
