#pragma once
// The month plan of draw-spec v1: per pool, month 1 takes ceil(n/3) tasks, month 2 ceil(rest/2),
// month 3 the rest; remediation plots get one task a month; in Q4 joint tasks move to October.

#include "draw/DrawTask.h"

#include <QList>
#include <array>

namespace suiji::draw {

// months for n tasks in order: {m1, m2, m3}
std::array<int, 3> monthSplit(int n);
// Sets month on every task (tasks in quarter order; plots already carry their month).
void planMonths(QList<DrawTask> &tasks, int quarter, const QString &plotPool);

} // namespace suiji::draw
