#include "MonthPlanner.h"

namespace suiji::draw {

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
        while (j < tasks.size() && tasks[j].pool == tasks[i].pool)
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

} // namespace suiji::draw
