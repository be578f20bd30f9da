// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotaCalculator.h"

#include "model/Bureau.h"
#include "util/Sort.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::QuotaCalculator)
};

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

QString decimal(qint64 value1e4, int scaleDown = 0)
{
    // value × 10^-(4 + scaleDown), without trailing zeros
    QString s = QString::number(double(value1e4) / 10000.0 / std::pow(10.0, scaleDown), 'f', 6);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}

} // namespace

const QList<Quarter> *DrawHistory::quarters(const QString &pool, const QString &key) const
{
    const auto p = byPool.constFind(pool);
    if (p == byPool.constEnd())
        return nullptr;
    const auto k = p->constFind(key);
    return k == p->constEnd() ? nullptr : &*k;
}

bool DrawHistory::takenInYear(const QString &pool, const QString &key, int year, const Quarter &except) const
{
    const QList<Quarter> *qs = quarters(pool, key);
    return qs && std::any_of(qs->begin(), qs->end(), [&](const Quarter &q) { return q.year == year && !(q == except); });
}

bool DrawHistory::takenSince(const QString &pool, const QString &key, const QDate &since) const
{
    const QList<Quarter> *qs = quarters(pool, key);
    return qs && std::any_of(qs->begin(), qs->end(), [&](const Quarter &q) { return q.firstDay() > since; });
}

int DrawHistory::keysTakenBefore(const QString &pool, const Quarter &quarter) const
{
    int covered = 0;
    const auto hp = byPool.constFind(pool);
    if (hp != byPool.constEnd())
        for (auto it = hp->begin(); it != hp->end(); ++it)
            if (std::any_of(it->begin(), it->end(), [&](const Quarter &q) { return q.year == quarter.year && q < quarter; }))
                ++covered;
    return covered;
}

bool DrawHistory::clueCovered(const QString &pool, const Entity &e) const
{
    const QString arrived = clueArrived.value(e.category + QLatin1Char('|') + e.key);
    const auto p = takenAt.constFind(pool);
    if (p != takenAt.constEnd()) {
        const auto k = p->constFind(e.key);
        if (k != p->constEnd())
            return std::any_of(k->begin(), k->end(), [&](const QString &at) { return at >= arrived; });
    }
    // Hand-made histories (tests) carry quarters only: any draw of the key covers an undated clue.
    return arrived.isEmpty() && quarters(pool, e.key) != nullptr && takenAt.isEmpty();
}

int PoolPlan::tasks() const
{
    const int drawn = int(mustCheck.size()) + quota;
    return rule && rule->quota.kind == QuotaRule::Kind::EveryMonth ? 3 * drawn : drawn;
}

const PoolPlan *QuarterPlan::pool(const QString &id) const
{
    // `district/pool` names a pool of the mobile-source division's quarter.
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    const QStringView district = slash < 0 ? QStringView() : QStringView(id).left(slash);
    const QStringView rule = slash < 0 ? QStringView(id) : QStringView(id).mid(slash + 1);
    for (const PoolPlan &p : pools)
        if (p.rule && p.rule->id == rule && (slash < 0 || p.bureau == district))
            return &p;
    return nullptr;
}

bool QuarterPlan::division() const
{
    return bureau == QLatin1String(Bureau::kMobile);
}

int QuotaCalculator::quotaFor(const QuotaRule &rule, int inspectors, int base, QString *formula)
{
    qint64 q = 0;
    QString f;
    switch (rule.kind) {
    case QuotaRule::Kind::PerInspector: {
        const qint64 exact = rule.value1e4 * inspectors;
        q = ceilDiv(exact, 10000);
        f = Tr::tr("%1 × %2 inspectors = %3").arg(decimal(rule.value1e4)).arg(inspectors).arg(decimal(exact));
        if (exact % 10000 != 0)
            f += Tr::tr(", rounded up to %1").arg(q);
        break;
    }
    case QuotaRule::Kind::Percent: {
        const qint64 exact = rule.value1e4 * base; // percent × 10^4 × N: divide by 10^6
        q = ceilDiv(exact, 1000000);
        f = Tr::tr("%1% of %2 = %3").arg(decimal(rule.value1e4)).arg(base).arg(decimal(exact, 2));
        if (exact % 1000000 != 0)
            f += Tr::tr(", rounded up to %1").arg(q);
        if (rule.minOne && base > 0 && q < 1) {
            q = 1;
            f += Tr::tr("; at least 1");
        }
        break;
    }
    case QuotaRule::Kind::EveryMonth:
        q = base;
        f = Tr::tr("all %1, every month (%2 tasks)").arg(base).arg(3 * base);
        break;
    }
    if (formula)
        *formula = f;
    return int(q);
}

