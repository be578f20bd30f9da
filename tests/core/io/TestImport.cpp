// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/EntityImporter.h"
#include "io/InspectorImporter.h"
#include "io/KeyTable.h"
#include "io/TableWriter.h"
#include "io/Templates.h"
#include "io/XlsxReader.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "util/Rng.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace suiji;
using namespace suiji::test;

class TestImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 10, 15), QTime(9, 0))};
    int m_n = 0;

    Database freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.db").arg(++m_n)), Database::Mode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.message()));
        return std::move(db.value());
    }
    ImportReport importEntities(const Database &db, const QString &file, ImportOptions o = {}) { return EntityImporter(db, m_clock).run(file, o); }
    static QString issues(const ImportReport &r) { return r.toText(); }
    // A file of the given bytes in the test's folder, as a user would save it.
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void dateSerials()
    {
        // Excel's 1900 system: 59 = 1900-02-28, 60 is the phantom 1900-02-29, 61 = 1900-03-01.
        QCOMPARE(XlsxReader::serialToDate(1, false), QDate(1900, 1, 1));
        QCOMPARE(XlsxReader::serialToDate(59, false), QDate(1900, 2, 28));
        QVERIFY(!XlsxReader::serialToDate(60, false).isValid());
        QCOMPARE(XlsxReader::serialToDate(61, false), QDate(1900, 3, 1));
        QCOMPARE(XlsxReader::serialToDate(45747, false), QDate(2025, 3, 31)); // =DATE(2025,3,31) in Excel
        QCOMPARE(XlsxReader::serialToDate(45747.75, false), QDate(2025, 3, 31));
        // 1904 system: day 0 is 1904-01-01, 1462 days behind the 1900 system.
        QCOMPARE(XlsxReader::serialToDate(0, true), QDate(1904, 1, 1));
        QCOMPARE(XlsxReader::serialToDate(45747 - 1462, true), QDate(2025, 3, 31));
        QCOMPARE(XlsxReader::columnIndex(u"A1"), 0);
        QCOMPARE(XlsxReader::columnIndex(u"AB12"), 27);
        QCOMPARE(XlsxReader::decodeEscapes(QStringLiteral("a_x000D_b_x005F_x")), QStringLiteral("a\rb_x"));
    }

    void gb18030CsvAsExcelSavesIt()
    {
        Database db = freshDb();
        const auto r = importEntities(db, dataPath(QStringLiteral("entities-gb18030.csv")));
        QVERIFY2(r.ok(), qPrintable(issues(r)));
        QVERIFY(r.source.contains(QStringLiteral("GB18030")));
        QCOMPARE(r.added, 4);
        EntityRepository repo(db);
        const auto e = repo.find(QStringLiteral("fixed"), QStringLiteral("91440300587917503A"));
        QVERIFY(e);
        QCOMPARE(e->name, QStringLiteral("深圳市华强\"精密\"五金有限公司"));
        QCOMPARE(e->address, QStringLiteral("深圳市宝安区福永街道,工业路8号\n(二期)"));
        QCOMPARE(e->bureau, QStringLiteral("baoan"));
        QCOMPARE(e->penaltyDate, QDate(2024, 11, 5));
        QCOMPARE(e->complaints, 12);
        QCOMPARE(e->credit, QStringLiteral("警示"));
        // Lower-case USCC normalised; full-width ０ read as 0; 福田管理局 → futian.
        const auto m = repo.find(QStringLiteral("monitoring_agency"), QStringLiteral("91350100M000100Y43"));
        QVERIFY(m);
        QCOMPARE(m->bureau, QStringLiteral("futian"));
        QVERIFY(m->violationClue);
        QCOMPARE(m->waiverDate, QDate(2025, 1, 20));
        const auto o = repo.find(QStringLiteral("outfall"), QStringLiteral("RHPWK-440305-0001"));
        QVERIFY(o);
        QVERIFY(o->isKey());
        QVERIFY(o->uscc.isEmpty());
    }

    void utf8BomSemicolonAndEnglishHeaders()
    {
        Database db = freshDb();
        const auto r = importEntities(db, dataPath(QStringLiteral("entities-utf8-bom.csv")));
        QVERIFY2(r.ok(), qPrintable(issues(r)));
        QVERIFY(r.source.contains(QStringLiteral("BOM")));
        QCOMPARE(r.added, 4);
        QCOMPARE(EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"))->name, QStringLiteral("深圳市示例电子有限公司"));
    }

    void forcedEncoding()
    {
        // UTF-8 named for a GB18030 file: refused at the first byte UTF-8 does not allow (before:
        // read as replacement characters).
        auto wrong = CsvReader::open(dataPath(QStringLiteral("entities-gb18030.csv")), {QStringLiteral("UTF-8"), {}});
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.message().contains(QStringLiteral("line 1, character 1")) && wrong.message().contains(QStringLiteral("entities-gb18030.csv")),
                 qPrintable(wrong.message()));
        QStringList cells;
        int row = 0;
        auto right = CsvReader::open(dataPath(QStringLiteral("entities-gb18030.csv")), {QStringLiteral("GBK"), {}});
        QVERIFY(right.value()->next(cells, row));
        QCOMPARE(cells.first(), QStringLiteral("单位名称"));
    }

    void tabSeparatedSynonymsAndFormulaText()
    {
        Database db = freshDb();
        const auto r = importEntities(db, dataPath(QStringLiteral("entities-tab.tsv")));
        QVERIFY2(r.ok(), qPrintable(issues(r)));
        QCOMPARE(r.ignoredColumns, QStringList{QStringLiteral("备注")});
        // Text that starts like a formula is stored exactly as text.
        QCOMPARE(EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"))->name, QStringLiteral("=HYPERLINK(\"x\")公司"));
        QCOMPARE(EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("91440300587917503A"))->name, QStringLiteral("@SUM(A1)"));
    }

    void xlsxFromOpenpyxl_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("1900") << QStringLiteral("entities-openpyxl.xlsx");
        QTest::newRow("1904") << QStringLiteral("entities-1904.xlsx");
    }
    void xlsxFromOpenpyxl()
    {
        QFETCH(QString, file);
        Database db = freshDb();
        const auto r = importEntities(db, dataPath(file));
        QVERIFY2(r.ok(), qPrintable(issues(r)));
        QCOMPARE(r.added, 3);
        QVERIFY(r.source.contains(QStringLiteral("名录")));
        EntityRepository repo(db);
        const auto e = repo.find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"));
        QVERIFY(e);
        QCOMPARE(e->penaltyDate, QDate(2025, 3, 31)); // a real date cell
        QCOMPARE(e->complaints, 3);                   // a number cell
        QVERIFY(e->positiveList);                     // a boolean cell
        QVERIFY(e->isKey());
        const auto o = repo.find(QStringLiteral("outfall"), QStringLiteral("RHPWK-440306-0007"));
        QVERIFY(o);
        QCOMPARE(o->penaltyDate, QDate(2024, 12, 31));
        QCOMPARE(o->waiverDate, QDate(2025, 2, 28));
        QCOMPARE(repo.find(QStringLiteral("fixed"), QStringLiteral("91440300587917503A"))->name, QStringLiteral("=1+1 公司"));
    }

    void malformedCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect"); // a word the message must contain
        QTest::newRow("bad check") << QStringLiteral("bad-check.csv") << QStringLiteral("check");
        QTest::newRow("duplicate key") << QStringLiteral("duplicate-key.csv") << QStringLiteral("twice");
        QTest::newRow("unknown bureau") << QStringLiteral("unknown-bureau.csv") << QStringLiteral("东莞");
        QTest::newRow("unknown category") << QStringLiteral("unknown-category.csv") << QStringLiteral("餐饮店");
        QTest::newRow("impossible date") << QStringLiteral("impossible-date.csv") << QStringLiteral("2025-02-30");
        QTest::newRow("negative count") << QStringLiteral("negative-count.csv") << QStringLiteral("-2");
        QTest::newRow("missing column") << QStringLiteral("missing-column.csv") << QStringLiteral("所属管理局");
        QTest::newRow("empty file") << QStringLiteral("empty.csv") << QStringLiteral("empty");
        QTest::newRow("unclosed quote") << QStringLiteral("unclosed-quote.csv") << QStringLiteral("never closed");
        QTest::newRow("random bytes") << QStringLiteral("random-bytes.xlsx") << QStringLiteral("damaged");
        QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << QStringLiteral("truncated");
        QTest::newRow("zip not workbook") << QStringLiteral("not-a-workbook.xlsx") << QStringLiteral("workbook.xml");
    }
    void malformedCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        Database db = freshDb();
        // Something already in the database that must survive untouched.
        QVERIFY(importEntities(db, dataPath(QStringLiteral("entities-openpyxl.xlsx"))).ok());
        QSqlQuery(db.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = dumpHash(db.path());
        const auto r = importEntities(db, dataPath(QStringLiteral("malformed/") + file));
        QVERIFY(!r.ok());
        QVERIFY(!r.written);
        QCOMPARE(r.errorCount(), 1);
        QVERIFY2(r.toText().contains(expect), qPrintable(r.toText()));
        QCOMPARE(dumpHash(db.path()), before);
    }

    void errorsCarryRowAndColumn()
    {
        // Several problems in one file: every one listed with its Excel row; nothing written.
        const QString p = writeFile(QStringLiteral("many.csv"), "单位名称,统一社会信用代码,所属管理局,监管类别,上季度投诉数\n"
                                                                "甲,914403001922038216,南山,固定源,1\n"
                                                                ",91440300587917503A,南山,固定源,2\n"
                                                                "丙,91440300587917503B,火星,固定源,x\n");
        Database db = freshDb();
        const auto r = importEntities(db, p);
        QCOMPARE(r.errorCount(), 4);
        QCOMPARE(r.issues.at(0).row, 3);
        QCOMPARE(r.issues.at(0).column, QStringLiteral("单位名称"));
        QCOMPARE(r.issues.at(1).row, 4);
        QCOMPARE(EntityRepository(db).count().value(), 0);
    }

    void hugeCellIsRefused()
    {
        const QString p = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("单位名称,统一社会信用代码,所属管理局,监管类别\n\"");
        f.write(QByteArray(5 * 1024 * 1024, 'x'));
        f.write("\",914403001922038216,南山,固定源\n");
        f.close();
        Database db = freshDb();
        const auto r = importEntities(db, p);
        QVERIFY(!r.ok());
        QVERIFY2(r.toText().contains(QStringLiteral("32767")), qPrintable(r.toText()));
        QCOMPARE(EntityRepository(db).count().value(), 0);
    }

    void acceptBadCheckFlagsTheRow()
    {
        Database db = freshDb();
        ImportOptions o;
        o.acceptBadCheck = true;
        const auto r = importEntities(db, dataPath(QStringLiteral("malformed/bad-check.csv")), o);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QCOMPARE(r.warningCount(), 1);
        const auto e = EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("914403001922038217"));
        QVERIFY(e && e->badCheck);
    }

    void dryRunWritesNothing()
    {
        Database db = freshDb();
        ImportOptions o;
        o.dryRun = true;
        const auto r = importEntities(db, dataPath(QStringLiteral("entities-gb18030.csv")), o);
        QVERIFY(r.ok());
        QCOMPARE(r.added, 4);
        QVERIFY(!r.written);
        QCOMPARE(EntityRepository(db).count().value(), 0);
    }

    void cancelWritesNothing()
    {
        Database db = freshDb();
        const QString p = m_dir.filePath(QStringLiteral("long.csv"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("单位名称,对象编码,所属管理局,监管类别\n");
        for (int i = 0; i < 12000; ++i)
            f.write(QStringLiteral("地块%1,DK-%1,南山,风险管控和修复地块\n").arg(i).toUtf8());
        f.close();
        ImportOptions o;
        int calls = 0;
        o.progress = [&](int) { return ++calls < 2; }; // cancel at the second report, mid-file
        const auto r = importEntities(db, p, o);
        QVERIFY(r.cancelled);
        QCOMPARE(EntityRepository(db).count().value(), 0);
    }

    // The import's key table against a plain QHash, over keys that repeat within and across
    // groups, with growth from empty and a prefix that differs only in length.
    void keyTableMatchesAHash()
    {
        KeyTable table;
        // As the import's check uses it: the row a key was first seen in, or 0 after recording row.
        auto firstRow = [&](int group, const QString &key, int row) {
            KeyTable::Entry &e = table.entry(group, key);
            if (e.firstRow != 0)
                return int(e.firstRow);
            e.firstRow = row;
            return 0;
        };
        QHash<QPair<int, QString>, int> reference;
        SplitMix64 rng(7);
        for (int row = 2; row < 60002; ++row) {
            const int group = int(rng.below(3));
            const QString key = rng.chance(0.1) ? QStringLiteral("DK-%1").arg(rng.below(100)) : QStringLiteral("9144030%1").arg(rng.below(40000));
            const auto it = reference.constFind({group, key});
            const int expected = it == reference.constEnd() ? 0 : *it;
            if (!expected)
                reference.insert({group, key}, row);
            QCOMPARE(firstRow(group, key, row), expected);
        }
        QCOMPARE(table.size(), size_t(reference.size()));
        QCOMPARE(firstRow(0, QStringLiteral("DK-1"), 99), reference.value({0, QStringLiteral("DK-1")}));
        QCOMPARE(firstRow(5, QStringLiteral("DK-1"), 99), 0); // another group: not a duplicate
        QCOMPARE(firstRow(5, QStringLiteral("DK-"), 100), 0); // a prefix of a key: not a duplicate
        QCOMPARE(firstRow(5, QStringLiteral("DK-1"), 101), 99);
        // A stored row's index rides along with its key, and a file's first row joins it.
        table.entry(7, QStringLiteral("91440300MA5STORED")).existing = 41;
        QCOMPARE(firstRow(7, QStringLiteral("91440300MA5STORED"), 5), 0);
        QCOMPARE(table.entry(7, QStringLiteral("91440300MA5STORED")).existing, 41);
        QCOMPARE(table.entry(7, QStringLiteral("91440300MA5STORED")).firstRow, 5);
        QCOMPARE(table.entry(8, QStringLiteral("91440300MA5STORED")).existing, -1);
    }

    // Rows are checked on a worker thread while this one writes earlier batches. A write that
    // fails mid-file (here a trigger refuses one entity in the first batch) stops the reading,
    // names the entity, and leaves the file exactly as it was.
    void failedWriteMidFileWritesNothing()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("refusing.db"));
        {
            auto db = Database::open(dbPath, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(importEntities(db.value(), dataPath(QStringLiteral("entities-utf8-bom.csv"))).ok());
            QVERIFY(db->execScript(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entity WHEN NEW.key = 'DK-1234' "
                                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                        .ok());
        }
        const QByteArray before = dumpHash(dbPath);
        const QString p = m_dir.filePath(QStringLiteral("refused.csv"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("单位名称,对象编码,所属管理局,监管类别\n");
        for (int i = 0; i < 60000; ++i)
            f.write(QStringLiteral("地块%1,DK-%1,南山,风险管控和修复地块\n").arg(i).toUtf8());
        f.close();
        auto db = Database::open(dbPath, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        const auto r = importEntities(db.value(), p);
        QVERIFY(!r.ok());
        QVERIFY(!r.written);
        QVERIFY(r.runtimeFailure);
        QVERIFY2(issues(r).contains(QStringLiteral("DK-1234")) && issues(r).contains(QStringLiteral("refused by the test")), qPrintable(issues(r)));
        QVERIFY2(r.rows < 60000, "reading stops once a write failed");
        db = Error{}; // close before comparing the file
        QCOMPARE(dumpHash(dbPath), before);
    }

    // "Unchanged" compares a file's row with the stored row through one hash of the stored bytes:
    // every fixture (dates from cells and text, grades, flags, counts, Chinese) reads as unchanged
    // the second time, and an edit of one field in the file as one update.
    void reimportOfEveryFixtureIsUnchanged()
    {
        for (const char *name : {"entities-gb18030.csv", "entities-utf8-bom.csv", "entities-tab.tsv", "entities-openpyxl.xlsx", "entities-1904.xlsx"}) {
            Database db = freshDb();
            const auto first = importEntities(db, dataPath(QString::fromLatin1(name)));
            QVERIFY2(first.ok() && first.added > 0, name);
            const auto again = importEntities(db, dataPath(QString::fromLatin1(name)));
            QVERIFY2(again.ok(), name);
            QCOMPARE(again.unchanged, first.added);
            QCOMPARE(again.added + again.updated, 0);
        }
        Database db = freshDb();
        QVERIFY(importEntities(db, dataPath(QStringLiteral("entities-utf8-bom.csv"))).ok());
        QFile in(dataPath(QStringLiteral("entities-utf8-bom.csv")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const QByteArray name = EntityRepository(db).list().value().first().name.toUtf8();
        QVERIFY(bytes.contains(name));
        bytes.replace(name, QByteArray(name + QByteArray("（改）")));
        const QString p = writeFile(QStringLiteral("renamed.csv"), bytes);
        const auto r = importEntities(db, p);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.added, 0);
    }

    void upsertCountsAndKeyListDate()
    {
        Database db = freshDb();
        QVERIFY(importEntities(db, dataPath(QStringLiteral("entities-gb18030.csv"))).ok());
        // The same file again: nothing changes.
        auto again = importEntities(db, dataPath(QStringLiteral("entities-gb18030.csv")));
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.added + again.updated, 0);
        // The key unit drops to 一般: it keeps the date it left the key list, on this and later imports.
        const QString p = writeFile(QStringLiteral("relist.csv"),
                                    "单位名称,统一社会信用代码,所属管理局,监管类别,监管级别\n深圳市示例电子有限公司,914403001922038216,南山,固定源,一般\n");
        auto r = importEntities(db, p);
        QCOMPARE(r.updated, 1);
        QCOMPARE(EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"))->removedDate, QDate(2025, 10, 15));
        m_clock.set(QDateTime(QDate(2026, 1, 10), QTime(9, 0)));
        r = importEntities(db, p);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"))->removedDate, QDate(2025, 10, 15));
        QCOMPARE(EntityRepository(db).count().value(), 4);

        // Issue 16: back on the key list, then removed again: the second removal starts its own
        // window, from the day of the import that changed the level (the program's clock).
        const QString back = writeFile(QStringLiteral("back.csv"),
                                       "单位名称,统一社会信用代码,所属管理局,监管类别,监管级别\n深圳市示例电子有限公司,914403001922038216,南山,固定源,重点\n");
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        QCOMPARE(importEntities(db, back).updated, 1);
        m_clock.set(QDateTime(QDate(2026, 8, 17), QTime(9, 0)));
        QCOMPARE(importEntities(db, p).updated, 1);
        QCOMPARE(EntityRepository(db).find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"))->removedDate, QDate(2026, 8, 17));
    }

    void inspectors()
    {
        Database db = freshDb();
        const auto r = InspectorImporter(db, m_clock).run(dataPath(QStringLiteral("inspectors.xlsx")), {});
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QCOMPARE(r.added, 3);
        const auto list = InspectorRepository(db).list(QStringLiteral("nanshan")).value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].conflicts, (QStringList{QStringLiteral("914403001922038216"), QStringLiteral("91440300587917503A")}));
        QVERIFY(!list[1].active);
        QVERIFY(InspectorRepository(db).list(QStringLiteral("baoan")).value().first().active); // empty means 是
        // A badge twice in one file is refused.
        const QString p = writeFile(QStringLiteral("dup-badge.csv"), "姓名,执法证号,所属管理局\n甲,X1,南山\n乙,X1,南山\n");
        const auto d = InspectorImporter(db, m_clock).run(p, {});
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(InspectorRepository(db).count().value(), 3);

        // Issue 16 item 9: the mobile-source division has a roster (移动源处) but no entities.
        const QString m = writeFile(QStringLiteral("division.csv"), "姓名,执法证号,所属管理局\n丙,M1,移动源处\n丁,M2,深圳市生态环境局移动源处\n");
        const auto mr = InspectorImporter(db, m_clock).run(m, {});
        QVERIFY2(mr.ok(), qPrintable(mr.toText()));
        QCOMPARE(InspectorRepository(db).list(QStringLiteral("mobile")).value().size(), 2);
        const QString e = writeFile(QStringLiteral("division-entity.csv"),
                                    "单位名称,统一社会信用代码,所属管理局,监管类别\n深圳市甲加油站,914403001922038216,移动源处,加油站\n");
        const auto er = importEntities(db, e);
        QCOMPARE(er.errorCount(), 1);
        QVERIFY2(er.toText().contains(QStringLiteral("移动源处")), qPrintable(er.toText()));
    }

    void templatesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("tpl.xlsx");
        QTest::newRow("csv") << QStringLiteral("tpl.csv");
    }
    void templatesRoundTrip()
    {
        QFETCH(QString, name);
        const QString p = m_dir.filePath(name);
        QVERIFY(writeTemplate(TemplateKind::Entities, p).ok());
        // The template's own example row imports cleanly.
        Database db = freshDb();
        const auto r = importEntities(db, p);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QCOMPARE(r.added, 1);
        if (name.endsWith(QLatin1String(".xlsx"))) {
            // Another program reads it too, and sees the drop-down lists.
            QProcess py;
            py.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.active; "
                                     "print(ws.max_row, ws['A1'].value, len(ws.data_validations.dataValidation), ws.freeze_panes)"),
                      p});
            QVERIFY(py.waitForFinished(30000));
            QCOMPARE(QString::fromUtf8(py.readAllStandardOutput()).trimmed(), QStringLiteral("2 单位名称 7 A2"));
        }
    }

    // Exports write text that looks like a formula as text, in .xlsx and in .csv.
    void formulaLikeTextStaysText()
    {
        QTemporaryDir dir;
        Table t;
        t.sheet = QStringLiteral("t");
        t.header = {QStringLiteral("名称"), QStringLiteral("数")};
        t.rows << QList<QVariant>{QStringLiteral("=HYPERLINK(\"http://x\")"), 3} << QList<QVariant>{QStringLiteral("@SUM(A1)"), 4.5};
        const QString xlsx = dir.filePath(QStringLiteral("t.xlsx")), csv = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(writeTable(xlsx, t).ok());
        QVERIFY(writeTable(csv, t).ok());
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"),
                                                      QStringLiteral("import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active; "
                                                                     "print(ws['A2'].data_type, ws['A2'].value, ws['B3'].data_type, ws['B3'].value)"),
                                                      xlsx});
        py.waitForFinished(60000);
        QCOMPARE(QString::fromUtf8(py.readAllStandardOutput()).trimmed(), QStringLiteral("s =HYPERLINK(\"http://x\") n 4.5"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(bytes.contains("'@SUM(A1),4.5"));
        QVERIFY(!writeTable(dir.filePath(QStringLiteral("t.txt")), t).ok());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
