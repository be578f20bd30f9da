// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The synthetic Shenzhen: a deterministic demo city for a seed, at city scale or shrunk.

#include "model/Entity.h"
#include "model/Inspector.h"
#include "store/Database.h"

#include <QHash>
#include <functional>

namespace suiji {

struct DemoCity {
    QList<Entity> entities;
    QList<Inspector> inspectors;
};

class DemoGenerator {
public:
    // City-wide counts at scale 1. The mobile-source, outfall and monitoring numbers are the plan's.
    static QHash<QString, int> cityTotals();

    DemoGenerator(quint64 seed, double scale) : m_seed(seed), m_scale(scale) {}
    // Whether writeTo() also commits and progresses the demo quarter (default: yes).
    void setWithQuarter(bool on) { m_withQuarter = on; }

    DemoCity generate() const;
    // Generates and writes in one transaction. Refuses a database that already holds entities.
    Result<DemoCity> writeTo(const Database &db, const std::function<void(int percent)> &progress = {}) const;
    // Commits every bureau's draws for 2025Q3 and records inspections and publications up to
    // 2025-09-15 (most of July's tasks done, fewer of August's, a few of September's), so the
    // dashboard and the ledger have a quarter in progress to show. Deterministic for a seed.
    Status writeQuarter(const Database &db) const;
    // A quarter of cases per district (个案): the four platforms' alerts in realistic shares and
    // levels, complaints, referrals and a few company requests received 1 July – 15 September
    // 2025, most closed, some in progress, some overdue, at least one red alert open.
    Status writeCases(const Database &db) const;
    // Two special campaigns (专项): 福田's full-scope VOCs campaign of the coating makers (Aug–Oct,
    // published, some targets inspected) and 南山's sampled campaign of soil key units (Sep–Nov, a
    // sample of 12 drawn in public); and per district three referrals about companies with a
    // random task in September, due the same month: combined visits (综合查一次) to propose.
    Status writeCampaigns(const Database &db) const;

    // Counts after scaling (what generate() will produce per category).
    QHash<QString, int> scaledTotals() const;

private:
    quint64 m_seed;
    double m_scale;
    bool m_withQuarter = true;
};

} // namespace suiji
