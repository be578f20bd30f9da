// SPDX-License-Identifier: GPL-3.0-or-later
// Combined-visit benchmark (issue 19): the demo city (its quarter drawn and under way, its cases
// and campaigns), then proposing the city quarter's combined visits (综合查一次) across every
// random task, must-check, case and campaign target (target under 500 ms), and the year's visits
// per company (入企频次).
//   bench_visits [ROUNDS]
#include "calendar/WorkCalendar.h"
#include "demo/DemoGenerator.h"
#include "ledger/VisitService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace suiji;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        if (!db || !DemoGenerator(1, 1.0).writeTo(db.value())) {
            std::fprintf(stderr, "demo failed\n");
            return 1;
        }
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    auto cal = WorkCalendar::load(db.value());
    if (!db || !cal)
        return 1;
    FixedClock today(QDateTime(QDate(2025, 9, 15), QTime(18, 0), Qt::UTC));
    const VisitService service(db.value(), RuleProfile::shipped(), cal.value(), today);
    QList<double> propose, year;
    int proposed = 0, companies = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        auto p = service.propose(Quarter{2025, 3}, {});
        propose << double(t.nsecsElapsed()) / 1e6;
        if (!p) {
            std::fprintf(stderr, "%s\n", qPrintable(p.message()));
            return 1;
        }
        proposed = int(p->size());
        t.restart();
        auto y = service.yearVisits(2025, {});
        year << double(t.nsecsElapsed()) / 1e6;
        if (!y)
            return 1;
        companies = int(y->size());
    }
    std::printf("city quarter 2025Q3: %d combined visits proposed, median %.0f ms (target < 500)\n", proposed, median(propose));
    std::printf("year 2025 visits per company: %d companies, median %.0f ms\n", companies, median(year));
    return 0;
}
