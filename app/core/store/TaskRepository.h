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
};

// A task's name in the ledger records of draw-spec v2: pool|key|month (month 1–3 within the quarter).
QString ledgerTaskId(const LedgerTask &t);

class TaskRepository {
public:
    explicit TaskRepository(const Database &db) : m_db(db) {}

    // Writes a committed quarter's tasks (the caller owns the transaction). drawIds: pool → draw id.
    Status insert(const Quarter &q, const QString &bureau, const QList<DrawTask> &tasks, const QHash<QString, qint64> &drawIds);
    // Tasks of a quarter; empty bureau: every bureau. Ordered by bureau, then seq.
    QList<LedgerTask> list(const Quarter &q, const QString &bureau = {}) const;
    int count(const Quarter &q, const QString &bureau = {}) const;
    std::optional<LedgerTask> byId(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace suiji
