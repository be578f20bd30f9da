// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "store/Database.h"
#include "store/EntityRepository.h"
#include "store/FactRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <sqlite3.h>

using namespace suiji;
using namespace suiji::test;

class TestDatabase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static void writeFile(const QString &p, const QByteArray &bytes)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void createsMissingFile()
    {
        auto db = Database::open(path("sub/dir/new.db"), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bureau")) && q.next());
        QCOMPARE(q.value(0).toInt(), 12); // the eleven districts and the mobile-source division
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db->lastBackup().isEmpty());
    }

    void migratesEmptyFile()
    {
        const QString p = path("empty.db");
        writeFile(p, {});
        auto db = Database::open(p, Database::Mode::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db->db());
        for (const char *table : {"entity", "inspector", "inspector_conflict", "quarter_inspectors", "rule_profile", "draw", "draw_pool", "draw_selection",
                                  "task", "task_event", "holiday"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)));
        }
    }

    void opensV1FileKeepingData()
    {
        const QString p = path("v1.db");
        QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v1.db")), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(p, Database::Mode::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        // A file at an older schema is backed up before it is touched; a current one is not.
        QCOMPARE(db->lastBackup().isEmpty(), Database::kSchemaVersion == 1);
        EntityRepository entities(db.value());
        QCOMPARE(entities.count().value(), 2);
        const auto e = entities.find(QStringLiteral("fixed"), QStringLiteral("914403001922038216"));
        QVERIFY(e.has_value());
        QCOMPARE(e->name, QStringLiteral("深圳市示例电子有限公司"));
        QCOMPARE(e->credit, QStringLiteral("良好"));
        QCOMPARE(e->complaints, 3);
        InspectorRepository inspectors(db.value());
        const auto list = inspectors.list(QStringLiteral("nanshan")).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().conflicts, QStringList{QStringLiteral("914403001922038216")});
        QCOMPARE(inspectors.storedCount(QStringLiteral("nanshan"), {2025, 3}).value(), std::optional<int>(40));
    }

    // Schema 2: tasks name their entity by (category, key). A v1 task gets its entity's category
    // from the entity list on upgrade, so the ledger still shows the name; the key-only index goes.
    void upgradeGivesV1TasksTheirCategory()
    {
        const QString p = path("v1-task.db");
        QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v1.db")), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        {
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
            // One task for an entity on the list, one for a key no longer on it.
            QCOMPARE(sqlite3_exec(h,
                                  "INSERT INTO task(quarter, bureau, pool, entity_key, origin, seq, month, mode) VALUES"
                                  "('2025Q3', 'nanshan', 'outfall', 'RHPWK-440305-0001', 'random', 1, 7, 'onsite'),"
                                  "('2025Q3', 'nanshan', 'fixed_general', '91440300MA5GONE00X', 'random', 2, 7, 'onsite')",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(h);
        }
        auto db = Database::open(p, Database::Mode::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QVERIFY(!db->lastBackup().isEmpty());
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT entity_key, entity_category FROM task ORDER BY seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("outfall"));
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'entity_key'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const QList<LedgerTask> tasks = TaskRepository(db.value()).list({2025, 3}, QStringLiteral("nanshan")).value();
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks.at(0).name, QStringLiteral("南山蛇口入海排污口1"));
        QVERIFY(tasks.at(1).name.isEmpty());
    }

    // Schema 6: a schema-4 file's facts (drawn elsewhere, a report submitted, an assigned target
    // and its inspections) get their first chain record on upgrade, the chain's records keep their
    // ids and hashes (freeze_snapshot and draw still point at them), and verify passes; the kinds
    // of chain_record now include "fact".
    void upgradeFromV4ChainsItsFacts()
    {
        const QString p = path("v4.db");
        {
            QString script;
            for (const char *f : {"001_initial.sql", "002_task_entity_category.sql", "003_chain.sql", "004_clues_prior_draws_deadlines.sql"}) {
                QFile sql(QStringLiteral(":/sql/") + QLatin1String(f));
                QVERIFY(sql.open(QIODevice::ReadOnly));
                script += QString::fromUtf8(sql.readAll()) + QLatin1Char('\n');
            }
            script +=
                QStringLiteral("INSERT INTO bureau VALUES ('nanshan', '南山', 'Nanshan', '440305', 3);"
                               "INSERT INTO chain_record(id, bureau, seq, kind, quarter, canonical_json, prev_hash, record_hash) VALUES "
                               "(7, 'nanshan', 1, 'freeze', '2025Q3', '{\"kind\":\"freeze\"}', '%1', 'aa');"
                               "INSERT INTO freeze_snapshot VALUES (7, '{}');"
                               "INSERT INTO prior_draw VALUES ('nanshan', 2025, 'fixed.key', 20);"
                               "INSERT INTO deadline_done VALUES ('', 2025, 'year-summary', '2025-11-28');"
                               "INSERT INTO assigned_target VALUES ('nanshan', 2025, '深圳蓝新车检查', 40, NULL, '2025-12-15');"
                               "INSERT INTO assigned_done(bureau, year, item, count, done_on) VALUES ('nanshan', 2025, '深圳蓝新车检查', 12, '2025-08-05');"
                               "PRAGMA user_version = 4;")
                    .arg(QString(64, QLatin1Char('0')));
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
            char *err = nullptr;
            const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &err);
            QVERIFY2(rc == SQLITE_OK, err);
            sqlite3_close(h);
        }
        auto db = Database::open(p, Database::Mode::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, record_hash FROM chain_record WHERE bureau = 'nanshan' AND kind = 'freeze'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        QCOMPARE(q.value(1).toString(), QStringLiteral("aa"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT bureau, canonical_json FROM chain_record WHERE kind = 'fact' ORDER BY id")));
        QStringList facts;
        while (q.next())
            facts << q.value(0).toString() + QLatin1Char(' ') +
                         QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(QStringLiteral("fact")).toString();
        QCOMPARE(facts, (QStringList{QStringLiteral("nanshan assigned_done"), QStringLiteral("nanshan assigned_target"), QStringLiteral("city deadline_done"),
                                     QStringLiteral("nanshan prior_draw")}));
        // Each fact record's state is what the file holds.
        auto current = FactRepository(db.value()).current();
        QVERIFY(current.ok());
        QCOMPARE(current->value(QStringLiteral("prior_draw|nanshan|2025|fixed.key")).state.value(QStringLiteral("count")).toInt(), 20);
        // The immutability triggers came back with the rebuilt table.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM chain_record WHERE id = 7")));
    }

    // Schema 8 rebuilds the case table of schema 7 with its CHECKs as comparisons: a schema-7
    // file's cases keep their ids and records, and the rules still hold (no unknown state, mode or
    // outcome, one number per source).
    void upgradeFromV7KeepsTheCases()
    {
        const QString p = path("v7.db");
        {
            QString script;
            for (const QString &f : QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("00[1-7]_*.sql")}, QDir::Files)) {
                QFile sql(QStringLiteral(":/sql/") + f);
                QVERIFY(sql.open(QIODevice::ReadOnly));
                script += QString::fromUtf8(sql.readAll()) + QLatin1Char('\n');
            }
            script += QStringLiteral("INSERT INTO enforcement_case(id, source, number, level, name, bureau, received_at, imported_at, state, team, outcome) "
                                     "VALUES (41, '智慧环保平台', 'R-1', '红', '甲', 'yantian', '2025-09-30T16:00:00', '2025-10-01T09:00:00', 'handled', "
                                     "'19030001,19030002', '立案处罚'); PRAGMA user_version = 7;");
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
            char *err = nullptr;
            const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &err);
            QVERIFY2(rc == SQLITE_OK, err);
            sqlite3_close(h);
        }
        auto db = Database::open(p, Database::Mode::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, state, team, outcome, received_at FROM enforcement_case")) && q.next());
        QCOMPARE(q.value(0).toInt(), 41);
        QCOMPARE(q.value(1).toString(), QStringLiteral("handled"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("19030001,19030002"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("立案处罚"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("2025-09-30T16:00:00"));
        QVERIFY(!q.next());
        q.finish();
        for (const char *bad :
             {"UPDATE enforcement_case SET state = 'lost'", "UPDATE enforcement_case SET mode = 'phone'", "UPDATE enforcement_case SET outcome = '罚款'",
              "INSERT INTO enforcement_case(source, number, name, bureau, received_at, imported_at) VALUES ('智慧环保平台', 'R-1', '乙', "
              "'yantian', '2025-10-01T00:00:00', '2025-10-01T00:00:00')"})
            QVERIFY2(!q.exec(QString::fromUtf8(bad)), bad);
        QVERIFY(q.exec(QStringLiteral("UPDATE enforcement_case SET state = 'closed', mode = 'offsite', outcome = '移送'")));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enforcement_case' AND sql IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("enforcement_case_bureau"));
    }

    void refusesNewerSchema()
    {
        const QString p = path("newer.db");
        {
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
            QCOMPARE(sqlite3_exec(h, "CREATE TABLE future(x); PRAGMA user_version=99;", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(h);
        }
        const QByteArray before = fileSha256(p);
        auto db = Database::open(p, Database::Mode::CreateIfMissing);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("99")), qPrintable(db.message()));
        QVERIFY(db.message().contains(QStringLiteral("newer")) || db.message().contains(QStringLiteral("更新")));
        QCOMPARE(fileSha256(p), before);
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
    }

    void refusesNonDatabase()
    {
        const QString p = path("notes.db");
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) & 0xFF));
        writeFile(p, junk);
        const QByteArray before = fileSha256(p);
        auto db = Database::open(p, Database::Mode::CreateIfMissing);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("SQLite")), qPrintable(db.message()));
        QCOMPARE(fileSha256(p), before);
    }

    void refusesForeignSqliteDatabase()
    {
        const QString p = path("other.sqlite");
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        const QByteArray before = fileSha256(p);
        auto db = Database::open(p, Database::Mode::CreateIfMissing);
        QVERIFY(!db.ok());
        QCOMPARE(fileSha256(p), before);
    }

    // Another program writing: opening and reading go on (WAL readers are never blocked); a write
    // waits for the lock, gives up after the busy timeout with a message, and works once released.
    void writerWaitsForLock()
    {
        const QString p = path("locked.db");
        {
            auto db = Database::open(p, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
        }
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "BEGIN IMMEDIATE; INSERT INTO setting VALUES('a','b');", nullptr, nullptr, nullptr), SQLITE_OK);
        auto reader = Database::open(p, Database::Mode::ReadOnly, 200);
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QCOMPARE(EntityRepository(reader.value()).count().value(), 0);
        auto db = Database::open(p, Database::Mode::ReadWrite, 200);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QElapsedTimer waited;
        waited.start();
        Transaction tx(db.value());
        QVERIFY(!tx.ok());
        QVERIFY(waited.elapsed() >= 150); // it waited for the lock before giving up
        QVERIFY2(tx.error().contains(QStringLiteral("locked")) || tx.error().contains(QStringLiteral("占用")), qPrintable(tx.error()));
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        Transaction again(db.value());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again.commit().ok());
        sqlite3_close(h);
    }

    void refusesReadOnlyFile()
    {
        const QString p = path("readonly.db");
        {
            auto db = Database::open(p, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QSqlQuery(db->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QVERIFY(QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileSha256(p);
        auto db = Database::open(p, Database::Mode::CreateIfMissing);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("read-only")) || db.message().contains(QStringLiteral("只读")), qPrintable(db.message()));
        QCOMPARE(fileSha256(p), before);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Only an explicit create makes a file: a mistyped or moved path is an error, in every mode.
    void missingFileIsNeverCreated()
    {
        const QString p = path("nowhere/sub/x.db");
        for (auto mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite}) {
            auto db = Database::open(p, mode);
            QVERIFY(!db.ok());
            QVERIFY2(db.message().contains(QStringLiteral("does not exist")) || db.message().contains(QStringLiteral("不存在")), qPrintable(db.message()));
        }
        QVERIFY(!QFileInfo::exists(path("nowhere")));
        QVERIFY(!Database::open(m_dir.path(), Database::Mode::ReadWrite).ok()); // a folder is not a database
    }

    // A file moved, deleted or replaced under an open connection: every write is refused with a
    // message that says so, and a background job cannot open "the same file" any more.
    void movedOrReplacedFileRefusesWrites()
    {
        const QString p = path("moving.db");
        auto db = Database::open(p, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(InspectorRepository(db.value()).saveCount(QStringLiteral("futian"), {2025, 1}, 5).ok());
        const Database::Location where = db->location();
        QVERIFY(Database::open(where, Database::Mode::ReadOnly).ok());

        // (Checkpointed first: a WAL left behind under the old name is SQLite's own hazard.)
        QVERIFY(QSqlQuery(db->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString moved = path("moved-away.db");
        QVERIFY(QFile::rename(p, moved));
        QVERIFY(!db->checkFile().ok());
        QVERIFY2(db->checkFile().message().contains(QStringLiteral("moved")) || db->checkFile().message().contains(QStringLiteral("移动")),
                 qPrintable(db->checkFile().message()));
        Transaction tx(db.value());
        QVERIFY(!tx.ok());
        QCOMPARE(tx.error(), db->checkFile().message());
        // An autocommit write is stopped too (by the commit hook), and nothing lands in the moved file.
        QVERIFY(!InspectorRepository(db.value()).saveCount(QStringLiteral("futian"), {2025, 2}, 6).ok());
        auto job = Database::open(where, Database::Mode::ReadWrite);
        QVERIFY(!job.ok());
        QVERIFY(!QFileInfo::exists(p)); // not recreated

        // Another database put in its place: not "the same file" either.
        {
            auto other = Database::open(p, Database::Mode::CreateIfMissing);
            QVERIFY(other.ok());
        }
        const QByteArray otherBefore = dumpHash(p);
        auto replaced = Database::open(where, Database::Mode::ReadWrite);
        QVERIFY(!replaced.ok());
        QVERIFY2(replaced.message().contains(QStringLiteral("replaced")) || replaced.message().contains(QStringLiteral("替换")),
                 qPrintable(replaced.message()));
        QVERIFY(!InspectorRepository(db.value()).saveCount(QStringLiteral("futian"), {2025, 3}, 7).ok());
        db.value().close();
        QCOMPARE(dumpHash(p), otherBefore);
        auto back = Database::open(moved, Database::Mode::ReadOnly);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(InspectorRepository(back.value()).storedCount(QStringLiteral("futian"), {2025, 1}).value(), std::optional<int>(5));
        QCOMPARE(InspectorRepository(back.value()).storedCount(QStringLiteral("futian"), {2025, 2}).value(), std::nullopt);
    }

    void readOnlyConnectionWritesNothing()
    {
        const QString p = path("ro.db");
        {
            auto db = Database::open(p, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QSqlQuery(db->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileSha256(p);
        auto db = Database::open(p, Database::Mode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY(db->readOnly());
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        Transaction tx(db.value());
        QVERIFY(!tx.ok());
        QVERIFY(!InspectorRepository(db.value()).saveCount(QStringLiteral("futian"), {2025, 1}, 5).ok());
        db.value().close();
        QCOMPARE(fileSha256(p), before);
        // An empty file or an older schema cannot be read as it is: said, not "no data".
        writeFile(path("ro-empty.db"), {});
        QVERIFY(!Database::open(path("ro-empty.db"), Database::Mode::ReadOnly).ok());
        const QString v1 = path("ro-v1.db");
        QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v1.db")), v1));
        auto old = Database::open(v1, Database::Mode::ReadOnly);
        QVERIFY(!old.ok());
        QVERIFY2(old.message().contains(QStringLiteral("schema 1")) || old.message().contains(QStringLiteral("版本 1")), qPrintable(old.message()));
    }

    // A committed draw or ledger entry is a legal record: WAL with synchronous=FULL, so a power
    // cut cannot take back a commit that was reported.
    void writersSyncEveryCommit()
    {
        auto db = Database::open(path("sync.db"), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // The file is opened through SQLite's URI form: a Chinese name, spaces, #, ? and % in the path
    // must reach the same file.
    void unusualPathsOpenTheSameFile()
    {
        const QString p = m_dir.filePath(QStringLiteral("台账 2025 #1 ?50% 福田.db"));
        {
            auto db = Database::open(p, Database::Mode::CreateIfMissing);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            QVERIFY(InspectorRepository(db.value()).saveCount(QStringLiteral("futian"), {2025, 3}, 9).ok());
        }
        QVERIFY(QFileInfo::exists(p));
        for (auto mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite}) {
            auto again = Database::open(p, mode);
            QVERIFY2(again.ok(), qPrintable(again.message()));
            QCOMPARE(InspectorRepository(again.value()).storedCount(QStringLiteral("futian"), {2025, 3}).value(), std::optional<int>(9));
        }
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.db")}).filter(QStringLiteral("台账")).size(), 1); // no stray file under another name
    }

    void committedDrawsAreImmutable()
    {
        auto db = Database::open(path("draws.db"), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QSqlQuery q(db->db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO draw(quarter, bureau, pool, context, seed, k, pool_fp, result_fp, profile_hash, operator, "
                                       "created_at, canonical_json, prev_hash, record_hash) VALUES('2025Q3','nanshan','fixed.key','c','s',1,"
                                       "'p','r','h','o','t','{}','0','x')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO draw_selection VALUES(1, 'random', 0, 'K')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE draw SET seed = 'other'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM draw")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE draw_selection SET key = 'L'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM draw_selection")));
        QVERIFY(q.exec(QStringLiteral("SELECT seed FROM draw")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("s"));
    }

    void transactionRollsBack()
    {
        auto db = Database::open(path("tx.db"), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        {
            Transaction tx(db.value());
            QVERIFY(tx.ok());
            InspectorRepository(db.value()).saveCount(QStringLiteral("futian"), {2025, 1}, 12);
        } // not committed
        QCOMPARE(InspectorRepository(db.value()).storedCount(QStringLiteral("futian"), {2025, 1}).value(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
