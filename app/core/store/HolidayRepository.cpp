// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::WorkCalendar)
};
} // namespace

Result<QList<CalendarDay>> HolidayRepository::all() const
{
    QList<CalendarDay> out;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT date, kind, name FROM holiday ORDER BY date")))
        return Error{sqlErrorMessage(Tr::tr("Cannot read the holiday table."), q.lastError().text())};
    while (q.next())
        out << CalendarDay{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()};
    return out;
}

Status HolidayRepository::replaceYears(const QList<CalendarDay> &days)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    QSet<int> years;
    for (const CalendarDay &d : days)
        years.insert(d.date.year());
    for (int y : years) {
        QSqlQuery del(m_db.db());
        del.prepare(QStringLiteral("DELETE FROM holiday WHERE date >= ? AND date <= ?"));
        del.addBindValue(QStringLiteral("%1-01-01").arg(y));
        del.addBindValue(QStringLiteral("%1-12-31").arg(y));
        if (!del.exec())
            return Error{sqlErrorMessage(Tr::tr("Cannot save the holiday table."), del.lastError().text())};
    }
    for (const CalendarDay &d : days)
        if (auto s = insertDay(d); !s)
            return s;
    return tx.commit();
}

Status HolidayRepository::seedYear(int year)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM holiday WHERE date >= ? AND date <= ?"));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year));
    q.addBindValue(QStringLiteral("%1-12-31").arg(year));
    if (!q.exec() || !q.next())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the holiday table."), q.lastError().text())};
    if (q.value(0).toInt() == 0)
        for (const CalendarDay &d : WorkCalendar::shipped().days(year))
            if (auto s = insertDay(d); !s)
                return s;
    return Ok{};
}

Status HolidayRepository::setDay(const CalendarDay &d)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = seedYear(d.date.year()); !s)
        return s;
    if (auto s = insertDay(d); !s)
        return s;
    return tx.commit();
}

Status HolidayRepository::insertDay(const CalendarDay &d)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT INTO holiday(date, kind, name) VALUES(?, ?, ?) ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name"));
    q.addBindValue(d.date.toString(Qt::ISODate));
    q.addBindValue(d.kind);
    q.addBindValue(d.name);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save the holiday table."), q.lastError().text())};
    return Ok{};
}

Status HolidayRepository::removeDay(const QDate &date)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = seedYear(date.year()); !s)
        return s;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM holiday WHERE date = ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save the holiday table."), q.lastError().text())};
    return tx.commit();
}

} // namespace suiji
