// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Changes to the facts reports rely on besides the draws and the ledger — what a bureau drew
// elsewhere earlier in the year, reports submitted, assigned targets and inspections recorded
// against them, typical cases — each in one transaction with its `fact` record in the bureau's
// chain (store/FactRepository.h), so verify can tell a fact edited outside Suiji.

#include "store/AssignedRepository.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace suiji {

class FactService {
public:
    FactService(const Database &db, const Clock &clock = Clock::process()) : m_db(db), m_clock(clock) {}

    // count 0 removes the entry.
    Status setPriorDraw(const QString &bureau, int year, const QString &pool, int count, const QString &op) const;
    // An invalid date clears it. Bureau "": the city's own reports.
    Status setDeadlineDone(const QString &bureau, int year, const QString &id, const QDate &on, const QString &op) const;
    Status setAssignedTarget(const AssignedTarget &target, const QString &op) const;
    Status recordAssigned(const QString &bureau, int year, const QString &item, int count, const QDate &on, const QString &op) const;
    // Marks a done task as a typical case (典型案例) with a short text; an empty text unmarks it.
    // Error code 3: the task is not done, or the text is too long.
    Status setTypicalCase(qint64 taskId, const QString &text, const QString &op) const;

private:
    Status inTransaction(const std::function<Status()> &change, const QString &fact, const QString &bureau, int year, const QString &key,
                         const QString &op) const;
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace suiji
