// SPDX-License-Identifier: GPL-3.0-or-later
// Rule profiles, classification and quotas: worked numbers from the plan's wording.
#include "TestSupport.h"
#include "rules/Classifier.h"
#include "rules/QuotaCalculator.h"
#include "store/ProfileRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace suiji;

namespace {
Entity make(const QString &category, const QString &key, const QString &level = QStringLiteral("general"))
{
    Entity e;
    e.category = category;
    e.key = key;
    e.name = key;
    e.bureau = QStringLiteral("nanshan");
    e.level = level;
    return e;
}

QList<Entity> many(const QString &category, int n, const QString &level = QStringLiteral("general"), const QString &prefix = QStringLiteral("K"))
{
    QList<Entity> out;
    for (int i = 0; i < n; ++i)
        out << make(category, prefix + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')), level);
    return out;
}

QuotaRule rule(QuotaRule::Kind kind, qint64 v1e4, bool minOne = false)
{
    QuotaRule r;
    r.kind = kind;
    r.value1e4 = v1e4;
    r.minOne = minOne;
    return r;
}

QByteArray shippedJson()
{
    QFile f(QStringLiteral(":/rules/shenzhen-2025.json"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(shippedJson()).object();
    edit(o);
    return QJsonDocument(o).toJson();
}
} // namespace

class TestRules : public QObject {
    Q_OBJECT
    const RuleProfile &P = RuleProfile::shipped();
    const Quarter Q3{2025, 3};

private slots:
    void shippedProfileHasEveryPoolOfThePlan()
    {
        QVERIFY(!P.hash.isEmpty());
        QStringList ids;
        for (const PoolRule &r : P.pools)
            ids << r.id;
        // domain.md's pool table, in its order (the task order of a quarter).
        QCOMPARE(ids, (QStringList{QStringLiteral("fixed.general"), QStringLiteral("fixed.key"), QStringLiteral("fixed.special"),
                                   QStringLiteral("mobile.diesel_fleet"), QStringLiteral("mobile.emission_station"), QStringLiteral("mobile.fuel"),
                                   QStringLiteral("construction.general"), QStringLiteral("construction.key"), QStringLiteral("outfall.key"),
                                   QStringLiteral("outfall.general"), QStringLiteral("outfall.special"), QStringLiteral("soil.key_unit"),
                                   QStringLiteral("soil.plot"), QStringLiteral("monitoring_agency")}));
        QVERIFY(P.pool(QStringLiteral("fixed.key"))->noRepeatWithinYear);
        QVERIFY(P.pool(QStringLiteral("mobile.emission_station"))->noRepeatWithinYear);
        QVERIFY(P.pool(QStringLiteral("mobile.fuel"))->noRepeatWithinYear);
        QVERIFY(P.pool(QStringLiteral("monitoring_agency"))->noRepeatWithinYear);
        QVERIFY(!P.pool(QStringLiteral("fixed.general"))->noRepeatWithinYear);
        QVERIFY(P.pool(QStringLiteral("monitoring_agency"))->mustCheckViolationClue);
        QCOMPARE(P.pool(QStringLiteral("soil.key_unit"))->mustCheckRemovedWithinMonths, 12);
        QCOMPARE(P.monthlyCurve, (QList<int>{30, 60, 100}));
        QCOMPARE(P.deadlines.publicationWorkingDays, 18);
        QCOMPARE(P.deadlines.quarterSummaryDays, 13);
        QCOMPARE(P.targets.generalPerInspector, 10);
        QCOMPARE(P.targets.keyCoveragePct, 50);
        QCOMPARE(P.targets.jointPct, 30);
        QCOMPARE(P.targets.jointDoneByMonth, 10);
        QCOMPARE(P.targets.jointDoneByDay, 31);
        QCOMPARE(P.teamSize, 2);
        QVERIFY(P.jointPlan.size() >= 5);
        // The hash is SHA-256 of the compact, key-sorted JSON, checkable by anyone.
        QCOMPARE(P.hash.toLatin1(), test::sha256Hex(QJsonDocument(QJsonDocument::fromJson(shippedJson()).object()).toJson(QJsonDocument::Compact)));
    }

    void quotaWorkedNumbers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("minOne");
        QTest::addColumn<int>("inspectors");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("expected");
        using K = QuotaRule::Kind;
        QTest::newRow("12.5% of 97 → 13") << int(K::Percent) << qint64(125000) << false << 0 << 97 << 13;
        QTest::newRow("12.5% of 96 → 12 exactly") << int(K::Percent) << qint64(125000) << false << 0 << 96 << 12;
        QTest::newRow("2.5 × 13 inspectors → 33") << int(K::PerInspector) << qint64(25000) << false << 13 << 0 << 33;
        QTest::newRow("2.5 × 40 → 100") << int(K::PerInspector) << qint64(25000) << false << 40 << 0 << 100;
        QTest::newRow("2 × 7 → 14") << int(K::PerInspector) << qint64(20000) << false << 7 << 0 << 14;
        QTest::newRow("1% of 37 → 1 (minimum)") << int(K::Percent) << qint64(10000) << true << 0 << 37 << 1;
        QTest::newRow("1% of 1145 → 12") << int(K::Percent) << qint64(10000) << true << 0 << 1145 << 12;
        QTest::newRow("1% of 0 → 0 (empty pool)") << int(K::Percent) << qint64(10000) << true << 0 << 0 << 0;
        QTest::newRow("10% of 90 → 9, no float drift") << int(K::Percent) << qint64(100000) << true << 0 << 90 << 9;
        QTest::newRow("2.5% of 172 → 5") << int(K::Percent) << qint64(25000) << true << 0 << 172 << 5;
        QTest::newRow("20% of 19 → 4") << int(K::Percent) << qint64(200000) << false << 0 << 19 << 4;
        QTest::newRow("30% of 10 → 3") << int(K::Percent) << qint64(300000) << false << 0 << 10 << 3;
        QTest::newRow("5% of 0 → 0") << int(K::Percent) << qint64(50000) << false << 0 << 0 << 0;
        QTest::newRow("every plot: 4") << int(K::EveryMonth) << qint64(0) << false << 0 << 4 << 4;
    }
    void quotaWorkedNumbers()
    {
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(bool, minOne);
        QFETCH(int, inspectors);
        QFETCH(int, base);
        QFETCH(int, expected);
        QString formula;
        QCOMPARE(QuotaCalculator::quotaFor(rule(QuotaRule::Kind(kind), value, minOne), inspectors, base, &formula), expected);
        QVERIFY(!formula.isEmpty());
    }

    // One case per row of the pool table: entities of that kind in, the pool's size and quota out.
    void everyPoolRow_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("inspectors");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<int>("quota");
        QTest::addColumn<bool>("capped");
        QTest::newRow("fixed.general 2.5 × 13") << QStringLiteral("fixed") << QStringLiteral("general") << 500 << 13 << QStringLiteral("fixed.general") << 33
                                                << false;
        QTest::newRow("fixed.general capped") << QStringLiteral("fixed") << QStringLiteral("general") << 20 << 13 << QStringLiteral("fixed.general") << 20
                                              << true;
        QTest::newRow("fixed.key 12.5% of 97") << QStringLiteral("fixed") << QStringLiteral("key") << 97 << 13 << QStringLiteral("fixed.key") << 13 << false;
        QTest::newRow("mobile.diesel_fleet 1% of 37") << QStringLiteral("diesel_fleet") << QStringLiteral("general") << 37 << 13
                                                      << QStringLiteral("mobile.diesel_fleet") << 1 << false;
        QTest::newRow("mobile.emission_station 2.5% of 41")
            << QStringLiteral("emission_station") << QStringLiteral("general") << 41 << 13 << QStringLiteral("mobile.emission_station") << 2 << false;
        QTest::newRow("mobile.fuel petrol 2.5% of 81")
            << QStringLiteral("petrol_station") << QStringLiteral("general") << 81 << 13 << QStringLiteral("mobile.fuel") << 3 << false;
        QTest::newRow("mobile.fuel depots") << QStringLiteral("oil_depot") << QStringLiteral("general") << 5 << 13 << QStringLiteral("mobile.fuel") << 1
                                            << false;
        QTest::newRow("construction.general 2.5 × 13")
            << QStringLiteral("construction") << QStringLiteral("general") << 300 << 13 << QStringLiteral("construction.general") << 33 << false;
        QTest::newRow("construction.key 2.5% of 81") << QStringLiteral("construction") << QStringLiteral("key") << 81 << 13
                                                     << QStringLiteral("construction.key") << 3 << false;
        QTest::newRow("outfall.key 20% of 6") << QStringLiteral("outfall") << QStringLiteral("key") << 6 << 13 << QStringLiteral("outfall.key") << 2 << false;
        QTest::newRow("outfall.general 2 × 13 capped at 5")
            << QStringLiteral("outfall") << QStringLiteral("general") << 5 << 13 << QStringLiteral("outfall.general") << 5 << true;
        QTest::newRow("soil.key_unit 5% of 29") << QStringLiteral("soil_unit") << QStringLiteral("key") << 29 << 13 << QStringLiteral("soil.key_unit") << 2
                                                << false;
        QTest::newRow("soil.plot all") << QStringLiteral("soil_plot") << QStringLiteral("general") << 13 << 13 << QStringLiteral("soil.plot") << 13 << false;
        QTest::newRow("monitoring_agency 10% of 9") << QStringLiteral("monitoring_agency") << QStringLiteral("general") << 9 << 13
                                                    << QStringLiteral("monitoring_agency") << 1 << false;
        QTest::newRow("empty pool") << QStringLiteral("monitoring_agency") << QStringLiteral("general") << 0 << 13 << QStringLiteral("monitoring_agency") << 0
                                    << false;
    }
    void everyPoolRow()
    {
        QFETCH(QString, category);
        QFETCH(QString, level);
        QFETCH(int, count);
        QFETCH(int, inspectors);
        QFETCH(QString, pool);
        QFETCH(int, quota);
        QFETCH(bool, capped);
        const QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, inspectors, many(category, count, level));
        const PoolPlan *p = plan.pool(pool);
        QVERIFY(p);
        QCOMPARE(p->base, count);
        QCOMPARE(int(p->pool.size()), count);
        QCOMPARE(p->quota, quota);
        QCOMPARE(p->capped, capped);
        if (capped)
            QVERIFY(!p->warnings.isEmpty());
        if (count == 0)
            QVERIFY(plan.notes.join(QString()).contains(p->rule->name.text()));
        if (pool == QLatin1String("soil.plot"))
            QCOMPARE(p->tasks(), 3 * count);
        // Nothing else lands in another pool.
        int others = 0;
        for (const PoolPlan &o : plan.pools)
            if (o.rule->id != pool)
                others += o.base;
        QCOMPARE(others, 0);
    }

