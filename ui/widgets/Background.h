#pragma once
// Runs work on a worker thread with its own database connection (a QSqlDatabase belongs to the
// thread that opened it) and hands the result back on the GUI thread.

#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <functional>

namespace suiji {

template <class T>
void runOnDatabase(QObject *owner, const QString &path, std::function<Result<T>(const Database &)> work, std::function<void(Result<T>)> done)
{
    auto *watcher = new QFutureWatcher<Result<T>>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result<T>>::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, work]() -> Result<T> {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        return work(db.value());
    }));
}

} // namespace suiji
