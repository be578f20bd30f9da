// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityRepository.h"
#include "EntityRows.h"

#include <QScopeGuard>

#include "model/Category.h"
#include "util/Hash.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <cstring>
#include <new>
#include <sqlite3.h>
#include <unordered_map>
namespace suiji {

namespace {
const char *kColumns = "id, category, key, name, uscc, code, bureau, level, industry, street, address, credit, vocs, "
                       "penalty_date, waiver_date, complaints, positive_list, violation_clue, removed_date, bad_check";

Entity fromQuery(const QSqlQuery &q)
{
    Entity e;
    e.id = q.value(0).toLongLong();
    e.category = q.value(1).toString();
    e.key = q.value(2).toString();
    e.name = q.value(3).toString();
    e.uscc = q.value(4).toString();
    e.code = q.value(5).toString();
    e.bureau = q.value(6).toString();
    e.level = q.value(7).toString();
    e.industry = q.value(8).toString();
    e.street = q.value(9).toString();
    e.address = q.value(10).toString();
    e.credit = q.value(11).toString();
    e.vocs = q.value(12).toString();
    e.penaltyDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    e.waiverDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    e.complaints = q.value(15).toInt();
    e.positiveList = q.value(16).toBool();
    e.violationClue = q.value(17).toBool();
    e.removedDate = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    e.badCheck = q.value(19).toBool();
    return e;
}

struct Where {
    QString sql;
    QVariantList values;
};

Where whereFor(const EntityFilter &f)
{
    Where w;
    QStringList parts;
    if (!f.bureau.isEmpty()) {
        parts << QStringLiteral("bureau = ?");
        w.values << f.bureau;
    }
    if (!f.category.isEmpty()) {
        parts << QStringLiteral("category = ?");
        w.values << f.category;
    }
    if (!f.categories.isEmpty()) {
        parts << QStringLiteral("category IN (%1)").arg(QStringList(f.categories.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &c : f.categories)
            w.values << c;
    }
    const QString t = f.text.trimmed();
    if (!t.isEmpty()) {
        QString like = t;
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        parts << QStringLiteral("(name LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\' OR street LIKE ? ESCAPE '\\')");
        w.values << like << like << like;
    }
    if (f.ids) {
        // One bound JSON array, however many ids: SQLite's json_each unpacks it.
        QStringList ids;
        ids.reserve(f.ids->size());
        for (qint64 id : *f.ids)
            ids << QString::number(id);
        parts << QStringLiteral("id IN (SELECT value FROM json_each(?))");
        w.values << QString(QStringLiteral("[") + ids.join(QLatin1Char(',')) + QStringLiteral("]"));
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

Error readError(sqlite3 *h)
{
    return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot read the entity list."), QString::fromUtf8(sqlite3_errmsg(h)))};
}

// Steps a SELECT of kColumns to its end (or until fn returns false) and finalizes it.
Status stepStored(sqlite3 *h, sqlite3_stmt *st, const std::function<bool(const EntityRepository::StoredRow &)> &fn)
{
    auto bytes = [&](int col) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
        return p ? QByteArrayView(p, sqlite3_column_bytes(st, col)) : QByteArrayView();
    };
    int rc;
    EntityRepository::StoredRow r;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        r.id = sqlite3_column_int64(st, 0);
        r.category = bytes(1);
        r.key = bytes(2);
        r.name = bytes(3);
        r.uscc = bytes(4);
        r.code = bytes(5);
        r.bureau = bytes(6);
        r.level = bytes(7);
        r.industry = bytes(8);
        r.street = bytes(9);
        r.address = bytes(10);
        r.credit = bytes(11);
        r.vocs = bytes(12);
        r.penaltyDate = bytes(13);
        r.waiverDate = bytes(14);
        r.complaints = sqlite3_column_int(st, 15);
        r.positiveList = sqlite3_column_int(st, 16) != 0;
        r.violationClue = sqlite3_column_int(st, 17) != 0;
        r.removedDate = bytes(18);
        r.badCheck = sqlite3_column_int(st, 19) != 0;
        if (!fn(r))
            break;
    }
    const bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    Status s = ok ? Status(Ok{}) : Status(readError(h));
    sqlite3_finalize(st);
    return s;
}
} // namespace

QStringList EntityRepository::sortableColumns()
{
    return {QStringLiteral("id"),       QStringLiteral("key"),   QStringLiteral("name"),         QStringLiteral("bureau"),
            QStringLiteral("category"), QStringLiteral("level"), QStringLiteral("industry"),     QStringLiteral("street"),
            QStringLiteral("credit"),   QStringLiteral("vocs"),  QStringLiteral("penalty_date"), QStringLiteral("complaints")};
}

Result<int> EntityRepository::count(const EntityFilter &f) const
{
    const Where w = whereFor(f);
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM entity") + w.sql);
    bindAll(q, w.values);
    if (!q.exec() || !q.next())
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot read the entity list."), q.lastError().text())};
    return q.value(0).toInt();
}

Status EntityRepository::forEach(const EntityFilter &f, const std::function<bool(const Entity &)> &fn) const
{
    // The raw SQLite API on the same connection: a city's 100,000 rows are read several times a
    // session (quotas, draws), and QVariant per cell costs three times as much.
    const Where w = whereFor(f);
    // The column name is checked against a fixed list, so it may be spliced.
    const QString sort = sortableColumns().contains(f.sortColumn) ? f.sortColumn : QStringLiteral("id");
    QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(kColumns) + QStringLiteral(" FROM entity") + w.sql + QStringLiteral(" ORDER BY ") + sort +
                  (f.descending ? QStringLiteral(" DESC") : QString()) + (sort == QLatin1String("id") ? QString() : QStringLiteral(", id"));
    if (f.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(f.limit).arg(f.offset);
    sqlite3 *h = m_db.handle();
    sqlite3_stmt *st = nullptr;
    const QByteArray sqlBytes = sql.toUtf8();
    if (sqlite3_prepare_v2(h, sqlBytes.constData(), int(sqlBytes.size()), &st, nullptr) != SQLITE_OK)
        return readError(h);
    QList<QByteArray> bound;
    for (int i = 0; i < w.values.size(); ++i) {
        bound << w.values.at(i).toString().toUtf8();
        sqlite3_bind_text(st, i + 1, bound.last().constData(), int(bound.last().size()), SQLITE_STATIC);
    }
    // Small vocabularies (bureau, category, level, industry, street, grades) share one QString each.
    struct BytesHash {
        size_t operator()(const QByteArray &b) const noexcept { return fasthash::text(QByteArrayView(b)); }
    };
    std::unordered_map<QByteArray, QString, BytesHash> interned;
    auto shared = [&](QByteArrayView v) -> QString {
        if (v.isNull())
            return QString();
        const QByteArray raw = QByteArray::fromRawData(v.data(), v.size());
        auto it = interned.find(raw);
        if (it == interned.end()) {
            if (interned.size() > 4096)
                return QString::fromUtf8(raw);
            it = interned.emplace(QByteArray(raw.constData(), raw.size()), QString::fromUtf8(raw)).first;
        }
        return it->second;
    };
    auto text = [](QByteArrayView v) { return v.isNull() ? QString() : QString::fromUtf8(v); };
    auto date = [](QByteArrayView v) {
        if (v.size() < 10)
            return QDate();
        auto num = [&](int from, int n) {
            int x = 0;
            for (int i = from; i < from + n; ++i)
                x = x * 10 + (v[i] - '0');
            return x;
        };
        return QDate(num(0, 4), num(5, 2), num(8, 2));
    };
    return stepStored(h, st, [&](const StoredRow &r) {
        Entity e;
        e.id = r.id;
        e.category = shared(r.category);
        e.key = text(r.key);
        e.name = text(r.name);
        e.uscc = text(r.uscc);
        e.code = text(r.code);
        e.bureau = shared(r.bureau);
        e.level = shared(r.level);
        e.industry = shared(r.industry);
        e.street = shared(r.street);
        e.address = text(r.address);
        e.credit = shared(r.credit);
        e.vocs = shared(r.vocs);
        e.penaltyDate = date(r.penaltyDate);
        e.waiverDate = date(r.waiverDate);
        e.complaints = r.complaints;
        e.positiveList = r.positiveList;
        e.violationClue = r.violationClue;
        e.removedDate = date(r.removedDate);
        e.badCheck = r.badCheck;
        return fn(e);
    });
}

Status EntityRepository::forEachStored(const std::function<bool(const StoredRow &)> &fn) const
{
    sqlite3 *h = m_db.handle();
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM entity";
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
        return readError(h);
    return stepStored(h, st, fn);
}

Result<QList<Entity>> EntityRepository::list(const EntityFilter &f) const
{
    QList<Entity> out;
    if (auto s = forEach(f,
                         [&](const Entity &e) {
                             out.append(e);
                             return true;
                         });
        !s)
        return s.error();
    return out;
}

std::optional<Entity> EntityRepository::find(const QString &category, const QString &key) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kColumns) + QStringLiteral(" FROM entity WHERE category = ? AND key = ?"));
    q.addBindValue(category);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

Result<QHash<QString, QString>> EntityRepository::clueArrivals(const QString &bureau) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.category, c.key, max(c.arrived_at) FROM entity_clue c JOIN entity e ON e.category = c.category AND e.key = c.key "
                             "WHERE e.violation_clue = 1") +
              (bureau.isEmpty() ? QString() : QStringLiteral(" AND e.bureau = ?")) + QStringLiteral(" GROUP BY c.category, c.key"));
    if (!bureau.isEmpty())
        q.addBindValue(bureau);
    if (!q.exec())
        return Error{
            sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot read when the violation clues arrived."), q.lastError().text())};
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(), q.value(2).toString());
    return out;
}

