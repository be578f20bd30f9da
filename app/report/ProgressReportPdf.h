// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The progress report and the year report as PDFs. The progress report draws the dashboard's
// charts as vectors, the month table against 30/60/100, overdue publications and the joint share;
// the year report gives per quarter and pool the tasks and completion, and the year targets.
// Both need a QApplication (Qt Charts are widgets).

#include "calendar/WorkCalendar.h"
#include "model/Quarter.h"
#include "rules/RuleProfile.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace suiji::report {

Result<int> writeProgressReport(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const Clock &clock, const Quarter &q,
                                const QString &bureau, const QString &path);
Result<int> writeYearReport(const Database &db, const RuleProfile &profile, int year, const QString &bureau, const QString &path);

} // namespace suiji::report
