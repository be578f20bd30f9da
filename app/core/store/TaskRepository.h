// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ledger (台账): one row per inspection task of a committed quarter, with its status.

#include "draw/DrawTask.h"
#include "model/Quarter.h"
#include "store/Database.h"

#include <QDate>
#include <QHash>

namespace suiji {

struct LedgerTask {
    qint64 id = 0;
    Quarter quarter;
    QString bureau;
    QString pool;
    QString key;
    QString name; // from the entity list, if still there
    qint64 drawId = 0;
    QString origin;
    int seq = 0;
    int month = 0; // calendar month 1..12
    QString mode;  // onsite | offsite
    bool joint = false;
    QStringList partners;
    QStringList inspectors;
    QString status; // planned | done | published
    QDate inspectionDate;
    QString result;
    QDate publishedDate;
    QDate committedOn; // the day its draw was committed
    // The chain that drew it when that is not its bureau's: `mobile` for the mobile-source
    // division's tasks (they belong to the district, its ledger and progress).
    QString drawnBy;
    QString chain() const { return drawnBy.isEmpty() ? bureau : drawnBy; }
    // The pool as the drawing chain names it: `district/pool` in the division's chain.
    QString chainPool() const { return chainPoolName(drawnBy.isEmpty() ? QString() : bureau, pool); }
};

// A task's name in the ledger records of draw-spec v2: pool|key|month (month 1–3 within the
// quarter), the pool as the drawing chain names it (chainPool).
QString ledgerTaskId(const LedgerTask &t);

class TaskRepository {
public:
    explicit TaskRepository(const Database &db) : m_db(db) {}

    // Writes a committed quarter's tasks (the caller owns the transaction). bureau: the chain that
    // drew them; a task naming its own district (the division's) is stored there, drawn by bureau.
    // drawIds: chain pool (DrawTask::chainPool) → draw id.
    Status insert(const Quarter &q, const QString &bureau, const QList<DrawTask> &tasks, const QHash<QString, qint64> &drawIds);
    // Tasks of a quarter; empty bureau: every bureau. A district's include those the division drew
    // for it; the division's (`mobile`) are those it drew. Ordered by bureau, drawing chain, seq.
    // A failed read is an error, never "no tasks" (a locked or damaged file must say so).
    Result<QList<LedgerTask>> list(const Quarter &q, const QString &bureau = {}) const;
    // The tasks one chain's commit of the quarter wrote, in its task order (seq).
    Result<QList<LedgerTask>> drawnIn(const Quarter &q, const QString &chain) const;
    Result<int> count(const Quarter &q, const QString &bureau = {}) const;
    // None when there is no such task.
    Result<std::optional<LedgerTask>> byId(qint64 id) const;

    // A task's ledger state after a change, with its event (kind: done, published, result, undo, …,
    // at, operator). The caller owns the transaction (and the chain record of the change).
    Status setState(qint64 id, const QString &status, const QDate &inspectionDate, const QString &result, const QDate &publishedDate, const QString &kind,
                    const QString &at, const QString &op) const;

    // Typical cases (典型案例): a done task marked with a short text. An empty text unmarks it.
    Status setTypicalCase(qint64 taskId, const QString &text, const QDate &markedOn) const;
    struct TypicalCase {
        LedgerTask task;
        QString text;
        QDate markedOn;
    };
    // Of a year (and a bureau, or every bureau for ""), by bureau, quarter and task order.
    Result<QList<TypicalCase>> typicalCases(int year, const QString &bureau = {}) const;

private:
    const Database &m_db;
};

} // namespace suiji
