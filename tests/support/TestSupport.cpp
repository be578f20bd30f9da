// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace suiji::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(SUIJI_TEST_DATA "/") + name;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(SUIJI_CLI), args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sqlite(const QString &dbPath, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {dbPath, sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("sqlite3: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QByteArray dumpHash(const QString &dbPath)
{
    const QString name = QUuid::createUuid().toString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery t(db);
            t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList tables;
            while (t.next())
                tables << t.value(0).toString();
            for (const QString &table : tables) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
                h.addData(table.toUtf8());
                while (q.next()) {
                    const QSqlRecord rec = q.record();
                    for (int i = 0; i < rec.count(); ++i) {
                        h.addData(rec.value(i).toString().toUtf8());
                        h.addData(QByteArrayView("\x1f", 1));
                    }
                    h.addData(QByteArrayView("\n", 1));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return h.result().toHex();
}

QByteArray python(const QByteArray &script, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("python3: %s", p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

QString chromiumVerdict(const QString &html)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        return QStringLiteral("chromium is not installed (packaging/install-deps.sh installs it)");
    QTemporaryDir profile;
    QProcess c;
    c.start(chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + profile.path(),
             QStringLiteral("--virtual-time-budget=20000"), QStringLiteral("--dump-dom"), QUrl::fromLocalFile(html).toString()});
    c.closeWriteChannel();
    if (!c.waitForFinished(120000)) {
        c.kill();
        return QStringLiteral("chromium did not finish");
    }
    const QString dom = QString::fromUtf8(c.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("<div id=\"verdict\"[^>]*>([^<]*)</div>")).match(dom);
    return m.hasMatch() ? m.captured(1) : QStringLiteral("no verdict in the DOM: ") + dom.left(300) + QString::fromUtf8(c.readAllStandardError()).left(300);
}

} // namespace suiji::test
