// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignedRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::AssignedRepository)
};
} // namespace

int AssignedTarget::doneTotal() const
{
    int n = 0;
    for (const auto &d : done)
        n += d.second;
    return n;
}

int AssignedTarget::doneBy(const QDate &day) const
{
    int n = 0;
    for (const auto &d : done)
        if (d.first <= day)
            n += d.second;
    return n;
}

int AssignedTarget::doneBetween(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (const auto &d : done)
        if (d.first >= from && d.first <= to)
            n += d.second;
    return n;
}

Result<QList<AssignedTarget>> AssignedRepository::list(const QString &bureau, int year) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT bureau, year, item, count, source, due FROM assigned_target WHERE year = ?") +
              (bureau.isEmpty() ? QString() : QStringLiteral(" AND bureau = ?")) + QStringLiteral(" ORDER BY bureau, item"));
    q.addBindValue(year);
    if (!bureau.isEmpty())
        q.addBindValue(bureau);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the assigned targets."), q.lastError().text())};
    QList<AssignedTarget> out;
    QHash<QString, int> index;
    while (q.next()) {
        AssignedTarget t;
        t.bureau = q.value(0).toString();
        t.year = q.value(1).toInt();
        t.item = q.value(2).toString();
        t.count = q.value(3).toInt();
        t.source = q.value(4).toString();
        t.due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        index.insert(t.bureau + QLatin1Char('|') + t.item, int(out.size()));
        out << t;
    }
    QSqlQuery d(m_db.db());
    d.prepare(QStringLiteral("SELECT bureau, item, done_on, count FROM assigned_done WHERE year = ?") +
              (bureau.isEmpty() ? QString() : QStringLiteral(" AND bureau = ?")) + QStringLiteral(" ORDER BY done_on, id"));
    d.addBindValue(year);
    if (!bureau.isEmpty())
        d.addBindValue(bureau);
    if (!d.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the assigned targets."), d.lastError().text())};
    while (d.next()) {
        const auto it = index.constFind(d.value(0).toString() + QLatin1Char('|') + d.value(1).toString());
        if (it != index.constEnd())
            out[*it].done << qMakePair(QDate::fromString(d.value(2).toString(), Qt::ISODate), d.value(3).toInt());
    }
    return out;
}

Status AssignedRepository::set(const AssignedTarget &t) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO assigned_target(bureau, year, item, count, source, due) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(bureau, year, item) DO UPDATE SET count = excluded.count, source = excluded.source, due = excluded.due"));
    q.addBindValue(t.bureau);
    q.addBindValue(t.year);
    q.addBindValue(t.item);
    q.addBindValue(t.count);
    q.addBindValue(t.source.isEmpty() ? QVariant() : QVariant(t.source));
    q.addBindValue(t.due.isValid() ? QVariant(t.due.toString(Qt::ISODate)) : QVariant());
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save the assigned target."), q.lastError().text())};
    return Ok{};
}

Result<qint64> AssignedRepository::record(const QString &bureau, int year, const QString &item, int count, const QDate &on) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO assigned_done(bureau, year, item, count, done_on) SELECT bureau, year, item, ?, ? FROM assigned_target "
                             "WHERE bureau = ? AND year = ? AND item = ?"));
    q.addBindValue(count);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(bureau);
    q.addBindValue(year);
    q.addBindValue(item);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot record the inspections."), q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("%1 has no assigned target \"%2\" in %3. Hand it down first (suiji-cli targets set).").arg(bureau, item).arg(year), 3};
    return q.lastInsertId().toLongLong();
}

} // namespace suiji
