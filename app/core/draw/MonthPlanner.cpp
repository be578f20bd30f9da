// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthPlanner.h"

#include "util/I18n.h"

#include <QCoreApplication>
#include <algorithm>

namespace suiji::draw {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::MonthPlanner)
};
} // namespace

std::array<int, 3> monthSplit(int n)
{
    const int m1 = (n + 2) / 3;
    const int m2 = (n - m1 + 1) / 2;
    return {m1, m2, n - m1 - m2};
}

void planMonths(QList<DrawTask> &tasks, int quarter, const QString &plotPool)
{
    qsizetype i = 0;
    while (i < tasks.size()) {
        qsizetype j = i;
        // A run of one pool; in the mobile-source division's quarter, of one district's pool.
        while (j < tasks.size() && tasks[j].pool == tasks[i].pool && tasks[j].bureau == tasks[i].bureau)
            ++j;
        if (tasks[i].pool != plotPool) {
            const auto split = monthSplit(int(j - i));
            qsizetype t = i;
            for (int m = 0; m < 3; ++m)
                for (int c = 0; c < split[size_t(m)]; ++c)
                    tasks[t++].month = m + 1;
        }
        i = j;
    }
    if (quarter == 4)
        for (DrawTask &t : tasks)
            if (t.joint)
                t.month = 1;
}

int dueMonth(int plannedMonth, const Quarter &quarter, const QDate &committedOn)
{
    if (!committedOn.isValid() || committedOn < quarter.firstDay() || committedOn > quarter.lastDay())
        return plannedMonth; // drawn ahead of the quarter (as it should be), or after it ended: the plan stands
    return std::max(plannedMonth, committedOn.month());
}

QString lateDrawWarning(const QList<DrawTask> &tasks, const Quarter &quarter, const QDate &today)
{
    if (!today.isValid() || today < quarter.firstDay() || today > quarter.lastDay())
        return {};
    const int now = today.month() - quarter.firstMonth() + 1; // 1..3
    int late = 0;
    for (const DrawTask &t : tasks)
        if (t.month < now)
            ++late;
    if (late == 0)
        return {};
    return Tr::tr("This quarter is drawn late, in its month %1: %n task(s) planned for months already over are due in %2 instead (the month plan itself stays "
                  "as the draw specification fixes it).",
                  nullptr, late)
        .arg(now)
        .arg(i18n::monthName(today.month()));
}

} // namespace suiji::draw
