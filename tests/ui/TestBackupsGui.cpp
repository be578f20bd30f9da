// SPDX-License-Identifier: GPL-3.0-or-later
// The window and backups: a damaged file is named on opening with its newest sound backup offered
// and restored on one click; Settings › Backups lists what is kept and restores one; a worker
// whose work throws reports a message instead of taking the program down.

#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "pages/SettingsPage.h"
#include "store/Backups.h"
#include "widgets/Background.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>
#include <stdexcept>

using namespace suiji;
using namespace suiji::test;

namespace {
bool damage(const QString &path, int pages)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 16384;
    if (f.size() < pageSize * (pages + 4))
        return false;
    f.seek((f.size() / pageSize / 2) * pageSize);
    return f.write(QByteArray(pageSize * pages, '\xA5')) == pageSize * pages;
}
} // namespace

class TestBackupsGui : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_n = 0;

    // A copy of the demo city, open for writing, with one backup of it made.
    QString copyWithBackup(QString &backup)
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_n));
        if (!Database::copyFile(m_demo, path))
            return {};
        auto db = Database::open(path, Database::Mode::ReadWrite);
        if (!db)
            return {};
        auto made = Backups(path).make(db.value(), QStringLiteral("import"), QDateTime(QDate(2025, 9, 15), QTime(9, 30)));
        if (!made)
            return {};
        backup = made->path;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = Database::open(m_demo, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(13, 0.05).writeTo(db.value()).ok());
    }

    void aDamagedFileIsOfferedItsNewestSoundBackup()
    {
        QString backup;
        const QString path = copyWithBackup(backup);
        QVERIFY(!path.isEmpty());
        const QByteArray good = dumpHash(backup);
        QVERIFY(damage(path, 4));
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        MainWindow w(std::make_unique<Database>(std::move(db.value())));
        w.show();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("damagedFileBox"))) && box->isVisible());
        QVERIFY2(box->text().contains(QFileInfo(path).fileName()), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("2025-09-15 09:30")), qPrintable(box->text()));
        QAbstractButton *restore = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                restore = b;
        QVERIFY(restore);
        restore->click();
        QTRY_COMPARE(dumpHash(path), good);
        QCOMPARE(sqlite(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The damaged file is kept, unchecked, as the newest backup; the sound one is still there.
        auto all = Backups(path).list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().reason, QStringLiteral("damaged"));
        // Reopened on the restored file, the window finds nothing to complain of.
        QTRY_VERIFY(!w.findChild<QMessageBox *>(QStringLiteral("damagedFileBox")));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("verify")}).exitCode, 0);
    }

    void settingsListsTheBackupsAndRestoresOne()
    {
        QString backup;
        const QString path = copyWithBackup(backup);
        QVERIFY(!path.isEmpty());
        const QByteArray atBackup = dumpHash(backup);
        sqlite(path, QStringLiteral("UPDATE entity SET name = name || '（改）' WHERE id IN (SELECT id FROM entity ORDER BY id LIMIT 5)"));
        QVERIFY(dumpHash(path) != atBackup);
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        MainWindow w(std::make_unique<Database>(std::move(db.value())));
        w.show();
        QVERIFY(w.showPage(QStringLiteral("settings")));
        auto *list = w.findChild<QTableWidget *>(QStringLiteral("backupList"));
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("1"));
        QVERIFY(!list->item(0, 3)->text().isEmpty()); // its size
        list->selectRow(0);
        auto *restore = w.findChild<QPushButton *>(QStringLiteral("restoreBackup"));
        QVERIFY(restore && restore->isEnabled());
        // The confirmation is answered as a user would: Yes.
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            if (auto *q = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                q->button(QMessageBox::Yes)->click();
            }
        });
        restore->click();
        QVERIFY(asked);
        QCOMPARE(dumpHash(path), atBackup);
        // The list now shows the file as it was before the restore on top.
        list = w.findChild<QTableWidget *>(QStringLiteral("backupList"));
        QTRY_COMPARE(list->rowCount(), 2);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("2"));
    }

    void aWorkerThatThrowsReportsAMessage()
    {
        auto db = Database::open(m_demo, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QObject owner;
        bool done = false;
        QString message;
        runOnDatabase<int>(
            &owner, db.value(), [](const Database &) -> Result<int> { throw std::runtime_error("the worker's own failure"); },
            [&](Result<int> r) {
                done = true;
                message = r.ok() ? QString() : r.message();
            });
        QTRY_VERIFY(done);
        QVERIFY2(message.contains(QStringLiteral("the worker's own failure")), qPrintable(message));
    }
};

QTEST_MAIN(TestBackupsGui)
#include "TestBackupsGui.moc"
