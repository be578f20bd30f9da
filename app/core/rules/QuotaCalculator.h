// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The quarter's pools of one bureau: who is eligible, excluded (and why), a must-check or already
// drawn this year, the random pool and its quota with the formula in words. Draws and the quota
// preview use the same plan, so what the preview shows is what a draw takes.

#include "model/Entity.h"
#include "model/Quarter.h"
#include "rules/Classifier.h"
#include "rules/RuleProfile.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <optional>

namespace suiji {

// What committed draws of the bureau already took, by pool: key → quarters (selected or must).
struct DrawHistory {
    QHash<QString, QHash<QString, QList<Quarter>>> byPool;
    QSet<QString> committedPools; // pools already committed for the quarter being planned
    bool takenInYear(const QString &pool, const QString &key, int year, const Quarter &except) const;
    bool takenSince(const QString &pool, const QString &key, const QDate &since) const;
    // When each committed draw took a key (ISO times), and when each violation clue arrived
    // ("category|key" → ISO time; EntityRepository::clueArrivals).
    QHash<QString, QHash<QString, QStringList>> takenAt;
    QHash<QString, QString> clueArrived;
    // Drawn elsewhere this year, per pool (entered by hand; DrawRepository::priorDraws).
    QHash<QString, int> prior;
    // A clue is covered once a draw committed at or after its arrival took the key (as a
    // must-check or at random); a clue with no recorded arrival by any draw of the key.
    bool clueCovered(const QString &pool, const Entity &e) const;
    // Distinct keys of a pool taken in the quarter's year before it.
    int keysTakenBefore(const QString &pool, const Quarter &quarter) const;

private:
    const QList<Quarter> *quarters(const QString &pool, const QString &key) const;
};

// What a draw needs to know of a pool member beyond its key.
struct PoolMember {
    QString name;
    QString uscc;
    QString code;
    QString street;
    QString industry;
    bool offsite = false;
    QString category; // with the key, the entity's identity (a key may recur across categories)
};

// What a year target still needs from a pool tied to it (fixed.key: ≥ 50% of key units checked;
// fixed.general: ≥ 10 × I tasks), spread over the quarters left: ceil((target − done) / left).
struct CatchUp {
    int target = 0;       // key units to cover, or general tasks, this year
    int done = 0;         // this year before this quarter, in this file
    int prior = 0;        // entered by hand: drawn elsewhere this year (the provincial platform)
    int quartersLeft = 0; // this quarter and those after it
    int needed = 0;       // per quarter from now on
    bool applied = false; // the quota uses it
    QString text;         // in words
};

struct PoolPlan {
    const PoolRule *rule = nullptr;
    // The district of a pool in the mobile-source division's quarter (its contexts, draw rows and
    // tasks are the district's); empty in a district's own quarter.
    QString bureau;
    int base = 0;                        // N of the formula: entities of the pool's class
    int excluded = 0;                    // entities of the pool's categories left out of daily draws
    QMap<QString, int> excludedByReason; // credit, vocs, positive_list
    int alreadyDrawn = 0;                // left out: taken earlier this year (no-repeat rule)
    QStringList mustCheck;               // sorted by key (bytes)
    QStringList pool;                    // the random pool, sorted by key (bytes)
    int formulaQuota = 0;
    int quota = 0; // k: the formula capped at the pool's size
    bool capped = false;
    QString formula; // in words
    QStringList warnings;
    QHash<QString, PoolMember> members; // every key of mustCheck and pool
    std::optional<CatchUp> catchUp;     // a year-target pool whose formula falls short of the target
    int tasks() const;                  // tasks this pool gives if drawn (plots: three each)
};

struct QuarterPlan {
    Quarter quarter;
    QString bureau;
    int inspectors = 0;
    QString profileId;
    QString profileHash;
    QList<PoolPlan> pools;      // in the profile's order
    QStringList warnings;       // capped quotas, no inspectors, year targets at risk
    QStringList notes;          // empty pools: normal for a bureau without outfalls, worth a line, not an alarm
    QStringList committedPools; // pools of this quarter already committed (sorted)
    // Where I came from: "stored" (saved for the quarter), "roster" (the members taking part),
    // "given" (this call's override); and how many of the roster take part.
    QString inspectorsSource;
    int rosterActive = -1;
    // By pool id, or `district/pool` in the mobile-source division's quarter.
    const PoolPlan *pool(const QString &id) const;
    bool division() const; // the mobile-source division's quarter: pools of every district
};

class QuotaCalculator {
public:
    explicit QuotaCalculator(const RuleProfile &profile) : m_profile(profile) {}

    // entities: the bureau's entities (others are ignored).
    // catchUp: pools whose catch-up the chief applies (the profile's "apply" applies all).
    QuarterPlan plan(const QString &bureau, const Quarter &quarter, int inspectors, const QList<Entity> &entities, const DrawHistory &history = {},
                     const QSet<QString> &catchUp = {}) const;

    // ceil(value × base) in exact arithmetic; value in ten-thousandths (percent: of a percent).
    static int quotaFor(const QuotaRule &rule, int inspectors, int base, QString *formula = nullptr);

private:
    const RuleProfile &m_profile;
};

} // namespace suiji
