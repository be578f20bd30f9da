// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Store-internal: one entity row bound to a prepared statement, shared by EntityRepository::upsert,
// the Writer and the batch table (EntityBatchTable).

#include "EntityRepository.h"

#include <QByteArray>
#include <QDate>
#include <sqlite3.h>

namespace suiji::entityrows {

// YYYY-MM-DD, as the entity table stores dates; false for no date.
bool isoDate(const QDate &d, char (&out)[10]);
Status stepRow(sqlite3 *h, sqlite3_stmt *st, const EntityRepository::Batch &batch, qsizetype row, const QByteArray &stamp);

} // namespace suiji::entityrows
