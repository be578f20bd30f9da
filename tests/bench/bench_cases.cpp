// SPDX-License-Identifier: GPL-3.0-or-later
// Case benchmark (issue 18): importing N alert rows (.csv, every check) against the entity import
// of the same row count (the anchor: target within 2×), rounds alternating, medians compared; then
// the city's case measures over those N cases (target under 200 ms).
//   bench_cases [ROWS] [ROUNDS]
#include "calendar/WorkCalendar.h"
#include "io/CaseImporter.h"
#include "io/EntityImporter.h"
#include "ledger/CaseService.h"
#include "util/Rng.h"
#include "util/Uscc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace suiji;

namespace {
const char *kBureaus[] = {"福田", "罗湖", "盐田", "南山", "宝安", "龙岗", "龙华", "坪山", "光明", "大鹏", "深汕"};

QString uscc(int i)
{
    QString code = QStringLiteral("91440300") + QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0'));
    return code + uscc::checkCharacter(code);
}

void writeFiles(const QString &entities, const QString &cases, int rows)
{
    SplitMix64 rng(11);
    QByteArray e("单位名称,统一社会信用代码,所属管理局,监管类别,监管级别,行业类别,街道,地址,环境信用等级,最近处罚日期\n");
    QByteArray c("来源,编号,预警级别,类型,单位名称,统一社会信用代码,所属管理局,接收时间,内容,办结期限\n");
    static const char *sources[] = {"国发平台", "省物联网平台", "智慧环保平台", "VOCs工况监控", "投诉举报", "转办交办"};
    static const char *levels[] = {"红", "橙", "黄"};
    for (int i = 0; i < rows; ++i) {
        const char *b = kBureaus[rng.below(11)];
        e += QStringLiteral("深圳市测试%1电子有限公司,%2,%3,固定源,一般,电子元件制造,粤海,深圳市南山区科技路%4号,良好,\n")
                 .arg(i)
                 .arg(uscc(i), QString::fromUtf8(b))
                 .arg(rng.range(1, 999))
                 .toUtf8();
        const int s = int(rng.below(6));
        c += QStringLiteral("%1,YJ-%2,%3,超标,深圳市测试%2电子有限公司,%4,%5,2025-%6-%7 10:%8,COD 超标,\n")
                 .arg(QString::fromUtf8(sources[s]))
                 .arg(i)
                 .arg(s < 4 ? QString::fromUtf8(levels[rng.below(3)]) : QString())
                 .arg(uscc(i), QString::fromUtf8(b))
                 .arg(rng.range(7, 9), 2, 10, QLatin1Char('0'))
                 .arg(rng.range(1, 28), 2, 10, QLatin1Char('0'))
                 .arg(rng.range(0, 59), 2, 10, QLatin1Char('0'))
                 .toUtf8();
    }
    QFile fe(entities), fc(cases);
    fe.open(QIODevice::WriteOnly);
    fe.write(e);
    fc.open(QIODevice::WriteOnly);
    fc.write(c);
}

template <class Importer> double importMs(const QString &db, const QString &file, int &written)
{
    QFile::remove(db);
    QElapsedTimer t;
    t.start();
    auto d = Database::open(db, Database::Mode::CreateIfMissing);
    if (!d)
        return -1;
    FixedClock clock(QDateTime(QDate(2025, 9, 30), QTime(12, 0)));
    const ImportReport r = Importer(d.value(), clock).run(file, ImportOptions{});
    written = r.written ? r.added + r.updated : -1;
    if (!r.ok())
        std::fprintf(stderr, "%s\n", qPrintable(r.toText().left(400)));
    d = Result<Database>(Error{});
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    QTemporaryDir dir;
    const QString entities = dir.filePath(QStringLiteral("entities.csv")), cases = dir.filePath(QStringLiteral("cases.csv"));
    writeFiles(entities, cases, rows);
    QList<double> e, c;
    int we = 0, wc = 0;
    for (int i = 0; i < rounds; ++i) {
        e << importMs<EntityImporter>(dir.filePath(QStringLiteral("e.db")), entities, we);
        c << importMs<CaseImporter>(dir.filePath(QStringLiteral("c.db")), cases, wc);
    }
    std::printf("rows %d: entity import median %.0f ms (%d written), case import median %.0f ms (%d written), ratio %.2f (target ≤ 2)\n", rows, median(e), we,
                median(c), wc, median(c) / median(e));
    auto db = Database::open(dir.filePath(QStringLiteral("c.db")), Database::Mode::ReadOnly);
    if (!db)
        return 1;
    auto cal = WorkCalendar::load(db.value());
    FixedClock today(QDateTime(QDate(2025, 9, 30), QTime(12, 0)));
    QList<double> m;
    int total = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = CaseService(db.value(), RuleProfile::shipped(), cal.value(), today).measures();
        m << double(t.nsecsElapsed()) / 1e6;
        total = r ? r->total : -1;
    }
    std::printf("city case measures over %d cases: median %.0f ms (target < 200)\n", total, median(m));
    return 0;
}
