// SPDX-License-Identifier: GPL-3.0-or-later
// ui/models/DrawTableModels on a real draw (hand-made lists, lock, preview, commit in a SQLite
// file), each model watched by QAbstractItemModelTester: the quota table with its catch-up check
// box, the tasks with teams by name, and the committed draws newest first.

#include "ListFixtures.h"
#include "models/DrawTableModels.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

class TestDrawTableModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 20), QTime(10, 0), Qt::UTC)};
    std::optional<DrawOutcome> m_preview, m_commit;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("draw.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        const QList<Entity> list = yantianEntities(8, QStringLiteral("fixed"), QLatin1Char('K'), QStringLiteral("key")) +
                                   yantianEntities(30, QStringLiteral("fixed"), QLatin1Char('G'));
        QList<Inspector> people = yantianRoster(4, QStringLiteral("1903"));
        const QStringList named{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("赵六")};
        for (int i = 0; i < people.size(); ++i)
            people[i].name = named.at(i);
        QVERIFY(storeLists(*m_db, list, people).ok());
        DrawService service(*m_db, RuleProfile::shipped(), m_clock);
        const DrawRequest req{QStringLiteral("yantian"), Quarter{2025, 3}, QStringLiteral("20250620"), std::nullopt, QStringLiteral("测试员")};
        QVERIFY(service.freeze(req).ok());
        auto p = service.preview(req);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        m_preview = p.value();
        auto c = service.commit(req);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_commit = c.value();
    }

    void quotas()
    {
        QuotaTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto plan = QuotaService(*m_db, RuleProfile::shipped()).plan(QStringLiteral("yantian"), Quarter{2025, 4});
        QVERIFY(plan.ok());
        m.setPlan(plan.value());
        QCOMPARE(m.rowCount(), int(plan->pools.size()));
        QCOMPARE(m.columnCount(), int(QuotaTableModel::ColumnCount));
        int general = -1;
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, QuotaTableModel::Pool).data(Qt::UserRole).toString() == QLatin1String("fixed.general"))
                general = r;
        QVERIFY(general >= 0);
        const PoolPlan *p = plan->pool(QStringLiteral("fixed.general"));
        QCOMPARE(m.index(general, QuotaTableModel::Base).data().toInt(), p->base);
        QCOMPARE(m.index(general, QuotaTableModel::Pool).data().toString(), p->rule->name.text());
        QVERIFY(m.index(general, QuotaTableModel::Pool).data(Qt::ToolTipRole).toString().contains(p->formula));
        // Drawn from Q4 with 4 inspectors, the year's 10 × 4 general tasks need more than the
        // formula: a check box offers the catch-up, and ticking it asks the page to re-plan.
        const QModelIndex k = m.index(general, QuotaTableModel::Quota);
        QVERIFY(p->catchUp);
        QVERIFY(m.flags(k) & Qt::ItemIsUserCheckable);
        QCOMPARE(k.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY2(k.data().toString().contains(QString::number(p->catchUp->needed)), qPrintable(k.data().toString()));
        QSignalSpy toggled(&m, &QuotaTableModel::catchUpToggled);
        QVERIFY(m.setData(k, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.at(0).at(0).toString(), QStringLiteral("fixed.general"));
        QCOMPARE(toggled.at(0).at(1).toBool(), true);
        QVERIFY(!m.setData(m.index(general, QuotaTableModel::Base), Qt::Checked, Qt::CheckStateRole)); // only k has a box
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void tasksShowTeamsByName()
    {
        DrawTaskTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto names = InspectorRepository(*m_db).names(QStringLiteral("yantian"));
        QVERIFY(names.ok());
        m.setOutcome(*m_preview, names.value());
        QCOMPARE(m.rowCount(), int(m_preview->tasks.size()));
        QVERIFY(m.rowCount() > 0);
        bool sawName = false;
        for (int r = 0; r < m.rowCount(); ++r) {
            const DrawTask &t = m_preview->tasks.at(r);
            QCOMPARE(m.index(r, DrawTaskTableModel::Seq).data().toInt(), t.seq);
            QCOMPARE(m.index(r, DrawTaskTableModel::Key).data().toString(), t.key);
            const QString team = m.index(r, DrawTaskTableModel::Team).data().toString();
            QVERIFY(!team.contains(QStringLiteral("1903"))); // names, never badges, on screen
            if (t.inspectors.contains(QStringLiteral("19030000"))) {
                sawName = true;
                QVERIFY(team.contains(QStringLiteral("张三")));
                QVERIFY(m.index(r, DrawTaskTableModel::Team).data(Qt::ToolTipRole).toString().contains(QStringLiteral("张三 (19030000)")));
            }
        }
        QVERIFY(sawName);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void historyNewestFirst()
    {
        DrawHistoryTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto all = DrawRepository(*m_db).all(false);
        QVERIFY(all.ok());
        m.setRecords(all.value(), &RuleProfile::shipped(), QStringLiteral("yantian"));
        QCOMPARE(m.rowCount(), int(m_commit->pools.size()));
        QCOMPARE(m.index(0, DrawHistoryTableModel::Quarter).data().toString(), QStringLiteral("2025Q3"));
        QCOMPARE(m.index(0, DrawHistoryTableModel::RecordHash).data(Qt::ToolTipRole).toString(), m_commit->commitHash); // v2: the commit record
        QVERIFY(m.index(0, DrawHistoryTableModel::RecordHash).data().toString().endsWith(QStringLiteral("…")));
        QCOMPARE(m.index(0, DrawHistoryTableModel::Operator).data().toString(), QStringLiteral("测试员"));
        // Another bureau's scope sees none of them; the division sees none (no mobile pools here).
        m.setRecords(all.value(), &RuleProfile::shipped(), QStringLiteral("nanshan"));
        QCOMPARE(m.rowCount(), 0);
        m.setRecords(all.value(), &RuleProfile::shipped(), QStringLiteral("mobile"));
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_MAIN(TestDrawTableModels)
#include "TestDrawTableModels.moc"
