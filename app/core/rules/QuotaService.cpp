// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotaService.h"

#include "draw/DrawTask.h"
#include "model/Bureau.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"

#include <QCoreApplication>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::QuotaService)
};
} // namespace

Result<QuotaService::InspectorCount> QuotaService::inspectorCount(const QString &bureau, const Quarter &quarter, std::optional<int> given) const
{
    const InspectorRepository people(m_db);
    const auto stored = people.storedCount(bureau, quarter);
    if (!stored)
        return stored.error();
    const auto roster = people.count(bureau, true);
    if (!roster)
        return roster.error();
    return InspectorCount{given.value_or(stored->value_or(roster.value())),
                          given            ? QStringLiteral("given")
                          : stored.value() ? QStringLiteral("stored")
                                           : QStringLiteral("roster"),
                          roster.value()};
}

Result<QuarterPlan> QuotaService::plan(const QString &bureau, const Quarter &quarter, std::optional<int> inspectors, const QSet<QString> &catchUp) const
{
    EntityFilter f;
    f.bureau = bureau;
    QList<Entity> entities;
    if (auto s = EntityRepository(m_db).forEach(f,
                                                [&](const Entity &e) {
                                                    entities.append(e);
                                                    return true;
                                                });
        !s)
        return s.error();
    auto history = DrawRepository(m_db).history(bureau, quarter);
    if (!history)
        return history.error();
    auto clues = EntityRepository(m_db).clueArrivals(bureau);
    if (!clues)
        return clues.error();
    history->clueArrived = clues.value();
    auto prior = DrawRepository(m_db).priorDraws(bureau, quarter.year);
    if (!prior)
        return prior.error();
    history->prior = prior.value();
    const auto count = inspectorCount(bureau, quarter, inspectors);
    if (!count)
        return count.error();
    QuarterPlan plan = QuotaCalculator(m_profile).plan(bureau, quarter, count->inspectors, entities, history.value(), catchUp);
    plan.inspectorsSource = count->inspectorsSource;
    plan.rosterActive = count->rosterActive;
    return plan;
}

Result<QuarterPlan> QuotaService::drawPlan(const QString &bureau, const Quarter &quarter, std::optional<int> inspectors, const QSet<QString> &catchUp) const
{
    if (bureau != QLatin1String(Bureau::kMobile)) {
        auto p = plan(bureau, quarter, inspectors, catchUp);
        if (!p)
            return p;
        p->pools.removeIf([](const PoolPlan &pp) { return pp.rule->drawnByDivision(); });
        return p;
    }
    QuarterPlan out;
    out.quarter = quarter;
    out.bureau = bureau;
    out.profileId = m_profile.id;
    out.profileHash = m_profile.hash;
    const auto count = inspectorCount(bureau, quarter, inspectors);
    if (!count)
        return count.error();
    out.inspectors = count->inspectors;
    out.inspectorsSource = count->inspectorsSource;
    out.rosterActive = count->rosterActive;
    for (const Bureau &b : Bureau::all()) {
        auto p = plan(b.id, quarter, std::nullopt, {});
        if (!p)
            return p.error();
        for (PoolPlan &pp : p->pools) {
            if (!pp.rule->drawnByDivision() || (pp.pool.isEmpty() && pp.mustCheck.isEmpty()))
                continue;
            pp.bureau = b.id;
            for (QString &w : pp.warnings)
                w = b.nameZh + QStringLiteral("：") + w;
            out.pools << pp;
        }
        for (const QString &c : p->committedPools)
            if (const PoolRule *r = m_profile.pool(c); r && r->drawnByDivision())
                out.committedPools << chainPoolName(b.id, c);
    }
    if (out.pools.isEmpty())
        out.notes << Tr::tr("No district has entities in the pools the mobile-source division draws.");
    if (out.inspectors <= 0)
        out.warnings << Tr::tr("The mobile-source division has no inspectors taking part this quarter: import its roster (管理局 column: 移动源处).");
    return out;
}

} // namespace suiji
