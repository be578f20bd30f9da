#include "QuotaService.h"

#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"

namespace suiji {

Result<QuarterPlan> QuotaService::plan(const QString &bureau, const Quarter &quarter, std::optional<int> inspectors) const
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
    const int count = inspectors.value_or(InspectorRepository(m_db).effectiveCount(bureau, quarter));
    return QuotaCalculator(m_profile).plan(bureau, quarter, count, entities, history.value());
}

} // namespace suiji
