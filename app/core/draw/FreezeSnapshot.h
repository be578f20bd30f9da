// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a freeze (draw-spec v2) locks: the quarter's pools exactly as a preview computes them
// (keys, must-checks, k, and what a draw needs of each member) and the roster taking part with
// its 回避 keys. Stored whole beside the freeze record, whose fingerprints it must reproduce; the
// quarter's previews and commit draw from it, never from the live lists.

#include "model/Inspector.h"
#include "rules/QuotaCalculator.h"

#include <QJsonObject>

namespace suiji::draw {

inline const char *kSpecV2 = "suiji-draw-v2";

struct FreezeSnapshot {
    QuarterPlan plan;        // rule pointers into the profile it was made with
    QList<Inspector> roster; // taking part, sorted by badge bytes

    static FreezeSnapshot make(const QuarterPlan &plan, const QList<Inspector> &inspectors);
    QByteArray toJson() const;
    // Rebuilds the plan against the profile (its pools by id); an error names what does not fit.
    static Result<FreezeSnapshot> fromJson(const QByteArray &json, const RuleProfile &profile);

    // The freeze record's fingerprints of draw-spec v2.
    QString rosterFp() const;
    static QString mustFp(const PoolPlan &pool);
    // A pool's name in the records: `district/pool` in the mobile-source division's chain.
    static QString chainPool(const PoolPlan &pool);
    // industries for the joint marking: "pool|key" → industry (a key is one entity's, whatever its district).
    QHash<QString, QString> industries() const;
    // The freeze record (without operator and created_at).
    QJsonObject freezeRecord(const RuleProfile &profile, const QString &seedSource) const;
};

// One line of tasks_fp: pool|key|month|mode|joint|partners|badges (month 1–3 within the quarter).
QString taskLine(const QString &pool, const QString &key, int month, bool offsite, bool joint, const QStringList &partners, QStringList badges);

} // namespace suiji::draw
