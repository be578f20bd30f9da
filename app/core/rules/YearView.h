// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A bureau's year against the plan's year targets, from its committed draws: general tasks vs
// 10 × inspectors, key units covered vs 50 %, joint share vs 30 %, with projected shortfalls.

#include "rules/RuleProfile.h"
#include "store/Database.h"

namespace suiji {

struct YearTarget {
    QString id;        // general_tasks | key_coverage | joint_share
    QString name;      // in the UI language
    double actual = 0; // count or ratio (0..1)
    double target = 0;
    double projected = 0; // with the quarters not yet drawn at the last quarter's rate
    bool met = false;
    bool atRisk = false;
    QString detail; // in words
};

struct YearReport {
    int year = 0;
    QString bureau;
    QList<int> quartersDrawn; // 1..4
    int inspectors = 0;       // the largest count of the year's quarters
    QList<YearTarget> targets;
};

class YearView {
public:
    YearView(const Database &db, const RuleProfile &profile) : m_db(db), m_profile(profile) {}
    Result<YearReport> report(const QString &bureau, int year) const;

private:
    const Database &m_db;
    const RuleProfile &m_profile;
};

} // namespace suiji
