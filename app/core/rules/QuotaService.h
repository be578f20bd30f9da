// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds a bureau's quarter plan from the database: its entities, the quarter's inspector count
// (stored, else the roster's active inspectors, unless overridden) and its committed draws.

#include "rules/QuotaCalculator.h"
#include "store/Database.h"

#include <optional>

namespace suiji {

class QuotaService {
public:
    QuotaService(const Database &db, const RuleProfile &profile) : m_db(db), m_profile(profile) {}

    // catchUp: pools whose year-target catch-up is applied (QuotaCalculator::plan).
    Result<QuarterPlan> plan(const QString &bureau, const Quarter &quarter, std::optional<int> inspectors = std::nullopt,
                             const QSet<QString> &catchUp = {}) const;
    // What the bureau's own ceremony draws (what a freeze locks): a district's plan without the
    // pools the mobile-source division draws; for the division (`mobile`), those pools of every
    // district that has members in them, in district then profile order, each naming its district,
    // with the division's inspector count (stored, else its roster).
    Result<QuarterPlan> drawPlan(const QString &bureau, const Quarter &quarter, std::optional<int> inspectors = std::nullopt,
                                 const QSet<QString> &catchUp = {}) const;

private:
    // I for the quotas: given, else stored for the quarter, else the roster taking part.
    struct InspectorCount {
        int inspectors = 0;
        QString inspectorsSource; // given | stored | roster
        int rosterActive = 0;
    };
    Result<InspectorCount> inspectorCount(const QString &bureau, const Quarter &quarter, std::optional<int> given) const;
    const Database &m_db;
    const RuleProfile &m_profile;
};

} // namespace suiji
