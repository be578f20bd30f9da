#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "models/EntityTableModel.h"
#include "pages/EntitiesPage.h"
#include "store/EntityRepository.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace suiji;
using namespace suiji::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("gui.db"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(11, 0.05).writeTo(db.value()).ok());
    }

    void pagesAndSidebar()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        MainWindow w(std::make_unique<Database>(std::move(db.value())));
        w.show();
        QCOMPARE(w.pageIds(), (QStringList{QStringLiteral("dashboard"), QStringLiteral("entities"), QStringLiteral("inspectors"), QStringLiteral("draw"),
                                           QStringLiteral("tasks"), QStringLiteral("reports"), QStringLiteral("settings")}));
        auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 7);
        QVERIFY(w.showPage(QStringLiteral("entities")));
        QCOMPARE(sidebar->currentRow(), 1);
        QVERIFY(!w.showPage(QStringLiteral("nope")));
    }

    void entitiesPageFiltersInSql()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const int total = EntityRepository(db.value()).count();
        MainWindow w(std::make_unique<Database>(std::move(db.value())));
        auto *page = qobject_cast<EntitiesPage *>(w.page(QStringLiteral("entities")));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->totalCount(), total);
        // Rows arrive in pages, not all at once.
        QVERIFY(page->model()->rowCount() < total);
        const Entity first = page->model()->entityAt(0);
        page->searchField()->setText(first.key);
        QTRY_COMPARE(page->model()->totalCount(), 1);
        QCOMPARE(page->model()->entityAt(0).name, first.name);
        page->searchField()->setText(QStringLiteral("加油站"));
        QTRY_VERIFY(page->model()->totalCount() > 1 && page->model()->totalCount() < total);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()->entityAt(r).name.contains(QStringLiteral("加油站")) || page->model()->entityAt(r).street.contains(QStringLiteral("加油站")));
        // Sorting by name goes through SQL too.
        page->searchField()->clear();
        QTRY_COMPARE(page->model()->totalCount(), total);
        page->model()->sort(EntityTableModel::Name, Qt::AscendingOrder);
        for (int r = 1; r < 100; ++r) // SQLite orders by UTF-8 bytes
            QVERIFY(page->model()->entityAt(r - 1).name.toUtf8() <= page->model()->entityAt(r).name.toUtf8());
        QCOMPARE(page->model()->totalCount(), total);
    }

    void screenshotFlagRendersAPage()
    {
        const QString out = m_dir.filePath(QStringLiteral("entities.png"));
        QProcess p;
        p.start(QStringLiteral(SUIJI_GUI), {QStringLiteral("--db"), m_path, QStringLiteral("--screenshot"), out, QStringLiteral("--page"),
                                            QStringLiteral("entities"), QStringLiteral("--size"), QStringLiteral("1024x700")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage img(out);
        QVERIFY(!img.isNull());
        QCOMPARE(img.size(), QSize(1024, 700));
        QProcess bad;
        bad.start(QStringLiteral(SUIJI_GUI), {QStringLiteral("--db"), m_path, QStringLiteral("--screenshot"), out, QStringLiteral("--page"), QStringLiteral("nope")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
