// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The year's reporting deadlines (domain.md, "The year's reporting deadlines"), from the rule
// profile and the working-day calendar, with the day each report was submitted.

#include "calendar/WorkCalendar.h"
#include "rules/RuleProfile.h"
#include "store/Database.h"

#include <QDate>
#include <QList>

namespace suiji {

struct Deadline {
    QString id;   // q1-summary … q4-summary, joint-summary, year-summary, annual-report
    QString name; // in the UI language
    QDate due;
    QDate done; // invalid: not submitted yet
};

// Deadlines due within this many working days are announced.
constexpr int kDeadlineWarningWorkingDays = 5;

// The deadlines of a year, in date order, with what the file records as submitted. Empty bureau:
// the city's own reports.
Result<QList<Deadline>> yearDeadlines(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const QString &bureau, int year);
// The deadlines of a year without the file (the submitted dates left empty).
QList<Deadline> deadlinesOf(const RuleProfile &profile, const WorkCalendar &calendar, int year);

} // namespace suiji
