// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A bureau's quarter of draws, end to end, with the ceremony of draw-spec v2: freeze (lock the
// pools and roster before any seed), previews that log every seed tried as an attempt, void, and
// the commit of the whole quarter (pools, tasks, teams) in one transaction or nothing. Selection,
// months, joint marking and matching are those of v1. Verify recomputes every v1 draw and the v1
// chain, and every bureau's v2 chain: freezes, attempts, commits with their teams, ledger events.

#include "draw/DrawTask.h"
#include "draw/FreezeSnapshot.h"
#include "model/Inspector.h"
#include "rules/QuotaCalculator.h"
#include "store/ChainRepository.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace suiji {

struct DrawRecord;

struct DrawRequest {
    QString bureau;
    Quarter quarter;
    QString seed;
    std::optional<int> inspectors = {}; // freeze: overrides the stored count for the quotas
    QString op = {};                    // operator recorded with each record
    QString reason = {};                // commit: why the seed is not the first one attempted
    QString seedSource = {};            // freeze: how the seed will be made ("会上掷十面骰 20 次")
    QStringList catchUp = {};           // freeze: pools whose year-target catch-up the quotas apply
    // commit: what the preview showed. The commit is refused (nothing written) when the freeze in
    // force is not this one, or a pool's result differs from the one given (chain pool → result_fp).
    QString expectFreeze = {};
    QHash<QString, QString> expectResults = {};
};

// Where a bureau's quarter stands in the ceremony.
struct QuarterState {
    std::optional<ChainRecord> freeze; // the freeze in force (not voided)
    QList<ChainRecord> voided;         // freezes withdrawn
    QList<ChainRecord> voids;          // the void records
    QList<ChainRecord> attempts;       // of every freeze of the quarter, in order
    std::optional<ChainRecord> commit; // v2
    QStringList v1Pools;               // pools committed under draw-spec v1
    bool committed() const { return commit.has_value() || !v1Pools.isEmpty(); }
    // Attempts against the freeze in force, in order.
    QList<ChainRecord> currentAttempts() const;
    QString firstSeed() const; // of the freeze in force; empty when none tried
    // The freeze the commit was drawn from (none without a commit).
    std::optional<ChainRecord> committedFreeze() const;
};

struct PoolDraw {
    QString pool;
    QString bureau; // the district, in the mobile-source division's quarter; else empty
    QString context;
    int k = 0;
    QStringList poolKeys; // sorted by bytes
    QString poolFp;
    QStringList mustCheck; // by key
    QStringList selected;  // selection order
    QString resultFp;
    QString recordHash; // after commit
    QString chainPool() const { return chainPoolName(bureau, pool); }
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
    QString tasksFp;    // draw-spec v2
    QString freezeHash;
    QString attemptHash; // the attempt this preview or commit recorded or reused
    QString commitHash;
    int attemptNumber = 0; // 1 for the first seed tried against the freeze
    QString firstSeed;
    QString reason;
    // By pool id, or `district/pool` in the division's quarter.
    const PoolDraw *pool(const QString &id) const;
};

struct FreezeOutcome {
    ChainRecord record;
    draw::FreezeSnapshot snapshot;
};

struct VerifyReport {
    int records = 0;      // v1 draw records
    int chainRecords = 0; // v2 records, every bureau
    int chains = 0;
    bool ok = true;
    qint64 badId = 0;
    QString badQuarter, badBureau, badPool;
    QString badKind; // v2: the record's kind; v1: empty
    int badSeq = 0;  // v2: position in the bureau's chain
    QString reason;
    QStringList anchors; // the anchors asked for, each found with all before it
};

class DrawService {
public:
    DrawService(const Database &db, const RuleProfile &profile, const Clock &clock = Clock::process()) : m_db(db), m_profile(profile), m_clock(clock) {}

    // Pure computation from a plan and the quarter's inspectors (no database).
    static DrawOutcome compute(const RuleProfile &profile, const QuarterPlan &plan, const QString &seed, const QList<Inspector> &inspectors,
                               const QHash<QString, QString> &industries);

    Result<QuarterState> state(const QString &bureau, const Quarter &quarter) const;
    // Locks the quarter's pools and roster (exactly as a preview computes them) before any seed.
    // Error code 3: already frozen or committed.
    Result<FreezeOutcome> freeze(const DrawRequest &request) const;
    // Withdraws the uncommitted freeze in force, with a reason; a new freeze can then be made.
    Result<ChainRecord> voidFreeze(const QString &bureau, const Quarter &quarter, const QString &reason, const QString &op) const;
    // The frozen lists of a freeze record.
    Result<draw::FreezeSnapshot> frozen(const ChainRecord &freeze) const;

    // Computes the quarter from the freeze in force and the seed, and logs the seed as an attempt
    // (once per seed and freeze). Error code 3: not frozen, committed, bad seed.
    Result<DrawOutcome> preview(const DrawRequest &request) const;
    // Error code 3: input rejected (not frozen, bad seed, a seed other than the first attempted
    // without a reason, unstaffable task, already committed, not what the preview showed:
    // expectFreeze/expectResults); 1: runtime. Nothing written then.
    Result<DrawOutcome> commit(const DrawRequest &request) const;
    // The committed quarter as it was committed (v2), for the draw page and the reports.
    Result<std::optional<DrawOutcome>> committed(const QString &bureau, const Quarter &quarter) const;
    // anchors: record hashes kept outside the file (printed on a plan, a 抽取公告, in a bundle);
    // each must be in a chain unchanged with everything before it.
    Result<VerifyReport> verify(const QStringList &anchors = {}) const;

    // canonical_json of a record: its fields as compact JSON with sorted keys.
    static QByteArray canonicalJson(const DrawRecord &r);

    // The tasks of an outcome as tasks_fp lines, in matching order.
    static QStringList taskLines(const QList<DrawTask> &tasks);

private:
    std::optional<Error> differsFromPreview(const DrawRequest &request, const DrawOutcome &out) const;
    // The `results` of an attempt or commit record, and an attempt record (draw-spec v2).
    static QJsonArray resultsJson(const DrawOutcome &o);
    static QJsonObject attemptRecord(const DrawOutcome &out, const DrawRequest &request, const QString &at);
    Result<DrawOutcome> fromFreeze(const DrawRequest &request, const QuarterState &state) const;
    Status verifyChains(VerifyReport &report, const QStringList &anchors) const;
    const Database &m_db;
    const RuleProfile &m_profile;
    const Clock &m_clock;
};

} // namespace suiji
