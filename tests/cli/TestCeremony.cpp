// SPDX-License-Identifier: GPL-3.0-or-later
// The fair draw from outside (draw-spec v2): a file edited behind Suiji's back with the sqlite3
// shell (triggers dropped first) fails `suiji-cli verify`, which names what was changed: a team,
// a month, a mode, a joint flag, an attempt, a void, a ledger event; and anchors catch what a
// chain cannot, a file whose tail was removed or whose quarter was drawn again.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace suiji::test;

namespace {
const char *kDropTriggers =
    "DROP TRIGGER chain_record_no_update; DROP TRIGGER chain_record_no_delete; DROP TRIGGER draw_no_update; DROP TRIGGER draw_no_delete; "
    "DROP TRIGGER draw_pool_no_delete; DROP TRIGGER draw_selection_no_delete;";

// Recomputes every record hash of a bureau's chain, as a forger with the spec in hand would.
const char *kRechain = R"PY(
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
prev = "0" * 64
rows = db.execute("SELECT id, canonical_json FROM chain_record WHERE bureau = ? ORDER BY seq", (sys.argv[2],)).fetchall()
for i, (rid, js) in enumerate(rows, 1):
    h = hashlib.sha256((prev + "\n" + js).encode()).hexdigest()
    db.execute("UPDATE chain_record SET prev_hash = ?, record_hash = ?, seq = ? WHERE id = ?", (prev, h, i, rid))
    prev = h
db.commit()
)PY";
} // namespace