QuarterPlan QuotaCalculator::plan(const QString &bureau, const Quarter &quarter, int inspectors, const QList<Entity> &entities, const DrawHistory &history,
                                  const QSet<QString> &catchUp) const
{
    QuarterPlan plan;
    plan.quarter = quarter;
    plan.bureau = bureau;
    plan.inspectors = inspectors;
    plan.profileId = m_profile.id;
    plan.profileHash = m_profile.hash;
    plan.committedPools = history.committedPools.values();
    plan.committedPools.sort();
    QHash<QString, int> index;
    for (const PoolRule &r : m_profile.pools) {
        index.insert(r.id, int(plan.pools.size()));
        PoolPlan p;
        p.rule = &r;
        plan.pools << p;
    }
    // Which pool receives the excluded count of a classified category: its general pool.
    QHash<QString, int> generalPoolOf;
    for (const PoolRule &r : m_profile.pools)
        for (const QString &c : r.categories)
            if (r.cls == QLatin1String("general") && !generalPoolOf.contains(c))
                generalPoolOf.insert(c, index.value(r.id));

    Classifier classifier(m_profile, quarter);
    classifier.setReasonsInWords(false);
    // Keys no-repeat left out, per pool: a min-one pool it empties still draws one of them.
    QHash<QString, QStringList> repeats;
    QHash<QString, QHash<QString, PoolMember>> repeatMembers;
    for (const Entity &e : entities) {
        if (e.bureau != bureau)
            continue;
        const Classification c = classifier.classify(e);
        if (c.cls == QLatin1String("excluded")) {
            const int gi = generalPoolOf.value(e.category, -1);
            if (gi >= 0) {
                ++plan.pools[gi].excluded;
                for (const QString &code : c.reasonCodes)
                    ++plan.pools[gi].excludedByReason[code];
            }
            continue;
        }
        if (c.pool.isEmpty())
            continue;
        PoolPlan &p = plan.pools[index.value(c.pool)];
        const PoolRule &r = *p.rule;
        const PoolMember member{e.name, e.uscc, e.code, e.street, e.industry, c.offsite, e.category};
        const bool removedRule = c.reasonCodes.contains(QStringLiteral("removed"));
        if (removedRule) {
            // Left the list: a must-check once within the window, never in the random pool.
            if (c.mustCheck && !history.takenSince(r.id, e.key, e.removedDate)) {
                p.mustCheck << e.key;
                p.members.insert(e.key, member);
            }
            continue;
        }
        ++p.base;
        // A violation clue: a must-check in the first quarter committed after it arrived, once,
        // whatever was drawn earlier in the year.
        if (c.mustCheck && !history.clueCovered(r.id, e)) {
            p.mustCheck << e.key;
            p.members.insert(e.key, member);
            continue;
        }
        if (r.noRepeatWithinYear && history.takenInYear(r.id, e.key, quarter.year, quarter)) {
            ++p.alreadyDrawn;
            repeats[r.id] << e.key;
            repeatMembers[r.id].insert(e.key, member);
            continue;
        }
        p.pool << e.key;
        p.members.insert(e.key, member);
    }

    for (PoolPlan &p : plan.pools) {
        sortByBytes(p.mustCheck);
        p.formulaQuota = quotaFor(p.rule->quota, inspectors, p.base, &p.formula);
        // "不足1家的按1家计" beats "原则上本年度不重复": when no-repeat has emptied a min-one pool,
        // the quarter still draws one, from the whole pool.
        if (p.pool.isEmpty() && p.alreadyDrawn > 0 && p.rule->quota.minOne && p.formulaQuota >= 1) {
            p.pool = repeats.value(p.rule->id);
            const auto members = repeatMembers.value(p.rule->id);
            for (auto it = members.begin(); it != members.end(); ++it)
                p.members.insert(it.key(), it.value());
            p.formulaQuota = 1;
            p.formula += Tr::tr("; every one was drawn earlier this year, so 1 is drawn again from the whole pool (at least 1 beats no repeat)");
            plan.notes << Tr::tr("%1: every entity was drawn earlier this year; at least one must still be checked, so one is drawn from the whole pool of %2.")
                              .arg(p.rule->name.text())
                              .arg(p.pool.size());
        }
        sortByBytes(p.pool);
        const int size = int(p.pool.size());
        p.quota = std::min(p.formulaQuota, size);
        p.capped = p.formulaQuota > size;
        const QString name = p.rule->name.text();
        if (p.base == 0 && p.mustCheck.isEmpty())
            plan.notes << Tr::tr("%1: the pool is empty; nothing to draw.").arg(name);
        else if (p.capped)
            p.warnings << Tr::tr("%1: the quota %2 is more than the %3 entities left in the pool; all %3 are taken.").arg(name).arg(p.formulaQuota).arg(size);
        if (p.rule->quota.kind == QuotaRule::Kind::PerInspector && inspectors == 0)
            p.warnings << Tr::tr("%1: no inspectors are set for %2, so the quota is 0.").arg(name, quarter.toString());
        plan.warnings += p.warnings;
    }

    // Catch-up: what the year targets still need from their pools, spread over the quarters left.
    const YearTargets &yt = m_profile.targets;
    if (yt.catchUp != QLatin1String("off")) {
        const int left = 4 - quarter.q + 1;
        auto consider = [&](const QString &poolId, int target, int done, const QString &what) {
            PoolPlan *p = nullptr;
            for (PoolPlan &pp : plan.pools)
                if (pp.rule && pp.rule->id == poolId)
                    p = &pp;
            if (!p || target <= 0)
                return;
            CatchUp c;
            c.target = target;
            c.prior = history.prior.value(poolId);
            c.done = done;
            c.quartersLeft = left;
            const int missing = std::max(0, target - done - c.prior);
            c.needed = (missing + left - 1) / left;
            if (c.needed <= p->formulaQuota)
                return; // the formula already keeps the target
            c.applied = yt.catchUp == QLatin1String("apply") || catchUp.contains(poolId);
            c.text = Tr::tr("Year target: %1. Done this year %2%3; %4 still needed over %n quarter(s) left, so %5 this quarter instead of the formula's %6.",
                            nullptr, left)
                         .arg(what)
                         .arg(done)
                         .arg(c.prior ? Tr::tr(" plus %1 drawn elsewhere").arg(c.prior) : QString())
                         .arg(missing)
                         .arg(c.needed)
                         .arg(p->formulaQuota);
            if (c.applied) {
                const int size = int(p->pool.size());
                p->quota = std::min(c.needed, size);
                p->capped = c.needed > size;
                p->formula += Tr::tr("; catch-up to the year target: %1").arg(c.needed);
            }
            p->catchUp = c;
        };
        // Key units: at least keyCoveragePct of them checked in the year (distinct keys).
        if (const PoolPlan *k = plan.pool(yt.keyPool); k && k->base > 0) {
            const int covered = history.keysTakenBefore(yt.keyPool, quarter);
            const int target = int((qint64(yt.keyCoveragePct) * k->base + 99) / 100);
            consider(yt.keyPool, target, covered, Tr::tr("%1% of %2 key units = %3").arg(yt.keyCoveragePct).arg(k->base).arg(target));
        }
        // General tasks: at least generalPerInspector × I in the year.
        if (inspectors > 0) {
            int drawn = 0;
            const auto hp = history.byPool.constFind(yt.generalPool);
            if (hp != history.byPool.constEnd())
                for (auto it = hp->begin(); it != hp->end(); ++it)
                    drawn += int(std::count_if(it->begin(), it->end(), [&](const Quarter &q) { return q.year == quarter.year && q < quarter; }));
            const int target = yt.generalPerInspector * inspectors;
            consider(yt.generalPool, target, drawn, Tr::tr("%1 × %2 inspectors = %3 general tasks").arg(yt.generalPerInspector).arg(inspectors).arg(target));
        }
    }

    // A profile states its year: another year's quarter is drawn with last year's rules only on purpose.
    if (m_profile.year != 0 && m_profile.year != quarter.year)
        plan.warnings << Tr::tr("The rule profile %1 is for %2, but %3 is in %4: check that this year's plan has the same rules, or make a profile for %4 "
                                "(Settings, or the button on the draw page).")
                             .arg(m_profile.id)
                             .arg(m_profile.year)
                             .arg(quarter.toString())
                             .arg(quarter.year);

    // Year targets at risk, judged from this quarter's quotas.
    const YearTargets &t = m_profile.targets;
    if (const PoolPlan *g = plan.pool(t.generalPool); g && inspectors > 0) {
        const int need = t.generalPerInspector * inspectors;
        if (g->quota * 4 < need)
            plan.warnings << Tr::tr("Year target at risk: %1 general tasks a quarter make %2 in a year, short of %3 × %4 inspectors = %5.")
                                 .arg(g->quota)
                                 .arg(g->quota * 4)
                                 .arg(t.generalPerInspector)
                                 .arg(inspectors)
                                 .arg(need);
    }
    if (const PoolPlan *k = plan.pool(t.keyPool); k && k->base > 0) {
        const int covered = history.keysTakenBefore(t.keyPool, quarter);
        const int remainingQuarters = 4 - quarter.q; // after this one
        const int projected = covered + int(k->mustCheck.size()) + k->quota + remainingQuarters * k->formulaQuota;
        if (qint64(projected) * 100 < qint64(t.keyCoveragePct) * k->base)
            plan.warnings << Tr::tr("Year target at risk: about %1 of %2 key units would be checked this year, short of %3%.")
                                 .arg(std::min(projected, k->base))
                                 .arg(k->base)
                                 .arg(t.keyCoveragePct);
    }
    return plan;
}

} // namespace suiji