Status EntityRepository::upsert(const QList<Entity> &entities, const QString &importedAt)
{
    sqlite3 *h = m_db.handle();
    static const char *sql = "INSERT INTO entity(category, key, name, uscc, code, bureau, level, industry, street, address, credit, vocs, "
                             "penalty_date, waiver_date, complaints, positive_list, violation_clue, removed_date, bad_check, imported_at) "
                             "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20) "
                             "ON CONFLICT(category, key) DO UPDATE SET name=excluded.name, uscc=excluded.uscc, code=excluded.code, "
                             "bureau=excluded.bureau, level=excluded.level, industry=excluded.industry, street=excluded.street, "
                             "address=excluded.address, credit=excluded.credit, vocs=excluded.vocs, penalty_date=excluded.penalty_date, "
                             "waiver_date=excluded.waiver_date, complaints=excluded.complaints, positive_list=excluded.positive_list, "
                             "violation_clue=excluded.violation_clue, removed_date=excluded.removed_date, bad_check=excluded.bad_check, "
                             "imported_at=excluded.imported_at";
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(h))};
    const QByteArray stamp = importedAt.toUtf8();
    Batch batch;
    batch.reserve(entities.size());
    for (const Entity &e : entities)
        batch.append(e);
    for (qsizetype row = 0; row < batch.size(); ++row) {
        if (auto s = entityrows::stepRow(h, st, batch, row, stamp); !s) {
            sqlite3_finalize(st);
            return s;
        }
    }
    sqlite3_finalize(st);
    return Ok{};
}

