// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Classifies an entity for a quarter (domain.md: key > special > excluded > general for fixed
// sources and sea outfalls; pool by category and level for the rest) and says why in words.

#include "model/Entity.h"
#include "model/Quarter.h"
#include "rules/RuleProfile.h"

namespace suiji {

struct Classification {
    QString cls;          // general | key | special | excluded | offsite
    QString pool;         // the pool the entity is drawn from; empty if none
    bool offsite = false; // its task is an off-site check
    // Must-check candidate by the entity's own data (violation clue; left the list in the window).
    // Whether it is a must-check this quarter also depends on committed draws: see QuotaCalculator.
    bool mustCheck = false;
    QStringList reasons;     // plain words, in the UI language
    QStringList reasonCodes; // key, offsite, penalty, waiver, credit, vocs, complaints, positive_list, violation_clue, removed
};

class Classifier {
public:
    Classifier(const RuleProfile &profile, const Quarter &quarter);

    Classification classify(const Entity &e) const;
    // Bulk callers that need only the class and codes skip building the sentences.
    void setReasonsInWords(bool on) { m_words = on; }

    // The 12-month (profile) window of penalties and waivers: [start, end).
    QDate windowStart() const { return m_windowStart; }

    static QString className(const QString &cls); // in the UI language

private:
    const PoolRule *poolFor(const Entity &e, const QString &cls) const;

    const RuleProfile &m_profile;
    Quarter m_quarter;
    QString m_quarterText;
    bool m_words = true;
    QDate m_windowStart;
};

} // namespace suiji
