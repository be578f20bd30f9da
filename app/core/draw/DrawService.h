#pragma once
// A bureau's quarter of draws (draw-spec v1), end to end: pools from the rules, selections,
// tasks, joint marking, month plan, inspector matching. Preview writes nothing; commit writes the
// whole quarter in one transaction or nothing. Verify recomputes every committed draw and the chain.

#include "draw/DrawTask.h"
#include "model/Inspector.h"
#include "rules/QuotaCalculator.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <optional>

namespace suiji {

struct DrawRecord;

struct DrawRequest {
    QString bureau;
    Quarter quarter;
    QString seed;
    std::optional<int> inspectors; // overrides the stored count for the quotas
    QString op;                    // operator recorded with a commit
};

struct PoolDraw {
    QString pool;
    QString context;
    int k = 0;
    QStringList poolKeys; // sorted by bytes
    QString poolFp;
    QStringList mustCheck; // by key
    QStringList selected;  // selection order
    QString resultFp;
    QString recordHash;    // after commit
};

struct DrawOutcome {
    QuarterPlan plan;
    QString seed;
    bool committed = false;
    QList<PoolDraw> pools;
    QList<DrawTask> tasks;
    int teamCap = 0;
    int activeInspectors = 0;
    QStringList warnings;
    QStringList errors; // any error stops a commit (e.g. a task that cannot be staffed)
    const PoolDraw *pool(const QString &id) const;
};

struct VerifyReport {
    int records = 0;
    bool ok = true;
    qint64 badId = 0;
    QString badQuarter, badBureau, badPool;
    QString reason;
};

class DrawService {
public:
    DrawService(const Database &db, const RuleProfile &profile, const Clock &clock = Clock::system())
        : m_db(db), m_profile(profile), m_clock(clock)
    {
    }

    // Pure computation from a plan and the quarter's inspectors (no database).
    static DrawOutcome compute(const RuleProfile &profile, const QuarterPlan &plan, const QString &seed, const QList<Inspector> &inspectors,
                               const QHash<QString, QString> &industries);

    Result<DrawOutcome> preview(const DrawRequest &request) const;
    // Error code 3: input rejected (bad seed, unstaffable task, already committed); 1: runtime.
    Result<DrawOutcome> commit(const DrawRequest &request) const;
    Result<VerifyReport> verify() const;

    // canonical_json of a record: its fields as compact JSON with sorted keys.
    static QByteArray canonicalJson(const DrawRecord &r);

private:
    Result<DrawOutcome> run(const DrawRequest &request) const;
    const Database &m_db;
    const RuleProfile &m_profile;
    const Clock &m_clock;
};

} // namespace suiji
