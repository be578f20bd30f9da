// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::DrawRepository)
};
} // namespace

Result<DrawHistory> DrawRepository::history(const QString &bureau, const Quarter &quarter) const
{
    DrawHistory h;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.pool, d.quarter, s.key, d.created_at FROM draw d JOIN draw_selection s ON s.draw_id = d.id") +
              (bureau.isEmpty() ? QString() : QStringLiteral(" WHERE d.bureau = ?")));
    if (!bureau.isEmpty())
        q.addBindValue(bureau);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws."), q.lastError().text())};
    while (q.next())
        if (const auto qq = Quarter::parse(q.value(1).toString())) {
            h.byPool[q.value(0).toString()][q.value(2).toString()].append(*qq);
            h.takenAt[q.value(0).toString()][q.value(2).toString()].append(q.value(3).toString());
        }
    QSqlQuery c(m_db.db());
    c.prepare(QStringLiteral("SELECT pool FROM draw WHERE bureau = ? AND quarter = ?"));
    c.addBindValue(bureau);
    c.addBindValue(quarter.toString());
    if (!c.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws."), c.lastError().text())};
    while (c.next())
        h.committedPools.insert(c.value(0).toString());
    return h;
}

Result<QHash<QString, int>> DrawRepository::priorDraws(const QString &bureau, int year) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT pool, count FROM prior_draw WHERE bureau = ? AND year = ?"));
    q.addBindValue(bureau);
    q.addBindValue(year);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the draws entered as made elsewhere."), q.lastError().text())};
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Status DrawRepository::setPriorDraw(const QString &bureau, int year, const QString &pool, int count) const
{
    QSqlQuery q(m_db.db());
    if (count <= 0) {
        q.prepare(QStringLiteral("DELETE FROM prior_draw WHERE bureau = ? AND year = ? AND pool = ?"));
        q.addBindValue(bureau);
        q.addBindValue(year);
        q.addBindValue(pool);
    } else {
        q.prepare(QStringLiteral("INSERT INTO prior_draw(bureau, year, pool, count) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(bureau, year, pool) DO UPDATE SET count = excluded.count"));
        q.addBindValue(bureau);
        q.addBindValue(year);
        q.addBindValue(pool);
        q.addBindValue(count);
    }
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save the draws made elsewhere."), q.lastError().text())};
    return Ok{};
}

static DrawRecord recordFrom(const QSqlQuery &q)
{
    DrawRecord r;
    r.id = q.value(0).toLongLong();
    r.quarter = Quarter::parse(q.value(1).toString()).value_or(Quarter{});
    r.bureau = q.value(2).toString();
    r.pool = q.value(3).toString();
    r.context = q.value(4).toString();
    r.seed = q.value(5).toString();
    r.k = q.value(6).toInt();
    r.poolFp = q.value(7).toString();
    r.resultFp = q.value(8).toString();
    r.profileHash = q.value(9).toString();
    r.op = q.value(10).toString();
    r.createdAt = q.value(11).toString();
    r.canonicalJson = q.value(12).toString();
    r.prevHash = q.value(13).toString();
    r.recordHash = q.value(14).toString();
    r.spec = q.value(15).toString();
    r.commitId = q.value(16).toLongLong();
    return r;
}

static const char *kDrawColumns = "id, quarter, bureau, pool, context, seed, k, pool_fp, result_fp, profile_hash, operator, created_at, canonical_json, "
                                  "prev_hash, record_hash, spec, commit_id";

static Status loadKeys(const QSqlDatabase &db, QList<DrawRecord> &records)
{
    QHash<qint64, int> index;
    for (int i = 0; i < records.size(); ++i)
        index.insert(records[i].id, i);
    QSqlQuery p(db);
    p.setForwardOnly(true);
    if (!p.exec(QStringLiteral("SELECT draw_id, key FROM draw_pool ORDER BY draw_id, key")))
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws' pools."), p.lastError().text())};
    while (p.next())
        if (const auto it = index.constFind(p.value(0).toLongLong()); it != index.constEnd())
            records[*it].poolKeys << p.value(1).toString();
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT draw_id, kind, key FROM draw_selection ORDER BY draw_id, kind, rank")))
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws' selections."), s.lastError().text())};
    while (s.next())
        if (const auto it = index.constFind(s.value(0).toLongLong()); it != index.constEnd())
            (s.value(1).toString() == QLatin1String("must") ? records[*it].mustCheck : records[*it].selected) << s.value(2).toString();
    return Ok{};
}

