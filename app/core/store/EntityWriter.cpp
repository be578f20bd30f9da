// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRepository's bulk writer and its batches (the import's path to the entity table).
#include "EntityBatchTable.h"
#include "EntityRepository.h"
#include "EntityRows.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QStringEncoder>
#include <cstring>
#include <sqlite3.h>

namespace suiji {

namespace {
constexpr const char *kWriteColumns = "category, key, name, uscc, code, bureau, level, industry, street, address, credit, vocs, "
                                      "penalty_date, waiver_date, complaints, positive_list, violation_clue, removed_date, bad_check, imported_at";
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
    if (sqlite3_create_module(m_handle, "suiji_entity_batch", &entitybatch::module(), nullptr) != SQLITE_OK ||
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
    sqlite3_bind_pointer(m_insertBatch, 1, const_cast<Batch *>(&batch), entitybatch::kPointerType, nullptr);
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
    return entityrows::stepRow(m_handle, e.id == 0 ? m_insert : m_update, batch, row, m_stamp);
}

} // namespace suiji
