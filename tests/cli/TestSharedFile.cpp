// SPDX-License-Identifier: GPL-3.0-or-later
// One database file and several programs: reads never write or wait, a writer waits for another's
// lock and says so, a mistyped path is an error, a read-only copy can be checked, and a pipe is
// not a list to import.

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace suiji::test;

namespace {
QStringList withDb(const QString &db, const QStringList &args)
{
    return QStringList{QStringLiteral("--db"), db} + args;
}

// Every command that only reads, with the arguments it needs on the demo city.
QList<QStringList> readCommands(const QString &dir)
{
    const QString q = QStringLiteral("2025Q3");
    return {
        {QStringLiteral("verify")},
        {QStringLiteral("entities"), QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")},
        {QStringLiteral("quota"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")},
        {QStringLiteral("tasks"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")},
        {QStringLiteral("progress"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--json")},
        {QStringLiteral("year"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--bureau"), QStringLiteral("yantian")},
        {QStringLiteral("report"), QStringLiteral("plan"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), QStringLiteral("yantian"),
         QStringLiteral("--out"), dir + QStringLiteral("/plan.pdf")},
        {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--quarter"), q, QStringLiteral("--bureau"), QStringLiteral("yantian"),
         QStringLiteral("--out"), dir + QStringLiteral("/ledger.csv")},
    };
}
} // namespace

class TestSharedFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A copy of the demo city through SQLite (never a byte copy of a live file).
    QString copyOfDemo(const QString &name) const
    {
        const QString p = m_dir.filePath(name);
        sqlite3 *h = nullptr;
        if (sqlite3_open_v2(m_demo.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return {};
        const QByteArray sql = "VACUUM INTO '" + p.toUtf8() + "'";
        const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(h);
        return rc == SQLITE_OK ? p : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = file("demo.db");
        auto r =
            runCli(withDb(m_demo, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--scale"), QStringLiteral("0.05")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // `--db /nonexistent/dir/x.db verify` used to create the folder and an empty database and
    // pass. Only init and demo create a file.
    void mistypedPathIsAnError()
    {
        const QString missing = file("no/such/dir/x.db");
        for (const QStringList &cmd : {QStringList{QStringLiteral("verify")}, QStringList{QStringLiteral("entities")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("entities"), dataPath(QStringLiteral("entities-utf8-bom.csv"))},
                                       QStringList{QStringLiteral("tasks"), QStringLiteral("--quarter"), QStringLiteral("2025Q3")}}) {
            auto r = runCli(withDb(missing, cmd));
            QVERIFY2(r.exitCode == 1, qPrintable(cmd.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.errText()));
            QVERIFY2(r.errText().contains(QStringLiteral("不存在")), qPrintable(r.errText()));
        }
        QVERIFY(!QFileInfo::exists(file("no")));
        QCOMPARE(runCli(withDb(missing, {QStringLiteral("init")})).exitCode, 0);
        QVERIFY(QFileInfo::exists(missing));
    }

    // While another program holds the write lock (an import of 700k rows holds it for seconds),
    // every read command works at once; a writer waits, says so, and goes through once released.
    void readsGoOnWhileAnotherProgramWrites()
    {
        const QString p = copyOfDemo(QStringLiteral("busy.db"));
        QVERIFY(!p.isEmpty());
        QCOMPARE(runCli(withDb(p, {QStringLiteral("init")})).exitCode, 0); // WAL on
        const QByteArray before = dumpHash(p);
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(p.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "BEGIN IMMEDIATE; INSERT INTO setting VALUES('held', 'by the test');", nullptr, nullptr, nullptr), SQLITE_OK);
        for (const QStringList &cmd : readCommands(m_dir.path())) {
            QElapsedTimer t;
            t.start();
            auto r = runCli(withDb(p, cmd));
            QVERIFY2(r.exitCode == 0, qPrintable(cmd.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.errText()));
            QVERIFY2(!r.errText().contains(QStringLiteral("等待")), qPrintable(r.errText())); // it never waited for the lock
        }
        // A writer waits for the lock, tells the user, and finishes once the lock is gone.
        auto tasks = runCli(withDb(p, {QStringLiteral("tasks"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                                       QStringLiteral("yantian"), QStringLiteral("--json")}));
        QJsonObject task;
        for (const QJsonValue &t : QJsonDocument::fromJson(tasks.out).array())
            if (t.toObject().value(QStringLiteral("status")).toString() == QLatin1String("planned"))
                task = t.toObject();
        QVERIFY(!task.value(QStringLiteral("key")).toString().isEmpty());
        QProcess writer;
        writer.start(QStringLiteral(SUIJI_CLI),
                     withDb(p, {QStringLiteral("task"), QStringLiteral("done"), task.value(QStringLiteral("key")).toString(), QStringLiteral("--pool"),
                                task.value(QStringLiteral("pool")).toString(), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                                QStringLiteral("--bureau"), QStringLiteral("yantian"), QStringLiteral("--date"), QStringLiteral("2025-08-20")}));
        writer.closeWriteChannel();
        writer.setReadChannel(QProcess::StandardError); // the message comes on stderr
        QByteArray said;
        while (!said.contains("等待") && writer.state() != QProcess::NotRunning && writer.waitForReadyRead(20000))
            said += writer.readAllStandardError();
        QVERIFY2(QString::fromUtf8(said).contains(QStringLiteral("正在写入")), said.constData());
        QCOMPARE(writer.state(), QProcess::Running); // still waiting, not failed
        QCOMPARE(sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        QVERIFY(writer.waitForFinished(30000));
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        QVERIFY(dumpHash(p) != before);
    }

    // A published copy, read-only to us (file and folder), is checked and read without a write.
    void readOnlyCopyIsReadable()
    {
        const QString dir = file("published");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0); // others may enter
        const QString p = dir + QStringLiteral("/draws.db");
        {
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open_v2(m_demo.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
            const QByteArray sql = "VACUUM INTO '" + p.toUtf8() + "'";
            QCOMPARE(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(h);
        }
        // As root every file is writable: run the command as an unprivileged user, from a copy of
        // the program in a folder that user may read.
        QStringList prefix;
        QString program = QStringLiteral(SUIJI_CLI);
        if (::geteuid() == 0) {
            const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (runuser.isEmpty())
                QSKIP("running as root without runuser: cannot take write access away");
            const QString copy = file("suiji-cli");
            QVERIFY(QFile::copy(program, copy));
            QVERIFY(::chmod(QFile::encodeName(copy).constData(), 0755) == 0);
            prefix = {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), copy};
            program = runuser;
        }
        const QString out = file("out");
        QVERIFY(QDir().mkpath(out));
        QVERIFY(::chmod(QFile::encodeName(out).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(p).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0555) == 0);
        const QByteArray before = fileSha256(p);
        for (const QStringList &cmd : readCommands(out)) {
            QProcess run;
            run.setProgram(program);
            run.setArguments(prefix + withDb(p, cmd));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), out);
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), out);
            run.setProcessEnvironment(env);
            run.start();
            run.closeWriteChannel();
            QVERIFY(run.waitForFinished(120000));
            QVERIFY2(run.exitCode() == 0, qPrintable(cmd.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(run.readAllStandardError())));
        }
        QCOMPARE(fileSha256(p), before);
        QVERIFY(!QFileInfo::exists(p + QStringLiteral("-wal")));
        // Writing to it is refused with a message, not half done.
        auto w = runCli(withDb(p, {QStringLiteral("quota"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"), QStringLiteral("--bureau"),
                                   QStringLiteral("yantian"), QStringLiteral("--inspectors"), QStringLiteral("9"), QStringLiteral("--save")}));
        QCOMPARE(w.exitCode, 1);
        QVERIFY2(w.errText().contains(QStringLiteral("只读")), qPrintable(w.errText()));
        QCOMPARE(fileSha256(p), before);
        ::chmod(QFile::encodeName(dir).constData(), 0755);
    }

    // `import entities f.csv` on a FIFO used to hang forever; a folder or device is refused too.
    void importRefusesWhatIsNotAFile()
    {
        const QString p = copyOfDemo(QStringLiteral("fifo.db"));
        QVERIFY(!p.isEmpty());
        const QByteArray before = dumpHash(p);
        const QString fifo = file("list.csv");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString folder = file("folder.csv");
        QVERIFY(QDir().mkpath(folder));
        for (const QString &what : {fifo, folder, QStringLiteral("/dev/zero")}) {
            auto r = runCli(withDb(p, {QStringLiteral("import"), QStringLiteral("entities"), what}), 20000);
            QVERIFY2(r.exitCode == 3, qPrintable(what + QStringLiteral(": ") + QString::number(r.exitCode) + QLatin1Char(' ') + r.errText()));
            QVERIFY2(r.errText().contains(QStringLiteral("不是普通文件")), qPrintable(r.errText()));
        }
        QCOMPARE(dumpHash(p), before);
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "TestSharedFile.moc"
