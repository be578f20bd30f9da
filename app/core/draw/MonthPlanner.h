// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The month plan of draw-spec v1: per pool, month 1 takes ceil(n/3) tasks, month 2 ceil(rest/2),
// month 3 the rest; remediation plots get one task a month; in Q4 joint tasks move to October.

#include "draw/DrawTask.h"
#include "model/Quarter.h"

#include <QDate>

#include <QList>
#include <array>

namespace suiji::draw {

// months for n tasks in order: {m1, m2, m3}
std::array<int, 3> monthSplit(int n);
// Sets month on every task (tasks in quarter order; plots already carry their month).
void planMonths(QList<DrawTask> &tasks, int quarter, const QString &plotPool);

// A quarter drawn late (docs/draw-v2.md, "Late draws"): the month plan stays as draw-spec fixes it
// (it is inside tasks_fp), but a task planned in a month that was already over on the day of the
// commit is due in the commit's month instead. Calendar months (1..12) in, calendar month out.
int dueMonth(int plannedMonth, const Quarter &quarter, const QDate &committedOn);
// Tasks (months 1..3 within the quarter) planned in months over before `today`: a warning that
// says how many and from when they are due, or an empty string.
QString lateDrawWarning(const QList<DrawTask> &tasks, const Quarter &quarter, const QDate &today);

} // namespace suiji::draw
