// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityRepository.h"

#include <QScopeGuard>

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

namespace {
// YYYY-MM-DD, as the entity table stores dates; false for no date.
bool isoDate(const QDate &d, char (&out)[10])
{
    if (!d.isValid())
        return false;
    const int y = d.year(), m = d.month(), day = d.day();
    const char v[10] = {
        char('0' + y / 1000 % 10), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-', char('0' + m / 10), char('0' + m % 10), '-',
        char('0' + day / 10),      char('0' + day % 10)};
    memcpy(out, v, sizeof v);
    return true;
}

// Binds a batch row as ?1 … ?20 (the columns of an entity, then the stamp), and ?21 = its id for an
// UPDATE; steps and resets the statement. The batch holds the text as UTF-8 until then.
Status stepRow(sqlite3 *h, sqlite3_stmt *st, const EntityRepository::Batch &batch, qsizetype row, const QByteArray &stamp)
{
    for (int c = 0; c < EntityRepository::Batch::kTextColumns; ++c) {
        const QByteArrayView t = batch.text(row, c);
        if (t.isEmpty())
            sqlite3_bind_null(st, c + 1);
        else
            sqlite3_bind_text(st, c + 1, t.data(), int(t.size()), SQLITE_STATIC);
    }
    const Entity &e = batch.at(row);
    char dates[3][10];
    const QDate *dateFields[] = {&e.penaltyDate, &e.waiverDate, &e.removedDate};
    const int dateColumns[] = {13, 14, 18};
    for (int i = 0; i < 3; ++i) {
        if (isoDate(*dateFields[i], dates[i]))
            sqlite3_bind_text(st, dateColumns[i], dates[i], 10, SQLITE_STATIC);
        else
            sqlite3_bind_null(st, dateColumns[i]);
    }
    sqlite3_bind_int(st, 15, e.complaints);
    sqlite3_bind_int(st, 16, e.positiveList);
    sqlite3_bind_int(st, 17, e.violationClue);
    sqlite3_bind_int(st, 19, e.badCheck);
    sqlite3_bind_text(st, 20, stamp.constData(), int(stamp.size()), SQLITE_STATIC);
    if (sqlite3_bind_parameter_count(st) >= 21)
        sqlite3_bind_int64(st, 21, e.id);
    const bool done = sqlite3_step(st) == SQLITE_DONE;
    const QString message = done ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_reset(st);
    if (!done)
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot save entity %1.").arg(e.key), message)};
    return Ok{};
}
} // namespace

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
        if (auto s = stepRow(h, st, batch, row, stamp); !s) {
            sqlite3_finalize(st);
            return s;
        }
    }
    sqlite3_finalize(st);
    return Ok{};
}

namespace {
constexpr const char *kWriteColumns = "category, key, name, uscc, code, bureau, level, industry, street, address, credit, vocs, "
                                      "penalty_date, waiver_date, complaints, positive_list, violation_clue, removed_date, bad_check, imported_at";

// suiji_entity_batch(?): a table-valued function over a QList<Entity> passed with
// sqlite3_bind_pointer, yielding its rows with id 0 in the order of kWriteColumns (less imported_at).
constexpr const char *kBatchPointerType = "suiji::EntityBatch";

struct BatchCursor {
    sqlite3_vtab_cursor base;
    const EntityRepository::Batch *batch = nullptr;
    qsizetype row = 0;
    void skipExisting()
    {
        while (batch && row < batch->size() && batch->at(row).id != 0)
            ++row;
    }
};

int batchConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(category, key, name, uscc, code, bureau, level, industry, street, address, credit, vocs, "
                                            "penalty_date, waiver_date, complaints, positive_list, violation_clue, removed_date, bad_check, batch HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto *vtab = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!vtab)
        return SQLITE_NOMEM;
    memset(vtab, 0, sizeof(*vtab));
    *out = vtab;
    return SQLITE_OK;
}

int batchDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}

constexpr int kBatchColumn = 19;

int batchBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == kBatchColumn && c.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!c.usable)
                return SQLITE_CONSTRAINT;
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1000;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0; // no batch given: no rows
    info->estimatedCost = 1e12;
    return SQLITE_OK;
}

int batchOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *c = new (std::nothrow) BatchCursor{};
    if (!c)
        return SQLITE_NOMEM;
    *out = &c->base;
    return SQLITE_OK;
}

int batchClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<BatchCursor *>(cursor);
    return SQLITE_OK;
}

