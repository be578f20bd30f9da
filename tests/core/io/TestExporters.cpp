// SPDX-License-Identifier: GPL-3.0-or-later
// io/Exporters in-process on a demo database, read back with Python's csv module and counted
// against the sqlite3 shell: the entity list as filtered (every row, with its class), the
// ledger (one row per task, teams by name) and the publicity sheet (its fixed Chinese columns).

#include "TestSupport.h"
#include "io/Exporters.h"
#include "store/ProfileRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace suiji;

namespace {
const char *kReadCsv = R"PY(
import csv, json, sys
print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))), ensure_ascii=False))
)PY";

QJsonArray readCsv(const QString &path)
{
    return QJsonDocument::fromJson(test::python(kReadCsv, {path})).array();
}
} // namespace

class TestExporters : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    std::optional<RuleProfile> m_profile;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto demo = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                                  QStringLiteral("--scale"), QStringLiteral("0.05")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        auto db = Database::open(m_path, Database::Mode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        auto p = ProfileRepository(*m_db).active();
        QVERIFY(p.ok());
        m_profile = p.value();
    }

    void entitiesAsFiltered()
    {
        EntityFilter f;
        f.bureau = QStringLiteral("yantian");
        f.limit = 10; // the page shows 10; the export holds every row
        const QString out = m_dir.filePath(QStringLiteral("entities.csv"));
        auto n = Exporters(*m_db, *m_profile).entities(f, Quarter{2025, 3}, out);
        QVERIFY2(n.ok(), qPrintable(n.message()));
        const int expected = test::sqlite(m_path, QStringLiteral("SELECT count(*) FROM entity WHERE bureau = 'yantian'")).toInt();
        QVERIFY(expected > 10);
        QCOMPARE(n.value(), expected);
        const QJsonArray rows = readCsv(out);
        QCOMPARE(rows.size(), expected + 1);
        const QJsonArray header = rows.at(0).toArray();
        const int classCol = int(header.toVariantList().indexOf(QStringLiteral("Class")));
        const int keyCol = int(header.toVariantList().indexOf(QStringLiteral("USCC / code")));
        QVERIFY(classCol > 0 && keyCol == 0);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(!rows.at(i).toArray().at(classCol).toString().isEmpty(), qPrintable(rows.at(i).toArray().at(keyCol).toString()));
        // The text filter narrows it the same way as the page's search box.
        const QString firstKey = rows.at(1).toArray().at(keyCol).toString();
        f.text = firstKey;
        QCOMPARE(Exporters(*m_db, *m_profile).entities(f, Quarter{2025, 3}, m_dir.filePath(QStringLiteral("one.csv"))).value(), 1);
        // Without a quarter there is no class to give.
        f.text.clear();
        QVERIFY(Exporters(*m_db, *m_profile).entities(f, Quarter{}, m_dir.filePath(QStringLiteral("noclass.csv"))).ok());
        QVERIFY(readCsv(m_dir.filePath(QStringLiteral("noclass.csv"))).at(1).toArray().at(classCol).toString().isEmpty());
    }

    void ledgerOneRowPerTaskWithNames()
    {
        const QString out = m_dir.filePath(QStringLiteral("ledger.csv"));
        auto n = Exporters(*m_db, *m_profile).ledger(Quarter{2025, 3}, QStringLiteral("futian"), out);
        QVERIFY2(n.ok(), qPrintable(n.message()));
        const int tasks = test::sqlite(m_path, QStringLiteral("SELECT count(*) FROM task WHERE bureau = 'futian' AND quarter = '2025Q3'")).toInt();
        QVERIFY(tasks > 0);
        QCOMPARE(n.value(), tasks);
        const QJsonArray rows = readCsv(out);
        QCOMPARE(rows.size(), tasks + 1);
        const int teamCol = int(rows.at(0).toArray().toVariantList().indexOf(QStringLiteral("Inspectors")));
        QVERIFY(teamCol >= 0);
        const QString someName = test::sqlite(m_path, QStringLiteral("SELECT name FROM inspector WHERE bureau = 'futian' ORDER BY badge LIMIT 1"));
        bool seen = false;
        for (int i = 1; i < rows.size(); ++i)
            seen = seen || rows.at(i).toArray().at(teamCol).toString().contains(someName);
        QVERIFY2(seen, qPrintable(someName)); // teams by name, not by badge
    }

    void publicityHasThePlatformsColumns()
    {
        const QString out = m_dir.filePath(QStringLiteral("publicity.csv"));
        auto n = Exporters(*m_db, *m_profile).publicity(Quarter{2025, 3}, QStringLiteral("futian"), out);
        QVERIFY2(n.ok(), qPrintable(n.message()));
        const QJsonArray header = readCsv(out).at(0).toArray();
        QCOMPARE(header.at(0).toString(), QStringLiteral("抽查计划编号"));
        QCOMPARE(header.at(1).toString(), QStringLiteral("抽查计划名称"));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "TestExporters.moc"
