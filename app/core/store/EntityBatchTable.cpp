// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityBatchTable.h"
#include "EntityRows.h"

#include <cstring>
#include <new>

namespace suiji::entitybatch {

const char *const kPointerType = "suiji::EntityBatch";

namespace {
// suiji_entity_batch(?): a table-valued function over a QList<Entity> passed with
// sqlite3_bind_pointer, yielding its rows with id 0 in the order of kWriteColumns (less imported_at).

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
    c->batch = idxNum == 1 && argc == 1 ? static_cast<const EntityRepository::Batch *>(sqlite3_value_pointer(argv[0], kPointerType)) : nullptr;
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
    entityrows::isoDate(d, v);
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

const sqlite3_module &module()
{
    return kBatchModule;
}

} // namespace suiji::entitybatch