int batchFilter(sqlite3_vtab_cursor *cursor, int idxNum, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<BatchCursor *>(cursor);
    c->batch = idxNum == 1 && argc == 1 ? static_cast<const EntityRepository::Batch *>(sqlite3_value_pointer(argv[0], kBatchPointerType)) : nullptr;
    c->row = 0;
    c->skipExisting();
    return SQLITE_OK;
}

int batchNext(sqlite3_vtab_cursor *cursor)
{
    auto *c = reinterpret_cast<BatchCursor *>(cursor);
    ++c->row;
    c->skipExisting();
    return SQLITE_OK;
}

int batchEof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<BatchCursor *>(cursor);
    return !c->batch || c->row >= c->batch->size();
}

int batchRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<BatchCursor *>(cursor)->row;
    return SQLITE_OK;
}

void resultText(sqlite3_context *ctx, QByteArrayView s)
{
    // The batch outlives the statement's step, so SQLite may point into it.
    if (s.isEmpty())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, s.data(), int(s.size()), SQLITE_STATIC);
}

void resultDate(sqlite3_context *ctx, const QDate &d)
{
    if (!d.isValid()) {
        sqlite3_result_null(ctx);
        return;
    }
    char v[10];
    isoDate(d, v);
    sqlite3_result_text(ctx, v, 10, SQLITE_TRANSIENT);
}

int batchColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int column)
{
    const auto *c = reinterpret_cast<BatchCursor *>(cursor);
    if (column < EntityRepository::Batch::kTextColumns) {
        resultText(ctx, c->batch->text(c->row, column));
        return SQLITE_OK;
    }
    const Entity &e = c->batch->at(c->row);
    switch (column) {
    case 12:
        resultDate(ctx, e.penaltyDate);
        break;
    case 13:
        resultDate(ctx, e.waiverDate);
        break;
    case 14:
        sqlite3_result_int(ctx, e.complaints);
        break;
    case 15:
        sqlite3_result_int(ctx, e.positiveList);
        break;
    case 16:
        sqlite3_result_int(ctx, e.violationClue);
        break;
    case 17:
        resultDate(ctx, e.removedDate);
        break;
    case 18:
        sqlite3_result_int(ctx, e.badCheck);
        break;
    default:
        sqlite3_result_null(ctx);
        break;
    }
    return SQLITE_OK;
}

const sqlite3_module kBatchModule = [] {
    sqlite3_module m{}; // version 0; no xCreate: eponymous only; read-only
    m.xConnect = batchConnect;
    m.xBestIndex = batchBestIndex;
    m.xDisconnect = batchDisconnect;
    m.xOpen = batchOpen;
    m.xClose = batchClose;
    m.xFilter = batchFilter;
    m.xNext = batchNext;
    m.xEof = batchEof;
    m.xColumn = batchColumn;
    m.xRowid = batchRowid;
    return m;
}();
} // namespace

Status EntityRepository::Writer::recordClueDates(const std::vector<ClueDate> &clues)
{
    if (clues.empty())
        return Ok{};
    sqlite3_stmt *drop = nullptr, *add = nullptr;
    const auto done = qScopeGuard([&] {
        sqlite3_finalize(drop);
        sqlite3_finalize(add);
    });
    if (sqlite3_prepare_v2(m_handle, "DELETE FROM entity_clue WHERE category = ?1 AND key = ?2 AND arrived_at = ?3", -1, &drop, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "INSERT OR IGNORE INTO entity_clue(category, key, arrived_at) VALUES (?1, ?2, ?3)", -1, &add, nullptr) != SQLITE_OK)
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot record when the violation clues arrived."),
                                     QString::fromUtf8(sqlite3_errmsg(m_handle)))};
    for (const ClueDate &c : clues) {
        const QByteArray category = c.category.toUtf8(), key = c.key.toUtf8();
        const QByteArray at = c.date.toString(Qt::ISODate).toUtf8() + "T00:00:00";
        sqlite3_bind_text(drop, 1, category.constData(), int(category.size()), SQLITE_STATIC);
        sqlite3_bind_text(drop, 2, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_text(drop, 3, m_stamp.constData(), int(m_stamp.size()), SQLITE_STATIC);
        sqlite3_bind_text(add, 1, category.constData(), int(category.size()), SQLITE_STATIC);
        sqlite3_bind_text(add, 2, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_text(add, 3, at.constData(), int(at.size()), SQLITE_STATIC);
        const bool ok = sqlite3_step(drop) == SQLITE_DONE && sqlite3_step(add) == SQLITE_DONE;
        sqlite3_reset(drop);
        sqlite3_reset(add);
        if (!ok)
            return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot record when the violation clues arrived."),
                                         QString::fromUtf8(sqlite3_errmsg(m_handle)))};
    }
    return Ok{};
}

