// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskService.h"

#include "store/ChainRepository.h"

#include <QJsonObject>

#include <QCoreApplication>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::TaskService)
};
} // namespace

QString TaskService::statusName(const QString &status)
{
    if (status == QLatin1String("done"))
        return Tr::tr("done");
    if (status == QLatin1String("published"))
        return Tr::tr("published");
    return Tr::tr("planned");
}

Result<LedgerTask> TaskService::find(const Quarter &q, const QString &pool, const QString &key, const QString &bureau, int month) const
{
    QList<LedgerTask> matches;
    auto tasks = TaskRepository(m_db).list(q, bureau);
    if (!tasks)
        return tasks.error();
    for (const LedgerTask &t : tasks.value())
        if (t.pool == pool && t.key == key && (month == 0 || t.month == month))
            matches << t;
    if (matches.isEmpty())
        return Error{Tr::tr("No task of %1 in pool %2 for %3%4. Check the key, the pool and the quarter (suiji-cli tasks lists them).")
                         .arg(key, pool, q.toString(), month ? Tr::tr(", month %1").arg(month) : QString()),
                     3};
    for (const LedgerTask &t : matches)
        if (t.status == QLatin1String("planned"))
            return t;
    return matches.first();
}

Status TaskService::apply(const QList<qint64> &ids, const std::function<Result<TaskChange>(const LedgerTask &)> &change, const QString &kind, const QString &op)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    const QString now = m_clock.now().toString(Qt::ISODate);
    for (qint64 id : ids) {
        auto found = TaskRepository(m_db).byId(id);
        if (!found)
            return found.error();
        const std::optional<LedgerTask> &task = found.value();
        if (!task)
            return Error{Tr::tr("A task of this change is no longer in the ledger (another program may have changed it). Reload the page and try again."), 3};
        auto next = change(*task);
        if (!next)
            return next.error(); // the transaction rolls back: all or nothing
        if (auto s = TaskRepository(m_db).setState(id, next->status, next->inspectionDate, next->result, next->publishedDate, kind, now, op); !s)
            return s;
        // The task's whole ledger state after the change, in the chain that drew it (draw-spec v2):
        // its bureau's, or the mobile-source division's for the mobile pools.
        auto nullable = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        const QJsonObject record{
            {QStringLiteral("kind"), QStringLiteral("ledger")},
            {QStringLiteral("task"), ledgerTaskId(*task)},
            {QStringLiteral("quarter"), task->quarter.toString()},
            {QStringLiteral("status"), next->status},
            {QStringLiteral("inspection_date"), nullable(next->inspectionDate.isValid() ? next->inspectionDate.toString(Qt::ISODate) : QString())},
            {QStringLiteral("result"), nullable(next->result)},
            {QStringLiteral("published_date"), nullable(next->publishedDate.isValid() ? next->publishedDate.toString(Qt::ISODate) : QString())},
            {QStringLiteral("operator"), op},
            {QStringLiteral("created_at"), now}};
        if (auto r = ChainRepository(m_db).append(task->chain(), task->quarter.toString(), QString(), record); !r)
            return r.error();
    }
    return tx.commit();
}

Status TaskService::markDone(const QList<qint64> &ids, const QDate &date, const QString &result, const QString &op)
{
    const QDate today = m_clock.today();
    return apply(
        ids,
        [&](const LedgerTask &t) -> Result<TaskChange> {
            if (!date.isValid())
                return Error{Tr::tr("The inspection date is missing or not a date (write 2025-09-26)."), 3};
            if (date > today)
                return Error{Tr::tr("%1 lies in the future: record an inspection once it has happened.").arg(date.toString(Qt::ISODate)), 3};
            if (t.committedOn.isValid() && date < t.committedOn)
                return Error{Tr::tr("%1 is before task %2 (%3) was drawn, on %4: an inspection of a drawn task cannot come before its draw.")
                                 .arg(date.toString(Qt::ISODate))
                                 .arg(t.seq)
                                 .arg(t.key, t.committedOn.toString(Qt::ISODate)),
                             3};
            if (date < t.quarter.firstDay().addMonths(-3))
                return Error{
                    Tr::tr("%1 is long before %2, the quarter of task %3 (%4).").arg(date.toString(Qt::ISODate), t.quarter.toString()).arg(t.seq).arg(t.key),
                    3};
            if (t.publishedDate.isValid() && t.publishedDate < date)
                return Error{Tr::tr("Task %1 (%2) was published on %3, before %4.")
                                 .arg(t.seq)
                                 .arg(t.key, t.publishedDate.toString(Qt::ISODate), date.toString(Qt::ISODate)),
                             3};
            TaskChange c = stateOf(t);
            c.status = t.status == QLatin1String("published") ? t.status : QStringLiteral("done");
            c.inspectionDate = date;
            if (!result.isNull())
                c.result = result;
            return c;
        },
        QStringLiteral("done"), op);
}

Status TaskService::markPublished(const QList<qint64> &ids, const QDate &date, const QString &op)
{
    const QDate today = m_clock.today();
    return apply(
        ids,
        [&](const LedgerTask &t) -> Result<TaskChange> {
            if (!date.isValid())
                return Error{Tr::tr("The publication date is missing or not a date (write 2025-10-20)."), 3};
            if (date > today)
                return Error{Tr::tr("%1 lies in the future.").arg(date.toString(Qt::ISODate)), 3};
            if (!t.inspectionDate.isValid())
                return Error{Tr::tr("Task %1 (%2) has no inspection recorded yet: mark it done first.").arg(t.seq).arg(t.key), 3};
            if (date < t.inspectionDate)
                return Error{Tr::tr("Task %1 (%2) was inspected on %3; it cannot be published before that.")
                                 .arg(t.seq)
                                 .arg(t.key, t.inspectionDate.toString(Qt::ISODate)),
                             3};
            TaskChange c = stateOf(t);
            c.status = QStringLiteral("published");
            c.publishedDate = date;
            return c;
        },
        QStringLiteral("published"), op);
}

Status TaskService::restore(const QList<qint64> &ids, const QList<TaskChange> &before, const QString &op)
{
    if (ids.size() != before.size())
        return Error{QStringLiteral("restore: %1 ids, %2 states").arg(ids.size()).arg(before.size())};
    QHash<qint64, TaskChange> byId;
    for (int i = 0; i < ids.size(); ++i)
        byId.insert(ids[i], before[i]);
    return apply(
        ids, [&](const LedgerTask &t) -> Result<TaskChange> { return byId.value(t.id); }, QStringLiteral("undo"), op);
}

} // namespace suiji
