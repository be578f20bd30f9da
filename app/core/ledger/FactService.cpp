// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactService.h"

#include "store/DeadlineRepository.h"
#include "store/DrawRepository.h"
#include "store/FactRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::FactService)
};
} // namespace

Status FactService::inTransaction(const std::function<Status()> &change, const QString &fact, const QString &bureau, int year, const QString &key,
                                  const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = change(); !s)
        return s;
    if (auto r = FactRepository(m_db).chain(fact, bureau, year, key, op, m_clock.now().toString(Qt::ISODate)); !r)
        return r.error();
    return tx.commit();
}

Status FactService::setPriorDraw(const QString &bureau, int year, const QString &pool, int count, const QString &op) const
{
    return inTransaction([&] { return DrawRepository(m_db).setPriorDraw(bureau, year, pool, count); }, QStringLiteral("prior_draw"), bureau, year,
                         FactRepository::yearKey(bureau, year, pool), op);
}

Status FactService::setDeadlineDone(const QString &bureau, int year, const QString &id, const QDate &on, const QString &op) const
{
    return inTransaction([&] { return DeadlineRepository(m_db).setDone(bureau, year, id, on); }, QStringLiteral("deadline_done"), bureau, year,
                         FactRepository::yearKey(bureau, year, id), op);
}

Status FactService::setAssignedTarget(const AssignedTarget &t, const QString &op) const
{
    return inTransaction([&] { return AssignedRepository(m_db).set(t); }, QStringLiteral("assigned_target"), t.bureau, t.year,
                         FactRepository::yearKey(t.bureau, t.year, t.item), op);
}

Status FactService::recordAssigned(const QString &bureau, int year, const QString &item, int count, const QDate &on, const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto id = AssignedRepository(m_db).record(bureau, year, item, count, on);
    if (!id)
        return id.error();
    if (auto r = FactRepository(m_db).chain(QStringLiteral("assigned_done"), bureau, year, FactRepository::assignedDoneKey(bureau, year, item, id.value()), op,
                                            m_clock.now().toString(Qt::ISODate));
        !r)
        return r.error();
    return tx.commit();
}

Status FactService::setTypicalCase(qint64 taskId, const QString &text, const QString &op) const
{
    auto found = TaskRepository(m_db).byId(taskId);
    if (!found)
        return found.error();
    const std::optional<LedgerTask> &task = found.value();
    if (!task)
        return Error{Tr::tr("No task %1 in the ledger.").arg(taskId), 3};
    const QString t = text.trimmed();
    if (!t.isEmpty() && task->status == QLatin1String("planned"))
        return Error{Tr::tr("Task %1 (%2) is not done yet: only an inspection that took place can be a typical case.")
                         .arg(task->seq)
                         .arg(task->name.isEmpty() ? task->key : task->name),
                     3};
    if (t.size() > 2000)
        return Error{Tr::tr("A typical case is a short text: at most 2000 characters."), 3};
    const QDate today = m_clock.today();
    return inTransaction([&] { return TaskRepository(m_db).setTypicalCase(taskId, t, today); }, QStringLiteral("typical_case"), task->bureau,
                         task->quarter.year, FactRepository::typicalKey(task->bureau, task->quarter.toString(), task->pool, task->key, task->month), op);
}

} // namespace suiji
