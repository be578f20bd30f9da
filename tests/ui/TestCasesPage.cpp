// SPDX-License-Identifier: GPL-3.0-or-later
// The case page (个案) on a real file: an imported list shown with its deadlines and the plan's
// measures, filtered by source, level, state and overdue; dispatched, checked and closed from the
// page, each step on the record (verify holds), and a refused step said in words; each step undone
// and redone from the page's stack, a case entered by hand and withdrawn, and an undo refused once
// the case has moved on.

#include "ListFixtures.h"
#include "models/CaseTableModel.h"
#include "pages/CasesPage.h"
#include "store/CaseRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QUndoStack>

class TestCasesPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 7, 10), QTime(9, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        Clock::setProcess(&m_clock);
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        QVERIFY(storeLists(*m_db, yantianEntities(2, QStringLiteral("fixed"), QLatin1Char('G')), yantianRoster(4, QStringLiteral("1903"))).ok());
        const QString csv = m_dir.filePath(QStringLiteral("cases.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("来源,编号,预警级别,单位名称,所属管理局,接收时间\n"
                               "智慧环保平台,R-1,红,甲,盐田,2025-07-03 14:05\n"
                               "国发平台,Y-1,黄,乙,盐田,2025-07-08\n"
                               "投诉举报,T-1,,丙,盐田,2025-07-09\n")
                    .toUtf8());
    }
    void cleanupTestCase() { Clock::setProcess(nullptr); }

    void importDispatchCheckClose()
    {
        CasesPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setDatabase(&*m_db);
        page.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        QTRY_VERIFY(!page.busy());
        QCOMPARE(page.shownRefs().size(), 0);
        page.importFile(m_dir.filePath(QStringLiteral("cases.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy() && page.shownRefs().size() == 3, 20000);
        QVERIFY2(page.summaryText().contains(QStringLiteral("3")), qPrintable(page.summaryText()));
        // The red alert's check was due on 4 July: overdue; the filter shows it alone.
        page.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(page.shownRefs(), QStringList{QStringLiteral("智慧环保平台:R-1")});
        page.findChild<QCheckBox *>()->setChecked(false);
        auto *level = page.findChild<QComboBox *>(QStringLiteral("caseLevel"));
        level->setCurrentIndex(level->findData(QStringLiteral("黄")));
        QCOMPARE(page.shownRefs(), QStringList{QStringLiteral("国发平台:Y-1")});
        level->setCurrentIndex(0);

        // Dispatch two of them at once, each to a suggested team.
        page.selectRefs({QStringLiteral("智慧环保平台:R-1"), QStringLiteral("投诉举报:T-1")});
        page.dispatchSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        auto state = [&](const QString &ref) { return CaseRepository(*m_db).find(ref).value()->state; };
        QCOMPARE(state(QStringLiteral("智慧环保平台:R-1")), QStringLiteral("assigned"));
        QCOMPARE(state(QStringLiteral("投诉举报:T-1")), QStringLiteral("assigned"));
        QCOMPARE(state(QStringLiteral("国发平台:Y-1")), QStringLiteral("pending"));
        // A check of a case not dispatched is refused, in words, and nothing is recorded.
        page.recordCheck(QStringLiteral("国发平台:Y-1"),
                         CaseUpdate{QDate(2025, 7, 9), QStringLiteral("onsite"), QStringLiteral("x"), QStringLiteral("无问题"), {}, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        QVERIFY2(page.messageText().contains(QStringLiteral("Y-1")), qPrintable(page.messageText()));
        QCOMPARE(state(QStringLiteral("国发平台:Y-1")), QStringLiteral("pending"));
        // Check and outcome, then feedback and closure from the page.
        page.recordCheck(QStringLiteral("智慧环保平台:R-1"),
                         CaseUpdate{QDate(2025, 7, 9), QStringLiteral("onsite"), QStringLiteral("COD 超标"), QStringLiteral("责令改正"), {}, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        QCOMPARE(state(QStringLiteral("智慧环保平台:R-1")), QStringLiteral("handled"));
        QTRY_VERIFY(page.shownRefs().size() == 3);
        page.selectRefs({QStringLiteral("智慧环保平台:R-1"), QStringLiteral("投诉举报:T-1")});
        page.closeSelected(QDate(2025, 7, 10));
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        QCOMPARE(state(QStringLiteral("智慧环保平台:R-1")), QStringLiteral("closed"));
        QCOMPARE(state(QStringLiteral("投诉举报:T-1")), QStringLiteral("assigned")); // no outcome yet: left as it was
        QTRY_VERIFY(page.summaryText().contains(QStringLiteral("1 of 1")) || page.summaryText().contains(QStringLiteral("1/1")));
        auto v = DrawService(*m_db, RuleProfile::shipped()).verify({});
        QVERIFY2(v.ok() && v->ok, qPrintable(v.ok() ? v->reason : v.message()));
    }
    void undoRedoAndEntry()
    {
        // A file of its own, so the steps above do not matter here.
        auto opened = Database::open(m_dir.filePath(QStringLiteral("undo.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Database db = std::move(opened.value());
        QVERIFY(storeLists(db, yantianEntities(2, QStringLiteral("fixed"), QLatin1Char('G')), yantianRoster(4, QStringLiteral("1903"))).ok());
        CasesPage page;
        page.setDatabase(&db);
        page.setScope(QStringLiteral("yantian"), Quarter{2025, 3});
        QTRY_VERIFY(!page.busy());
        page.importFile(m_dir.filePath(QStringLiteral("cases.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy() && page.shownRefs().size() == 3, 20000);
        QUndoStack *stack = page.undoStack();
        QCOMPARE(stack->count(), 0); // an import is not undone from the stack (it has its own record)
        auto state = [&](const QString &ref) { return CaseRepository(db).find(ref).value()->state; };
        const QString y = QStringLiteral("国发平台:Y-1");

        page.selectRefs({y});
        page.dispatchSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        QCOMPARE(state(y), QStringLiteral("assigned"));
        QCOMPARE(stack->count(), 1);
        QVERIFY(CaseRepository(db).find(y).value()->team.size() == 2);
        stack->undo();
        QCOMPARE(state(y), QStringLiteral("pending"));
        QVERIFY(CaseRepository(db).find(y).value()->team.isEmpty());
        QVERIFY2(page.messageText().contains(QStringLiteral("Undone")), qPrintable(page.messageText()));
        stack->redo();
        QCOMPARE(state(y), QStringLiteral("assigned"));

        // Check with an outcome, then closure; both undone, in the reverse order.
        page.recordCheck(y, CaseUpdate{QDate(2025, 7, 9), QStringLiteral("onsite"), QStringLiteral("无异常"), QStringLiteral("无问题"), {}, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        QCOMPARE(state(y), QStringLiteral("handled"));
        page.selectRefs({y});
        page.closeSelected(QDate(2025, 7, 10));
        QTRY_VERIFY_WITH_TIMEOUT(!page.busy(), 20000);
        QCOMPARE(state(y), QStringLiteral("closed"));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(state(y), QStringLiteral("handled"));
        QVERIFY(!CaseRepository(db).find(y).value()->closedOn.isValid());
        stack->undo();
        QCOMPARE(state(y), QStringLiteral("assigned"));
        QVERIFY(CaseRepository(db).find(y).value()->outcome.isEmpty());
        stack->redo();
        stack->redo();
        QCOMPARE(state(y), QStringLiteral("closed"));

        // A case entered by hand gets the next SD number; undone, it is withdrawn from the ledger.
        CaseItem c;
        c.source = QStringLiteral("投诉举报");
        c.name = QStringLiteral("丁");
        c.bureau = QStringLiteral("yantian");
        c.received = QDateTime(QDate(2025, 7, 10), QTime(8, 30), Qt::UTC);
        c.content = QStringLiteral("夜间噪声");
        QVERIFY(page.enterCase(c).ok());
        const QString sd = QStringLiteral("投诉举报:SD-20250710-001");
        QTRY_VERIFY(page.shownRefs().contains(sd));
        QCOMPARE(state(sd), QStringLiteral("pending"));
        // A bad entry is refused in words and changes nothing: no source.
        CaseItem bad = c;
        bad.source.clear();
        const Status refused = page.enterCase(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(stack->count(), 4);
        stack->undo();
        QVERIFY(!CaseRepository(db).find(sd).value().has_value());
        QTRY_VERIFY(!page.shownRefs().contains(sd));
        stack->redo();
        QCOMPARE(state(sd), QStringLiteral("pending"));

        // Once the entered case has moved on elsewhere, undoing its entry is refused, in words, and
        // the step leaves the stack; the case stays.
        auto cal = WorkCalendar::load(db);
        QVERIFY(cal.ok());
        QVERIFY(CaseService(db, RuleProfile::shipped(), cal.value()).dispatchAll({sd}, QStringLiteral("other desk")).ok());
        const int before = stack->count();
        stack->undo();
        QCOMPARE(state(sd), QStringLiteral("assigned"));
        QVERIFY2(!page.messageText().contains(QStringLiteral("Undone")), qPrintable(page.messageText()));
        QCOMPARE(stack->count(), before - 1);
        auto v = DrawService(db, RuleProfile::shipped()).verify({});
        QVERIFY2(v.ok() && v->ok, qPrintable(v.ok() ? v->reason : v.message()));
    }
};

QTEST_MAIN(TestCasesPage)
#include "TestCasesPage.moc"
