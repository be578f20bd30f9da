// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark (issue 3): a generated N-row entity CSV and the same as .xlsx, imported with full
// validation into a new database; time and peak memory (VmHWM, in a child process each), next to
// the sqlite3 shell's bare `.import` of the same CSV into an empty table (rounds alternate the two;
// medians are compared) and to the shell's .import + INSERT into Suiji's own entity table.
//   bench_import ROWS [DIR]
#include "io/EntityImporter.h"
#include "io/XlsxWriter.h"
#include "util/Rng.h"
#include "util/Uscc.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace suiji;

static QStringList row(SplitMix64 &rng, int i)
{
    static const QString alphabet = QString::fromLatin1(uscc::kAlphabet);
    QString code = QStringLiteral("91440300");
    const QString n = QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0'));
    code += n;
    code += uscc::checkCharacter(code);
    static const char *bureaus[] = {"福田", "罗湖", "盐田", "南山", "宝安", "龙岗", "龙华", "坪山", "光明", "大鹏", "深汕"};
    return {QStringLiteral("深圳市测试%1电子有限公司").arg(i),
            code,
            QString::fromUtf8(bureaus[rng.below(11)]),
            QStringLiteral("固定源"),
            rng.chance(0.03) ? QStringLiteral("重点") : QStringLiteral("一般"),
            QStringLiteral("电子元件制造"),
            QStringLiteral("粤海"),
            QStringLiteral("深圳市南山区粤海街道科技路%1号").arg(rng.range(1, 999)),
            rng.chance(0.2) ? QStringLiteral("良好") : QString(),
            rng.chance(0.1) ? QStringLiteral("2025-03-%1").arg(rng.range(10, 28)) : QString(),
            QString::number(rng.range(0, 3))};
}

static const QStringList kHeader = {
    QStringLiteral("单位名称"),     QStringLiteral("统一社会信用代码"), QStringLiteral("所属管理局"),  QStringLiteral("监管类别"),
    QStringLiteral("监管级别"),     QStringLiteral("行业类别"),         QStringLiteral("街道"),        QStringLiteral("地址"),
    QStringLiteral("环境信用等级"), QStringLiteral("最近处罚日期"),     QStringLiteral("上季度投诉数")};

static int importOne(const QString &db, const QString &file)
{
    // Timed from opening the file (a new database: its schema is created) to closing it, so the
    // commit and the WAL checkpoint are in; the process's own start is not.
    QElapsedTimer t;
    t.start();
    ImportReport r;
    {
        auto d = Database::open(db, Database::Mode::CreateIfMissing);
        if (!d)
            return 1;
        r = EntityImporter(d.value()).run(file, {});
    }
    const double seconds = t.elapsed() / 1000.0;
    // VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork/exec.
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    long hwmKb = 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            hwmKb = line.mid(6).trimmed().split(' ').first().toLong();
    std::printf("%s: %d rows, added %d, unchanged %d, ok %d, %.2f s, peak RSS %ld MB\n", qPrintable(QFileInfo(file).fileName()), r.rows, r.added, r.unchanged,
                int(r.ok()), seconds, hwmKb / 1024);
    std::fflush(stdout);
    return r.ok() ? 0 : 3;
}

