// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-bureau record chains of draw-spec v2: freeze, void, attempt, commit and ledger records,
// each H(prev + "\n" + canonical_json), and the frozen lists a freeze locked. Immutable rows.

#include "store/Database.h"

#include <QJsonObject>
#include <optional>

namespace suiji {

struct ChainRecord {
    qint64 id = 0;
    QString bureau;
    int seq = 0;
    QString kind;
    QString quarter;
    QString freezeHash;
    QString canonicalJson;
    QString prevHash;
    QString recordHash;
    QJsonObject fields() const; // the record as JSON
};

class ChainRepository {
public:
    explicit ChainRepository(const Database &db) : m_db(db) {}

    static QString zeros() { return QString(64, QLatin1Char('0')); }
    // canonical_json of draw-spec v2: compact, keys sorted (QJsonObject keeps them sorted), UTF-8.
    static QByteArray canonicalJson(const QJsonObject &record);

    // Appends a record to the bureau's chain (the caller owns the transaction).
    Result<ChainRecord> append(const QString &bureau, const QString &quarter, const QString &freezeHash, const QJsonObject &record);
    // Every record, by bureau and position in its chain.
    Result<QList<ChainRecord>> all() const;
    // A bureau's records of one quarter (or campaign), in chain order; kind "" for every kind.
    Result<QList<ChainRecord>> forQuarter(const QString &bureau, const QString &quarter, const QString &kind = {}) const;
    Result<std::optional<ChainRecord>> byHash(const QString &recordHash) const;

    Status putSnapshot(qint64 freezeId, const QByteArray &json);
    Result<QByteArray> snapshot(qint64 freezeId) const;

private:
    const Database &m_db;
};

} // namespace suiji
