#include "QuotaService.h"

#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"

namespace suiji {

Result<QuarterPlan> QuotaService::plan(const QString &bureau, const Quarter &quarter, std::optional<int> inspectors, const QSet<QString> &catchUp) const
{
    EntityFilter f;
    f.bureau = bureau;
    QList<Entity> entities;
    if (auto s = EntityRepository(m_db).forEach(f, [&](const Entity &e) {
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
    const InspectorRepository people(m_db);
    const std::optional<int> stored = people.storedCount(bureau, quarter);
    const int roster = people.count(bureau, true);
    const int count = inspectors.value_or(stored.value_or(roster));
    QuarterPlan plan = QuotaCalculator(m_profile).plan(bureau, quarter, count, entities, history.value(), catchUp);
    plan.inspectorsSource = inspectors ? QStringLiteral("given") : stored ? QStringLiteral("stored") : QStringLiteral("roster");
    plan.rosterActive = roster;
    return plan;
}

} // namespace suiji