static int generate(int rows, const QString &csv, const QString &xlsx)
{
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(kHeader.join(QLatin1Char(',')).toUtf8() + '\n');
    SplitMix64 rng(1);
    for (int i = 0; i < rows; ++i)
        f.write(row(rng, i).join(QLatin1Char(',')).toUtf8() + '\n');
    XlsxWriter w(xlsx);
    w.addSheet(QStringLiteral("名录"));
    w.writeHeader(kHeader);
    SplitMix64 rng2(1);
    for (int i = 0; i < rows; ++i)
        w.writeRow(row(rng2, i));
    return w.close().ok() ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], "--child") == 0)
        return importOne(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc >= 5 && qstrcmp(argv[1], "--generate") == 0)
        return generate(std::atoi(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/entities-%1.csv").arg(rows);
    const QString xlsx = dir + QStringLiteral("/entities-%1.xlsx").arg(rows);
    {
        // Written by a child: libxlsxwriter holds the whole sheet until it closes (1.4 GB for a
        // million rows), and a parent that big leaves the timed runs less page cache.
        QProcess gen;
        gen.setProcessChannelMode(QProcess::ForwardedChannels);
        gen.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--generate"), QString::number(rows), csv, xlsx});
        gen.waitForFinished(-1);
        if (gen.exitCode() != 0)
            return 1;
    }
    std::printf("generated %d rows: csv %lld MB, xlsx %lld MB\n", rows, QFileInfo(csv).size() >> 20, QFileInfo(xlsx).size() >> 20);

    // The bare sqlite3 shell .import of the CSV into an empty table, and Suiji's full import of
    // the same file into a new database, in alternating rounds: the disk's state after one run
    // weighs on the next (the WAL checkpoint's fsync most), so neither always goes first.
    // Each timed run starts with the previous writes on disk (sync).
    auto timed = [](const std::function<void()> &run) {
        ::sync();
        QElapsedTimer t;
        t.start();
        run();
        return t.elapsed() / 1000.0;
    };
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const int rounds = rows <= 200000 ? 5 : 3;
    QList<double> bare, ours, oursProcess;
    for (int round = 0; round < rounds; ++round) {
        QFile::remove(dir + QStringLiteral("/bare.db"));
        bare << timed([&] {
            QProcess sh;
            sh.start(QStringLiteral("sqlite3"), {dir + QStringLiteral("/bare.db")});
            sh.write(QStringLiteral(".mode csv\n.import %1 entity\n").arg(csv).toUtf8());
            sh.closeWriteChannel();
            sh.waitForFinished(-1);
        });
        QFile::remove(dir + QStringLiteral("/suiji.db"));
        QFile::remove(dir + QStringLiteral("/suiji.db-wal"));
        QByteArray report;
        oursProcess << timed([&] {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir + QStringLiteral("/suiji.db"), csv});
            child.waitForFinished(-1);
            report = child.readAllStandardOutput();
        });
        std::printf("round %d: sqlite3 .import %.2f s | %s", round + 1, bare.last(), report.constData());
        // The child's own figure: from opening the database to closing it.
        const QByteArray secs = report.mid(report.lastIndexOf("ok 1, ") + 6).split(' ').first();
        ours << secs.toDouble();
    }
    const double bareSeconds = median(bare);
    std::printf("median of %d: sqlite3 .import %.2f s (the whole sqlite3 process); Suiji's import %.2f s (open to close) = %.2f x, "
                "%.2f s as a whole process (Qt's start included) = %.2f x\n",
                rounds, bareSeconds, median(ours), median(ours) / bareSeconds, median(oursProcess), median(oursProcess) / bareSeconds);
    std::fflush(stdout);

    // The monthly case: the same list again into the filled database, every row unchanged.
    {
        ::sync();
        QProcess again;
        again.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir + QStringLiteral("/suiji.db"), csv});
        again.waitForFinished(-1);
        std::printf("again, into the filled database (every row unchanged): %s", again.readAllStandardOutput().constData());
        std::fflush(stdout);
    }

    // The same .import into Suiji's own entity table (its unique key and indexes), for the floor
    // the database itself sets: the CSV's 11 columns go into a view-free staging copy of the table.
    {
        const QString real = dir + QStringLiteral("/real-schema.db");
        QFile::remove(real);
        auto d = Database::open(real, Database::Mode::CreateIfMissing);
        if (!d)
            return 1;
        d->execScript(QStringLiteral("CREATE TABLE staging(name, uscc, bureau, category, level, industry, street, address, credit, penalty_date, complaints)"));
    }
    const double floorSeconds = timed([&] {
        QProcess sh2;
        sh2.start(QStringLiteral("sqlite3"), {dir + QStringLiteral("/real-schema.db")});
        sh2.write(QStringLiteral(
                      ".mode csv\n.import --skip 1 %1 staging\nBEGIN;\n"
                      "INSERT INTO entity(category, key, name, uscc, bureau, level, industry, street, address, credit, penalty_date, complaints, imported_at) "
                      "SELECT 'fixed', uscc, name, uscc, 'futian', 'general', industry, street, address, nullif(credit, ''), nullif(penalty_date, ''), "
                      "complaints, 'x' FROM staging;\nCOMMIT;\n")
                      .arg(csv)
                      .toUtf8());
        sh2.closeWriteChannel();
        sh2.waitForFinished(-1);
    });
    QProcess count;
    count.start(QStringLiteral("sqlite3"), {dir + QStringLiteral("/real-schema.db"), QStringLiteral("SELECT count(*) FROM entity")});
    count.waitForFinished(-1);
    std::printf("sqlite3 .import + INSERT into the entity table with its indexes: %.2f s (%s rows)\n", floorSeconds,
                count.readAllStandardOutput().trimmed().constData());
    std::fflush(stdout);

    // The workbook: time and peak memory.
    QFile::remove(dir + QStringLiteral("/suiji.db"));
    QFile::remove(dir + QStringLiteral("/suiji.db-wal"));
    ::sync();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir + QStringLiteral("/suiji.db"), xlsx});
    child.waitForFinished(-1);
    return 0;
}
