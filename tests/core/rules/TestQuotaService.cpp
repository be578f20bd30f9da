// SPDX-License-Identifier: GPL-3.0-or-later
// rules/QuotaService on a real SQLite file: where the quarter's inspector count comes from (given,
// else stored for the quarter, else the roster's members taking part), what it does to a
// per-inspector quota, and what a district's own ceremony draws (the division's pools left out).

#include "ListFixtures.h"

class TestQuotaService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("quota.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        // 盐田: 8 key and 40 general fixed sources, 3 petrol stations; 6 inspectors taking part, 1 not.
        const QList<Entity> list = yantianEntities(8, QStringLiteral("fixed"), QLatin1Char('K'), QStringLiteral("key")) +
                                   yantianEntities(40, QStringLiteral("fixed"), QLatin1Char('G')) +
                                   yantianEntities(3, QStringLiteral("petrol_station"), QLatin1Char('P'));
        QList<Inspector> people = yantianRoster(7, QStringLiteral("1903"));
        people.last().active = false;
        QVERIFY(storeLists(*m_db, list, people).ok());
    }

    void theRosterWhenNothingIsStored()
    {
        auto plan = QuotaService(*m_db, RuleProfile::shipped()).plan(QStringLiteral("yantian"), Quarter{2025, 3});
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QCOMPARE(plan->inspectors, 6);
        QCOMPARE(plan->inspectorsSource, QStringLiteral("roster"));
        QCOMPARE(plan->rosterActive, 6);
        QCOMPARE(plan->pool(QStringLiteral("fixed.general"))->base, 40);
        QCOMPARE(plan->pool(QStringLiteral("fixed.general"))->quota, 15); // 2.5 per inspector × 6
        QCOMPARE(plan->pool(QStringLiteral("fixed.key"))->quota, 1);      // 12.5% of 8
        QCOMPARE(plan->pool(QStringLiteral("mobile.fuel"))->quota, 1);    // 2.5% of 3, at least one
    }

    void aGivenCountWinsOverTheRoster()
    {
        auto plan = QuotaService(*m_db, RuleProfile::shipped()).plan(QStringLiteral("yantian"), Quarter{2025, 3}, 4);
        QVERIFY(plan.ok());
        QCOMPARE(plan->inspectorsSource, QStringLiteral("given"));
        QCOMPARE(plan->pool(QStringLiteral("fixed.general"))->quota, 10);
        QCOMPARE(plan->rosterActive, 6);
    }

    void aStoredCountIsForItsQuarterOnly()
    {
        QVERIFY(InspectorRepository(*m_db).saveCount(QStringLiteral("yantian"), Quarter{2025, 4}, 2).ok());
        const QuotaService s(*m_db, RuleProfile::shipped());
        auto q4 = s.plan(QStringLiteral("yantian"), Quarter{2025, 4});
        QVERIFY(q4.ok());
        QCOMPARE(q4->inspectors, 2);
        QCOMPARE(q4->inspectorsSource, QStringLiteral("stored"));
        QCOMPARE(q4->pool(QStringLiteral("fixed.general"))->quota, 5);
        QCOMPARE(s.plan(QStringLiteral("yantian"), Quarter{2025, 3})->inspectorsSource, QStringLiteral("roster"));
        QCOMPARE(s.plan(QStringLiteral("yantian"), Quarter{2025, 4}, 3)->inspectorsSource, QStringLiteral("given"));
    }

    void aDistrictsCeremonyLeavesTheDivisionsPoolsOut()
    {
        const QuotaService s(*m_db, RuleProfile::shipped());
        auto all = s.plan(QStringLiteral("yantian"), Quarter{2025, 3});
        auto own = s.drawPlan(QStringLiteral("yantian"), Quarter{2025, 3});
        QVERIFY(all.ok() && own.ok());
        QVERIFY(all->pool(QStringLiteral("mobile.fuel")));
        QVERIFY(!own->pool(QStringLiteral("mobile.fuel")));
        QVERIFY(own->pool(QStringLiteral("fixed.general")));
        for (const PoolPlan &p : own->pools)
            QVERIFY2(!p.rule->drawnByDivision(), qPrintable(p.rule->id));
        auto division = s.drawPlan(QStringLiteral("mobile"), Quarter{2025, 3});
        QVERIFY2(division.ok(), qPrintable(division.message()));
        QVERIFY(division->division());
        QCOMPARE(division->pool(QStringLiteral("yantian/mobile.fuel"))->quota, 1);
    }

    void aFailedReadIsAnError()
    {
        // A file that lost its entity table reads as an error, never as an empty plan.
        auto db = Database::open(m_dir.filePath(QStringLiteral("broken.db")), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        const QString path = m_dir.filePath(QStringLiteral("broken.db"));
        db = Result<Database>(Error{});
        QVERIFY(test::sqlite(path, QStringLiteral("PRAGMA foreign_keys=OFF; DROP TABLE entity; SELECT 'ok';")).contains(QStringLiteral("ok")));
        auto again = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY(!QuotaService(again.value(), RuleProfile::shipped()).plan(QStringLiteral("yantian"), Quarter{2025, 3}).ok());
    }
};

QTEST_GUILESS_MAIN(TestQuotaService)
#include "TestQuotaService.moc"
