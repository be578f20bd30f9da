// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ledger's edits: a task inspected (done, with its date and result), its result published,
// or set back to planned. One transaction per call, each change logged in task_event. The CLI's
// `task done` / `task published` and the tasks page go through here.

#include "store/TaskRepository.h"
#include "util/Clock.h"

namespace suiji {

struct TaskChange {
    QString status; // planned | done | published
    QDate inspectionDate;
    QString result;
    QDate publishedDate;
};

class TaskService {
public:
    TaskService(const Database &db, const Clock &clock = Clock::process()) : m_db(db), m_clock(clock) {}

    // Finds the task of an entity in a quarter's pool; for plots (three a quarter) the month picks
    // one, else the first that is not done yet. Error code 3 if there is none.
    Result<LedgerTask> find(const Quarter &q, const QString &pool, const QString &key, const QString &bureau = {}, int month = 0) const;

    Status markDone(const QList<qint64> &ids, const QDate &date, const QString &result, const QString &op);
    Status markPublished(const QList<qint64> &ids, const QDate &date, const QString &op);
    // Puts tasks back exactly as they were (undo), given their earlier state.
    Status restore(const QList<qint64> &ids, const QList<TaskChange> &before, const QString &op);
    static TaskChange stateOf(const LedgerTask &t) { return {t.status, t.inspectionDate, t.result, t.publishedDate}; }
    // planned | done | published in the UI language (ledger, exports, the status drop-down).
    static QString statusName(const QString &status);

private:
    Status apply(const QList<qint64> &ids, const std::function<Result<TaskChange>(const LedgerTask &)> &change, const QString &kind, const QString &op);
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace suiji
