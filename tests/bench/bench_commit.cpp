// SPDX-License-Identifier: GPL-3.0-or-later
// The price of synchronous=FULL (one fsync of the WAL per commit), against NORMAL, in one run:
// many small ledger edits (one transaction each, as the tasks page and `task done` write) and
// one bulk write (the demo city's lists). Run on a disk, not tmpfs: build/tests/bench/bench_commit [DIR] [EDITS]
#include "demo/DemoGenerator.h"
#include "ledger/TaskService.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace suiji;

namespace {
bool setSync(const Database &db, const char *mode)
{
    return QSqlQuery(db.db()).exec(QStringLiteral("PRAGMA synchronous=") + QLatin1String(mode));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString base = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    const int edits = argc > 2 ? std::atoi(argv[2]) : 500;
    QTemporaryDir dir(base + QStringLiteral("/bench_commit-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a folder in %s\n", qPrintable(base));
        return 1;
    }
    for (int round = 0; round < 2; ++round) {
        for (const char *mode : {"NORMAL", "FULL"}) {
            const QString path = dir.filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(mode)).arg(round));
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            if (!db || !setSync(db.value(), mode)) {
                std::fprintf(stderr, "%s\n", qPrintable(db.message()));
                return 1;
            }
            QElapsedTimer t;
            t.start();
            if (auto w = DemoGenerator(2025, 0.2).writeTo(db.value()); !w) {
                std::fprintf(stderr, "%s\n", qPrintable(w.message()));
                return 1;
            }
            const qint64 bulk = t.elapsed();
            QList<LedgerTask> tasks = TaskRepository(db.value()).list({2025, 3}, QStringLiteral("futian")).value();
            tasks.removeIf([](const LedgerTask &t) { return t.status != QLatin1String("planned"); });
            if (tasks.isEmpty())
                return 1;
            TaskService service(db.value());
            t.restart();
            for (int i = 0; i < edits; ++i)
                if (auto s = service.markDone({tasks.first().id}, QDate(2025, 9, 1), QStringLiteral("r%1").arg(i), QStringLiteral("bench")); !s) {
                    std::fprintf(stderr, "%s\n", qPrintable(s.message()));
                    return 1;
                }
            const double perEdit = double(t.nsecsElapsed()) / 1e6 / edits;
            std::printf("round %d synchronous=%-6s demo city 0.2 written in %lld ms; %d ledger edits, %.2f ms each\n", round + 1, mode, (long long)bulk, edits,
                        perEdit);
        }
    }
    return 0;
}
