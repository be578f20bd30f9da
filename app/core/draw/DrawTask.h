// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One inspection task of a quarter's draw, before and after it is committed to the ledger.

#include <QString>
#include <QStringList>

namespace suiji {

// A pool as a chain's records name it: `district/pool` for a district's pool drawn by the
// mobile-source division (district given), else the pool id (docs/draw-v2.md).
inline QString chainPoolName(const QString &district, const QString &pool)
{
    return district.isEmpty() ? pool : district + QLatin1Char('/') + pool;
}

struct DrawTask {
    int seq = 0; // 1-based, in the quarter's task order (draw-spec: matching order)
    QString pool;
    QString key;
    QString category; // the entity's: (category, key) names it in the entity table
    QString name;
    QString origin; // random | must | all (plots)
    QString cls;    // general | key | special | offsite: the class the entity was drawn as
    int month = 1;  // 1..3 within the quarter
    bool offsite = false;
    bool joint = false;
    QStringList partners;
    QString jointItem;
    QStringList inspectors; // badges, team order (lowest m first)
    QString bureau;         // the district of a task the mobile-source division draws; empty: the quarter's bureau
    // The pool as the drawing chain names it in tasks_fp and ledger records: `district/pool` in
    // the division's chain, else the pool.
    QString chainPool() const { return chainPoolName(bureau, pool); }
};

} // namespace suiji
