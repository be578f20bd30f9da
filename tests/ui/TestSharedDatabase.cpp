// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench and other programs on one file: a suiji-cli run beside the open window leaves its
// WAL alone (it used to delete it and corrupt the file), the window never writes into a file that
// was moved away, and opening another database swaps every page at once.

#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "models/TaskTableModel.h"
#include "pages/DashboardPage.h"
#include "pages/TasksPage.h"
#include "store/EntityRepository.h"
#include "store/TaskRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace suiji;
using namespace suiji::test;

namespace {
// What the sqlite3 shell, a program of its own, says about the file.
QString sqliteShell(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class TestSharedDatabase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshCopy(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        auto db = Database::open(m_demo, Database::Mode::ReadOnly);
        return db && db->backupTo(p).ok() ? p : QString();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QFAIL("the sqlite3 shell is needed (packaging/install-deps.sh installs it)");
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = Database::open(m_demo, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(13, 0.03).writeTo(db.value()).ok());
    }

    // The window open and loading pages in the background (each job its own connection) while
    // suiji-cli writes and exits, 200 times over: the WAL and shared memory are never deleted
    // under the window, every write of both sides is there, and the file is whole.
    void windowAndCliWriteInTurn()
    {
        const QString path = freshCopy(QStringLiteral("shared.db"));
        QVERIFY(!path.isEmpty());
        auto opened = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        MainWindow w(std::make_unique<Database>(std::move(opened.value())));
        w.show();
        w.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        auto *tasks = qobject_cast<TasksPage *>(w.page(QStringLiteral("tasks")));
        QVERIFY(tasks);
        QTRY_VERIFY_WITH_TIMEOUT(!w.busy() && tasks->model()->rowCount() > 2, 20000);
        const FileIdentity wal = FileIdentity::of(path + QStringLiteral("-wal"));
        const FileIdentity shm = FileIdentity::of(path + QStringLiteral("-shm"));
        QVERIFY(wal.valid() && shm.valid());

        // The window marks task row 0 again and again; the CLI the last planned task.
        TaskTableModel *model = tasks->model();
        QList<LedgerTask> planned;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->taskAt(r).status == QLatin1String("planned"))
                planned << model->taskAt(r);
        QVERIFY(planned.size() >= 2);
        const LedgerTask mine = planned.first();
        const LedgerTask theirs = planned.last();
        QVERIFY(mine.key != theirs.key);
        const int eventsBefore = sqliteShell(path, QStringLiteral("SELECT count(*) FROM task_event")).toInt();

        const int rounds = 200;
        for (int i = 0; i < rounds; ++i) {
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->taskAt(r).id == mine.id)
                    row = r;
            QVERIFY(row >= 0);
            QVERIFY2(model->markDone({row}, QDate(2025, 8, 1), QStringLiteral("gui %1").arg(i)), qPrintable(model->lastError()));
            auto cli = runCli({QStringLiteral("--db"), path, QStringLiteral("task"), QStringLiteral("done"), theirs.key, QStringLiteral("--pool"), theirs.pool,
                               QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"), QStringLiteral("yantian"),
                               QStringLiteral("--date"), QStringLiteral("2025-08-02"), QStringLiteral("--result"), QStringLiteral("cli %1").arg(i)});
            QVERIFY2(cli.exitCode == 0, qPrintable(QStringLiteral("round %1: ").arg(i) + cli.errText()));
            // The exiting CLI must not have taken the window's WAL and shared memory with it.
            QVERIFY2(FileIdentity::of(path + QStringLiteral("-wal")) == wal, qPrintable(QStringLiteral("round %1: the WAL was deleted").arg(i)));
            QVERIFY2(FileIdentity::of(path + QStringLiteral("-shm")) == shm, qPrintable(QStringLiteral("round %1: the shared memory was deleted").arg(i)));
            // A background reload: a worker opens and closes its own connection to the file.
            model->load(QStringLiteral("yantian"), Quarter{2025, 3});
            QTRY_VERIFY_WITH_TIMEOUT(!model->loading(), 20000);
        }
        // Read by other programs while the window is still open.
        QCOMPARE(sqliteShell(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) FROM task_event")).toInt(), eventsBefore + 2 * rounds);
        QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(DISTINCT value) FROM task_event WHERE value LIKE '%|gui %' OR value LIKE '%|cli %'")).toInt(),
                 2 * rounds);
        QCOMPARE(sqliteShell(path, QStringLiteral("SELECT result FROM task WHERE id = %1").arg(mine.id)), QStringLiteral("gui %1").arg(rounds - 1));
        QCOMPARE(sqliteShell(path, QStringLiteral("SELECT result FROM task WHERE id = %1").arg(theirs.id)), QStringLiteral("cli %1").arg(rounds - 1));
        auto verify = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QVERIFY(FileIdentity::of(path + QStringLiteral("-wal")) == wal);
    }

    // The file moved away under the open window: what the window reads next says so, its
    // writes are refused, and nothing is created where the file was.
    void fileMovedUnderTheWindow()
    {
        const QString path = freshCopy(QStringLiteral("moving.db"));
        QVERIFY(!path.isEmpty());
        auto opened = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        MainWindow w(std::make_unique<Database>(std::move(opened.value())));
        w.show();
        w.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        auto *tasks = qobject_cast<TasksPage *>(w.page(QStringLiteral("tasks")));
        QTRY_VERIFY_WITH_TIMEOUT(!w.busy() && tasks->model()->rowCount() > 0, 20000);
        QVERIFY(QSqlQuery(w.database()->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString moved = m_dir.filePath(QStringLiteral("moved.db"));
        QVERIFY(QFile::rename(path, moved));
        const QByteArray movedBefore = dumpHash(moved);

        w.setScope(QStringLiteral("yantian"), Quarter{2025, 2}); // every page reloads in the background
        auto *headline = w.findChild<QLabel *>(QStringLiteral("dashboardHeadline"));
        QVERIFY(headline);
        QTRY_VERIFY_WITH_TIMEOUT(!w.busy(), 20000);
        QVERIFY2(headline->text().contains(QStringLiteral("移动")) || headline->text().contains(QStringLiteral("moved")), qPrintable(headline->text()));
        w.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        QTRY_VERIFY_WITH_TIMEOUT(!w.busy(), 20000);
        QVERIFY(!tasks->model()->markDone({0}, QDate(2025, 8, 1), QStringLiteral("lost?")));
        QVERIFY2(tasks->model()->lastError().contains(QStringLiteral("移动")) || tasks->model()->lastError().contains(QStringLiteral("moved")),
                 qPrintable(tasks->model()->lastError()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(dumpHash(moved), movedBefore);
    }

    // File › Open database from every page: the window swaps all pages in one step (this
    // crashed from the dashboard, entities and draw pages), with loads of the old file still
    // running, and the pages then show the new file's data.
    void openAnotherDatabaseFromEveryPage()
    {
        const QString first = freshCopy(QStringLiteral("first.db"));
        QVERIFY(!first.isEmpty());
        const QString second = m_dir.filePath(QStringLiteral("second.db"));
        {
            auto db = Database::open(second, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(DemoGenerator(29, 0.01).writeTo(db.value()).ok());
        }
        auto opened = Database::open(first, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        MainWindow w(std::make_unique<Database>(std::move(opened.value())));
        w.show();
        w.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        QTRY_VERIFY_WITH_TIMEOUT(!w.busy(), 20000);
        int expected = 0;
        for (const QString &id : w.pageIds()) {
            QVERIFY(w.showPage(id));
            w.setScope(QStringLiteral("futian"), Quarter{2025, 3}); // loads under way on the old file
            const QString target = w.database()->path() == first ? second : first;
            QVERIFY2(w.openDatabase(target), qPrintable(id));
            QCOMPARE(w.database()->path(), QFileInfo(target).absoluteFilePath());
            QTRY_VERIFY_WITH_TIMEOUT(!w.busy(), 20000);
            expected = EntityRepository(*w.database()).count().value();
            auto *tasks = qobject_cast<TasksPage *>(w.page(QStringLiteral("tasks")));
            const QList<LedgerTask> ledger = TaskRepository(*w.database()).list({2025, 3}, QStringLiteral("futian")).value();
            QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowCount(), int(ledger.size()), 20000);
        }
        QVERIFY(expected > 0);
    }
};

QTEST_MAIN(TestSharedDatabase)
#include "TestSharedDatabase.moc"
