// SPDX-License-Identifier: GPL-3.0-or-later
// Times the demo city: generation alone, and generation plus the write into a fresh SQLite file.
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double scale = argc > 1 ? std::atof(argv[1]) : 1.0;
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    const auto city = suiji::DemoGenerator(2025, scale).generate();
    const qint64 gen = t.elapsed();
    auto db = suiji::Database::open(dir.filePath(QStringLiteral("bench.db")), suiji::Database::Mode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    t.restart();
    auto r = suiji::DemoGenerator(2025, scale).writeTo(db.value());
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    std::printf("demo scale %.2f: %lld entities, %lld inspectors; generate %lld ms; generate+write %lld ms\n", scale, (long long)city.entities.size(),
                (long long)city.inspectors.size(), (long long)gen, (long long)t.elapsed());
    return 0;
}
