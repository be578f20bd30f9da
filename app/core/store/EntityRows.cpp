// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityRows.h"

#include <QCoreApplication>
#include <cstring>

namespace suiji::entityrows {

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

} // namespace suiji::entityrows
