// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "io/TableReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest>

using namespace suiji;
using namespace suiji::test;

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // `report year` of a bureau written to a PDF and read back with pdftotext (-layout keeps the
    // table's rows on lines); empty when either step fails.
    QString yearReportText(const QString &file, const QString &quarter, const QString &bureau, bool layout) const
    {
        const QString pdf = m_dir.filePath(QStringLiteral("year-%1-%2.pdf").arg(bureau, quarter));
        if (runCli({QStringLiteral("--db"), file, QStringLiteral("report"), QStringLiteral("year"), QStringLiteral("--quarter"), quarter,
                    QStringLiteral("--bureau"), bureau, QStringLiteral("--out"), pdf})
                .exitCode != 0)
            return QString();
        QProcess text;
        QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
        if (layout)
            args.prepend(QStringLiteral("-layout"));
        text.start(QStringLiteral("pdftotext"), args);
        return text.waitForFinished(60000) ? QString::fromUtf8(text.readAllStandardOutput()) : QString();
    }

private slots:
    void helpAndUsage()
    {
        auto r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("demo"));
        QVERIFY(r.out.contains("entities"));
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db("x.db"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--bogus"), QStringLiteral("init")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db("x.db"), QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db("x.db"), QStringLiteral("init"), QStringLiteral("--nope")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--help")}).exitCode, 0);
    }

    void messagesFollowLanguage()
    {
        auto zh = runCli({QStringLiteral("--db"), db("lang.db"), QStringLiteral("entities"), QStringLiteral("--bureau"), QStringLiteral("atlantis")});
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.errText().contains(QStringLiteral("未知")), zh.err.constData());
        auto en = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db("lang.db"), QStringLiteral("entities"),
                          QStringLiteral("--bureau"), QStringLiteral("atlantis")});
        QCOMPARE(en.exitCode, 2);
        QVERIFY2(en.errText().contains(QStringLiteral("Unknown bureau")), en.err.constData());
    }

    void initCreatesAndRefuses()
    {
        auto r = runCli({QStringLiteral("--db"), db("init.db"), QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(db("init.db")));
        // A file that is not a database: runtime failure, file untouched.
        const QString junk = db("junk.db");
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,name\n1,not a database\n");
        }
        const QByteArray before = fileSha256(junk);
        auto bad = runCli({QStringLiteral("--db"), junk, QStringLiteral("init")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!bad.err.isEmpty());
        QCOMPARE(fileSha256(junk), before);
    }

    void demoThenEntities()
    {
        const QString p = db("demo.db");
        auto r = runCli({QStringLiteral("--db"), p, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--scale"),
                         QStringLiteral("0.02")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A second demo into the same file is rejected and changes nothing.
        const QByteArray before = dumpHash(p);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("demo")}).exitCode, 3);
        QCOMPARE(dumpHash(p), before);

        // Issue 16: the demo committed only Q3; for Q4 the key pool needs more than its formula to
        // reach 50 % of the key units, said in words, and --catch-up applies it.
        auto keyPool = [&](const QStringList &extra) {
            auto q = runCli(QStringList{QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q4"),
                                        QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--json")} +
                            extra);
            for (const QJsonValue &v : QJsonDocument::fromJson(q.out).object().value(QStringLiteral("pools")).toArray())
                if (v.toObject().value(QStringLiteral("pool")).toString() == QLatin1String("fixed.key"))
                    return v.toObject();
            return QJsonObject();
        };
        const QJsonObject suggested = keyPool({});
        const QJsonObject cu = suggested.value(QStringLiteral("catch_up")).toObject();
        QVERIFY2(!cu.isEmpty(), QJsonDocument(suggested).toJson().constData());
        QCOMPARE(cu.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(cu.value(QStringLiteral("quarters_left")).toInt(), 1);
        QVERIFY(cu.value(QStringLiteral("needed")).toInt() > suggested.value(QStringLiteral("formula_quota")).toInt());
        QCOMPARE(cu.value(QStringLiteral("target")).toInt(), (suggested.value(QStringLiteral("eligible")).toInt() + 1) / 2);
        QVERIFY(cu.value(QStringLiteral("text")).toString().contains(QStringLiteral("50%")));
        const QJsonObject applied = keyPool({QStringLiteral("--catch-up")});
        QCOMPARE(applied.value(QStringLiteral("quota")).toInt(),
                 std::min(cu.value(QStringLiteral("needed")).toInt(), applied.value(QStringLiteral("pool_size")).toInt()));
        QCOMPARE(dumpHash(p), before); // showing and applying in the view write nothing

        auto list =
            runCli({QStringLiteral("--db"), p, QStringLiteral("entities"), QStringLiteral("--bureau"), QStringLiteral("南山"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(list.out, &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        const QJsonArray arr = doc.array();
        QVERIFY(arr.size() > 50);
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("bureau")).toString(), QStringLiteral("nanshan"));
            for (const char *field : {"key", "name", "category", "level", "class", "pool"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
        }
        auto all = runCli({QStringLiteral("--db"), p, QStringLiteral("entities"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(all.out).array().size() > arr.size());
    }
    // tests/data/rules-futian.csv: 379 entities whose per-pool counts for 2025Q3 with 13 inspectors
    // are worked out by hand in tests/data/make_rules_fixture.py (the window is 2024-07-01 … 2025-06-30).
    void quotaOfHandCountedList()
    {
        const QString p = db("rules.db");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0); // only init and demo create a file
        auto imp = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), dataPath(QStringLiteral("rules-futian.csv"))});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        auto r = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                         QStringLiteral("福田"), QStringLiteral("--inspectors"), QStringLiteral("13"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("quarter")).toString(), QStringLiteral("2025Q3"));
        QCOMPARE(doc.value(QStringLiteral("bureau")).toString(), QStringLiteral("futian"));
        QCOMPARE(doc.value(QStringLiteral("inspectors")).toInt(), 13);
        QCOMPARE(doc.value(QStringLiteral("profile")).toString(), QStringLiteral("shenzhen-2025"));
        struct Row {
            const char *pool;
            int eligible, excluded, mustCheck, quota;
            bool capped;
        };
        const Row expected[] = {
            {"fixed.general", 153, 46, 0, 33, false},
            {"fixed.key", 40, 0, 0, 5, false},
            {"fixed.special", 33, 0, 0, 9, false},
            {"mobile.diesel_fleet", 37, 0, 0, 1, false},
            {"mobile.emission_station", 0, 0, 0, 0, false},
            {"mobile.fuel", 7, 0, 0, 1, false},
            {"construction.general", 25, 0, 0, 25, true},
            {"construction.key", 8, 0, 0, 1, false},
            {"outfall.key", 2, 0, 0, 1, false},
            {"outfall.general", 3, 0, 0, 3, true},
            {"outfall.special", 1, 0, 0, 1, false},
            {"soil.key_unit", 12, 0, 1, 1, false},
            {"soil.plot", 3, 0, 0, 3, false},
            {"monitoring_agency", 7, 0, 2, 1, false},
        };
        const QJsonArray pools = doc.value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), int(std::size(expected)));
        for (int i = 0; i < pools.size(); ++i) {
            const QJsonObject o = pools.at(i).toObject();
            const Row &e = expected[i];
            QCOMPARE(o.value(QStringLiteral("pool")).toString(), QLatin1String(e.pool));
            QCOMPARE(o.value(QStringLiteral("eligible")).toInt(), e.eligible);
            QCOMPARE(o.value(QStringLiteral("excluded")).toInt(), e.excluded);
            QCOMPARE(o.value(QStringLiteral("must_check")).toInt(), e.mustCheck);
            QCOMPARE(o.value(QStringLiteral("quota")).toInt(), e.quota);
            QCOMPARE(o.value(QStringLiteral("capped")).toBool(), e.capped);
            // Issue 16 item 9: each pool says who draws it; the mobile pools are the division's.
            QCOMPARE(o.value(QStringLiteral("drawn_by")).toString(),
                     QLatin1String(e.pool).startsWith(QLatin1String("mobile.")) ? QStringLiteral("mobile") : QStringLiteral("bureau"));
        }
        // The division's quota: 福田's mobile pools with members, under 福田's name.
        auto division = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                QStringLiteral("--bureau"), QStringLiteral("移动源处"), QStringLiteral("--json")});
        QVERIFY2(division.exitCode == 0, division.err.constData());
        const QJsonObject div = QJsonDocument::fromJson(division.out).object();
        QCOMPARE(div.value(QStringLiteral("bureau")).toString(), QStringLiteral("mobile"));
        const QJsonArray divPools = div.value(QStringLiteral("pools")).toArray();
        QCOMPARE(divPools.size(), 2); // diesel fleets and petrol stations; no emission station in the file
        for (const QJsonValue &v : divPools) {
            QCOMPARE(v.toObject().value(QStringLiteral("district")).toString(), QStringLiteral("futian"));
            QCOMPARE(v.toObject().value(QStringLiteral("quota")).toInt(), 1);
        }
        QCOMPARE(div.value(QStringLiteral("warnings")).toArray().size(), 1); // no roster of its own yet
        const QJsonObject reasons = pools.at(0).toObject().value(QStringLiteral("excluded_by_reason")).toObject();
        QCOMPARE(reasons.value(QStringLiteral("credit")).toInt(), 31);
        QCOMPARE(reasons.value(QStringLiteral("vocs")).toInt(), 10);
        QCOMPARE(reasons.value(QStringLiteral("positive_list")).toInt(), 5);

        // The stored count: the roster is empty, so the default is 0 until --save stores 13.
        auto none = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                            QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("inspectors")).toInt(), 0);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                         QStringLiteral("futian"), QStringLiteral("--save")})
                     .exitCode,
                 2);
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("inspectors_source")).toString(), QStringLiteral("roster"));
        // More than the roster's members taking part (none here) is saved only when confirmed.
        const QByteArray before = test::dumpHash(p);
        auto over =
            runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                    QStringLiteral("futian"), QStringLiteral("--inspectors"), QStringLiteral("13"), QStringLiteral("--save")});
        QCOMPARE(over.exitCode, 2);
        QVERIFY2(over.err.contains("--over-roster"), over.err.constData());
        QCOMPARE(test::dumpHash(p), before);
        QCOMPARE(
            runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                    QStringLiteral("futian"), QStringLiteral("--inspectors"), QStringLiteral("13"), QStringLiteral("--save"), QStringLiteral("--over-roster")})
                .exitCode,
            0);
        auto saved = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                             QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(saved.out).object().value(QStringLiteral("inspectors")).toInt(), 13);
        QCOMPARE(QJsonDocument::fromJson(saved.out).object().value(QStringLiteral("inspectors_source")).toString(), QStringLiteral("stored"));
        QCOMPARE(QJsonDocument::fromJson(saved.out).object().value(QStringLiteral("roster_active")).toInt(), 0);
        auto other = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q4"),
                             QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(other.out).object().value(QStringLiteral("inspectors")).toInt(), 0);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q5"), QStringLiteral("--bureau"),
                         QStringLiteral("futian")})
                     .exitCode,
                 2);

        // entities --pool and the class of each hand-made group.
        auto ents = runCli({QStringLiteral("--db"), p, QStringLiteral("entities"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                            QStringLiteral("--pool"), QStringLiteral("fixed.key"), QStringLiteral("--json")});
        QCOMPARE(ents.exitCode, 0);
        const QJsonArray keyUnits = QJsonDocument::fromJson(ents.out).array();
        QCOMPARE(keyUnits.size(), 40);
        int offsite = 0;
        for (const QJsonValue &v : keyUnits)
            offsite += v.toObject().value(QStringLiteral("class")).toString() == QLatin1String("offsite");
        QCOMPARE(offsite, 4);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("entities"), QStringLiteral("--pool"), QStringLiteral("fixed.nothing")}).exitCode, 2);
    }

    // Issue 16: a violation clue makes its agency a must-check in the first quarter committed after
    // the clue arrived, once, whatever was drawn earlier; `entities` and `quota` agree.
    void violationCluesAreCoveredOnce()
    {
        const QString p = db("clues.db");
        const QStringList keys{QStringLiteral("91440308MA5F00100G"), QStringLiteral("91440308MA5F00101K"), QStringLiteral("91440308MA5F00102N"),
                               QStringLiteral("91440308MA5F00103R"), QStringLiteral("91440308MA5F00104W"), QStringLiteral("91440308MA5F001050")};
        auto agencies = [&](const QString &name, const QStringList &clues, const QHash<QString, QString> &dated = {}) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            QByteArray csv = "单位名称,统一社会信用代码,所属管理局,监管类别,监管级别,违法线索,违法线索日期\n";
            for (int i = 0; i < keys.size(); ++i)
                csv += QStringLiteral("深圳市监测机构%1有限公司,%2,盐田,社会生态环境监测机构,一般,%3,%4\n")
                           .arg(i)
                           .arg(keys[i], clues.contains(keys[i]) ? QStringLiteral("是") : QStringLiteral("否"), dated.value(keys[i]))
                           .toUtf8();
            f.write(csv);
            return path;
        };
        const QString roster = m_dir.filePath(QStringLiteral("clue-roster.csv"));
        {
            QFile f(roster);
            f.open(QIODevice::WriteOnly);
            f.write("姓名,执法证号,所属管理局,科室,本季度参与\n甲,19070001,盐田,执法1科,是\n乙,19070002,盐田,执法1科,是\n丙,19070003,盐田,执法1科,是\n");
        }
        auto at = [](const char *day) { qputenv("SUIJI_TODAY", day); };
        const auto restore = qScopeGuard([] { qunsetenv("SUIJI_TODAY"); });
        at("2025-06-01");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        auto imp = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), agencies(QStringLiteral("a1.csv"), {keys[0]})});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("inspectors"), roster}).exitCode, 0);
        auto mustOf = [&](const char *quarter) {
            auto q = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QLatin1String(quarter),
                             QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")});
            int must = -1;
            for (const QJsonValue &v : QJsonDocument::fromJson(q.out).object().value(QStringLiteral("pools")).toArray())
                if (v.toObject().value(QStringLiteral("pool")).toString() == QLatin1String("monitoring_agency"))
                    must = v.toObject().value(QStringLiteral("must_check")).toInt();
            auto e = runCli({QStringLiteral("--db"), p, QStringLiteral("entities"), QStringLiteral("--quarter"), QLatin1String(quarter),
                             QStringLiteral("--pool"), QStringLiteral("monitoring_agency"), QStringLiteral("--json")});
            QStringList listed;
            for (const QJsonValue &v : QJsonDocument::fromJson(e.out).array())
                if (v.toObject().value(QStringLiteral("must_check")).toBool())
                    listed << v.toObject().value(QStringLiteral("key")).toString();
            return std::make_pair(must, listed);
        };
        auto q3 = mustOf("2025Q3");
        QCOMPARE(q3.first, 1);
        QCOMPARE(q3.second, QStringList{keys[0]});
        at("2025-06-20");
        const QStringList draw{
            QStringLiteral("--db"),   p, QStringLiteral("draw"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
            QStringLiteral("yantian")};
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("draw"), QStringLiteral("freeze"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                         QStringLiteral("--bureau"), QStringLiteral("yantian")})
                     .exitCode,
                 0);
        auto commit =
            runCli(draw + QStringList{QStringLiteral("--seed"), QStringLiteral("11112222333344445555"), QStringLiteral("--commit"), QStringLiteral("--json")});
        QVERIFY2(commit.exitCode == 0, commit.err.constData());
        QString drawnAtRandom;
        for (const QJsonValue &v : QJsonDocument::fromJson(commit.out).object().value(QStringLiteral("pools")).toArray())
            if (v.toObject().value(QStringLiteral("pool")).toString() == QLatin1String("monitoring_agency"))
                drawnAtRandom = v.toObject().value(QStringLiteral("selected")).toArray().at(0).toString();
        QVERIFY(!drawnAtRandom.isEmpty() && drawnAtRandom != keys[0]);
        // Q4: the clue was covered in Q3, once; nothing is due.
        auto q4 = mustOf("2025Q4");
        QCOMPARE(q4.first, 0);
        QVERIFY(q4.second.isEmpty());
        // A clue arrives on 08-10 for the agency drawn at random in Q3: due in Q4 although drawn this year.
        at("2025-08-10");
        imp = runCli(
            {QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), agencies(QStringLiteral("a2.csv"), {keys[0], drawnAtRandom})});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        q4 = mustOf("2025Q4");
        QCOMPARE(q4.first, 1);
        QCOMPARE(q4.second, QStringList{drawnAtRandom});

        // A clue dated in the file (违法线索日期) arrived on its date. A third agency, never drawn,
        // with a clue dated 06-10: Q3's commit on 06-20 did not take it, so it is due in Q4.
        const QString third = keys[5] == drawnAtRandom ? keys[4] : keys[5];
        at("2025-08-12");
        imp = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"),
                      agencies(QStringLiteral("a3.csv"), {keys[0], drawnAtRandom}, {{third, QStringLiteral("2025-06-10")}})});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        q4 = mustOf("2025Q4");
        QCOMPARE(q4.first, 2);
        QCOMPARE(q4.second.size(), 2);
        QVERIFY(q4.second.contains(third) && q4.second.contains(drawnAtRandom));
    }

    // A clue dated before a commit that took the agency is covered by it, though imported later.
    void datedViolationClueCoveredByAnEarlierCommit()
    {
        const QString p = db("dated-clues.db");
        const QStringList keys{QStringLiteral("91440308MA5F00100G"), QStringLiteral("91440308MA5F00101K")};
        auto write = [&](const QString &name, const QString &clueDate) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral(
                        "单位名称,统一社会信用代码,所属管理局,监管类别,监管级别,违法线索日期\n深圳市监测机构0有限公司,%1,盐田,社会生态环境监测机构,一般,%2\n"
                        "深圳市监测机构1有限公司,%3,盐田,社会生态环境监测机构,一般,\n")
                        .arg(keys[0], clueDate, keys[1])
                        .toUtf8());
            return path;
        };
        const QString roster = m_dir.filePath(QStringLiteral("dated-roster.csv"));
        {
            QFile f(roster);
            f.open(QIODevice::WriteOnly);
            f.write("姓名,执法证号,所属管理局,科室,本季度参与\n甲,19080001,盐田,执法1科,是\n乙,19080002,盐田,执法1科,是\n");
        }
        const auto restore = qScopeGuard([] { qunsetenv("SUIJI_TODAY"); });
        qputenv("SUIJI_TODAY", "2025-06-01");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), write(QStringLiteral("d1.csv"), QString())}).exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("inspectors"), roster}).exitCode, 0);
        qputenv("SUIJI_TODAY", "2025-06-20");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("draw"), QStringLiteral("freeze"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                         QStringLiteral("--bureau"), QStringLiteral("yantian")})
                     .exitCode,
                 0);
        auto commit = runCli({QStringLiteral("--db"), p, QStringLiteral("draw"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                              QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--seed"), QStringLiteral("11112222333344445555"),
                              QStringLiteral("--commit"), QStringLiteral("--json")});
        QVERIFY2(commit.exitCode == 0, commit.err.constData());
        QString taken;
        for (const QJsonValue &v : QJsonDocument::fromJson(commit.out).object().value(QStringLiteral("pools")).toArray())
            if (v.toObject().value(QStringLiteral("pool")).toString() == QLatin1String("monitoring_agency"))
                taken = v.toObject().value(QStringLiteral("selected")).toArray().at(0).toString();
        QVERIFY(keys.contains(taken));
        auto must = [&] {
            auto q = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q4"),
                             QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")});
            for (const QJsonValue &v : QJsonDocument::fromJson(q.out).object().value(QStringLiteral("pools")).toArray())
                if (v.toObject().value(QStringLiteral("pool")).toString() == QLatin1String("monitoring_agency"))
                    return v.toObject().value(QStringLiteral("must_check")).toInt();
            return -1;
        };
        // The agency Q3 took gets a clue dated 06-10, imported on 08-10: covered, nothing due.
        qputenv("SUIJI_TODAY", "2025-08-10");
        auto write2 = [&](const QString &name, const QString &key, const QString &date) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral(
                        "单位名称,统一社会信用代码,所属管理局,监管类别,监管级别,违法线索日期\n深圳市监测机构0有限公司,%1,盐田,社会生态环境监测机构,一般,%2\n"
                        "深圳市监测机构1有限公司,%3,盐田,社会生态环境监测机构,一般,\n")
                        .arg(key, date, key == keys[0] ? keys[1] : keys[0])
                        .toUtf8());
            return path;
        };
        auto imp = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"),
                           write2(QStringLiteral("d2.csv"), taken, QStringLiteral("2025-06-10"))});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QCOMPARE(must(), 0);
        // The same clue dated 07-01, after the commit: due in Q4.
        imp = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"),
                      write2(QStringLiteral("d3.csv"), taken, QStringLiteral("2025-07-01"))});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QCOMPARE(must(), 1);
    }

    // Issue 16: the year's reporting deadlines from the profile, with what was submitted, and
    // alerts for those overdue or due within five working days.
    void deadlinesListDoneAndAlerts()
    {
        const QString p = db("deadlines.db");
        qputenv("SUIJI_TODAY", "2025-11-04");
        const auto restore = qScopeGuard([] { qunsetenv("SUIJI_TODAY"); });
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        auto list = [&] {
            auto r = runCli({QStringLiteral("--db"), p, QStringLiteral("deadlines"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--json")});
            QHash<QString, QJsonObject> byId;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
            return byId;
        };
        auto all = list();
        QCOMPARE(all.size(), 7);
        // Hand-counted: 1–2 November 2025 are a weekend, so the 5th working day is Friday the 7th.
        QCOMPARE(all.value(QStringLiteral("joint-summary")).value(QStringLiteral("due")).toString(), QStringLiteral("2025-11-07"));
        QCOMPARE(all.value(QStringLiteral("year-summary")).value(QStringLiteral("due")).toString(), QStringLiteral("2025-11-30"));
        QCOMPARE(all.value(QStringLiteral("annual-report")).value(QStringLiteral("due")).toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(all.value(QStringLiteral("q3-summary")).value(QStringLiteral("due")).toString(), QStringLiteral("2025-10-13")); // 13 days after 09-30
        QVERIFY(all.value(QStringLiteral("q3-summary")).value(QStringLiteral("overdue")).toBool());
        QVERIFY(all.value(QStringLiteral("q3-summary")).value(QStringLiteral("done")).isNull());
        auto alerts = [&] {
            auto r = runCli({QStringLiteral("--db"), p, QStringLiteral("progress"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                             QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--json")});
            QStringList kinds;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("alerts")).toArray())
                if (v.toObject().value(QStringLiteral("kind")).toString().startsWith(QLatin1String("deadline")))
                    kinds << v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(':') + v.toObject().value(QStringLiteral("date")).toString();
            return kinds;
        };
        QStringList before = alerts();
        QVERIFY2(before.contains(QStringLiteral("deadline_overdue:2025-10-13")), qPrintable(before.join(QLatin1Char(' '))));
        QVERIFY2(before.contains(QStringLiteral("deadline_due:2025-11-07")), qPrintable(before.join(QLatin1Char(' ')))); // 3 working days ahead
        QVERIFY(!before.contains(QStringLiteral("deadline_due:2025-11-30")));
        // Submitted: recorded, and no longer announced.
        auto done = runCli({QStringLiteral("--db"), p, QStringLiteral("deadlines"), QStringLiteral("done"), QStringLiteral("q3-summary"),
                            QStringLiteral("--date"), QStringLiteral("2025-10-10"), QStringLiteral("--year"), QStringLiteral("2025"),
                            QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--operator"), QStringLiteral(" 王科长 ")});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        // The operator given is the one in the chained fact record (trimmed), as with draw and task.
        QCOMPARE(sqlite(p, QStringLiteral("SELECT json_extract(canonical_json, '$.operator') FROM chain_record WHERE kind = 'fact' "
                                          "AND json_extract(canonical_json, '$.fact') = 'deadline_done'"))
                     .trimmed(),
                 QStringLiteral("王科长"));
        QCOMPARE(list().value(QStringLiteral("q3-summary")).value(QStringLiteral("done")).toString(), QStringLiteral("2025-10-10"));
        QVERIFY(!alerts().contains(QStringLiteral("deadline_overdue:2025-10-13")));
        // Unknown ids and dates are refused.
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("deadlines"), QStringLiteral("done"), QStringLiteral("q5-summary"), QStringLiteral("--date"),
                         QStringLiteral("2025-10-10")})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("deadlines"), QStringLiteral("done"), QStringLiteral("q3-summary"), QStringLiteral("--date"),
                         QStringLiteral("10/10")})
                     .exitCode,
                 2);
    }

    // Issue 16: assigned (下达) targets are handed down, not drawn; inspections are recorded against
    // them and show in progress (per month) and in the breakdown (per quarter).
    void assignedTargets()
    {
        const QString p = db("targets.db");
        qputenv("SUIJI_TODAY", "2025-11-04");
        const auto restore = qScopeGuard([] { qunsetenv("SUIJI_TODAY"); });
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        const QStringList base{QStringLiteral("--db"), p, QStringLiteral("targets")};
        const QStringList scope{QStringLiteral("--year"),  QStringLiteral("2025"),   QStringLiteral("--bureau"),
                                QStringLiteral("nanshan"), QStringLiteral("--item"), QStringLiteral("深圳蓝新车检查")};
        auto set = runCli(base + QStringList{QStringLiteral("set")} + scope +
                          QStringList{QStringLiteral("--count"), QStringLiteral("40"), QStringLiteral("--due"), QStringLiteral("2025-12-15")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(runCli(base + QStringList{QStringLiteral("record")} + scope +
                        QStringList{QStringLiteral("--count"), QStringLiteral("12"), QStringLiteral("--date"), QStringLiteral("2025-08-05")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("record")} + scope +
                        QStringList{QStringLiteral("--count"), QStringLiteral("5"), QStringLiteral("--date"), QStringLiteral("2025-10-02")})
                     .exitCode,
                 0);
        // Refused, writing nothing: a future day, a target never handed down, a day of another year.
        const QByteArray before = dumpHash(p);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("record")} + scope +
                        QStringList{QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2025-11-20")})
                     .exitCode,
                 3);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("record"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--bureau"),
                                           QStringLiteral("nanshan"), QStringLiteral("--item"), QStringLiteral("不存在的任务"), QStringLiteral("--count"),
                                           QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2025-10-02")})
                     .exitCode,
                 3);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("record")} + scope +
                        QStringList{QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2024-10-02")})
                     .exitCode,
                 2);
        QCOMPARE(dumpHash(p), before);
        auto list = runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
        const QJsonArray targets = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("count")).toInt(), 40);
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("done")).toInt(), 17);
        auto progress = runCli({QStringLiteral("--db"), p, QStringLiteral("progress"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--json")});
        const QJsonObject a = QJsonDocument::fromJson(progress.out).object().value(QStringLiteral("assigned")).toArray().at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("item")).toString(), QStringLiteral("深圳蓝新车检查"));
        QCOMPARE(a.value(QStringLiteral("months")).toArray(), (QJsonArray{0, 12, 0})); // July, August, September
        QCOMPARE(a.value(QStringLiteral("done")).toInt(), 17);
        const QString out = m_dir.filePath(QStringLiteral("targets-breakdown.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("export"), QStringLiteral("breakdown"), QStringLiteral("--quarter"),
                         QStringLiteral("2025Q3"), QStringLiteral("--bureau"), QStringLiteral("nanshan"), QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        auto reader = TableReader::open(out);
        QVERIFY(reader.ok());
        QStringList cells;
        int row = 0;
        bool found = false;
        while (reader.value()->next(cells, row))
            if (cells.value(1).contains(QStringLiteral("深圳蓝新车检查"))) {
                found = true;
                QCOMPARE(cells.value(2).toInt(), 40);
                QCOMPARE(cells.value(8).toInt(), 12); // Q3 done
                QCOMPARE(cells.value(10).toInt(), 5); // Q4 done
                QCOMPARE(cells.value(11).toInt(), 17);
            }
        QVERIFY(found);

        // The year report prints the target, done per quarter (Q3 12, Q4 5) and in all.
        const QString layout = yearReportText(p, QStringLiteral("2025Q4"), QStringLiteral("nanshan"), true);
        const QRegularExpression line(QStringLiteral("南山\\s+深圳蓝新车检查\\s+40\\s+0\\s+0\\s+12\\s+5\\s+17\\s+2025-12-15"));
        QVERIFY2(line.match(layout).hasMatch(), qPrintable(layout.right(1500)));

        // The target and the inspections are in nanshan's chain (kind fact): verify passes, and
        // fails on a count edited, a row added or a row deleted outside Suiji.
        auto verify = [&](const QString &file) { return runCli({QStringLiteral("--db"), file, QStringLiteral("verify"), QStringLiteral("--json")}); };
        QCOMPARE(verify(p).exitCode, 0);
        QCOMPARE(sqlite(p, QStringLiteral("SELECT count(*) FROM chain_record WHERE bureau = 'nanshan' AND kind = 'fact'")), QStringLiteral("3"));
        for (const QString &edit :
             {QStringLiteral("UPDATE assigned_target SET count = 20"), QStringLiteral("UPDATE assigned_done SET count = 50 WHERE count = 5"),
              QStringLiteral("INSERT INTO assigned_done(bureau, year, item, count, done_on) VALUES ('nanshan', 2025, '深圳蓝新车检查', 9, '2025-09-01')"),
              QStringLiteral("DELETE FROM assigned_done WHERE count = 12")}) {
            const QString edited = m_dir.filePath(QStringLiteral("targets-edited.db"));
            QFile::remove(edited);
            QVERIFY(QFile::copy(p, edited));
            sqlite(edited, edit);
            auto v = verify(edited);
            QCOMPARE(v.exitCode, 3);
            QCOMPARE(QJsonDocument::fromJson(v.out).object().value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("fact"));
        }
    }

    // Issue 16 item 11: a done inspection marked as a typical case (典型案例) is printed in the year
    // report; a planned task cannot be one; the mark is a chained fact.
    void typicalCasesInTheYearReport()
    {
        const QString p = db("typical.db");
        qputenv("SUIJI_TODAY", "2025-09-20");
        const auto restore = qScopeGuard([] { qunsetenv("SUIJI_TODAY"); });
        QVERIFY(runCli({QStringLiteral("--db"), p, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("0.05")}).exitCode == 0);
        const QString done = sqlite(
            p, QStringLiteral(
                   "SELECT entity_key || ' ' || pool FROM task WHERE bureau = 'yantian' AND status <> 'planned' AND drawn_by = '' ORDER BY seq LIMIT 1"));
        const QString planned =
            sqlite(p, QStringLiteral("SELECT entity_key || ' ' || pool FROM task WHERE bureau = 'yantian' AND status = 'planned' ORDER BY seq LIMIT 1"));
        QVERIFY(!done.isEmpty() && !planned.isEmpty());
        auto mark = [&](const QString &keyPool, const QStringList &rest) {
            return runCli(QStringList{QStringLiteral("--db"), p, QStringLiteral("task"), QStringLiteral("typical"), keyPool.section(QLatin1Char(' '), 0, 0),
                                      QStringLiteral("--pool"), keyPool.section(QLatin1Char(' '), 1, 1), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                      QStringLiteral("--bureau"), QStringLiteral("yantian")} +
                          rest);
        };
        const QString text = QStringLiteral("废气处理设施未正常运行，现场责令整改并立案");
        auto ok = mark(done, {QStringLiteral("--text"), text});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const QByteArray before = dumpHash(p);
        auto refused = mark(planned, {QStringLiteral("--text"), QStringLiteral("尚未检查")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.errText().contains(QStringLiteral("典型案例")), refused.err.constData());
        QCOMPARE(dumpHash(p), before);
        const QString words = yearReportText(p, QStringLiteral("2025Q3"), QStringLiteral("yantian"), false).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(words.contains(QStringLiteral("典型案例")), qPrintable(words.left(400)));
        QVERIFY2(words.contains(text), qPrintable(words.right(600)));
        const QString name = sqlite(p, QStringLiteral("SELECT name FROM entity WHERE key = '%1'").arg(done.section(QLatin1Char(' '), 0, 0)));
        QVERIFY2(!name.isEmpty() && words.contains(name.left(8)), qPrintable(name));
        // Chained: verify passes; the text edited outside Suiji fails it.
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("verify")}).exitCode, 0);
        sqlite(p, QStringLiteral("UPDATE typical_case SET text = '无'"));
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("verify")}).exitCode, 3);
    }

    // Issue 17: a failed read is an error, never "no data": with the ledger table unreadable,
    // tasks, progress and export say so and exit 1 instead of printing an empty quarter.
    void failedReadsAreErrors()
    {
        const QString p = db("unreadable.db");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        sqlite(p, QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE task_event; ALTER TABLE task RENAME TO task_gone;"));
        const QStringList scope{QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"), QStringLiteral("nanshan")};
        for (const QStringList &cmd :
             {QStringList{QStringLiteral("tasks")}, QStringList{QStringLiteral("progress")},
              QStringList{QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv"))}}) {
            auto r = runCli(QStringList{QStringLiteral("--db"), p} + cmd + scope);
            QVERIFY2(r.exitCode == 1, qPrintable(cmd.first() + QLatin1Char(' ') + QString::number(r.exitCode) + QLatin1Char(' ') + r.errText()));
            QVERIFY2(r.errText().contains(QStringLiteral("无法读取")), qPrintable(r.errText()));
            QVERIFY2(r.out.trimmed().isEmpty() || cmd.first() != QLatin1String("tasks"), r.out.constData());
        }
    }

    // `holidays set` checks one day by the table's rules (WorkCalendar::day), as the settings page does.
    void holidaySetChecksTheDay()
    {
        const QString p = db("holidays.db");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        const QStringList base{QStringLiteral("--db"), p, QStringLiteral("holidays"), QStringLiteral("set")};
        auto weekday = runCli(base + QStringList{QStringLiteral("2027-02-03"), QStringLiteral("workday")});
        QCOMPARE(weekday.exitCode, 2);
        QVERIFY2(weekday.errText().contains(QStringLiteral("调休上班")), weekday.err.constData());
        auto notADate = runCli(base + QStringList{QStringLiteral("2027-13-01"), QStringLiteral("holiday")});
        QCOMPARE(notADate.exitCode, 2);
        QVERIFY2(notADate.errText().contains(QStringLiteral("2027-13-01")), notADate.err.constData());
        QCOMPARE(runCli(base + QStringList{QStringLiteral("2027-02-10"), QStringLiteral("休"), QStringLiteral("春节")}).exitCode, 0);
        QCOMPARE(sqlite(p, QStringLiteral("SELECT kind || ' ' || name FROM holiday WHERE date = '2027-02-10'")), QStringLiteral("holiday 春节"));
    }

    void drawPreviewCommitVerify()
    {
        const QString p = db("draw.db");
        QVERIFY(runCli({QStringLiteral("--db"), p, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("0.1"), QStringLiteral("--no-draws")})
                    .exitCode == 0);
        const QStringList common{QStringLiteral("--db"),
                                 p,
                                 QStringLiteral("draw"),
                                 QStringLiteral("--quarter"),
                                 QStringLiteral("2025Q3"),
                                 QStringLiteral("--bureau"),
                                 QStringLiteral("盐田"),
                                 QStringLiteral("--seed"),
                                 QStringLiteral("60221740857321946018")};
        // No seed before the lock (draw-spec v2): refused, nothing written.
        const QByteArray unlocked = dumpHash(p);
        auto early = runCli(common + QStringList{QStringLiteral("--preview")});
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.errText().contains(QStringLiteral("锁定名录")), early.err.constData());
        QCOMPARE(dumpHash(p), unlocked);
        auto freeze = runCli({QStringLiteral("--db"), p, QStringLiteral("draw"), QStringLiteral("freeze"), QStringLiteral("--quarter"),
                              QStringLiteral("2025Q3"), QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--seed-source"),
                              QStringLiteral("会上掷十面骰 20 次"), QStringLiteral("--json")});
        QVERIFY2(freeze.exitCode == 0, freeze.err.constData());
        const QJsonObject frozen = QJsonDocument::fromJson(freeze.out).object();
        QCOMPARE(frozen.value(QStringLiteral("freeze_hash")).toString().size(), 64);
        QCOMPARE(frozen.value(QStringLiteral("seed_source")).toString(), QStringLiteral("会上掷十面骰 20 次"));
        QCOMPARE(frozen.value(QStringLiteral("pools")).toArray().size(), 11); // the mobile pools are the division's
        for (const QJsonValue &v : frozen.value(QStringLiteral("pools")).toArray())
            QVERIFY(!v.toObject().value(QStringLiteral("pool")).toString().startsWith(QLatin1String("mobile.")));
        for (const char *f : {"pool", "context", "k", "pool_fp", "must_fp"})
            QVERIFY2(frozen.value(QStringLiteral("pools")).toArray().at(0).toObject().contains(QLatin1String(f)), f);
        QVERIFY(frozen.contains(QStringLiteral("roster_fp")));
        auto preview = runCli(common + QStringList{QStringLiteral("--preview"), QStringLiteral("--json")});
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(preview.out).object();
        QCOMPARE(doc.value(QStringLiteral("committed")).toBool(), false);
        QCOMPARE(doc.value(QStringLiteral("seed")).toString(), QStringLiteral("60221740857321946018"));
        const QJsonArray pools = doc.value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 11);
        const QJsonObject general = pools.at(0).toObject();
        QCOMPARE(general.value(QStringLiteral("context")).toString(), QStringLiteral("suiji-draw-v1|2025Q3|yantian|fixed.general"));
        const QJsonArray poolKeys = general.value(QStringLiteral("pool_keys")).toArray();
        QVERIFY(poolKeys.size() > general.value(QStringLiteral("k")).toInt());
        QCOMPARE(general.value(QStringLiteral("selected")).toArray().size(), general.value(QStringLiteral("k")).toInt());
        for (const char *f : {"pool_fp", "result_fp", "must_check"})
            QVERIFY2(general.contains(QLatin1String(f)), f);
        const QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QVERIFY(tasks.size() > 0);
        for (const char *f : {"key", "pool", "month", "mode", "inspectors", "joint", "partners"})
            QVERIFY2(tasks.at(0).toObject().contains(QLatin1String(f)), f);

        QCOMPARE(runCli(common + QStringList{QStringLiteral("--preview"), QStringLiteral("--commit")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("draw"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                         QStringLiteral("yantian"), QStringLiteral("--seed"), QStringLiteral("has space"), QStringLiteral("--preview")})
                     .exitCode,
                 2);
        // Drawn on 2025-06-28 (the inspections below are dated after it; a task cannot be inspected before its draw).
        qputenv("SUIJI_TODAY", "2025-06-28");
        auto commit = runCli(common + QStringList{QStringLiteral("--commit"), QStringLiteral("--json")});
        qunsetenv("SUIJI_TODAY");
        QVERIFY2(commit.exitCode == 0, commit.err.constData());
        const QJsonObject done = QJsonDocument::fromJson(commit.out).object();
        QCOMPARE(done.value(QStringLiteral("committed")).toBool(), true);
        QCOMPARE(done.value(QStringLiteral("commit_hash")).toString().size(), 64);
        QCOMPARE(done.value(QStringLiteral("freeze_hash")).toString(), frozen.value(QStringLiteral("freeze_hash")).toString());
        QCOMPARE(done.value(QStringLiteral("pools")).toArray().at(0).toObject().value(QStringLiteral("selected")), general.value(QStringLiteral("selected")));
        const QByteArray after = dumpHash(p);
        auto again = runCli(common + QStringList{QStringLiteral("--commit")});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(dumpHash(p), after);
        auto verify = runCli({QStringLiteral("--db"), p, QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--anchor"),
                              done.value(QStringLiteral("commit_hash")).toString()});
        QCOMPARE(verify.exitCode, 0);
        const QJsonObject verified = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(verified.value(QStringLiteral("records")).toInt(), 0);
        QCOMPARE(verified.value(QStringLiteral("chain_records")).toInt(), 3); // freeze, attempt, commit
        QCOMPARE(verified.value(QStringLiteral("anchors")).toArray().size(), 1);
        // The ledger through the CLI: list, mark done, publish; a publication before the inspection is refused.
        auto ledger = runCli({QStringLiteral("--db"), p, QStringLiteral("tasks"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                              QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")});
        QCOMPARE(ledger.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(ledger.out).array();
        QCOMPARE(rows.size(), done.value(QStringLiteral("tasks")).toArray().size());
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        const QString key = first.value(QStringLiteral("key")).toString();
        const QString pool = first.value(QStringLiteral("pool")).toString();
        const QStringList taskArgs{QStringLiteral("--db"), p, QStringLiteral("task")};
        const QStringList where{key, QStringLiteral("--pool"), pool, QStringLiteral("--quarter"), QStringLiteral("2025Q3")};
        QCOMPARE(
            runCli(taskArgs + QStringList{QStringLiteral("published")} + where + QStringList{QStringLiteral("--date"), QStringLiteral("2025-07-20")}).exitCode,
            3);
        auto beforeDraw = runCli(taskArgs + QStringList{QStringLiteral("done")} + where + QStringList{QStringLiteral("--date"), QStringLiteral("2025-06-27")});
        QCOMPARE(beforeDraw.exitCode, 3); // the day before the draw was committed
        QVERIFY2(beforeDraw.errText().contains(QStringLiteral("2025-06-28")), beforeDraw.err.constData());
        QCOMPARE(runCli(taskArgs + QStringList{QStringLiteral("done")} + where +
                        QStringList{QStringLiteral("--date"), QStringLiteral("2025-07-15"), QStringLiteral("--result"), QStringLiteral("未发现问题")})
                     .exitCode,
                 0);
        QCOMPARE(
            runCli(taskArgs + QStringList{QStringLiteral("published")} + where + QStringList{QStringLiteral("--date"), QStringLiteral("2025-07-10")}).exitCode,
            3);
        QCOMPARE(
            runCli(taskArgs + QStringList{QStringLiteral("published")} + where + QStringList{QStringLiteral("--date"), QStringLiteral("2025-07-20")}).exitCode,
            0);
        QCOMPARE(runCli(taskArgs + QStringList{QStringLiteral("done"), QStringLiteral("NOSUCHKEY"), QStringLiteral("--pool"), pool, QStringLiteral("--quarter"),
                                               QStringLiteral("2025Q3"), QStringLiteral("--date"), QStringLiteral("2025-07-15")})
                     .exitCode,
                 3);
        const QJsonObject firstAfter =
            QJsonDocument::fromJson(runCli({QStringLiteral("--db"), p, QStringLiteral("tasks"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                            QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")})
                                        .out)
                .array()
                .at(0)
                .toObject();
        QCOMPARE(firstAfter.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(firstAfter.value(QStringLiteral("inspection_date")).toString(), QStringLiteral("2025-07-15"));
        QCOMPARE(firstAfter.value(QStringLiteral("published_date")).toString(), QStringLiteral("2025-07-20"));
        QCOMPARE(firstAfter.value(QStringLiteral("result")).toString(), QStringLiteral("未发现问题"));

        auto seed = runCli({QStringLiteral("draw"), QStringLiteral("--propose-seed")});
        QCOMPARE(seed.out.trimmed().size(), 20);
    }

    // Exports of a committed quarter: one row per task, reopened by our own reader and by openpyxl.
    void exportsOneRowPerTask()
    {
        const QString p = db("export.db");
        QVERIFY(runCli({QStringLiteral("--db"), p, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("0.1")}).exitCode == 0);
        auto tasks =
            runCli({QStringLiteral("--db"), p, QStringLiteral("tasks"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--json")});
        const QJsonArray all = QJsonDocument::fromJson(tasks.out).array();
        QVERIFY(all.size() > 0);
        int done = 0;
        for (const QJsonValue &t : all)
            done += t.toObject().value(QStringLiteral("status")).toString() != QLatin1String("planned");
        QVERIFY(done > 0 && done < all.size());
        auto rowsOf = [](const QString &file) {
            auto reader = TableReader::open(file);
            if (!reader)
                return -1;
            QStringList cells;
            int row = 0, n = -1;
            while (reader.value()->next(cells, row))
                ++n;
            return n;
        };
        auto openpyxlRows = [](const QString &file) {
            QProcess py;
            py.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QStringLiteral("import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active; print(ws.max_row-1)"), file});
            py.waitForFinished(60000);
            return py.exitCode() == 0 ? py.readAllStandardOutput().trimmed().toInt() : -1;
        };
        for (const char *ext : {"xlsx", "csv"}) {
            const QString ledger = m_dir.filePath(QStringLiteral("ledger.%1").arg(QLatin1String(ext)));
            auto r = runCli({QStringLiteral("--db"), p, QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--quarter"),
                             QStringLiteral("2025Q3"), QStringLiteral("--out"), ledger});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(rowsOf(ledger), int(all.size()));
            const QString pub = m_dir.filePath(QStringLiteral("publicity.%1").arg(QLatin1String(ext)));
            QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("export"), QStringLiteral("publicity"), QStringLiteral("--quarter"),
                             QStringLiteral("2025Q3"), QStringLiteral("--out"), pub})
                         .exitCode,
                     0);
            QCOMPARE(rowsOf(pub), done); // only inspected tasks have a result to publish
        }
        QCOMPARE(openpyxlRows(m_dir.filePath(QStringLiteral("ledger.xlsx"))), int(all.size()));
        QCOMPARE(openpyxlRows(m_dir.filePath(QStringLiteral("publicity.xlsx"))), done);
        // The publication list carries the national credit system's field names.
        auto reader = TableReader::open(m_dir.filePath(QStringLiteral("publicity.xlsx")));
        QStringList header;
        int row = 0;
        QVERIFY(reader.value()->next(header, row));
        for (const char *f :
             {"抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查机关", "抽查完成日期", "抽查结果", "统一社会信用代码"})
            QVERIFY2(header.contains(QString::fromUtf8(f)), f);
        const QString breakdown = m_dir.filePath(QStringLiteral("breakdown.xlsx"));
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("export"), QStringLiteral("breakdown"), QStringLiteral("--quarter"),
                         QStringLiteral("2025Q3"), QStringLiteral("--bureau"), QStringLiteral("luohu"), QStringLiteral("--out"), breakdown})
                     .exitCode,
                 0);
        // Issue 16: the plan's 目标任务分解表: per bureau the year's targets, planned and done per quarter.
        QCOMPARE(rowsOf(breakdown), 4); // general tasks, key units, joint, all tasks
        {
            auto br = TableReader::open(breakdown);
            QVERIFY(br.ok());
            QStringList cells;
            int r = 0;
            QVERIFY(br.value()->next(cells, r)); // the header
            QCOMPARE(cells.size(), 13);
            int generalQ3 = 0, generalDoneQ3 = 0, allQ3 = 0, jointQ3 = 0;
            for (const QJsonValue &v : all) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("bureau")).toString() != QLatin1String("luohu"))
                    continue;
                ++allQ3;
                jointQ3 += o.value(QStringLiteral("joint")).toBool();
                if (o.value(QStringLiteral("pool")).toString() == QLatin1String("fixed.general")) {
                    ++generalQ3;
                    generalDoneQ3 += o.value(QStringLiteral("status")).toString() != QLatin1String("planned");
                }
            }
            QList<QStringList> rowsRead;
            while (br.value()->next(cells, r))
                rowsRead << cells;
            QCOMPARE(rowsRead.size(), 4);
            QCOMPARE(rowsRead[0].value(0), QStringLiteral("罗湖"));
            QCOMPARE(rowsRead[0].value(7).toInt(), generalQ3);     // Q3 planned
            QCOMPARE(rowsRead[0].value(8).toInt(), generalDoneQ3); // Q3 done
            QCOMPARE(rowsRead[0].value(3).toInt(), 0);             // nothing drawn in Q1
            QCOMPARE(rowsRead[2].value(7).toInt(), jointQ3);
            QCOMPARE(rowsRead[3].value(7).toInt(), allQ3);
            auto quota = runCli({QStringLiteral("--db"), p, QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                 QStringLiteral("--bureau"), QStringLiteral("luohu"), QStringLiteral("--json")});
            QCOMPARE(rowsRead[0].value(2).toInt(), 10 * QJsonDocument::fromJson(quota.out).object().value(QStringLiteral("inspectors")).toInt()); // ≥ 10 × I
        }
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))})
                     .exitCode,
                 2);
    }

    void importAndTemplate()
    {
        const QString p = db("import.db");
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("init")}).exitCode, 0);
        const QString tpl = m_dir.filePath(QStringLiteral("tpl.xlsx"));
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("template"), QStringLiteral("entities"), QStringLiteral("--out"), tpl}).exitCode, 0);
        QVERIFY(QFile::exists(tpl));
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("template"), QStringLiteral("entities"), QStringLiteral("--out"),
                         m_dir.filePath(QStringLiteral("t.txt"))})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("template"), QStringLiteral("nobody"), QStringLiteral("--out"), tpl}).exitCode, 2);

        // Dry run: valid, counted, nothing written.
        auto dry = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), dataPath(QStringLiteral("entities-gb18030.csv")),
                           QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
        QVERIFY(dry.errText().contains(QStringLiteral("仅检查")));

        auto ok = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), dataPath(QStringLiteral("entities-gb18030.csv")),
                          QStringLiteral("--json")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("written")).toBool(), true);

        // Rejected input: exit 3, the row named, in Chinese by default and in English on request.
        const QByteArray before = dumpHash(p);
        auto bad = runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"),
                           dataPath(QStringLiteral("malformed/unknown-bureau.csv")), QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 3);
        const QJsonArray errors = QJsonDocument::fromJson(bad.out).object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("column")).toString(), QStringLiteral("所属管理局"));
        QVERIFY2(bad.errText().contains(QStringLiteral("第 2 行")), bad.err.constData());
        auto badEn = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"),
                             dataPath(QStringLiteral("malformed/unknown-bureau.csv"))});
        QCOMPARE(badEn.exitCode, 3);
        QVERIFY(badEn.errText().contains(QStringLiteral("Row 2")));
        QCOMPARE(dumpHash(p), before);

        // A missing file is a runtime failure; a bad check character can be accepted explicitly.
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), m_dir.filePath(QStringLiteral("nope.csv"))}).exitCode,
                 1);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), dataPath(QStringLiteral("malformed/bad-check.csv"))})
                     .exitCode,
                 3);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("entities"), dataPath(QStringLiteral("malformed/bad-check.csv")),
                         QStringLiteral("--accept-bad-check")})
                     .exitCode,
                 0);
        QCOMPARE(
            runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("inspectors"), dataPath(QStringLiteral("inspectors.xlsx"))}).exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), p, QStringLiteral("import"), QStringLiteral("things"), dataPath(QStringLiteral("inspectors.xlsx"))}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