EntityRepository::Writer::Writer(const Database &db, const QString &importedAt) : m_handle(db.handle()), m_stamp(importedAt.toUtf8())
{
    const QByteArray batch = QByteArray("INSERT INTO entity(") + kWriteColumns +
                             ") SELECT category, key, name, uscc, code, bureau, level, industry, "
                             "street, address, credit, vocs, penalty_date, waiver_date, complaints, positive_list, violation_clue, removed_date, "
                             "bad_check, ?2 FROM suiji_entity_batch(?1)";
    const QByteArray insert =
        QByteArray("INSERT INTO entity(") + kWriteColumns + ") VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)";
    const QByteArray update = "UPDATE entity SET category=?1, key=?2, name=?3, uscc=?4, code=?5, bureau=?6, level=?7, industry=?8, street=?9, "
                              "address=?10, credit=?11, vocs=?12, penalty_date=?13, waiver_date=?14, complaints=?15, positive_list=?16, "
                              "violation_clue=?17, removed_date=?18, bad_check=?19, imported_at=?20 WHERE id=?21";
    // Registering again on the same connection replaces the module (same definition).
    if (sqlite3_create_module(m_handle, "suiji_entity_batch", &kBatchModule, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, batch.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insertBatch, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, insert.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, update.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_update, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

EntityRepository::Writer::~Writer()
{
    sqlite3_finalize(m_insertBatch);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_update);
}

void EntityRepository::Batch::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
    m_offsets.reserve(size_t(rows) * kTextColumns + 1);
    m_utf8.reserve(rows * 160);
}

void EntityRepository::Batch::clear()
{
    m_rows.clear();
    m_utf8.resize(0);
    m_offsets.resize(1);
}

void EntityRepository::Batch::append(Entity e)
{
    const QString *texts[kTextColumns] = {&e.category, &e.key,      &e.name,   &e.uscc,    &e.code,   &e.bureau,
                                          &e.level,    &e.industry, &e.street, &e.address, &e.credit, &e.vocs};
    qsizetype need = m_utf8.size();
    for (const QString *t : texts)
        need += t->size() * 3;
    if (m_utf8.capacity() < need)
        m_utf8.reserve(std::max(need, 2 * m_utf8.capacity()));
    const qsizetype start = m_utf8.size();
    m_utf8.resize(need);
    char *const base = m_utf8.data();
    char *out = base + start;
    QStringEncoder utf8(QStringEncoder::Utf8);
    for (const QString *t : texts) {
        out = utf8.appendToBuffer(out, *t);
        m_offsets.push_back(quint32(out - base));
    }
    m_utf8.resize(out - base);
    m_rows.append(std::move(e));
}

Status EntityRepository::Writer::write(const Batch &batch)
{
    if (!m_error.isEmpty())
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot save the entities."), m_error)};
    bool anyNew = false;
    for (qsizetype row = 0; row < batch.size(); ++row) {
        if (batch.at(row).id != 0) {
            if (auto s = writeOne(batch, row); !s)
                return s;
        } else {
            anyNew = true;
        }
    }
    if (!anyNew)
        return Ok{};
    sqlite3_bind_pointer(m_insertBatch, 1, const_cast<Batch *>(&batch), kBatchPointerType, nullptr);
    sqlite3_bind_text(m_insertBatch, 2, m_stamp.constData(), int(m_stamp.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_insertBatch);
    const QString stepMessage = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_insertBatch);
    sqlite3_clear_bindings(m_insertBatch);
    if (rc == SQLITE_DONE)
        return Ok{};
    // A constraint undoes the failed statement alone: insert row by row to name the entity at
    // fault. Anything else may have ended the caller's transaction, and a row written now would
    // be written for good: stop.
    if ((rc & 0xff) == SQLITE_CONSTRAINT && sqlite3_get_autocommit(m_handle) == 0)
        for (qsizetype row = 0; row < batch.size(); ++row)
            if (batch.at(row).id == 0)
                if (auto s = writeOne(batch, row); !s)
                    return s;
    return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot save the entities."), stepMessage)};
}

Status EntityRepository::Writer::writeOne(const Batch &batch, qsizetype row)
{
    const Entity &e = batch.at(row);
    if (!m_error.isEmpty())
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::EntityRepository", "Cannot save entity %1.").arg(e.key), m_error)};
    return stepRow(m_handle, e.id == 0 ? m_insert : m_update, batch, row, m_stamp);
}

} // namespace suiji

namespace suiji {

Status EntityRepository::saveOne(const Entity &entity, const QString &stamp)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = upsert({entity}, stamp); !s)
        return s;
    return tx.commit();
}

} // namespace suiji