Status EntityRepository::saveOne(const Entity &entity, const QString &stamp)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = upsert({entity}, stamp); !s)
        return s;
    return tx.commit();
}

Status EntityRepository::setPenaltyDate(const QString &key, const QDate &date)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE entity SET penalty_date = ? WHERE key = ? AND (penalty_date IS NULL OR penalty_date = '' OR penalty_date < ?)"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(key);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return Error{
            sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot record the penalty of %1.").arg(key), q.lastError().text())};
    return Ok{};
}

Result<bool> EntityRepository::setViolationClue(const QString &key, const QDate &date)
{
    auto fail = [](const QSqlQuery &q) {
        return Error{
            sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot record when the violation clues arrived."), q.lastError().text())};
    };
    const QString &category = category::MonitoringAgency;
    QSqlQuery q(m_db.db());
    // Schema 4's trigger dates a newly set clue at the row's last import (an arrival not there
    // before is its doing); this clue arrived with the check instead.
    q.prepare(QStringLiteral("SELECT violation_clue, COALESCE(imported_at, ''), EXISTS (SELECT 1 FROM entity_clue c WHERE c.category = e.category AND "
                             "c.key = e.key AND c.arrived_at = COALESCE(e.imported_at, '')) FROM entity e WHERE category = ? AND key = ?"));
    q.addBindValue(category);
    q.addBindValue(key);
    if (!q.exec())
        return fail(q);
    if (!q.next())
        return false;
    const bool wasSet = q.value(0).toBool(), stampKnown = q.value(2).toBool();
    const QString stamp = q.value(1).toString();
    q.finish();
    q.prepare(QStringLiteral("UPDATE entity SET violation_clue = 1 WHERE category = ? AND key = ?"));
    q.addBindValue(category);
    q.addBindValue(key);
    if (!q.exec())
        return fail(q);
    if (!wasSet && !stampKnown) {
        q.prepare(QStringLiteral("DELETE FROM entity_clue WHERE category = ? AND key = ? AND arrived_at = ?"));
        q.addBindValue(category);
        q.addBindValue(key);
        q.addBindValue(stamp);
        if (!q.exec())
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_clue(category, key, arrived_at) VALUES (?, ?, ?)"));
    q.addBindValue(category);
    q.addBindValue(key);
    q.addBindValue(QString(date.toString(Qt::ISODate) + QStringLiteral("T00:00:00")));
    if (!q.exec())
        return fail(q);
    return true;
}

Result<EntityMarks> EntityRepository::marks(const QString &key) const
{
    EntityMarks m;
    m.key = key;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT category, penalty_date, violation_clue FROM entity WHERE key = ? ORDER BY category"));
    q.addBindValue(key);
    if (!q.exec())
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot read the entity list."), q.lastError().text())};
    while (q.next())
        m.rows << EntityMarks::Row{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toBool()};
    q.prepare(QStringLiteral("SELECT category, arrived_at FROM entity_clue WHERE key = ? ORDER BY category, arrived_at"));
    q.addBindValue(key);
    if (!q.exec())
        return Error{
            sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot read when the violation clues arrived."), q.lastError().text())};
    while (q.next())
        m.arrivals << qMakePair(q.value(0).toString(), q.value(1).toString());
    return m;
}

Status EntityRepository::setMarks(const EntityMarks &m)
{
    auto fail = [&](const QSqlQuery &q) {
        return Error{
            sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot record the penalty of %1.").arg(m.key), q.lastError().text())};
    };
    QSqlQuery q(m_db.db());
    for (const EntityMarks::Row &r : m.rows) {
        q.prepare(QStringLiteral("UPDATE entity SET penalty_date = ?, violation_clue = ? WHERE category = ? AND key = ?"));
        q.addBindValue(r.penaltyDate.isValid() ? QVariant(r.penaltyDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(r.violationClue ? 1 : 0);
        q.addBindValue(r.category);
        q.addBindValue(m.key);
        if (!q.exec())
            return fail(q);
    }
    // The arrivals exactly as they were (the update's trigger may have added one).
    q.prepare(QStringLiteral("DELETE FROM entity_clue WHERE key = ?"));
    q.addBindValue(m.key);
    if (!q.exec())
        return fail(q);
    for (const auto &[category, at] : m.arrivals) {
        q.prepare(QStringLiteral("INSERT INTO entity_clue(category, key, arrived_at) VALUES (?, ?, ?)"));
        q.addBindValue(category);
        q.addBindValue(m.key);
        q.addBindValue(at);
        if (!q.exec())
            return fail(q);
    }
    return Ok{};
}

} // namespace suiji
