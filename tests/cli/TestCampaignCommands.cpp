// SPDX-License-Identifier: GPL-3.0-or-later
// suiji-cli campaign … and visits … as a section chief types them, on a real file: the procedure
// in order with exit 3 and nothing written when out of order, the scope's count, a sample drawn in
// public and re-checked by verify, a lock voided, the summary PDF, the bundle checked in a browser,
// and the combined visits proposed and accepted as cli.md's JSON.

#include "ListFixtures.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace suiji::test;

class TestCampaignCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(QStringList args, const QString &today = QStringLiteral("2025-08-20"))
    {
        qputenv("SUIJI_TODAY", today.toUtf8());
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return runCli(args);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        auto db = Database::open(m_db, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QList<Entity> list = yantianEntities(8, QStringLiteral("fixed"), QLatin1Char('F'));
        for (int i = 0; i < 8; ++i)
            list[i].industry = i < 5 ? QStringLiteral("家具制造") : QStringLiteral("食品");
        QVERIFY(storeLists(db.value(), list, yantianRoster(4, QStringLiteral("1903"))).ok());
    }
    void cleanupTestCase() { qunsetenv("SUIJI_TODAY"); }

    void theProcedureFromTheCommandLine()
    {
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--id"), QStringLiteral("ZX-JJ"), QStringLiteral("--name"),
                      QStringLiteral("家具制造专项"), QStringLiteral("--bureau"), QStringLiteral("盐田"), QStringLiteral("--from"),
                      QStringLiteral("2025-08-01"), QStringLiteral("--to"), QStringLiteral("2025-09-30")})
                     .exitCode,
                 0);
        auto scope = cli({QStringLiteral("campaign"), QStringLiteral("scope"), QStringLiteral("ZX-JJ"), QStringLiteral("--industry"), QStringLiteral("家具"),
                          QStringLiteral("--json")});
        QCOMPARE(scope.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(scope.out).object().value(QStringLiteral("count")).toInt(), 5);
        // Publication before approval: exit 3, the file untouched.
        const QByteArray before = dumpHash(m_db);
        auto early = cli({QStringLiteral("campaign"), QStringLiteral("publish"), QStringLiteral("ZX-JJ"), QStringLiteral("--where"), QStringLiteral("官网"),
                          QStringLiteral("--date"), QStringLiteral("2025-08-03")});
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.errText().contains(QStringLiteral("draft")), qPrintable(early.errText()));
        QCOMPARE(dumpHash(m_db), before);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("approve"), QStringLiteral("ZX-JJ"), QStringLiteral("--by"), QStringLiteral("局长"),
                      QStringLiteral("--date"), QStringLiteral("2025-08-01"), QStringLiteral("--doc"), QStringLiteral("深环盐〔2025〕9号")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("freeze"), QStringLiteral("ZX-JJ"), QStringLiteral("--sample"), QStringLiteral("3")}).exitCode,
                 0);
        auto drawn = cli({QStringLiteral("campaign"), QStringLiteral("draw"), QStringLiteral("ZX-JJ"), QStringLiteral("--seed"), QStringLiteral("8086"),
                          QStringLiteral("--commit"), QStringLiteral("--json")});
        QCOMPARE(drawn.exitCode, 0);
        const QJsonArray tasks = QJsonDocument::fromJson(drawn.out).object().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 3);
        const QString key = tasks.first().toObject().value(QStringLiteral("key")).toString();
        // An inspection before publication: exit 3, nothing written.
        const QByteArray drawnState = dumpHash(m_db);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("ZX-JJ"), key, QStringLiteral("--date"),
                      QStringLiteral("2025-08-19")})
                     .exitCode,
                 3);
        QCOMPARE(dumpHash(m_db), drawnState);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("file"), QStringLiteral("ZX-JJ"), QStringLiteral("--with"), QStringLiteral("市局"),
                      QStringLiteral("--date"), QStringLiteral("2025-08-02")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("publish"), QStringLiteral("ZX-JJ"), QStringLiteral("--where"), QStringLiteral("官网"),
                      QStringLiteral("--date"), QStringLiteral("2025-08-03")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("ZX-JJ"), key, QStringLiteral("--date"),
                      QStringLiteral("2025-08-19"), QStringLiteral("--result"), QStringLiteral("无问题")})
                     .exitCode,
                 0);
        auto list = cli({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject c = QJsonDocument::fromJson(list.out).array().first().toObject();
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("published"));
        QCOMPARE(c.value(QStringLiteral("targets")).toInt(), 3);
        QCOMPARE(c.value(QStringLiteral("done")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("approval_doc")).toString(), QStringLiteral("深环盐〔2025〕9号"));
        auto verify = cli({QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.errText() + QString::fromUtf8(verify.out)));
        // The export: a real .xlsx, one row per target with the campaign's documents.
        const QString xlsx = m_dir.filePath(QStringLiteral("campaign.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("campaign"), QStringLiteral("ZX-JJ"), QStringLiteral("--out"), xlsx}).exitCode, 0);
        const QString rows = QString::fromUtf8(python("import openpyxl, sys\n"
                                                      "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                                      "for r in ws.iter_rows(values_only=True):\n"
                                                      "    print('\\t'.join('' if v is None else str(v) for v in r))\n",
                                                      {xlsx}));
        const QStringList lines = rows.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // header and three targets
        QVERIFY2(lines[1].contains(QStringLiteral("深环盐〔2025〕9号")) && lines[1].contains(QStringLiteral("8086")), qPrintable(lines[1]));
        QCOMPARE(int(std::count_if(lines.begin(), lines.end(), [](const QString &l) { return l.contains(QStringLiteral("已检查")); })), 1);

        // The public bundle: verify.py, with nothing but Python, recomputes the sample, months,
        // teams, ledger and procedure; a team changed in draw.json fails it.
        const QString dir = m_dir.filePath(QStringLiteral("bundle"));
        QCOMPARE(cli({QStringLiteral("publish"), QStringLiteral("--campaign"), QStringLiteral("ZX-JJ"), QStringLiteral("--out"), dir}).exitCode, 0);
        auto runVerify = [&] {
            QProcess py;
            py.start(QStringLiteral("python3"), {dir + QStringLiteral("/verify.py"), dir + QStringLiteral("/draw.json")});
            py.waitForFinished(60000);
            return qMakePair(py.exitCode(), QString::fromUtf8(py.readAllStandardOutput()));
        };
        const auto pass = runVerify();
        QVERIFY2(pass.first == 0 && pass.second.startsWith(QStringLiteral("PASS")) && pass.second.contains(QStringLiteral("3 targets")),
                 qPrintable(pass.second));
        QFile f(dir + QStringLiteral("/draw.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject bundle = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray stored = bundle.value(QStringLiteral("tasks")).toArray();
        QJsonObject first = stored.first().toObject();
        first.insert(QStringLiteral("inspectors"), QJsonArray{QStringLiteral("19030000"), QStringLiteral("19039999")});
        stored.replace(0, first);
        bundle.insert(QStringLiteral("tasks"), stored);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(bundle).toJson());
        f.close();
        const auto fail = runVerify();
        QVERIFY2(fail.first == 1 && fail.second.startsWith(QStringLiteral("FAIL")) && fail.second.contains(QStringLiteral("team")), qPrintable(fail.second));

        // Usage errors: exit 2.
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("freeze"), QStringLiteral("ZX-JJ")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("visits"), QStringLiteral("propose"), QStringLiteral("--quarter"), QStringLiteral("2025Q3")}).exitCode, 2);
    }

    // A lock voided with its reason (cli.md `campaign void`), locked again and drawn; verify
    // accepts the chain; the summary PDF lists the voided lock and every seed; the bundle's
    // verify.html passes in a real browser and fails on a team changed in the page's data.
    void aVoidedLockTheSummaryAndTheBrowserCheck()
    {
        const QString id = QStringLiteral("ZX-VOID");
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--id"), id, QStringLiteral("--name"),
                      QStringLiteral("全量名录专项"), QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--from"),
                      QStringLiteral("2025-08-01"), QStringLiteral("--to"), QStringLiteral("2025-10-31")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("scope"), id}).out.trimmed(), QByteArray("8"));
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("void"), id, QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 3); // nothing locked
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("freeze"), id, QStringLiteral("--sample"), QStringLiteral("2")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("draw"), id, QStringLiteral("--seed"), QStringLiteral("1111"), QStringLiteral("--preview")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("void"), id}).exitCode, 2); // a reason is required
        const QByteArray locked = dumpHash(m_db);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("void"), id, QStringLiteral("--reason"), QStringLiteral(" ")}).exitCode, 3);
        QCOMPARE(dumpHash(m_db), locked);
        auto voided = cli({QStringLiteral("campaign"), QStringLiteral("void"), id, QStringLiteral("--reason"), QStringLiteral("名录漏报两家，更正后重新锁定")});
        QVERIFY2(voided.exitCode == 0, qPrintable(voided.errText()));
        QCOMPARE(sqlite(m_db, QStringLiteral("SELECT count(*) FROM chain_record WHERE quarter = 'ZX-VOID' AND kind = 'void'")), QStringLiteral("1"));
        // No seed may be tried against a voided lock.
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("draw"), id, QStringLiteral("--seed"), QStringLiteral("1111"), QStringLiteral("--commit")})
                     .exitCode,
                 3);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("freeze"), id, QStringLiteral("--sample"), QStringLiteral("2")}).exitCode, 0);
        // The first seed tried against the new lock needs no reason.
        auto drawn = cli({QStringLiteral("campaign"), QStringLiteral("draw"), id, QStringLiteral("--seed"), QStringLiteral("2222"), QStringLiteral("--commit"),
                          QStringLiteral("--json")});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.errText()));
        const QJsonObject d = QJsonDocument::fromJson(drawn.out).object();
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("void"), id, QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 3); // committed
        auto verify = cli({QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.errText() + QString::fromUtf8(verify.out)));

        // The summary PDF, read back with poppler.
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        auto rep = cli({QStringLiteral("report"), QStringLiteral("campaign"), id, QStringLiteral("--out"), pdf});
        QVERIFY2(rep.exitCode == 0, qPrintable(rep.errText()));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString &want : {QStringLiteral("全量名录专项"), QStringLiteral("名录漏报两家，更正后重新锁定"), QStringLiteral("1111"),
                                    QStringLiteral("2222"), d.value(QStringLiteral("freeze")).toString(), d.value(QStringLiteral("tasks_fp")).toString(),
                                    d.value(QStringLiteral("tasks")).toArray().first().toObject().value(QStringLiteral("key")).toString(),
                                    d.value(QStringLiteral("tasks")).toArray().last().toObject().value(QStringLiteral("key")).toString()})
            QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral(" missing in: ") + text.left(1500)));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("campaign"), QStringLiteral("ZX-NONE"), QStringLiteral("--out"), pdf}).exitCode, 3);

        // The bundle's page, in headless Chromium.
        const QString dir = m_dir.filePath(QStringLiteral("void-bundle"));
        QCOMPARE(cli({QStringLiteral("publish"), QStringLiteral("--campaign"), id, QStringLiteral("--out"), dir}).exitCode, 0);
        const QString html = dir + QStringLiteral("/verify.html");
        const QString pass = chromiumVerdict(html);
        QVERIFY2(pass.startsWith(QStringLiteral("PASS")) && pass.contains(id), qPrintable(pass));
        const QByteArray edit = "import json, sys\n"
                                "p = sys.argv[1]; page = open(p, encoding='utf-8').read()\n"
                                "a = page.index('<script id=\"bundle\" type=\"application/json\">') + len('<script id=\"bundle\" type=\"application/json\">')\n"
                                "b = page.index('</script>', a)\n"
                                "bundle = json.loads(page[a:b])\n"
                                "bundle['tasks'][0]['inspectors'] = ['19030000', '19039999']\n"
                                "open(p, 'w', encoding='utf-8').write(page[:a] + json.dumps(bundle, ensure_ascii=False) + page[b:])\n";
        python(edit, {html});
        const QString fail = chromiumVerdict(html);
        QVERIFY2(fail.startsWith(QStringLiteral("FAIL")) && fail.contains(QStringLiteral("team")), qPrintable(fail));
    }
};

QTEST_GUILESS_MAIN(TestCampaignCommands)
#include "TestCampaignCommands.moc"
