// SPDX-License-Identifier: GPL-3.0-or-later
// draw/MonthPlanner: the month split of a quarter's tasks (30/60/100) and late draws.

#include "ListFixtures.h"

class TestMonthPlanner : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void monthPlan()
    {
        using A = std::array<int, 3>;
        QCOMPARE(draw::monthSplit(10), (A{4, 3, 3}));
        QCOMPARE(draw::monthSplit(9), (A{3, 3, 3}));
        QCOMPARE(draw::monthSplit(5), (A{2, 2, 1}));
        QCOMPARE(draw::monthSplit(2), (A{1, 1, 0}));
        QCOMPARE(draw::monthSplit(1), (A{1, 0, 0}));
        QCOMPARE(draw::monthSplit(0), (A{0, 0, 0}));
        for (int n = 1; n < 200; ++n) { // cumulative plan ≥ 33 % and ≥ 66 %, so above 30/60
            const auto s = draw::monthSplit(n);
            QVERIFY(3 * s[0] >= n);
            QVERIFY(3 * (s[0] + s[1]) >= 2 * n);
        }
        QList<DrawTask> tasks;
        for (int i = 0; i < 5; ++i)
            tasks << task(i + 1, QStringLiteral("a"), QStringLiteral("A%1").arg(i));
        for (int i = 0; i < 2; ++i)
            tasks << task(6 + i, QStringLiteral("b"), QStringLiteral("B%1").arg(i));
        tasks[4].joint = true;
        QList<DrawTask> q3 = tasks;
        draw::planMonths(q3, 3, QStringLiteral("soil.plot"));
        QList<int> months;
        for (const DrawTask &t : q3)
            months << t.month;
        QCOMPARE(months, (QList<int>{1, 1, 2, 2, 3, 1, 2}));
        draw::planMonths(tasks, 4, QStringLiteral("soil.plot")); // Q4: joint tasks in October
        QCOMPARE(tasks[4].month, 1);
    }

    // A quarter drawn late: the plan stays as the spec fixes it, the tasks of months already over
    // are due in the month of the commit, the preview and the commit say so, the curve's plan moves.
    void lateDraw()
    {
        i18n::install(QStringLiteral("zh"));
        const auto restore = qScopeGuard([] { i18n::install(QStringLiteral("en")); });
        const Quarter q3{2025, 3};
        QCOMPARE(draw::dueMonth(7, q3, QDate(2025, 6, 20)), 7); // drawn ahead: as planned
        QCOMPARE(draw::dueMonth(7, q3, QDate(2025, 7, 3)), 7);
        QCOMPARE(draw::dueMonth(7, q3, QDate(2025, 8, 15)), 8);
        QCOMPARE(draw::dueMonth(9, q3, QDate(2025, 8, 15)), 9);
        QCOMPARE(draw::dueMonth(7, q3, QDate(2025, 10, 2)), 7); // after the quarter: overdue as planned
        QList<DrawTask> tasks;
        for (int i = 0; i < 9; ++i)
            tasks << task(i + 1, QStringLiteral("a"), QStringLiteral("A%1").arg(i));
        draw::planMonths(tasks, 3, QStringLiteral("soil.plot"));
        QVERIFY(draw::lateDrawWarning(tasks, q3, QDate(2025, 7, 31)).isEmpty());
        QVERIFY(draw::lateDrawWarning(tasks, q3, QDate(2025, 6, 30)).isEmpty());
        QVERIFY(draw::lateDrawWarning(tasks, q3, QDate(2025, 10, 1)).isEmpty());
        const QString aug = draw::lateDrawWarning(tasks, q3, QDate(2025, 8, 1));
        QVERIFY2(aug.contains(QStringLiteral("3 项")) && aug.contains(QStringLiteral("8月")), qPrintable(aug));
        const QString sep = draw::lateDrawWarning(tasks, q3, QDate(2025, 9, 1));
        QVERIFY2(sep.contains(QStringLiteral("6 项")) && sep.contains(QStringLiteral("9月")), qPrintable(sep));

        // End to end: a small bureau committed on 15 August.
        const QString path = m_dir.filePath(QStringLiteral("late.db"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QList<Entity> list;
        for (const QString &k : keys(40, QStringLiteral("L"))) {
            Entity e;
            e.category = QStringLiteral("fixed");
            e.key = e.uscc = k;
            e.name = QStringLiteral("单位") + k;
            e.bureau = QStringLiteral("yantian");
            e.level = QStringLiteral("general");
            list << e;
        }
        QVERIFY(storeLists(db.value(), list, yantianRoster(4, QStringLiteral("1906"))).ok());
        FixedClock clock(QDateTime(QDate(2025, 8, 15), QTime(9, 0)));
        const RuleProfile &profile = RuleProfile::shipped();
        DrawService service(db.value(), profile, clock);
        DrawRequest req{QStringLiteral("yantian"), q3, QStringLiteral("20250815"), std::nullopt, QStringLiteral("测试员"), {}, {}};
        QVERIFY(service.freeze(req).ok());
        auto preview = service.preview(req);
        QVERIFY2(preview.ok(), qPrintable(preview.message()));
        int july = 0;
        for (const DrawTask &t : preview->tasks)
            july += t.month == 1;
        QVERIFY(july > 0);
        const QString expected = QStringLiteral("%1 项").arg(july);
        auto hasLate = [&](const QStringList &w) {
            return std::any_of(w.begin(), w.end(), [&](const QString &s) { return s.contains(expected) && s.contains(QStringLiteral("8月")); });
        };
        QVERIFY2(hasLate(preview->warnings), qPrintable(preview->warnings.join(QLatin1Char('\n'))));
        auto commit = service.commit(req);
        QVERIFY2(commit.ok(), qPrintable(commit.message()));
        QVERIFY(hasLate(commit->warnings));
        // The stored plan is the spec's (July stays July: the commit verifies), the due month is August.
        {
            auto v = service.verify();
            QVERIFY(v.ok() && v->ok);
        }
        const QList<LedgerTask> ledger = TaskRepository(db.value()).list(q3, QStringLiteral("yantian")).value();
        int storedJuly = 0;
        for (const LedgerTask &t : ledger) {
            QCOMPARE(t.committedOn, QDate(2025, 8, 15));
            if (t.month == 7) {
                ++storedJuly;
                QCOMPARE(draw::dueMonth(t.month, t.quarter, t.committedOn), 8);
            }
        }
        QCOMPARE(storedJuly, july);
    }
};

QTEST_GUILESS_MAIN(TestMonthPlanner)
#include "TestMonthPlanner.moc"
