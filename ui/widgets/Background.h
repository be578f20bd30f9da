// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs work on a worker thread with its own database connection (a QSqlDatabase belongs to the
// thread that opened it) and hands the result back on the GUI thread.

#include "store/Database.h"
#include "util/Failure.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <functional>

namespace suiji {

// The worker opens the same file the window has open (never a new one: a file moved, deleted or
// replaced since is an error, and nothing is written elsewhere), read-only unless the work writes.
template <class T>
void runOnDatabase(QObject *owner, const Database &database, std::function<Result<T>(const Database &)> work, std::function<void(Result<T>)> done,
                   Database::Mode mode = Database::Mode::ReadOnly)
{
    auto *watcher = new QFutureWatcher<Result<T>>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result<T>>::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    const Database::Location where = database.location();
    // A failure that escapes the work (out of memory, a bug) is its error, never a crash.
    watcher->setFuture(QtConcurrent::run([where, work, mode]() -> Result<T> {
        return guarded([&]() -> Result<T> {
            auto db = Database::open(where, mode);
            if (!db)
                return db.error();
            return work(db.value());
        });
    }));
}

} // namespace suiji
