// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainRepository.h"

#include "draw/Sha256.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::ChainRepository)
};

const char *kColumns = "id, bureau, seq, kind, quarter, freeze_hash, canonical_json, prev_hash, record_hash";

ChainRecord recordFrom(const QSqlQuery &q)
{
    ChainRecord r;
    r.id = q.value(0).toLongLong();
    r.bureau = q.value(1).toString();
    r.seq = q.value(2).toInt();
    r.kind = q.value(3).toString();
    r.quarter = q.value(4).toString();
    r.freezeHash = q.value(5).toString();
    r.canonicalJson = q.value(6).toString();
    r.prevHash = q.value(7).toString();
    r.recordHash = q.value(8).toString();
    return r;
}

Result<QList<ChainRecord>> readAll(QSqlQuery &q)
{
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the record chain."), q.lastError().text())};
    QList<ChainRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}
} // namespace

QJsonObject ChainRecord::fields() const
{
    return QJsonDocument::fromJson(canonicalJson.toUtf8()).object();
}

QByteArray ChainRepository::canonicalJson(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

Result<ChainRecord> ChainRepository::append(const QString &bureau, const QString &quarter, const QString &freezeHash, const QJsonObject &record)
{
    QSqlQuery last(m_db.db());
    last.prepare(QStringLiteral("SELECT seq, record_hash FROM chain_record WHERE bureau = ? ORDER BY seq DESC LIMIT 1"));
    last.addBindValue(bureau);
    if (!last.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the record chain."), last.lastError().text())};
    ChainRecord r;
    r.bureau = bureau;
    r.kind = record.value(QStringLiteral("kind")).toString();
    r.quarter = quarter;
    r.freezeHash = freezeHash;
    r.seq = 1;
    r.prevHash = zeros();
    if (last.next()) {
        r.seq = last.value(0).toInt() + 1;
        r.prevHash = last.value(1).toString();
    }
    const QByteArray json = canonicalJson(record);
    r.canonicalJson = QString::fromUtf8(json);
    r.recordHash = draw::hex(r.prevHash.toUtf8() + '\n' + json);
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT INTO chain_record(bureau, seq, kind, quarter, freeze_hash, canonical_json, prev_hash, record_hash) VALUES(?,?,?,?,?,?,?,?)"));
    q.addBindValue(r.bureau);
    q.addBindValue(r.seq);
    q.addBindValue(r.kind);
    q.addBindValue(quarter.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(quarter));
    q.addBindValue(freezeHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(freezeHash));
    q.addBindValue(r.canonicalJson);
    q.addBindValue(r.prevHash);
    q.addBindValue(r.recordHash);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot write the %1 record to the chain of %2.").arg(r.kind, bureau), q.lastError().text())};
    r.id = q.lastInsertId().toLongLong();
    return r;
}

Result<QList<ChainRecord>> ChainRepository::all() const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM chain_record ORDER BY bureau, seq").arg(QLatin1String(kColumns)));
    return readAll(q);
}

Result<QList<ChainRecord>> ChainRepository::forQuarter(const QString &bureau, const QString &quarter, const QString &kind) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM chain_record WHERE bureau = ? AND quarter = ?%2 ORDER BY seq")
                  .arg(QLatin1String(kColumns), kind.isEmpty() ? QString() : QStringLiteral(" AND kind = ?")));
    q.addBindValue(bureau);
    q.addBindValue(quarter);
    if (!kind.isEmpty())
        q.addBindValue(kind);
    return readAll(q);
}

Result<std::optional<ChainRecord>> ChainRepository::byHash(const QString &recordHash) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM chain_record WHERE record_hash = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(recordHash);
    auto rows = readAll(q);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ChainRecord>() : std::optional<ChainRecord>(rows->first());
}

Status ChainRepository::putSnapshot(qint64 freezeId, const QByteArray &json)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO freeze_snapshot(record_id, snapshot) VALUES(?, ?)"));
    q.addBindValue(freezeId);
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot write the frozen lists."), q.lastError().text())};
    return Ok{};
}

Result<QByteArray> ChainRepository::snapshot(qint64 freezeId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT snapshot FROM freeze_snapshot WHERE record_id = ?"));
    q.addBindValue(freezeId);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the frozen lists."), q.lastError().text())};
    if (!q.next())
        return Error{Tr::tr("The frozen lists of freeze record %1 are missing from the database.").arg(freezeId)};
    return q.value(0).toString().toUtf8();
}

} // namespace suiji
