// SPDX-License-Identifier: GPL-3.0-or-later
// suiji-cli's commands run in-process (cli/Cli.h: run) with an injected clock instead of
// SUIJI_TODAY through a child process: what a command says about "today" and the time it
// stamps on records both come from Clock::process().

#include "Cli.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace suiji;

namespace {
struct Run {
    int code = -1;
    QString out, err;
};
Run inProcess(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Run r;
    r.code = suiji::cli::run(args, o, e);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}
} // namespace

class TestCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 10, 14), QTime(9, 30), Qt::UTC)};

private slots:
    void initTestCase()
    {
        qunsetenv("SUIJI_TODAY");
        Clock::setProcess(&m_clock);
    }
    void cleanupTestCase() { Clock::setProcess(nullptr); }

    void helpListsEveryCommandAndVersion()
    {
        const Run help = inProcess({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *c : {"init", "demo", "import", "template", "entities", "quota", "draw", "verify", "tasks", "task", "progress", "holidays", "export",
                              "report", "year", "publish", "targets", "deadlines"})
            QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(c))), c);
        const Run version = inProcess({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("suiji-cli ")));
        QCOMPARE(inProcess({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("nosuch")}).code, 2);
        QVERIFY(
            inProcess({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("nosuch")}).err.contains(QStringLiteral("Unknown command \"nosuch\"")));
        QCOMPARE(inProcess({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init")}).code, 2);
    }

    // "Overdue" is a matter of today: the same file, two clocks, two answers, no environment.
    void deadlinesFollowTheInjectedClock()
    {
        const QString db = m_dir.filePath(QStringLiteral("deadlines.db"));
        QCOMPARE(inProcess({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
        auto q3Summary = [&] {
            const Run r = inProcess({QStringLiteral("--db"), db, QStringLiteral("deadlines"), QStringLiteral("list"), QStringLiteral("--year"),
                                     QStringLiteral("2025"), QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--json")});
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                if (v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("q3-summary"))
                    return v.toObject();
            return QJsonObject();
        };
        QCOMPARE(q3Summary().value(QStringLiteral("due")).toString(), QStringLiteral("2025-10-13"));
        QCOMPARE(q3Summary().value(QStringLiteral("overdue")).toBool(), true); // 14 October
        m_clock.set(QDateTime(QDate(2025, 10, 13), QTime(17, 0), Qt::UTC));
        QCOMPARE(q3Summary().value(QStringLiteral("overdue")).toBool(), false); // the day itself
        // What is recorded is stamped by the same clock.
        m_clock.set(QDateTime(QDate(2025, 10, 13), QTime(17, 5, 9), Qt::UTC));
        const Run done = inProcess({QStringLiteral("--db"), db, QStringLiteral("deadlines"), QStringLiteral("done"), QStringLiteral("q3-summary"),
                                    QStringLiteral("--date"), QStringLiteral("2025-10-13"), QStringLiteral("--year"), QStringLiteral("2025"),
                                    QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--operator"), QStringLiteral("李四")});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        const QString stamped = test::sqlite(db, QStringLiteral("SELECT json_extract(canonical_json, '$.created_at') || ' ' || "
                                                                "json_extract(canonical_json, '$.operator') FROM chain_record WHERE kind = 'fact'"));
        QVERIFY2(stamped.startsWith(QStringLiteral("2025-10-13T17:05:09")) && stamped.endsWith(QStringLiteral(" 李四")), qPrintable(stamped));
    }

    // A lock made "on" 20 September 2025 carries that time in its record.
    void freezeIsStampedByTheClock()
    {
        const QString db = m_dir.filePath(QStringLiteral("draw.db"));
        const Run demo = inProcess({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                                    QStringLiteral("--scale"), QStringLiteral("0.03"), QStringLiteral("--no-draws")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        m_clock.set(QDateTime(QDate(2025, 9, 20), QTime(10, 0), Qt::UTC));
        const Run freeze = inProcess({QStringLiteral("--db"), db, QStringLiteral("draw"), QStringLiteral("freeze"), QStringLiteral("--quarter"),
                                      QStringLiteral("2025Q4"), QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")});
        QVERIFY2(freeze.code == 0, qPrintable(freeze.err));
        const QString at = test::sqlite(db, QStringLiteral("SELECT json_extract(canonical_json, '$.created_at') FROM chain_record WHERE kind = 'freeze'"));
        QVERIFY2(at.startsWith(QStringLiteral("2025-09-20T10:00:00")), qPrintable(at));
        // And a second run in the same process works on its own database connection.
        QCOMPARE(inProcess({QStringLiteral("--db"), db, QStringLiteral("verify")}).code, 0);
    }

    // case import → list --json (cli.md's fields) → assign → update out of order (exit 3) → in
    // order; progress --json carries the measures.
    void casesFromImportToClosure()
    {
        m_clock.set(QDateTime(QDate(2025, 7, 10), QTime(9, 0), Qt::UTC));
        const QString db = m_dir.filePath(QStringLiteral("cases.db"));
        QCOMPARE(
            inProcess({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("0.02"), QStringLiteral("--no-draws")})
                .code,
            0);
        const QString csv = m_dir.filePath(QStringLiteral("cases.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "来源,编号,预警级别,单位名称,所属管理局,接收时间\n智慧环保平台,YJ-1,红,甲,南山,2025-07-03 14:05\n投诉举报,TS-1,,乙,南山,2025-07-08\n")
                    .toUtf8());
        f.close();
        const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("case")};
        QCOMPARE(inProcess(base + QStringList{QStringLiteral("import"), csv, QStringLiteral("--dry-run")}).code, 0);
        QCOMPARE(inProcess(base + QStringList{QStringLiteral("list"), QStringLiteral("--json")}).out.trimmed(), QStringLiteral("[\n]"));
        const Run imported = inProcess(base + QStringList{QStringLiteral("import"), csv});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QJsonArray list = QJsonDocument::fromJson(inProcess(base + QStringList{QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject red = list.at(0).toObject();
        for (const char *k : {"id", "source", "number", "level", "key", "name", "bureau", "received", "state", "due", "overdue"})
            QVERIFY2(red.contains(QLatin1String(k)), k);
        QCOMPARE(red.value(QStringLiteral("id")).toString(), QStringLiteral("智慧环保平台:YJ-1"));
        QCOMPARE(red.value(QStringLiteral("overdue")).toBool(), true); // its check was due on 4 July
        QCOMPARE(
            inProcess(base + QStringList{QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")}).out.count(QStringLiteral("\"id\"")),
            1);
        QCOMPARE(inProcess(base + QStringList{QStringLiteral("update"), QStringLiteral("智慧环保平台:YJ-1"), QStringLiteral("--feedback"),
                                              QStringLiteral("2025-07-09")})
                     .code,
                 3); // not dispatched yet
        QCOMPARE(inProcess(base + QStringList{QStringLiteral("assign"), QStringLiteral("智慧环保平台:YJ-1")}).code, 0);
        const Run closed =
            inProcess(base + QStringList{QStringLiteral("update"), QStringLiteral("智慧环保平台:YJ-1"), QStringLiteral("--checked"),
                                         QStringLiteral("2025-07-09"), QStringLiteral("--mode"), QStringLiteral("onsite"), QStringLiteral("--finding"),
                                         QStringLiteral("正常"), QStringLiteral("--outcome"), QStringLiteral("无问题"), QStringLiteral("--feedback"),
                                         QStringLiteral("2025-07-10"), QStringLiteral("--close"), QStringLiteral("2025-07-10")});
        QVERIFY2(closed.code == 0, qPrintable(closed.err));
        QCOMPARE(inProcess(base + QStringList{QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("已闭环")}).out.count(QLatin1Char('\n')), 1);
        const QJsonObject cases =
            QJsonDocument::fromJson(inProcess({QStringLiteral("--db"), db, QStringLiteral("progress"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                               QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--json")})
                                        .out.toUtf8())
                .object()
                .value(QStringLiteral("cases"))
                .toObject();
        QCOMPARE(cases.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(cases.value(QStringLiteral("closed")).toInt(), 1);
        QCOMPARE(cases.value(QStringLiteral("red")).toObject().value(QStringLiteral("closed")).toInt(), 1);
        QCOMPARE(inProcess({QStringLiteral("--db"), db, QStringLiteral("verify")}).code, 0);
        // The export re-imports as it is: every case unchanged, the record kept.
        const QString exported = m_dir.filePath(QStringLiteral("exported.xlsx"));
        QCOMPARE(inProcess({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--quarter"),
                            QStringLiteral("2025Q3"), QStringLiteral("--out"), exported})
                     .code,
                 0);
        const Run again = inProcess(base + QStringList{QStringLiteral("import"), exported, QStringLiteral("--json")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(inProcess(base + QStringList{QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("closed")}).out.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "TestCommands.moc"