    void fixedSpecialFromEachCriterion()
    {
        QList<Entity> list = many(QStringLiteral("fixed"), 200, QStringLiteral("general"), QStringLiteral("G"));
        QList<Entity> special;
        auto add = [&](auto change) {
            Entity e = make(QStringLiteral("fixed"), QStringLiteral("S%1").arg(special.size(), 3, 10, QLatin1Char('0')));
            change(e);
            special << e;
        };
        add([](Entity &e) { e.penaltyDate = QDate(2025, 3, 1); });
        add([](Entity &e) { e.waiverDate = QDate(2024, 8, 1); });
        add([](Entity &e) { e.credit = QStringLiteral("警示"); });
        add([](Entity &e) { e.credit = QStringLiteral("不良"); });
        add([](Entity &e) { e.vocs = QStringLiteral("C"); });
        add([](Entity &e) { e.complaints = 10; });
        const QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, list + special);
        QCOMPARE(plan.pool(QStringLiteral("fixed.special"))->base, 6);
        QCOMPARE(plan.pool(QStringLiteral("fixed.special"))->quota, 2); // 25% of 6 = 1.5 → 2
        QCOMPARE(plan.pool(QStringLiteral("fixed.general"))->base, 200);
    }

    void classificationPrecedence()
    {
        const Classifier c(P, Q3); // window 2024-07-01 … 2025-06-30
        QCOMPARE(c.windowStart(), QDate(2024, 7, 1));
        Entity e = make(QStringLiteral("fixed"), QStringLiteral("A"));
        e.credit = QStringLiteral("良好");
        QCOMPARE(c.classify(e).cls, QStringLiteral("excluded"));
        // A penalty inside the window beats a 良好 grade…
        e.penaltyDate = QDate(2024, 7, 1);
        Classification r = c.classify(e);
        QCOMPARE(r.cls, QStringLiteral("special"));
        QCOMPARE(r.pool, QStringLiteral("fixed.special"));
        QVERIFY2(r.reasons.join(QString()).contains(QStringLiteral("2024-07-01")), qPrintable(r.reasons.join(QStringLiteral("; "))));
        // …one a day before the window does not.
        e.penaltyDate = QDate(2024, 6, 30);
        QCOMPARE(c.classify(e).cls, QStringLiteral("excluded"));
        // The last day before the quarter is inside; the quarter's first day is not "before".
        e.penaltyDate = QDate(2025, 6, 30);
        QCOMPARE(c.classify(e).cls, QStringLiteral("special"));
        e.penaltyDate = QDate(2025, 7, 1);
        QCOMPARE(c.classify(e).cls, QStringLiteral("excluded"));
        // A waiver (包容审慎免罚) counts like a penalty.
        e.penaltyDate = {};
        e.waiverDate = QDate(2025, 5, 20);
        r = c.classify(e);
        QCOMPARE(r.cls, QStringLiteral("special"));
        QVERIFY(r.reasons.join(QString()).contains(QStringLiteral("2025-05-20")));
        QVERIFY(r.reasons.join(QString()).contains(QStringLiteral("2025Q3")));
        // Key beats special; key on the positive list is off-site, still in fixed.key.
        e.level = QStringLiteral("key");
        QCOMPARE(c.classify(e).cls, QStringLiteral("key"));
        e.positiveList = true;
        r = c.classify(e);
        QCOMPARE(r.cls, QStringLiteral("offsite"));
        QCOMPARE(r.pool, QStringLiteral("fixed.key"));
        QVERIFY(r.offsite);
        // Non-key on the positive list: not drawn.
        Entity f = make(QStringLiteral("fixed"), QStringLiteral("B"));
        f.positiveList = true;
        QCOMPARE(c.classify(f).cls, QStringLiteral("excluded"));
        QVERIFY(c.classify(f).pool.isEmpty());
        // VOCs A excludes, VOCs B does not; 9 complaints are not enough, 10 are.
        Entity g = make(QStringLiteral("fixed"), QStringLiteral("C"));
        g.vocs = QStringLiteral("A");
        QCOMPARE(c.classify(g).cls, QStringLiteral("excluded"));
        g.vocs = QStringLiteral("B");
        QCOMPARE(c.classify(g).cls, QStringLiteral("general"));
        g.complaints = 9;
        QCOMPARE(c.classify(g).cls, QStringLiteral("general"));
        g.complaints = 10;
        QCOMPARE(c.classify(g).cls, QStringLiteral("special"));
        // Outfalls are classified the same way; other categories only by level.
        Entity o = make(QStringLiteral("outfall"), QStringLiteral("RHPWK-1"));
        o.credit = QStringLiteral("不良");
        QCOMPARE(c.classify(o).pool, QStringLiteral("outfall.special"));
        Entity s = make(QStringLiteral("construction"), QStringLiteral("D"));
        s.credit = QStringLiteral("不良");
        QCOMPARE(c.classify(s).cls, QStringLiteral("general"));
        QCOMPARE(c.classify(s).pool, QStringLiteral("construction.general"));
        // Same input, same answer.
        QCOMPARE(c.classify(e).reasons, c.classify(e).reasons);
    }

    // Found by fuzz_rule_profile (tests/data/fuzz): an integer field of 1.2e113 was cast to int
    // (undefined behaviour, UBSan's float-cast-overflow). It is refused in words.
    void aHugeIntegerIsRefusedNotCast()
    {
        QFile f(test::dataPath(QStringLiteral("fuzz/rule-profile-int-overflow.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto p = RuleProfile::fromJson(f.readAll());
        QVERIFY(!p.ok());
        QVERIFY2(p.message().contains(QStringLiteral("outside")), qPrintable(p.message()));
    }

    void precedenceIsASetting()
    {
        auto p = RuleProfile::fromJson(edited([](QJsonObject &o) {
            QJsonObject cl = o.value(QStringLiteral("classification")).toObject();
            cl.insert(QStringLiteral("precedence"),
                      QJsonArray{QStringLiteral("key"), QStringLiteral("excluded"), QStringLiteral("special"), QStringLiteral("general")});
            o.insert(QStringLiteral("classification"), cl);
        }));
        QVERIFY2(p.ok(), qPrintable(p.message()));
        Entity e = make(QStringLiteral("fixed"), QStringLiteral("A"));
        e.credit = QStringLiteral("良好");
        e.penaltyDate = QDate(2025, 1, 1);
        QCOMPARE(Classifier(p.value(), Q3).classify(e).cls, QStringLiteral("excluded"));
        QCOMPARE(Classifier(P, Q3).classify(e).cls, QStringLiteral("special"));
        QVERIFY(p->hash != P.hash);
        QCOMPARE(P.capSlack, 1); // decided (domain.md): with no slack 22 of 30 seeds could not staff 南山 2025Q3
        auto slack = RuleProfile::fromJson(edited([](QJsonObject &o) {
            o.insert(QStringLiteral("draw"), QJsonObject{{QStringLiteral("team_size"), 2}, {QStringLiteral("cap_slack"), 0}});
        }));
        QVERIFY(slack.ok());
        QCOMPARE(slack->capSlack, 0);
    }

    void mustChecks()
    {
        QList<Entity> agencies = many(QStringLiteral("monitoring_agency"), 9, QStringLiteral("general"), QStringLiteral("M"));
        agencies[2].violationClue = true;
        agencies[5].violationClue = true;
        QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, agencies);
        const PoolPlan *m = plan.pool(QStringLiteral("monitoring_agency"));
        QCOMPARE(m->mustCheck, (QStringList{QStringLiteral("M00002"), QStringLiteral("M00005")}));
        QCOMPARE(m->base, 9);
        QCOMPARE(int(m->pool.size()), 7); // must-checks leave the random pool
        QCOMPARE(m->quota, 1);
        QCOMPARE(m->tasks(), 3);

        // Soil: removed 2025-05-10 → a must-check in 2025Q3 (the first quarter after), once.
        QList<Entity> soil = many(QStringLiteral("soil_unit"), 20, QStringLiteral("key"), QStringLiteral("U"));
        Entity gone = make(QStringLiteral("soil_unit"), QStringLiteral("GONE"));
        gone.removedDate = QDate(2025, 5, 10);
        Entity old = make(QStringLiteral("soil_unit"), QStringLiteral("OLD"));
        old.removedDate = QDate(2024, 3, 1);
        Entity edge = make(QStringLiteral("soil_unit"), QStringLiteral("EDGE"));
        edge.removedDate = QDate(2025, 7, 1); // the quarter's own first day: not before it
        soil << gone << old << edge;
        plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, soil);
        const PoolPlan *s = plan.pool(QStringLiteral("soil.key_unit"));
        QCOMPARE(s->mustCheck, QStringList{QStringLiteral("GONE")});
        QCOMPARE(s->base, 20);
        QCOMPARE(s->quota, 1);
        // In 2025Q4 the edge unit is due, and GONE is due again only if not yet checked.
        plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2025, 4}, 10, soil);
        QCOMPARE(plan.pool(QStringLiteral("soil.key_unit"))->mustCheck, (QStringList{QStringLiteral("EDGE"), QStringLiteral("GONE")}));
        DrawHistory h;
        h.byPool[QStringLiteral("soil.key_unit")][QStringLiteral("GONE")] << Q3;
        plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2025, 4}, 10, soil, h);
        QCOMPARE(plan.pool(QStringLiteral("soil.key_unit"))->mustCheck, QStringList{QStringLiteral("EDGE")});
        // A year and a day later it is no longer a must-check.
        plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2026, 3}, 10, soil);
        QVERIFY(plan.pool(QStringLiteral("soil.key_unit"))->mustCheck.isEmpty());
    }

    // Issue 16: "不足1家的按1家计" beats no-repeat; a removed unit's window must outlast the month
    // its must-check is planned in; a profile states its year.
    void minOneBeatsNoRepeat()
    {
        QList<Entity> stations = many(QStringLiteral("emission_station"), 3, QStringLiteral("general"), QStringLiteral("E"));
        DrawHistory h;
        for (const Entity &e : stations)
            h.byPool[QStringLiteral("mobile.emission_station")][e.key] << Quarter{2025, 1};
        const QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, stations, h);
        const PoolPlan *p = plan.pool(QStringLiteral("mobile.emission_station"));
        QCOMPARE(p->alreadyDrawn, 3);
        QCOMPARE(int(p->pool.size()), 3); // the whole pool again
        QCOMPARE(p->quota, 1);
        QCOMPARE(p->members.size(), 3);
        QVERIFY(std::any_of(plan.notes.begin(), plan.notes.end(),
                            [](const QString &n) { return n.contains(QStringLiteral("whole pool")) || n.contains(QStringLiteral("整个")); }));
        // Not a min-one pool: no-repeat empties it and nothing is drawn.
        QList<Entity> keys = many(QStringLiteral("fixed"), 2, QStringLiteral("key"), QStringLiteral("K"));
        DrawHistory hk;
        for (const Entity &e : keys)
            hk.byPool[QStringLiteral("fixed.key")][e.key] << Quarter{2025, 1};
        QCOMPARE(QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, keys, hk).pool(QStringLiteral("fixed.key"))->quota, 0);
    }

    void removalWindowOutlastsTheMonth()
    {
        Entity late = make(QStringLiteral("soil_unit"), QStringLiteral("LATE"));
        late.removedDate = QDate(2025, 1, 20); // the window closes on 2026-01-20
        QList<Entity> soil = many(QStringLiteral("soil_unit"), 10, QStringLiteral("key"), QStringLiteral("U"));
        soil << late;
        // 2026Q1 starts inside the window, but its first month (when must-checks are planned) ends after it.
        QVERIFY(QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2026, 1}, 10, soil).pool(QStringLiteral("soil.key_unit"))->mustCheck.isEmpty());
        QCOMPARE(QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2025, 4}, 10, soil).pool(QStringLiteral("soil.key_unit"))->mustCheck,
                 QStringList{QStringLiteral("LATE")});
    }

    void profileStatesItsYear()
    {
        QCOMPARE(P.year, 2025);
        const QuarterPlan next = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2026, 1}, 10, many(QStringLiteral("fixed"), 20));
        QVERIFY2(next.warnings.join(QString()).contains(QStringLiteral("2026")) && next.warnings.join(QString()).contains(P.id),
                 qPrintable(next.warnings.join(QLatin1Char('\n'))));
        const QuarterPlan same = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, many(QStringLiteral("fixed"), 20));
        QVERIFY(!same.warnings.join(QString()).contains(P.id));
        auto y = P.forYear(2026);
        QVERIFY2(y.ok(), qPrintable(y.message()));
        QCOMPARE(y->id, QStringLiteral("shenzhen-2026"));
        QCOMPARE(y->year, 2026);
        QVERIFY(y->hash != P.hash);
        QCOMPARE(y->pools.size(), P.pools.size());
        const QuarterPlan fresh = QuotaCalculator(y.value()).plan(QStringLiteral("nanshan"), Quarter{2026, 1}, 10, many(QStringLiteral("fixed"), 20));
        QVERIFY(!fresh.warnings.join(QString()).contains(y->id));
    }

    // Issue 16: the year targets set the quotas when a bureau falls behind (catch-up).
    void catchUpToTheYearTargets()
    {
        QList<Entity> keys = many(QStringLiteral("fixed"), 40, QStringLiteral("key"), QStringLiteral("K"));
        DrawHistory h;
        for (int i = 0; i < 5; ++i) // only Q3 was drawn: 5 of 40 key units
            h.byPool[QStringLiteral("fixed.key")][keys[i].key] << Q3;
        const Quarter q4{2025, 4};
        QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), q4, 10, keys, h);
        const PoolPlan *k = plan.pool(QStringLiteral("fixed.key"));
        QVERIFY(k->catchUp);
        QCOMPARE(k->catchUp->target, 20); // 50 % of 40
        QCOMPARE(k->catchUp->done, 5);
        QCOMPARE(k->catchUp->quartersLeft, 1);
        QCOMPARE(k->catchUp->needed, 15);
        QVERIFY(!k->catchUp->applied); // shipped: suggest
        QCOMPARE(k->quota, 5);         // 12.5 % of 40
        QVERIFY(k->catchUp->text.contains(QStringLiteral("15")) && k->catchUp->text.contains(QStringLiteral("20")));
        // Applied by the chief: the quota is what the target needs (from the 35 left).
        plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), q4, 10, keys, h, {QStringLiteral("fixed.key")});
        QCOMPARE(plan.pool(QStringLiteral("fixed.key"))->quota, 15);
        QVERIFY(plan.pool(QStringLiteral("fixed.key"))->catchUp->applied);
        // Drawn elsewhere earlier in the year counts: 10 more make the formula enough.
        h.prior.insert(QStringLiteral("fixed.key"), 10);
        plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), q4, 10, keys, h);
        QVERIFY(!plan.pool(QStringLiteral("fixed.key"))->catchUp);
        // Early in the year the formula keeps the target: nothing to catch up.
        QVERIFY(!QuotaCalculator(P).plan(QStringLiteral("nanshan"), Quarter{2025, 1}, 10, keys).pool(QStringLiteral("fixed.key"))->catchUp);
        // The profile can apply it itself.
        auto applyAll = RuleProfile::fromJson(edited([](QJsonObject &o) {
            QJsonObject t = o.value(QStringLiteral("targets")).toObject();
            t.insert(QStringLiteral("catch_up"), QStringLiteral("apply"));
            o.insert(QStringLiteral("targets"), t);
        }));
        QVERIFY2(applyAll.ok(), qPrintable(applyAll.message()));
        h.prior.clear();
        QCOMPARE(QuotaCalculator(applyAll.value()).plan(QStringLiteral("nanshan"), q4, 10, keys, h).pool(QStringLiteral("fixed.key"))->quota, 15);
        QVERIFY(!RuleProfile::fromJson(edited([](QJsonObject &o) {
                     QJsonObject t = o.value(QStringLiteral("targets")).toObject();
                     t.insert(QStringLiteral("catch_up"), QStringLiteral("sometimes"));
                     o.insert(QStringLiteral("targets"), t);
                 })).ok());
    }

    void noRepeatWithinYear()
    {
        QList<Entity> keys = many(QStringLiteral("fixed"), 40, QStringLiteral("key"), QStringLiteral("K"));
        QList<Entity> gen = many(QStringLiteral("fixed"), 100, QStringLiteral("general"), QStringLiteral("G"));
        DrawHistory h;
        for (int i = 0; i < 5; ++i)
            h.byPool[QStringLiteral("fixed.key")][keys[i].key] << Quarter{2025, 2};
        h.byPool[QStringLiteral("fixed.key")][keys[5].key] << Quarter{2024, 4};    // last year: eligible again
        h.byPool[QStringLiteral("fixed.general")][gen[0].key] << Quarter{2025, 2}; // general repeats are fine
        const QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, keys + gen, h);
        const PoolPlan *k = plan.pool(QStringLiteral("fixed.key"));
        QCOMPARE(k->base, 40);
        QCOMPARE(k->alreadyDrawn, 5);
        QCOMPARE(int(k->pool.size()), 35);
        QCOMPARE(k->quota, 5); // 12.5% of all 40 key units, not of the 35 left
        QVERIFY(!k->pool.contains(keys[0].key));
        QVERIFY(k->pool.contains(keys[5].key));
        QCOMPARE(plan.pool(QStringLiteral("fixed.general"))->pool.size(), 100);
    }

    void poolsAreSortedByBytes()
    {
        QList<Entity> list;
        for (const char *k : {"b", "B", "a9", "a10", "Z"})
            list << make(QStringLiteral("diesel_fleet"), QString::fromLatin1(k));
        const QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 10, list);
        QCOMPARE(plan.pool(QStringLiteral("mobile.diesel_fleet"))->pool,
                 (QStringList{QStringLiteral("B"), QStringLiteral("Z"), QStringLiteral("a10"), QStringLiteral("a9"), QStringLiteral("b")}));
    }

    void yearTargetAtRisk()
    {
        // 20 general units and 13 inspectors: 20 a quarter cannot reach 130 a year.
        const QuarterPlan plan = QuotaCalculator(P).plan(QStringLiteral("nanshan"), Q3, 13, many(QStringLiteral("fixed"), 20));
        QVERIFY(plan.warnings.join(QString()).contains(QStringLiteral("130")));
    }

    void profileValidationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("format") << edited([](QJsonObject &o) { o.remove(QStringLiteral("format")); }) << QStringLiteral("format");
        // Issue 16's fields.
        auto set = [](const char *object, const char *key, const QJsonValue &v) {
            return edited([=](QJsonObject &o) {
                QJsonObject x = o.value(QLatin1String(object)).toObject();
                x.insert(QLatin1String(key), v);
                o.insert(QLatin1String(object), x);
            });
        };
        QTest::newRow("joint base") << set("targets", "joint_base", QStringLiteral("all")) << QStringLiteral("targets.joint_base");
        QTest::newRow("catch up") << set("targets", "catch_up", QStringLiteral("always")) << QStringLiteral("targets.catch_up");
        QTest::newRow("joint offsite") << set("draw", "joint_offsite", QStringLiteral("no")) << QStringLiteral("draw.joint_offsite");
        QTest::newRow("annual report") << set("deadlines", "annual_report", QStringLiteral("12-32")) << QStringLiteral("deadlines.annual_report");
        QTest::newRow("joint summary day") << set("deadlines", "joint_summary_working_day_of_november", 40)
                                           << QStringLiteral("deadlines.joint_summary_working_day_of_november");
        auto pool = [](int i, const char *key, const QJsonValue &v) {
            return edited([=](QJsonObject &o) {
                QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
                QJsonObject p = pools[i].toObject();
                p.insert(QLatin1String(key), v);
                pools[i] = p;
                o.insert(QStringLiteral("pools"), pools);
            });
        };
        QTest::newRow("drawn by") << pool(3, "drawn_by", QStringLiteral("city")) << QStringLiteral("pools[3].drawn_by");
        // pools[0] is fixed.general, a per-inspector quota: the division cannot draw it.
        QTest::newRow("drawn by division, per inspector") << pool(0, "drawn_by", QStringLiteral("mobile")) << QStringLiteral("pools[0].drawn_by");
        QTest::newRow("quota kind") << edited([](QJsonObject &o) {
            QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
            QJsonObject p = pools[3].toObject();
            p.insert(QStringLiteral("quota"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("lots")}});
            pools[3] = p;
            o.insert(QStringLiteral("pools"), pools);
        }) << QStringLiteral("pools[3].quota.kind");
        QTest::newRow("negative value") << edited([](QJsonObject &o) {
            QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
            QJsonObject p = pools[1].toObject();
            p.insert(QStringLiteral("quota"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("percent")}, {QStringLiteral("value"), -5}});
            pools[1] = p;
            o.insert(QStringLiteral("pools"), pools);
        }) << QStringLiteral("pools[1].quota.value");
        QTest::newRow("unknown category") << edited([](QJsonObject &o) {
            QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
            QJsonObject p = pools[0].toObject();
            p.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("spaceships")});
            pools[0] = p;
            o.insert(QStringLiteral("pools"), pools);
        }) << QStringLiteral("pools[0].categories");
        QTest::newRow("duplicate pool") << edited([](QJsonObject &o) {
            QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
            pools.append(pools[0]);
            o.insert(QStringLiteral("pools"), pools);
        }) << QStringLiteral("pools[14].id");
        QTest::newRow("cap slack") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("draw"), QJsonObject{{QStringLiteral("team_size"), 2}, {QStringLiteral("cap_slack"), -1}});
        }) << QStringLiteral("draw.cap_slack");
        QTest::newRow("curve") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("monthly_curve"), QJsonArray{60, 30, 100});
        }) << QStringLiteral("monthly_curve");
        QTest::newRow("joint pool") << edited([](QJsonObject &o) {
            QJsonArray rows = o.value(QStringLiteral("joint_plan")).toArray();
            QJsonObject r = rows[0].toObject();
            r.insert(QStringLiteral("match"), QJsonObject{{QStringLiteral("pools"), QJsonArray{QStringLiteral("mobile.trains")}}});
            rows[0] = r;
            o.insert(QStringLiteral("joint_plan"), rows);
        }) << QStringLiteral("joint_plan[0].match.pools");
        QTest::newRow("precedence") << edited([](QJsonObject &o) {
            QJsonObject cl = o.value(QStringLiteral("classification")).toObject();
            cl.insert(QStringLiteral("precedence"), QJsonArray{QStringLiteral("key"), QStringLiteral("general")});
            o.insert(QStringLiteral("classification"), cl);
        }) << QStringLiteral("classification.precedence");
    }
    void profileValidationNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto p = RuleProfile::fromJson(json);
        QVERIFY(!p.ok());
        QVERIFY(!p.message().isEmpty());
        if (!field.isEmpty())
            QVERIFY2(p.message().contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(p.message()));
    }

    void profileVersionsInTheDatabase()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.db")), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        ProfileRepository repo(db.value());
        QCOMPARE(repo.active().value().hash, P.hash); // none saved: the shipped one
        // The profile the previous release shipped (its draws' freezes name its hash) is still
        // found, so a file drawn with it and never saving it verifies after the upgrade.
        QVERIFY(!RuleProfile::shippedEarlier().isEmpty());
        const QString previous = QStringLiteral("f828c24bcfe3a189");
        bool found = false;
        for (const RuleProfile &e : RuleProfile::shippedEarlier()) {
            QVERIFY(e.hash != P.hash);
            found = found || e.hash.startsWith(previous);
            auto byHash = repo.byHash(e.hash);
            QVERIFY2(byHash.ok(), qPrintable(byHash.message()));
            QCOMPARE(byHash->hash, e.hash);
        }
        QVERIFY(found);
        auto changed = RuleProfile::fromJson(edited([](QJsonObject &o) {
            QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
            QJsonObject p = pools[0].toObject();
            p.insert(QStringLiteral("quota"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("per_inspector")}, {QStringLiteral("value"), 3}});
            pools[0] = p;
            o.insert(QStringLiteral("pools"), pools);
        }));
        QVERIFY(changed.ok());
        auto v1 = repo.save(changed.value(), QStringLiteral("2025-06-01T09:00:00"));
        QVERIFY2(v1.ok(), qPrintable(v1.message()));
        QCOMPARE(v1->version, 1);
        auto v2 = repo.save(P, QStringLiteral("2025-06-02T09:00:00"));
        QCOMPARE(v2->version, 2);
        QCOMPARE(repo.active().value().hash, P.hash);
        QCOMPARE(repo.versions().value().size(), 2);
        auto v3 = repo.save(changed.value(), QStringLiteral("2025-06-03T09:00:00"));
        QCOMPARE(v3->version, 3);
        const RuleProfile active = repo.active().value();
        QCOMPARE(active.hash, changed->hash);
        QCOMPARE(QuotaCalculator::quotaFor(active.pool(QStringLiteral("fixed.general"))->quota, 13, 0), 39);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
