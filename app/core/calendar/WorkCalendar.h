// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chinese working days: weekends and public holidays off, adjusted working weekends (调休) on.
// Holiday tables are data per year: shipped for 2025 and 2026 (resources/calendar), overridden
// or extended by tables stored in the database; a year without a table counts weekends only and
// says so in warnings().

#include "store/Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace suiji {

struct CalendarDay {
    QDate date;
    QString kind; // holiday | workday
    QString name;
};

class WorkCalendar {
public:
    // The tables shipped with the app.
    static const WorkCalendar &shipped();
    // Shipped tables, with every year the database holds replacing the shipped one.
    static Result<WorkCalendar> load(const Database &db);
    // A suiji-calendar-v1 JSON file ({"year":…, "days":[{"date","kind","name"}]}) or a CSV with
    // the columns date,kind,name (kind: holiday/workday or 休/班). Errors name the line.
    static Result<QList<CalendarDay>> parse(const QByteArray &bytes, bool json);
    // One day as typed in the settings page or `holidays set`: the same checks as a table's lines.
    static Result<CalendarDay> day(const QString &date, const QString &kind, const QString &name);

    void setYear(int year, const QList<CalendarDay> &days);
    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    QList<CalendarDay> days(int year) const;

    bool isWorkingDay(const QDate &d) const;
    // The n-th working day after `from` (n ≥ 1); `from` itself never counts.
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days in (from, to].
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    // "No holiday table for 2027: …" for each year in [from, to] without a table.
    QStringList warnings(const QDate &from, const QDate &to) const;

private:
    static Status checkDay(const CalendarDay &day); // the rules of one day, in any table
    QSet<int> m_years;
    QHash<QDate, CalendarDay> m_days;
};

} // namespace suiji
