// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadlines.h"

#include "model/Quarter.h"
#include "store/DeadlineRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Deadlines)
};
} // namespace

QList<Deadline> deadlinesOf(const RuleProfile &profile, const WorkCalendar &calendar, int year)
{
    const Deadlines &d = profile.deadlines;
    QList<Deadline> out;
    for (int q = 1; q <= 4; ++q) {
        const Quarter quarter{year, q};
        out << Deadline{QStringLiteral("q%1-summary").arg(q),
                        Tr::tr("%1 summary and publication").arg(quarter.toString()),
                        quarter.lastDay().addDays(d.quarterSummaryDays),
                        {}};
    }
    // The n-th working day of November.
    QDate nov(year, 11, 1);
    int n = calendar.isWorkingDay(nov) ? 1 : 0;
    while (n < d.jointSummaryWorkingDayOfNovember) {
        nov = nov.addDays(1);
        n += calendar.isWorkingDay(nov);
    }
    out << Deadline{QStringLiteral("joint-summary"), Tr::tr("Joint-inspection summary of %1").arg(year), nov, {}};
    out << Deadline{QStringLiteral("year-summary"), Tr::tr("Year summary of %1").arg(year), QDate(year, d.yearSummaryMonth, d.yearSummaryDay), {}};
    out << Deadline{QStringLiteral("annual-report"),
                    Tr::tr("Annual work summary of %1 with typical cases").arg(year),
                    QDate(year, d.annualReportMonth, d.annualReportDay),
                    {}};
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) { return a.due < b.due; });
    return out;
}

Result<QList<Deadline>> yearDeadlines(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const QString &bureau, int year)
{
    auto done = DeadlineRepository(db).done(bureau, year);
    if (!done)
        return done.error();
    QList<Deadline> out = deadlinesOf(profile, calendar, year);
    for (Deadline &d : out)
        d.done = done->value(d.id);
    return out;
}

} // namespace suiji
