// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: `backup --out` is a checked, self-contained copy of the committed state (also while
// another program writes); automatic backups before each import and committed draw, the newest
// ten kept; `restore` refuses a damaged or foreign file and leaves the database as it was, and
// keeps the file it replaces; a disk that fills up during an import is named in plain words.

#include "TestSupport.h"
#include "io/EntityImporter.h"
#include "store/Backups.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>
#include <sqlite3.h>

using namespace suiji;
using namespace suiji::test;

namespace {
QStringList withDb(const QString &db, const QStringList &args)
{
    return QStringList{QStringLiteral("--db"), db} + args;
}

// Overwrites PAGES pages from the middle of the file with bytes that are no b-tree page.
bool damage(const QString &path, int pages)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = f.size();
    const qint64 pageSize = 16384;
    if (size < pageSize * (pages + 4))
        return false;
    f.seek((size / pageSize / 2) * pageSize);
    return f.write(QByteArray(pageSize * pages, '\xA5')) == pageSize * pages;
}

QJsonArray backupList(const QString &db)
{
    const CliRun r = runCli(withDb(db, {QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--json")}));
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
}
} // namespace

class TestBackups : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = file(QStringLiteral("demo.db"));
        const CliRun r =
            runCli(withDb(m_demo, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--scale"), QStringLiteral("0.05")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void backupIsACheckedSelfContainedCopy()
    {
        const QString out = file(QStringLiteral("copy.db"));
        const CliRun r = runCli(withDb(m_demo, {QStringLiteral("backup"), QStringLiteral("--out"), out}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("完整性检查")), r.err.constData());
        QCOMPARE(dumpHash(out), dumpHash(m_demo));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
        QCOMPARE(sqlite(out, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
        QCOMPARE(sqlite(out, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The copy is a Suiji database: verify passes on it.
        const CliRun v = runCli(withDb(out, {QStringLiteral("verify")}));
        QVERIFY2(v.exitCode == 0, v.err.constData());

        // Never over an existing file.
        const QByteArray before = fileSha256(out);
        const CliRun again = runCli(withDb(m_demo, {QStringLiteral("backup"), QStringLiteral("--out"), out}));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("已存在")), again.err.constData());
        QCOMPARE(fileSha256(out), before);
    }

    // Another program holds a write transaction: the backup is of what is committed, and neither
    // waits for the other.
    void backupWhileAnotherProgramWrites()
    {
        const QString live = file(QStringLiteral("busy.db"));
        QVERIFY(Database::copyFile(m_demo, live).ok());
        {
            auto db = Database::open(live, Database::Mode::ReadWrite);
            QVERIFY2(db.ok(), qPrintable(db.message()));
        }
        const QByteArray committed = dumpHash(live);
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(live.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "BEGIN IMMEDIATE; DELETE FROM task;", nullptr, nullptr, nullptr), SQLITE_OK);
        const QString out = file(QStringLiteral("busy-copy.db"));
        const CliRun r = runCli(withDb(live, {QStringLiteral("backup"), QStringLiteral("--out"), out}), 20000);
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(h);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(dumpHash(out), committed);
        QVERIFY(sqlite(out, QStringLiteral("SELECT count(*) FROM task")).toInt() > 0);
    }

    void importsKeepTheNewestTenBackups()
    {
        const QString db = file(QStringLiteral("imports.db"));
        QCOMPARE(runCli(withDb(db, {QStringLiteral("init")})).exitCode, 0);
        const QByteArray empty = dumpHash(db);
        const QString list = dataPath(QStringLiteral("entities-utf8-bom.csv"));
        QByteArray afterFirst;
        for (int i = 1; i <= 12; ++i) {
            const CliRun r = runCli(withDb(db, {QStringLiteral("import"), QStringLiteral("entities"), list}));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            if (i == 1)
                afterFirst = dumpHash(db);
            if (i == 1) {
                const QJsonArray one = backupList(db);
                QCOMPARE(one.size(), 1);
                // The backup before the first import is the empty database.
                QCOMPARE(dumpHash(one.at(0).toObject().value(QStringLiteral("file")).toString()), empty);
            }
        }
        // A dry run writes nothing, so it makes no backup.
        QCOMPARE(runCli(withDb(db, {QStringLiteral("import"), QStringLiteral("entities"), list, QStringLiteral("--dry-run")})).exitCode, 0);
        const QJsonArray all = backupList(db);
        QCOMPARE(all.size(), Backups::kKept);
        QCOMPARE(all.first().toObject().value(QStringLiteral("number")).toInt(), 12);
        QCOMPARE(all.last().toObject().value(QStringLiteral("number")).toInt(), 3);
        for (const QJsonValue &v : all) {
            QCOMPARE(v.toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("import"));
            QVERIFY(v.toObject().value(QStringLiteral("bytes")).toInteger() > 0);
        }
        QCOMPARE(QDir(Backups(db).folder()).entryList(QDir::Files).size(), Backups::kKept);
        // The newest is the file as it was before the twelfth import (the same lists as after the first).
        QCOMPARE(dumpHash(all.first().toObject().value(QStringLiteral("file")).toString()), afterFirst);
        const CliRun listed = runCli(withDb(db, {QStringLiteral("backup"), QStringLiteral("--list")}));
        QVERIFY2(QString::fromUtf8(listed.out).contains(QStringLiteral("导入前")), listed.out.constData());
    }

    void aCommittedDrawIsBackedUpFirst()
    {
        const QString db = file(QStringLiteral("draw.db"));
        QVERIFY(Database::copyFile(m_demo, db).ok());
        const QString q = QStringLiteral("2025Q4"), b = QStringLiteral("yantian");
        CliRun r = runCli(withDb(db, {QStringLiteral("draw"), QStringLiteral("freeze"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), b}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray beforeCommit = dumpHash(db);
        r = runCli(withDb(db, {QStringLiteral("draw"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), b, QStringLiteral("--seed"),
                               QStringLiteral("20251001"), QStringLiteral("--commit")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray all = backupList(db);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("commit"));
        QCOMPARE(dumpHash(all.first().toObject().value(QStringLiteral("file")).toString()), beforeCommit);
    }

    void restoreBringsBackTheBackupAndKeepsTheFileItReplaces()
    {
        const QString db = file(QStringLiteral("restore.db"));
        QVERIFY(Database::copyFile(m_demo, db).ok());
        const QString saved = file(QStringLiteral("restore-saved.db"));
        QCOMPARE(runCli(withDb(db, {QStringLiteral("backup"), QStringLiteral("--out"), saved})).exitCode, 0);
        const QByteArray original = dumpHash(db);
        // A change after the backup, by someone editing the file outside Suiji.
        sqlite(db, QStringLiteral("UPDATE entity SET name = name || '（改）' WHERE id IN (SELECT id FROM entity ORDER BY id LIMIT 3)"));
        const QByteArray changed = dumpHash(db);
        QVERIFY(changed != original);

        const CliRun r = runCli(withDb(db, {QStringLiteral("restore"), saved}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(dumpHash(db), original);
        QCOMPARE(sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(runCli(withDb(db, {QStringLiteral("verify")})).exitCode, 0);
        // The file as it was before the restore is the newest backup.
        const QJsonArray all = backupList(db);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("restore"));
        QCOMPARE(dumpHash(all.first().toObject().value(QStringLiteral("file")).toString()), changed);

        // Into a path that names no file yet: the backup becomes that file.
        const QString fresh = file(QStringLiteral("fresh/restored.db"));
        QDir().mkpath(QFileInfo(fresh).absolutePath());
        const CliRun n = runCli(withDb(fresh, {QStringLiteral("restore"), saved}));
        QVERIFY2(n.exitCode == 0, n.err.constData());
        QCOMPARE(dumpHash(fresh), original);
        QCOMPARE(sqlite(fresh, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    }

    void restoreRefusesADamagedOrForeignFile()
    {
        const QString db = file(QStringLiteral("refuse.db"));
        QVERIFY(Database::copyFile(m_demo, db).ok());
        {
            auto d = Database::open(db, Database::Mode::ReadWrite);
            QVERIFY(d.ok());
        }
        const QByteArray before = dumpHash(db);
        const QString bad = file(QStringLiteral("damaged-copy.db"));
        QVERIFY(Database::copyFile(m_demo, bad).ok());
        QVERIFY(damage(bad, 4));
        const CliRun r = runCli(withDb(db, {QStringLiteral("restore"), bad}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QStringLiteral("损坏")), r.err.constData());
        QCOMPARE(dumpHash(db), before);

        const QString text = file(QStringLiteral("notes.db"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QByteArray(40000, 'x'));
        t.close();
        const CliRun f = runCli(withDb(db, {QStringLiteral("restore"), text}));
        QCOMPARE(f.exitCode, 3);
        QCOMPARE(dumpHash(db), before);
        QVERIFY(backupList(db).isEmpty()); // nothing was replaced, so nothing needed keeping
    }

    void newestSoundBackupSkipsADamagedOne()
    {
        const QString db = file(QStringLiteral("sound.db"));
        QVERIFY(Database::copyFile(m_demo, db).ok());
        auto opened = Database::open(db, Database::Mode::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        const Backups backups(db);
        const QDateTime at(QDate(2025, 9, 15), QTime(10, 0));
        auto first = backups.make(opened.value(), QStringLiteral("import"), at);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        auto second = backups.make(opened.value(), QStringLiteral("commit"), at);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QVERIFY(damage(second->path, 4));
        auto sound = backups.newestSound();
        QVERIFY(sound.ok());
        QVERIFY(sound->has_value());
        QCOMPARE(sound->value().path, first->path);
        QCOMPARE(sound->value().number, 1);
    }

    // The disk fills up in the middle of an import (SQLite's page limit stands in for the disk):
    // the message says so in words and the database is as it was.
    void aFullDiskDuringAnImportIsNamed()
    {
        const QString path = file(QStringLiteral("full.db"));
        QByteArray before;
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            before = dumpHash(path);
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            const int pages = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
            q.finish();
            // A list of 3,000 entities needs far more than one more page.
            const QString csv = file(QStringLiteral("big.csv"));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,code,bureau,category,level,industry,street,address\n");
            for (int i = 0; i < 3000; ++i)
                f.write(
                    QStringLiteral("深圳市测试企业%1有限公司,NS-TEST-%1,南山,固定源,一般,电子元件制造,粤海,深圳市南山区粤海街道测试路%1号\n").arg(i).toUtf8());
            f.close();
            qputenv("SUIJI_NO_AUTO_BACKUP", "1");
            const ImportReport r = EntityImporter(db.value()).run(csv, ImportOptions{});
            QVERIFY(!r.written);
            QVERIFY(r.runtimeFailure);
            QString all;
            for (const auto &issue : r.issues)
                all += issue.message + QLatin1Char('\n');
            QVERIFY2(all.contains(QStringLiteral("disk is full")) || all.contains(QStringLiteral("磁盘已满")), qPrintable(all));
            QVERIFY2(all.contains(path), qPrintable(all));
        }
        QCOMPARE(dumpHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
