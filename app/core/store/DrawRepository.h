// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Committed draws (draw-spec v1): their records, pools and selections, the record chain, and the
// quarter's tasks written with them. Draw rows are immutable (triggers in the schema).

#include "model/Quarter.h"
#include "rules/QuotaCalculator.h"
#include "store/Database.h"

namespace suiji {

struct DrawRecord {
    qint64 id = 0;
    Quarter quarter;
    QString bureau;
    QString pool;
    QString context;
    QString seed;
    int k = 0;
    QString poolFp;
    QString resultFp;
    QString profileHash;
    QString op; // operator
    QString createdAt;
    QString canonicalJson;
    QString prevHash;
    QString recordHash;
    QStringList poolKeys;  // sorted
    QStringList selected;  // selection order
    QStringList mustCheck; // by key
    // suiji-draw-v1: a record of the database-wide v1 chain. suiji-draw-v2: an index row of the v2
    // commit record commitId (its canonical_json is empty, record_hash H(commit hash|pool)).
    QString spec = QStringLiteral("suiji-draw-v1");
    qint64 commitId = 0;
};

class DrawRepository {
public:
    explicit DrawRepository(const Database &db) : m_db(db) {}

    // What committed draws of the bureau took, by pool; committedPools for the given quarter.
    Result<DrawHistory> history(const QString &bureau, const Quarter &quarter) const;
    // Drawn elsewhere earlier in the year (entered by hand), per pool.
    Result<QHash<QString, int>> priorDraws(const QString &bureau, int year) const;
    // Sets one pool's count (0 removes it). The caller need not open a transaction: one statement.
    Status setPriorDraw(const QString &bureau, int year, const QString &pool, int count) const;
    // Every committed draw in chain order (by id), with pools and selections if asked.
    Result<QList<DrawRecord>> all(bool withKeys = true) const;
    Result<QList<DrawRecord>> forQuarter(const QString &bureau, const Quarter &quarter) const;
    // The index rows of one v2 commit (every district's, for the mobile-source division's).
    Result<QList<DrawRecord>> forCommit(qint64 commitId) const;
    // The quarters with a committed draw (of the bureau, or of any bureau for "").
    Result<QStringList> quarters(const QString &bureau = {}) const;
    // The record hash of the last committed v1 draw (the v1 chain), or 64 zeros.
    QString lastRecordHash() const;
    // Writes one record with its pool and selections (the caller owns the transaction).
    Result<qint64> insert(const DrawRecord &record);

private:
    const Database &m_db;
};

} // namespace suiji