class TestCeremony : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_base;
    int m_n = 0;

    QString copy()
    {
        const QString p = m_dir.filePath(QStringLiteral("case%1.db").arg(++m_n));
        QProcess s;
        s.start(QStringLiteral("sqlite3"), {m_base, QStringLiteral("VACUUM INTO '%1'").arg(p)});
        return s.waitForFinished(60000) && s.exitCode() == 0 ? p : QString();
    }
    static bool shell(const QString &db, const QString &sql)
    {
        QProcess s;
        s.start(QStringLiteral("sqlite3"), {db, sql});
        if (!s.waitForFinished(60000) || s.exitCode() != 0) {
            qWarning("sqlite3: %s", s.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    static QString scalar(const QString &db, const QString &sql)
    {
        QProcess s;
        s.start(QStringLiteral("sqlite3"), {db, sql});
        s.waitForFinished(60000);
        return QString::fromUtf8(s.readAllStandardOutput()).trimmed();
    }
    static bool rechain(const QString &db, const QString &bureau)
    {
        QProcess py;
        py.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(kRechain), db, bureau});
        return py.waitForFinished(60000) && py.exitCode() == 0;
    }
    // verify --json: exit code, and the first mismatch's reason.
    static std::pair<int, QJsonObject> verify(const QString &db, const QStringList &extra = {})
    {
        auto r = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("verify"), QStringLiteral("--json")} + extra);
        return {r.exitCode, QJsonDocument::fromJson(r.out).object()};
    }
    QString firstTask(const QString &db, const QString &bureau = QStringLiteral("yantian")) const
    {
        return scalar(db, QStringLiteral("SELECT min(id) FROM task WHERE bureau = '%1' AND quarter = '2025Q3'").arg(bureau));
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"sqlite3", "python3"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is needed (packaging/install-deps.sh installs it)").arg(QLatin1String(tool))));
        m_base = m_dir.filePath(QStringLiteral("base.db"));
        auto demo = runCli({QStringLiteral("--db"), m_base, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--scale"),
                            QStringLiteral("0.05")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        // A lock of 2025Q4 withdrawn and made again, so a void sits inside a chain.
        const QStringList q4{
            QStringLiteral("--db"),   m_base, QStringLiteral("draw"), QStringLiteral("--quarter"), QStringLiteral("2025Q4"), QStringLiteral("--bureau"),
            QStringLiteral("yantian")};
        QCOMPARE(runCli(QStringList{q4.mid(0, 3)} + QStringList{QStringLiteral("freeze")} + q4.mid(3)).exitCode, 0);
        QCOMPARE(runCli(QStringList{q4.mid(0, 3)} + QStringList{QStringLiteral("void")} + q4.mid(3)).exitCode, 2); // a reason is required
        QCOMPARE(runCli(QStringList{q4.mid(0, 3)} + QStringList{QStringLiteral("void")} + q4.mid(3) +
                        QStringList{QStringLiteral("--reason"), QStringLiteral("名录导入有误")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(QStringList{q4.mid(0, 3)} + QStringList{QStringLiteral("freeze")} + q4.mid(3)).exitCode, 0);
        auto v = verify(m_base);
        QVERIFY2(v.first == 0, qPrintable(QString::fromUtf8(QJsonDocument(v.second).toJson())));
    }

    // The seeds tried are listed; 福田's commit is its second seed, with the reason on record.
    void attemptsAndReasons()
    {
        auto r = runCli({QStringLiteral("--db"), m_base, QStringLiteral("draw"), QStringLiteral("attempts"), QStringLiteral("--quarter"),
                         QStringLiteral("2025Q3"), QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QVERIFY(a.size() >= 2);
        for (const char *f : {"seed", "at", "operator", "freeze_hash", "record_hash", "staffed"})
            QVERIFY2(a.at(0).toObject().contains(QLatin1String(f)), f);
        const QString commit =
            scalar(m_base, QStringLiteral("SELECT canonical_json FROM chain_record WHERE bureau = 'futian' AND quarter = '2025Q3' AND kind = 'commit'"));
        QVERIFY2(commit.contains(QStringLiteral("\"reason\":\"第一次掷骰")), qPrintable(commit));
        QVERIFY(commit.contains(a.last().toObject().value(QStringLiteral("seed")).toString()));
    }

    // A commit names the freeze its preview was shown against (--expect-freeze, as the GUI does with
    // the preview's freeze and results): after the lock was withdrawn and made again it is refused
    // and writes nothing; against the lock in force it commits.
    void commitRefusesAnotherFreezeThanThePreviews()
    {
        const QString db = copy();
        QVERIFY(!db.isEmpty());
        const QString voided = scalar(db, QStringLiteral("SELECT record_hash FROM chain_record WHERE bureau = 'yantian' AND quarter = '2025Q4' AND kind = "
                                                         "'freeze' ORDER BY seq LIMIT 1"));
        const QString current = scalar(db, QStringLiteral("SELECT record_hash FROM chain_record WHERE bureau = 'yantian' AND quarter = '2025Q4' AND kind = "
                                                          "'freeze' ORDER BY seq DESC LIMIT 1"));
        QVERIFY(voided.size() == 64 && current.size() == 64 && voided != current);
        const QStringList commit{QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("draw"),
                                 QStringLiteral("--quarter"),
                                 QStringLiteral("2025Q4"),
                                 QStringLiteral("--bureau"),
                                 QStringLiteral("yantian"),
                                 QStringLiteral("--seed"),
                                 QStringLiteral("31415926535897932384"),
                                 QStringLiteral("--commit"),
                                 QStringLiteral("--expect-freeze")};
        const QByteArray before = dumpHash(db);
        auto refused = runCli(commit + QStringList{voided.left(16)});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(QString::fromUtf8(refused.err).contains(current.left(16)), refused.err.constData());
        QCOMPARE(dumpHash(db), before);
        QCOMPARE(runCli(commit + QStringList{voided.left(8)}).exitCode, 3); // a prefix shorter than 16 never matches
        auto done = runCli(commit + QStringList{current.left(16)});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT freeze_hash FROM chain_record WHERE bureau = 'yantian' AND quarter = '2025Q4' AND kind = 'commit'")),
                 current);
    }

    // The plan lists every seed tried and the reason next to the committed seed; the 抽取公告
    // prints the lock's hash. Read back from the PDF's text layer.
    void reportsPrintTheCeremony()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.pdf"));
        const QString notice = m_dir.filePath(QStringLiteral("notice.pdf"));
        for (const auto &[kind, file] : {std::pair{QStringLiteral("plan"), plan}, std::pair{QStringLiteral("freeze"), notice}}) {
            auto r = runCli({QStringLiteral("--db"), m_base, QStringLiteral("report"), kind, QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                             QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--out"), file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        auto text = [](const QString &pdf) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString planText = text(plan);
        const QString commit =
            scalar(m_base, QStringLiteral("SELECT record_hash FROM chain_record WHERE bureau = 'futian' AND quarter = '2025Q3' AND kind = 'commit'"));
        const QString freeze =
            scalar(m_base, QStringLiteral("SELECT freeze_hash FROM chain_record WHERE bureau = 'futian' AND quarter = '2025Q3' AND kind = 'commit'"));
        QVERIFY2(planText.contains(commit), qPrintable(planText.left(2000)));
        QVERIFY(planText.contains(freeze));
        QVERIFY(planText.contains(QStringLiteral("试过的种子")));
        QVERIFY(planText.contains(QStringLiteral("第一次掷骰")));
        const QStringList seeds = scalar(m_base, QStringLiteral("SELECT json_extract(canonical_json, '$.seed') FROM chain_record WHERE bureau = 'futian' AND "
                                                                "quarter = '2025Q3' AND kind = 'attempt' ORDER BY seq"))
                                      .split(QLatin1Char('\n'));
        QVERIFY(seeds.size() >= 2);
        for (const QString &seed : seeds)
            QVERIFY2(planText.contains(seed), qPrintable(seed));
        const QString noticeText = text(notice);
        QVERIFY(noticeText.contains(QStringLiteral("抽取公告")));
        QVERIFY(noticeText.contains(freeze));
        QVERIFY(noticeText.contains(QStringLiteral("roster_fp")));
    }

    void editedTeamIsNamed()
    {
        const QString p = copy();
        QVERIFY(shell(p, QStringLiteral("UPDATE task SET inspectors = 'X0000001;X0000002' WHERE id = %1").arg(firstTask(p))));
        auto [code, o] = verify(p);
        QCOMPARE(code, 3);
        const QString why = o.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(why.contains(QStringLiteral("X0000001")) && why.contains(QStringLiteral("执法人员")), qPrintable(why));
    }

    void editedMonthIsNamed()
    {
        const QString p = copy();
        QVERIFY(shell(p, QStringLiteral("UPDATE task SET month = CASE WHEN month = 7 THEN 8 ELSE 7 END WHERE id = %1").arg(firstTask(p))));
        auto [code, o] = verify(p);
        QCOMPARE(code, 3);
        QVERIFY2(o.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("月份")),
                 QJsonDocument(o).toJson().constData());
    }

    void editedModeIsNamed()
    {
        const QString p = copy();
        QVERIFY(shell(p, QStringLiteral("UPDATE task SET mode = CASE WHEN mode = 'onsite' THEN 'offsite' ELSE 'onsite' END WHERE id = %1").arg(firstTask(p))));
        auto [code, o] = verify(p);
        QCOMPARE(code, 3);
        QVERIFY2(o.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("检查方式")),
                 QJsonDocument(o).toJson().constData());
    }

    void editedJointFlagIsNamed()
    {
        const QString p = copy();
        QVERIFY(shell(p, QStringLiteral("UPDATE task SET joint = 1 - joint WHERE id = %1").arg(firstTask(p))));
        auto [code, o] = verify(p);
        QCOMPARE(code, 3);
        QVERIFY2(o.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("联合检查")),
                 QJsonDocument(o).toJson().constData());
    }

    void editedAttemptIsNamed()
    {
        const QString p = copy();
        QVERIFY(
            shell(p, QString::fromLatin1(kDropTriggers) +
                         QStringLiteral("UPDATE chain_record SET canonical_json = replace(canonical_json, '\"staffed\":true', '\"staffed\":false') "
                                        "WHERE id = (SELECT min(id) FROM chain_record WHERE bureau = 'futian' AND quarter = '2025Q3' AND kind = 'attempt');")));
        auto [code, o] = verify(p);
        QCOMPARE(code, 3);
        const QJsonObject bad = o.value(QStringLiteral("first_mismatch")).toObject();
        QCOMPARE(bad.value(QStringLiteral("kind")).toString(), QStringLiteral("attempt"));
        QCOMPARE(bad.value(QStringLiteral("bureau")).toString(), QStringLiteral("futian"));
    }

    void editedOrRemovedVoidIsNamed()
    {
        const QString edited = copy();
        QVERIFY(
            shell(edited, QString::fromLatin1(kDropTriggers) +
                              QStringLiteral("UPDATE chain_record SET canonical_json = replace(canonical_json, '名录导入有误', '无') WHERE kind = 'void';")));
        auto [code, o] = verify(edited);
        QCOMPARE(code, 3);
        QCOMPARE(o.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("void"));

        const QString removed = copy();
        QVERIFY(shell(removed, QString::fromLatin1(kDropTriggers) + QStringLiteral("DELETE FROM chain_record WHERE kind = 'void';")));
        auto [code2, o2] = verify(removed);
        QCOMPARE(code2, 3);
        QVERIFY2(o2.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("缺失")),
                 QJsonDocument(o2).toJson().constData());
        // Removed and the chain recomputed: two locks of one quarter in force is still caught.
        QVERIFY(rechain(removed, QStringLiteral("yantian")));
        QCOMPARE(verify(removed).first, 3);
    }

    void editedRemovedOrBackdatedLedgerEventIsNamed()
    {
        const QString edited = copy();
        QVERIFY(shell(edited, QString::fromLatin1(kDropTriggers) +
                                  QStringLiteral("UPDATE chain_record SET canonical_json = replace(canonical_json, '未发现环境违法行为', '发现违法行为') "
                                                 "WHERE id = (SELECT min(id) FROM chain_record WHERE bureau = 'yantian' AND kind = 'ledger');")));
        auto [code, o] = verify(edited);
        QCOMPARE(code, 3);
        QCOMPARE(o.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ledger"));

        // The last event of a chain removed (no gap to see): the task no longer matches its events.
        // (The division's chain ends with ledger events; a district's ends with its cases.)
        const QString removed = copy();
        const QString last = scalar(removed, QStringLiteral("SELECT max(id) FROM chain_record WHERE bureau = 'mobile'"));
        QCOMPARE(scalar(removed, QStringLiteral("SELECT kind FROM chain_record WHERE id = %1").arg(last)), QStringLiteral("ledger"));
        QVERIFY(shell(removed, QString::fromLatin1(kDropTriggers) + QStringLiteral("DELETE FROM chain_record WHERE id = %1;").arg(last)));
        auto [code2, o2] = verify(removed);
        QCOMPARE(code2, 3);
        QVERIFY2(o2.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("台账")),
                 QJsonDocument(o2).toJson().constData());

        // Back-dated: a task's later event given an earlier time, the chain recomputed.
        const QString backdated = copy();
        const QString pub = scalar(backdated, QStringLiteral("SELECT id FROM chain_record WHERE bureau = 'nanshan' AND kind = 'ledger' "
                                                             "AND canonical_json LIKE '%\"status\":\"published\"%' ORDER BY seq LIMIT 1"));
        QVERIFY(!pub.isEmpty());
        QVERIFY(
            shell(backdated, QString::fromLatin1(kDropTriggers) +
                                 QStringLiteral("UPDATE chain_record SET canonical_json = replace(canonical_json, '\"created_at\":\"2025-09-15T18:00:00\"', "
                                                "'\"created_at\":\"2025-07-01T09:00:00\"') WHERE id = %1;")
                                     .arg(pub)));
        QVERIFY(rechain(backdated, QStringLiteral("nanshan")));
        auto [code3, o3] = verify(backdated);
        QCOMPARE(code3, 3);
        QVERIFY2(o3.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("早于")),
                 QJsonDocument(o3).toJson().constData());
    }

    // A chain inside one file cannot stop whoever rewrites its end; a hash kept outside can.
    void anchorsCatchARemovedTailAndARedraw()
    {
        const QString commit =
            scalar(m_base, QStringLiteral("SELECT record_hash FROM chain_record WHERE bureau = 'yantian' AND quarter = '2025Q3' AND kind = 'commit'"));
        QCOMPARE(commit.size(), 64);
        auto ok = verify(m_base, {QStringLiteral("--anchor"), commit});
        QCOMPARE(ok.first, 0);
        QCOMPARE(ok.second.value(QStringLiteral("anchors")).toArray().size(), 1);

        // The last records removed, from the quarter's seeds on, with its tasks: the chain alone still holds.
        const QString cut = copy();
        const QString seq =
            scalar(cut, QStringLiteral("SELECT min(seq) FROM chain_record WHERE bureau = 'yantian' AND quarter = '2025Q3' AND kind = 'attempt'"));
        const QString removeTail = QString::fromLatin1(kDropTriggers)
                                   // (yantian's own draws; its mobile pools are the division's, in another chain)
                                   + QStringLiteral("CREATE TEMP TABLE own AS SELECT d.id FROM draw d JOIN chain_record c ON c.id = d.commit_id WHERE c.bureau "
                                                    "= 'yantian' AND d.quarter = '2025Q3'; "
                                                    "DELETE FROM chain_record WHERE bureau = 'yantian' AND seq >= %1; "
                                                    "DELETE FROM enforcement_case WHERE bureau = 'yantian'; " // its cases' records went with the tail
                                                    "DELETE FROM task WHERE bureau = 'yantian' AND quarter = '2025Q3' AND drawn_by = ''; "
                                                    "DELETE FROM draw_selection WHERE draw_id IN (SELECT id FROM own); "
                                                    "DELETE FROM draw_pool WHERE draw_id IN (SELECT id FROM own); "
                                                    "DELETE FROM draw WHERE id IN (SELECT id FROM own);")
                                         .arg(seq);
        QVERIFY(shell(cut, removeTail));
        QCOMPARE(verify(cut).first, 0);
        QCOMPARE(verify(cut, {QStringLiteral("--anchor"), commit}).first, 3);

        // Drawn again with another seed, by Suiji itself, after the tail was removed: a chain
        // that verifies, but not with the commit hash printed on the plan.
        const QString redrawn = copy();
        QVERIFY(shell(redrawn, removeTail));
        QCOMPARE(
            runCli({QStringLiteral("--db"), redrawn, QStringLiteral("draw"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                    QStringLiteral("yantian"), QStringLiteral("--seed"), QStringLiteral("31415926535897932384"), QStringLiteral("--commit")})
                .exitCode,
            0);
        QCOMPARE(verify(redrawn).first, 0);
        auto caught = verify(redrawn, {QStringLiteral("--anchor"), commit});
        QCOMPARE(caught.first, 3);
        QCOMPARE(caught.second.value(QStringLiteral("first_mismatch")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("anchor"));
    }
};

QTEST_GUILESS_MAIN(TestCeremony)
#include "TestCeremony.moc"