Result<QList<DrawRecord>> DrawRepository::all(bool withKeys) const
{
    QList<DrawRecord> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM draw ORDER BY id").arg(QLatin1String(kDrawColumns))))
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws."), q.lastError().text())};
    while (q.next())
        out << recordFrom(q);
    if (withKeys)
        if (auto s = loadKeys(m_db.db(), out); !s)
            return s.error();
    return out;
}

Result<QList<DrawRecord>> DrawRepository::forQuarter(const QString &bureau, const Quarter &quarter) const
{
    QList<DrawRecord> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM draw WHERE bureau = ? AND quarter = ? ORDER BY id").arg(QLatin1String(kDrawColumns)));
    q.addBindValue(bureau);
    q.addBindValue(quarter.toString());
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws."), q.lastError().text())};
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<QList<DrawRecord>> DrawRepository::forCommit(qint64 commitId) const
{
    QList<DrawRecord> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM draw WHERE commit_id = ? ORDER BY id").arg(QLatin1String(kDrawColumns)));
    q.addBindValue(commitId);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws."), q.lastError().text())};
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<QStringList> DrawRepository::quarters(const QString &bureau) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT DISTINCT quarter FROM draw WHERE ? = '' OR bureau = ? ORDER BY quarter"));
    q.addBindValue(bureau.isNull() ? QStringLiteral("") : bureau);
    q.addBindValue(bureau.isNull() ? QStringLiteral("") : bureau);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the committed draws."), q.lastError().text())};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString DrawRepository::lastRecordHash() const
{
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT record_hash FROM draw WHERE spec = 'suiji-draw-v1' ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return QString(64, QLatin1Char('0'));
}

Result<qint64> DrawRepository::insert(const DrawRecord &r)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO draw(quarter, bureau, pool, context, seed, k, pool_fp, result_fp, profile_hash, operator, created_at, "
                             "canonical_json, prev_hash, record_hash, spec, commit_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(r.quarter.toString()), QVariant(r.bureau), QVariant(r.pool), QVariant(r.context), QVariant(r.seed), QVariant(r.k), QVariant(r.poolFp),
          QVariant(r.resultFp), QVariant(r.profileHash), QVariant(r.op), QVariant(r.createdAt), QVariant(r.canonicalJson), QVariant(r.prevHash),
          QVariant(r.recordHash), QVariant(r.spec), r.commitId ? QVariant(r.commitId) : QVariant(QMetaType(QMetaType::LongLong))})
        q.addBindValue(v);
    if (!q.exec()) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("UNIQUE")))
            return Error{
                Tr::tr("The pool %1 of %2 for %3 is already committed; a committed draw cannot be drawn again.").arg(r.pool, r.bureau, r.quarter.toString()),
                3};
        return Error{sqlErrorMessage(Tr::tr("Cannot save the draw of pool %1.").arg(r.pool), text)};
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery p(m_db.db());
    p.prepare(QStringLiteral("INSERT INTO draw_pool(draw_id, key) VALUES(?, ?)"));
    for (const QString &k : r.poolKeys) {
        p.addBindValue(id);
        p.addBindValue(k);
        if (!p.exec())
            return Error{sqlErrorMessage(Tr::tr("Cannot save the draw of pool %1.").arg(r.pool), p.lastError().text())};
    }
    QSqlQuery s(m_db.db());
    s.prepare(QStringLiteral("INSERT INTO draw_selection(draw_id, kind, rank, key) VALUES(?, ?, ?, ?)"));
    auto put = [&](const QString &kind, const QStringList &keys) -> Status {
        for (int i = 0; i < keys.size(); ++i) {
            s.addBindValue(id);
            s.addBindValue(kind);
            s.addBindValue(i + 1);
            s.addBindValue(keys.at(i));
            if (!s.exec())
                return Error{sqlErrorMessage(Tr::tr("Cannot save the draw of pool %1.").arg(r.pool), s.lastError().text())};
        }
        return Ok{};
    };
    if (auto st = put(QStringLiteral("random"), r.selected); !st)
        return st.error();
    if (auto st = put(QStringLiteral("must"), r.mustCheck); !st)
        return st.error();
    return id;
}

} // namespace suiji
