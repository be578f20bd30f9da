// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The facts reports rely on besides the draws and the ledger, inside the hash chains (record kind
// `fact`, docs/draw-v2.md): what a bureau drew elsewhere earlier in the year (prior_draw), the
// day a report was submitted (deadline_done), assigned targets and the inspections recorded
// against them (assigned_target, assigned_done), and typical cases (typical_case). Each change
// appends the fact's whole state after it (null: removed) to the chain of its bureau ("city" for
// the city's own reports); verify checks that every stored fact is the state of its last record.

#include "store/ChainRepository.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonObject>

namespace suiji {

struct Fact {
    QString fact;   // prior_draw | deadline_done | assigned_target | assigned_done | typical_case | visit
    QString bureau; // "" for the city's own reports
    int year = 0;
    QString key;       // names the fact within its kind, e.g. nanshan|2025|fixed.key
    QJsonObject state; // as stored now
    QString id() const { return fact + QLatin1Char('|') + key; }
};

class FactRepository {
public:
    explicit FactRepository(const Database &db) : m_db(db) {}

    static QString chainOf(const QString &bureau) { return bureau.isEmpty() ? QStringLiteral("city") : bureau; }
    // The keys naming each kind of fact, for the records FactService writes and for the stored
    // rows verify compares them with: they must be built by one hand.
    static QString yearKey(const QString &bureau, int year, const QString &name); // prior_draw, deadline_done, assigned_target
    static QString assignedDoneKey(const QString &bureau, int year, const QString &item, qint64 rowId);
    static QString typicalKey(const QString &bureau, const QString &quarter, const QString &pool, const QString &entityKey, int month);

    // Every stored fact, by id().
    Result<QHash<QString, Fact>> current() const;
    // Appends the present state of one fact (named by kind and key; absent: removed) to its
    // bureau's chain. The caller owns the transaction and has just changed it.
    Result<ChainRecord> chain(const QString &fact, const QString &bureau, int year, const QString &key, const QString &op, const QString &at) const;
    // Appends a record for every stored fact that has none (a file upgraded from schema 4).
    Status adoptUnchained(const QString &op, const QString &at) const;

private:
    const Database &m_db;
};

} // namespace suiji
