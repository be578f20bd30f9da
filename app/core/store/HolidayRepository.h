// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The holiday tables stored in the file (a year stored replaces the shipped one for that year).

#include "calendar/WorkCalendar.h"
#include "store/Database.h"

namespace suiji {

class HolidayRepository {
public:
    explicit HolidayRepository(const Database &db) : m_db(db) {}
    // A failed read is an error, never an empty table (which would silently count weekends only).
    Result<QList<CalendarDay>> all() const;
    // Replaces the stored table of each year the days cover, in one transaction.
    Status replaceYears(const QList<CalendarDay> &days);
    // One day edited: a shipped year is copied in first, so the rest of its table stays.
    Status setDay(const CalendarDay &day);
    Status removeDay(const QDate &date);

private:
    Status insertDay(const CalendarDay &day);
    Status seedYear(int year);
    const Database &m_db;
};

} // namespace suiji
