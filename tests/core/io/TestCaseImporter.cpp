// SPDX-License-Identifier: GPL-3.0-or-later
// io/CaseImporter on real files (CSV written here, .xlsx by openpyxl): the platforms' wordings and
// synonyms, linking to the entity list, every malformed row named with its column and nothing
// written, and a re-import that updates by (来源, 编号) without touching the workbench's record.

#include "ListFixtures.h"
#include "io/CaseImporter.h"
#include "ledger/CaseService.h"
#include "store/CaseRepository.h"

#include <QFile>

namespace {
void write(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}
const char *kHeader = "来源,编号,预警级别,类型,单位名称,统一社会信用代码,所属管理局,接收时间,内容,办结期限\n";
} // namespace

class TestCaseImporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 7, 10), QTime(9, 0), Qt::UTC)};
    QString m_key;

    ImportReport import(const QString &name, const QString &text, bool dryRun = false)
    {
        const QString path = m_dir.filePath(name);
        write(path, text);
        ImportOptions o;
        o.dryRun = dryRun;
        return CaseImporter(*m_db, m_clock).run(path, o);
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        const QList<Entity> list = yantianEntities(3, QStringLiteral("fixed"), QLatin1Char('K'), QStringLiteral("key"));
        QVERIFY(storeLists(*m_db, list, yantianRoster(4, QStringLiteral("1903"))).ok());
        m_key = list.first().key;
    }

    void importsThePlatformsWordings()
    {
        const ImportReport r =
            import(QStringLiteral("alerts.csv"),
                   QString::fromUtf8(kHeader) + QStringLiteral("智慧环保平台,YJ2025-0001,红色,超标,甲公司,%1,盐田,2025-07-03 14:05,COD 超标,\n"
                                                               "国发平台,GF-77,三级,断线,乙厂,,盐田区,2025/7/4,,\n"
                                                               "涉VOCs企业工况监控,VOC-1,二级,异常,丙厂,,yantian,2025年7月5日,,\n"
                                                               "12345投诉,TS-1,,投诉,丁店,,盐田,2025-07-06,噪声,\n"
                                                               "转办交办,ZB-9,,,戊公司,,盐田,2025-07-06,,2025-07-20\n")
                                                    .arg(m_key.toLower())); // a lower-case USCC is normalised
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QCOMPARE(r.added, 5);
        auto all = CaseRepository(*m_db).list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5);
        const CaseItem &red = all->at(0);
        QCOMPARE(red.ref(), QStringLiteral("智慧环保平台:YJ2025-0001"));
        QCOMPARE(red.level, QStringLiteral("红"));
        QCOMPARE(red.key, m_key); // linked to the entity list
        QCOMPARE(red.receivedIso(), QStringLiteral("2025-07-03T14:05:00"));
        QCOMPARE(red.state, QStringLiteral("pending"));
        QCOMPARE(all->at(1).level, QStringLiteral("黄"));
        QVERIFY(all->at(1).key.isEmpty());
        QCOMPARE(all->at(2).source, QStringLiteral("VOCs工况监控"));
        QCOMPARE(all->at(2).level, QStringLiteral("橙"));
        QCOMPARE(all->at(3).source, QStringLiteral("投诉举报"));
        QCOMPARE(all->at(4).dueGiven, QDate(2025, 7, 20));
    }

    void xlsxFromOpenpyxl()
    {
        const QString path = m_dir.filePath(QStringLiteral("alerts.xlsx"));
        test::python(R"PY(
import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["来源平台", "预警编号", "级别", "企业名称", "辖区", "预警时间"])
ws.append(["省物联网平台", "WL-1", "黄色", "己厂", "盐田", datetime.datetime(2025, 7, 8, 9, 30)])
wb.save(sys.argv[1])
)PY",
                     {path});
        QVERIFY(QFile::exists(path));
        const ImportReport r = CaseImporter(*m_db, m_clock).run(path, ImportOptions{});
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        auto c = CaseRepository(*m_db).find(QStringLiteral("省物联网平台:WL-1"));
        QVERIFY(c.ok() && c.value());
        QCOMPARE(c.value()->received.date(), QDate(2025, 7, 8));
    }

    void everyBadRowIsNamedAndNothingIsWritten()
    {
        const QByteArray before = test::dumpHash(m_db->path());
        const ImportReport r =
            import(QStringLiteral("bad.csv"),
                   QString::fromUtf8(kHeader) + QStringLiteral("某平台,X-1,红,,甲,,盐田,2025-07-03,,\n"                      // unknown source
                                                               "国发平台,,红,,甲,,盐田,2025-07-03,,\n"                       // no number
                                                               "国发平台,GF-1,,,甲,,盐田,2025-07-03,,\n"                     // alert without a level
                                                               "投诉举报,T-1,红,,甲,,盐田,2025-07-03,,\n"                    // complaint with a level
                                                               "国发平台,GF-2,紫,,甲,,盐田,2025-07-03,,\n"                   // no such level
                                                               "国发平台,GF-3,红,,,,盐田,2025-07-03,,\n"                     // no name
                                                               "国发平台,GF-4,红,,甲,,火星,2025-07-03,,\n"                   // no such bureau
                                                               "国发平台,GF-5,红,,甲,,盐田,明天,,\n"                         // not a date
                                                               "国发平台,GF-6,红,,甲,,盐田,2025-08-01,,\n"                   // in the future
                                                               "转办交办,Z-1,,,甲,,盐田,2025-07-03,,2025-07-01\n"            // due before receipt
                                                               "国发平台,GF-7,红,,甲,914403000000000000,盐田,2025-07-03,,\n" // bad check character
                                                               "国发平台,GF-8,红,,甲,,盐田,2025-07-03,,\n"
                                                               "国发平台,GF-8,红,,甲,,盐田,2025-07-03,,\n")); // twice
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCount(), 12);
        QStringList rowsAndColumns;
        for (const ImportIssue &i : r.issues)
            rowsAndColumns << QStringLiteral("%1:%2").arg(i.row).arg(i.column);
        for (const char *expected : {"2:来源", "3:编号", "4:预警级别", "5:预警级别", "6:预警级别", "7:单位名称", "8:所属管理局", "9:接收时间", "10:接收时间",
                                     "11:办结期限", "12:统一社会信用代码", "14:编号"})
            QVERIFY2(rowsAndColumns.contains(QString::fromUtf8(expected)), qPrintable(rowsAndColumns.join(QLatin1Char(' '))));
        QCOMPARE(test::dumpHash(m_db->path()), before);
    }

    // A re-import of the same export, corrected at the source, updates the imported fields and
    // keeps what the bureau recorded: the team, the state.
    void reimportUpdatesAndKeepsTheRecord()
    {
        auto cal = WorkCalendar::load(*m_db);
        QVERIFY(cal.ok());
        const CaseService service(*m_db, RuleProfile::shipped(), cal.value(), m_clock);
        auto a = service.assign(QStringLiteral("智慧环保平台:YJ2025-0001"), {}, {}, QStringLiteral("科长"));
        QVERIFY2(a.ok(), qPrintable(a.message()));
        const ImportReport r =
            import(QStringLiteral("again.csv"),
                   QString::fromUtf8(kHeader) + QStringLiteral("智慧环保平台,YJ2025-0001,红色,超标,甲公司（更正）,%1,盐田,2025-07-03 14:05,COD 超标,\n"
                                                               "国发平台,GF-77,三级,断线,乙厂,,盐田区,2025/7/4,,\n")
                                                    .arg(m_key));
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 1);
        auto c = CaseRepository(*m_db).find(QStringLiteral("智慧环保平台:YJ2025-0001"));
        QVERIFY(c.ok() && c.value());
        QCOMPARE(c.value()->name, QStringLiteral("甲公司(更正)")); // full-width brackets made half-width, as in every import
        QCOMPARE(c.value()->state, QStringLiteral("assigned"));
        QCOMPARE(c.value()->team, a->team);
        auto all = CaseRepository(*m_db).list();
        QCOMPARE(all->size(), 6); // never duplicated
    }
};

QTEST_GUILESS_MAIN(TestCaseImporter)
#include "TestCaseImporter.moc"
