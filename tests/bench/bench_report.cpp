// SPDX-License-Identifier: GPL-3.0-or-later
// Report benchmark (issue 8): the whole city's quarter plan (every bureau) as one PDF on the demo
// city. Target: under 5 s. Prints the time, pages and size.
#include "demo/DemoGenerator.h"
#include "report/PlanReport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace suiji;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Mode::CreateIfMissing);
    if (!db || !DemoGenerator(2025, 1.0).writeTo(db.value()))
        return 1;
    const QString pdf = dir.filePath(QStringLiteral("city-plan.pdf"));
    QElapsedTimer t;
    t.start();
    auto pages = report::writePlanReport(db.value(), RuleProfile::shipped(), Quarter{2025, 3}, QString(), pdf);
    if (!pages)
        return 1;
    std::printf("city quarter plan 2025Q3: %lld ms, %d pages, %.1f MB\n", (long long)t.elapsed(), pages.value(), QFileInfo(pdf).size() / 1048576.0);
    return 0;
}
