// SPDX-License-Identifier: GPL-3.0-or-later
// The campaigns page (专项, 一次入企) on a real file: a campaign created, scoped, approved, filed and
// published from the page with its documents on screen, its targets locked, the lock voided and
// made again, a seed tried and committed, the summary PDF written; then the quarter's combined visit for a company due in two pools and the campaign,
// accepted from the page, the visits spared counted; verify holds throughout.

#include "ListFixtures.h"
#include "draw/DrawService.h"
#include "models/TaskTableModel.h"
#include "pages/CampaignsPage.h"
#include "store/CampaignRepository.h"
#include "store/TaskRepository.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>

class TestCampaignsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 7, 5), QTime(9, 0), Qt::UTC)};
    const QString m_key = QStringLiteral("91440308K000000000");

    static QPushButton *voidButton(const CampaignsPage &page)
    {
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Void")))
                return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        Clock::setProcess(&m_clock);
        auto db = Database::open(m_dir.filePath(QStringLiteral("campaigns.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        QList<Entity> list = yantianEntities(12, QStringLiteral("fixed"), QLatin1Char('G'));
        list << entity(QStringLiteral("yantian"), QStringLiteral("fixed"), m_key, QStringLiteral("key"))
             << entity(QStringLiteral("yantian"), QStringLiteral("soil_unit"), m_key, QStringLiteral("key"));
        QVERIFY(storeLists(*m_db, list, yantianRoster(6, QStringLiteral("1903"))).ok());
        FixedClock drawDay(QDateTime(QDate(2025, 6, 20), QTime(10, 0), Qt::UTC));
        const DrawRequest req{QStringLiteral("yantian"), Quarter{2025, 3}, QStringLiteral("20250620"), std::nullopt, QStringLiteral("t"), {}, {}};
        QVERIFY(DrawService(*m_db, RuleProfile::shipped(), drawDay).freeze(req).ok());
        QVERIFY(DrawService(*m_db, RuleProfile::shipped(), drawDay).commit(req).ok());
    }
    void cleanupTestCase() { Clock::setProcess(nullptr); }

    void aCampaignFromThePage()
    {
        CampaignsPage page;
        page.setDatabase(&*m_db);
        page.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        QTRY_VERIFY(!page.busy());
        QVERIFY(page.campaignIds().isEmpty());
        Campaign c;
        c.id = QStringLiteral("ZX2025-07");
        c.name = QStringLiteral("七月专项");
        c.bureau = QStringLiteral("yantian");
        c.from = QDate(2025, 7, 1);
        c.to = QDate(2025, 7, 31);
        QVERIFY(page.create(c).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QCOMPARE(page.campaignIds(), QStringList{c.id});
        QCOMPARE(page.selectedCampaign(), c.id);
        // A refused step says why and changes nothing: publication of a draft.
        QVERIFY(!page.lockTargets(c.id, std::nullopt).ok());
        QVERIFY2(page.messageText().contains(QStringLiteral("scope")), qPrintable(page.messageText()));

        CampaignScope scope;
        scope.keys = {m_key};
        QCOMPARE(page.scopeCount(c, scope), 1);
        QCOMPARE(page.scopeCount(c, {}), 13); // the company in two lists counted once
        QVERIFY(page.applyScope(c.id, scope).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY(page.nextStep(c.id, QStringLiteral("局长"), QDate(2025, 7, 1), QStringLiteral("深环盐〔2025〕7号")).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY(page.nextStep(c.id, QStringLiteral("深圳市生态环境局"), QDate(2025, 7, 2), {}).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY(page.nextStep(c.id, QStringLiteral("盐田区政府网站"), QDate(2025, 7, 3), {}).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY2(page.procedureText().contains(QStringLiteral("深环盐〔2025〕7号")) && page.procedureText().contains(QStringLiteral("盐田区政府网站")),
                 qPrintable(page.procedureText()));
        QVERIFY(page.lockTargets(c.id, std::nullopt).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        // The lock withdrawn (a reason is required), then made again.
        QVERIFY(voidButton(page)->isEnabled());
        QVERIFY(!page.voidLock(c.id, QStringLiteral("  ")).ok());
        QVERIFY(page.voidLock(c.id, QStringLiteral("名录有误")).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY(!voidButton(page)->isEnabled());
        QVERIFY(page.lockTargets(c.id, std::nullopt).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY(page.drawTargets(c.id, QStringLiteral("5"), false, {}).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QVERIFY2(page.messageText().contains(QStringLiteral("attempt 1")), qPrintable(page.messageText()));
        QCOMPARE(page.targetRows(), 0);
        QVERIFY(page.drawTargets(c.id, QStringLiteral("5"), true, {}).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QCOMPARE(page.targetRows(), 1);

        // 一次入企: K's two random tasks and the campaign target in July, one visit.
        page.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(!page.busy()); // the tab reads its proposals when shown
        const QString visit = QStringLiteral("yantian|2025-07|") + m_key;
        QCOMPARE(page.proposedVisits(), QStringList{visit});
        QCOMPARE(page.acceptedVisits(), 0);
        if (const QByteArray dir = qgetenv("SUIJI_TEST_GRAB_DIR"); !dir.isEmpty()) {
            page.resize(1024, 700);
            page.grab().save(QString::fromUtf8(dir) + QStringLiteral("/visits.png"));
        }
        QVERIFY(page.acceptVisit(visit).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QCOMPARE(page.proposedVisits(), QStringList{});
        QCOMPARE(page.acceptedVisits(), 1);
        QVERIFY2(page.visitsSummary().contains(QStringLiteral("sparing 2")), qPrintable(page.visitsSummary()));
        QVERIFY(!page.acceptVisit(visit).ok()); // once

        page.tabs()->setCurrentIndex(0);
        QVERIFY(page.recordInspection(c.id, m_key, QDate(2025, 7, 5), QStringLiteral("无问题")).ok());
        QTRY_VERIFY(!page.busy()); // the page reads the file again on a worker
        QCOMPARE(CampaignRepository(*m_db).tasks(c.id).value().first().status, QStringLiteral("done"));
        QVERIFY(!voidButton(page)->isEnabled()); // committed
        // The summary PDF, written on a worker.
        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QEventLoop loop;
        bool written = false;
        page.writeSummary(c.id, pdf, [&](bool ok) {
            written = ok;
            loop.quit();
        });
        loop.exec();
        QVERIFY2(written, qPrintable(page.messageText()));
        QVERIFY2(page.messageText().contains(QStringLiteral("summary.pdf")), qPrintable(page.messageText()));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        auto v = DrawService(*m_db, RuleProfile::shipped()).verify({});
        QVERIFY2(v.ok() && v->ok, qPrintable(v.ok() ? v->reason : v.message()));
    }

    // The soil rule's unit removed from the key list is a must-check; a campaign of the quarter
    // that has it as a target serves it, and the ledger says so.
    void aMustCheckCoveredByACampaign()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("covered.db")), Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database db = std::move(opened.value());
        const QString removed = QStringLiteral("91440308R000000000");
        Entity r = entity(QStringLiteral("yantian"), QStringLiteral("soil_unit"), removed);
        r.removedDate = QDate(2025, 3, 1);
        QList<Entity> list = yantianEntities(6, QStringLiteral("fixed"), QLatin1Char('G'));
        list << r;
        QVERIFY(storeLists(db, list, yantianRoster(4, QStringLiteral("1903"))).ok());
        FixedClock drawDay(QDateTime(QDate(2025, 6, 20), QTime(10, 0), Qt::UTC));
        const DrawRequest req{QStringLiteral("yantian"), Quarter{2025, 3}, QStringLiteral("1"), std::nullopt, QStringLiteral("t"), {}, {}};
        QVERIFY(DrawService(db, RuleProfile::shipped(), drawDay).freeze(req).ok());
        QVERIFY(DrawService(db, RuleProfile::shipped(), drawDay).commit(req).ok());
        const CampaignService campaigns(db, RuleProfile::shipped(), m_clock);
        Campaign c;
        c.id = QStringLiteral("ZX2025-TR");
        c.name = QStringLiteral("土壤专项随机抽查");
        c.bureau = QStringLiteral("yantian");
        c.from = QDate(2025, 7, 1);
        c.to = QDate(2025, 9, 30);
        QVERIFY(campaigns.create(c, {}).ok());
        CampaignScope scope;
        scope.categories = {QStringLiteral("soil_unit")};
        QCOMPARE(campaigns.setScope(c.id, scope, {})->scopeCount, 1);
        QVERIFY(campaigns.freeze(c.id, std::nullopt, {}, {}).ok());
        QVERIFY(campaigns.draw(c.id, QStringLiteral("3"), true, {}, {}).ok());

        TaskTableModel model;
        model.setDatabase(&db);
        model.load(QStringLiteral("yantian"), Quarter{2025, 3});
        QTRY_VERIFY(!model.loading());
        int row = -1;
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.taskAt(i).key == removed)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(model.taskAt(row).origin, QStringLiteral("must"));
        const QString mode = model.data(model.index(row, TaskTableModel::Mode), Qt::DisplayRole).toString();
        QVERIFY2(mode.contains(c.name), qPrintable(mode));
        for (int i = 0; i < model.rowCount(); ++i)
            if (i != row)
                QVERIFY(!model.data(model.index(i, TaskTableModel::Mode), Qt::DisplayRole).toString().contains(c.name));
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "TestCampaignsPage.moc"
