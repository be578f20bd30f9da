// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskRepository.h"

#include "model/Bureau.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::TaskRepository)
};
const QString kSep = QStringLiteral(";");
// NOT NULL columns: an empty list is '', never NULL.
QString joined(const QStringList &l)
{
    return l.isEmpty() ? QStringLiteral("") : l.join(kSep);
}
} // namespace

QString ledgerTaskId(const LedgerTask &t)
{
    return QStringLiteral("%1|%2|%3").arg(t.chainPool(), t.key).arg(t.month - t.quarter.firstMonth() + 1);
}

Status TaskRepository::insert(const Quarter &q, const QString &bureau, const QList<DrawTask> &tasks, const QHash<QString, qint64> &drawIds)
{
    QSqlQuery s(m_db.db());
    s.prepare(QStringLiteral(
        "INSERT INTO task(quarter, bureau, pool, entity_key, entity_category, draw_id, origin, seq, month, mode, joint, partners, inspectors, drawn_by) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const DrawTask &t : tasks) {
        s.addBindValue(q.toString());
        s.addBindValue(t.bureau.isEmpty() ? bureau : t.bureau);
        s.addBindValue(t.pool);
        s.addBindValue(t.key);
        s.addBindValue(t.category);
        s.addBindValue(drawIds.value(t.chainPool()));
        s.addBindValue(t.origin);
        s.addBindValue(t.seq);
        s.addBindValue(q.firstMonth() + t.month - 1);
        s.addBindValue(t.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite"));
        s.addBindValue(int(t.joint));
        s.addBindValue(joined(t.partners));
        s.addBindValue(joined(t.inspectors));
        s.addBindValue(t.bureau.isEmpty() ? QStringLiteral("") : bureau);
        if (!s.exec())
            return Error{sqlErrorMessage(Tr::tr("Cannot save task %1 (%2).").arg(t.seq).arg(t.key), s.lastError().text())};
    }
    return Ok{};
}

namespace {
const char *kTaskSelect = "SELECT t.id, t.quarter, t.bureau, t.pool, t.entity_key, t.draw_id, t.origin, t.seq, t.month, t.mode, t.joint, t.partners, "
                          "t.inspectors, t.status, t.inspection_date, t.result, t.published_date, "
                          "(SELECT e.name FROM entity e WHERE e.category = t.entity_category AND e.key = t.entity_key), "
                          "(SELECT d.created_at FROM draw d WHERE d.id = t.draw_id), t.drawn_by FROM task t ";

LedgerTask taskFrom(const QSqlQuery &s)
{
    LedgerTask t;
    t.id = s.value(0).toLongLong();
    t.quarter = Quarter::parse(s.value(1).toString()).value_or(Quarter{});
    t.bureau = s.value(2).toString();
    t.pool = s.value(3).toString();
    t.key = s.value(4).toString();
    t.drawId = s.value(5).toLongLong();
    t.origin = s.value(6).toString();
    t.seq = s.value(7).toInt();
    t.month = s.value(8).toInt();
    t.mode = s.value(9).toString();
    t.joint = s.value(10).toBool();
    t.partners = s.value(11).toString().split(kSep, Qt::SkipEmptyParts);
    t.inspectors = s.value(12).toString().split(kSep, Qt::SkipEmptyParts);
    t.status = s.value(13).toString();
    t.inspectionDate = QDate::fromString(s.value(14).toString(), Qt::ISODate);
    t.result = s.value(15).toString();
    t.publishedDate = QDate::fromString(s.value(16).toString(), Qt::ISODate);
    t.name = s.value(17).toString();
    t.committedOn = QDateTime::fromString(s.value(18).toString(), Qt::ISODate).date();
    t.drawnBy = s.value(19).toString();
    return t;
}
} // namespace

Result<QList<LedgerTask>> TaskRepository::list(const Quarter &q, const QString &bureau) const
{
    QList<LedgerTask> out;
    QSqlQuery s(m_db.db());
    s.setForwardOnly(true);
    const bool division = bureau == QLatin1String(Bureau::kMobile);
    s.prepare(QLatin1String(kTaskSelect) + QStringLiteral("WHERE t.quarter = ?") +
              (bureau.isEmpty() ? QString()
               : division       ? QStringLiteral(" AND t.drawn_by = ?")
                                : QStringLiteral(" AND t.bureau = ?")) +
              QStringLiteral(" ORDER BY t.bureau, t.drawn_by, t.seq"));
    s.addBindValue(q.toString());
    if (!bureau.isEmpty())
        s.addBindValue(bureau);
    if (!s.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the tasks of %1.").arg(q.toString()), s.lastError().text())};
    while (s.next())
        out << taskFrom(s);
    return out;
}

Result<QList<LedgerTask>> TaskRepository::drawnIn(const Quarter &q, const QString &chain) const
{
    QList<LedgerTask> out;
    QSqlQuery s(m_db.db());
    s.setForwardOnly(true);
    s.prepare(QLatin1String(kTaskSelect) +
              QStringLiteral("WHERE t.quarter = ? AND (t.drawn_by = ? OR (t.drawn_by = '' AND t.bureau = ?)) ORDER BY t.seq, t.id"));
    s.addBindValue(q.toString());
    s.addBindValue(chain);
    s.addBindValue(chain);
    if (!s.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the tasks of %1.").arg(q.toString()), s.lastError().text())};
    while (s.next())
        out << taskFrom(s);
    return out;
}

Result<std::optional<LedgerTask>> TaskRepository::byId(qint64 id) const
{
    QSqlQuery s(m_db.db());
    s.prepare(QLatin1String(kTaskSelect) + QStringLiteral("WHERE t.id = ?"));
    s.addBindValue(id);
    if (!s.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read task %1.").arg(id), s.lastError().text())};
    if (s.next())
        return std::optional<LedgerTask>(taskFrom(s));
    return std::optional<LedgerTask>();
}

Status TaskRepository::setState(qint64 id, const QString &status, const QDate &inspectionDate, const QString &result, const QDate &publishedDate,
                                const QString &kind, const QString &at, const QString &op) const
{
    QSqlQuery u(m_db.db());
    u.prepare(QStringLiteral("UPDATE task SET status = ?, inspection_date = ?, result = ?, published_date = ? WHERE id = ?"));
    u.addBindValue(status);
    u.addBindValue(inspectionDate.isValid() ? QVariant(inspectionDate.toString(Qt::ISODate)) : QVariant());
    u.addBindValue(result.isEmpty() ? QVariant() : QVariant(result));
    u.addBindValue(publishedDate.isValid() ? QVariant(publishedDate.toString(Qt::ISODate)) : QVariant());
    u.addBindValue(id);
    if (!u.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot update task %1.").arg(id), u.lastError().text())};
    QSqlQuery e(m_db.db());
    e.prepare(QStringLiteral("INSERT INTO task_event(task_id, at, kind, value, operator) VALUES(?, ?, ?, ?, ?)"));
    e.addBindValue(id);
    e.addBindValue(at);
    e.addBindValue(kind);
    e.addBindValue(QStringList{status, inspectionDate.toString(Qt::ISODate), publishedDate.toString(Qt::ISODate), result}.join(QLatin1Char('|')));
    e.addBindValue(op);
    if (!e.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot update task %1.").arg(id), e.lastError().text())};
    return Ok{};
}

Status TaskRepository::setTypicalCase(qint64 taskId, const QString &text, const QDate &markedOn) const
{
    QSqlQuery s(m_db.db());
    if (text.isEmpty()) {
        s.prepare(QStringLiteral("DELETE FROM typical_case WHERE task_id = ?"));
        s.addBindValue(taskId);
    } else {
        s.prepare(QStringLiteral("INSERT INTO typical_case(task_id, text, marked_on) VALUES (?, ?, ?) "
                                 "ON CONFLICT(task_id) DO UPDATE SET text = excluded.text, marked_on = excluded.marked_on"));
        s.addBindValue(taskId);
        s.addBindValue(text);
        s.addBindValue(markedOn.toString(Qt::ISODate));
    }
    if (!s.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save the typical case of task %1.").arg(taskId), s.lastError().text())};
    return Ok{};
}

Result<QList<TaskRepository::TypicalCase>> TaskRepository::typicalCases(int year, const QString &bureau) const
{
    QSqlQuery s(m_db.db());
    s.setForwardOnly(true);
    const QString select =
        QString::fromLatin1(kTaskSelect)
            .replace(QStringLiteral(" FROM task t "), QStringLiteral(", c.text, c.marked_on FROM task t JOIN typical_case c ON c.task_id = t.id "));
    s.prepare(select + QStringLiteral("WHERE substr(t.quarter, 1, 4) = ?") + (bureau.isEmpty() ? QString() : QStringLiteral(" AND t.bureau = ?")) +
              QStringLiteral(" ORDER BY t.bureau, t.quarter, t.drawn_by, t.seq"));
    s.addBindValue(QString::number(year));
    if (!bureau.isEmpty())
        s.addBindValue(bureau);
    if (!s.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the typical cases."), s.lastError().text())};
    QList<TypicalCase> out;
    while (s.next())
        out << TypicalCase{taskFrom(s), s.value(20).toString(), QDate::fromString(s.value(21).toString(), Qt::ISODate)};
    return out;
}

Result<int> TaskRepository::count(const Quarter &q, const QString &bureau) const
{
    QSqlQuery s(m_db.db());
    s.prepare(QStringLiteral("SELECT count(*) FROM task WHERE quarter = ?") + (bureau.isEmpty()                           ? QString()
                                                                               : bureau == QLatin1String(Bureau::kMobile) ? QStringLiteral(" AND drawn_by = ?")
                                                                                                                          : QStringLiteral(" AND bureau = ?")));
    s.addBindValue(q.toString());
    if (!bureau.isEmpty())
        s.addBindValue(bureau);
    if (!s.exec() || !s.next())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the tasks of %1.").arg(q.toString()), s.lastError().text())};
    return s.value(0).toInt();
}

} // namespace suiji
