// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "util/Uscc.h"

#include <QSet>
#include <QtTest>

using namespace suiji;
using namespace suiji::test;

class TestDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void cityTotalsMatchThePlan()
    {
        const DemoCity city = DemoGenerator(2025, 1.0).generate();
        QHash<QString, int> byCategory;
        QSet<QString> bureaus;
        QSet<QPair<QString, QString>> keys;
        int key = 0;
        for (const Entity &e : city.entities) {
            byCategory[e.category] += 1;
            bureaus.insert(e.bureau);
            keys.insert({e.category, e.key});
            key += e.isKey();
        }
        // The numbers the 2025 plan names for the whole city.
        QCOMPARE(byCategory.value(category::DieselFleet), 1145);
        QCOMPARE(byCategory.value(category::EmissionStation), 172);
        QCOMPARE(byCategory.value(category::PetrolStation), 281);
        QCOMPARE(byCategory.value(category::OilDepot), 5);
        QCOMPARE(byCategory.value(category::Outfall), 19);
        QCOMPARE(byCategory.value(category::MonitoringAgency), 94);
        // City scale: about 100,000 entities, a few thousand key units, every bureau present.
        QVERIFY(city.entities.size() >= 90000 && city.entities.size() <= 110000);
        QVERIFY2(key >= 2000 && key <= 6000, qPrintable(QString::number(key)));
        QCOMPARE(bureaus.size(), 11);
        QCOMPARE(keys.size(), city.entities.size());
    }

    void entitiesAreWellFormed()
    {
        const DemoCity city = DemoGenerator(7, 0.1).generate();
        int penalties = 0, waivers = 0, warned = 0, good = 0, vocsC = 0, complaints10 = 0, positive = 0, clues = 0, removed = 0;
        for (const Entity &e : city.entities) {
            QVERIFY(!e.name.isEmpty());
            QVERIFY(Bureau::byId(e.bureau));
            const Category *c = Category::byId(e.category);
            QVERIFY(c);
            if (c->keyedByCode) {
                QVERIFY(e.uscc.isEmpty());
                QCOMPARE(e.key, e.code);
            } else {
                QVERIFY2(uscc::isValid(e.uscc), qPrintable(e.uscc));
                QCOMPARE(e.key, e.uscc);
            }
            if (e.category == category::Outfall)
                QVERIFY(Bureau::byId(e.bureau)->coastal);
            penalties += e.penaltyDate.isValid();
            waivers += e.waiverDate.isValid();
            warned += e.credit == QStringLiteral("警示") || e.credit == QStringLiteral("不良");
            good += e.credit == QStringLiteral("良好") || e.credit == QStringLiteral("诚信");
            vocsC += e.vocs == QStringLiteral("C");
            complaints10 += e.complaints >= 10;
            positive += e.positiveList;
            clues += e.violationClue;
            removed += e.removedDate.isValid();
        }
        // A realistic share of every attribute the rules look at.
        for (int n : {penalties, waivers, warned, good, vocsC, complaints10, positive})
            QVERIFY(n > 0);
        QVERIFY(good > warned);
        QVERIFY(removed > 0 || clues >= 0);

        QHash<QString, int> perBureau;
        int conflicts = 0;
        QSet<QString> badges;
        for (const Inspector &i : city.inspectors) {
            perBureau[i.bureau] += 1;
            conflicts += int(i.conflicts.size());
            QVERIFY(!badges.contains(i.badge));
            badges.insert(i.badge);
        }
        QCOMPARE(perBureau.size(), 12); // the eleven districts and the mobile-source division's own roster
        QVERIFY(perBureau.contains(QStringLiteral("mobile")));
        for (int n : perBureau)
            QVERIFY2(n >= 20 && n <= 60, qPrintable(QString::number(n)));
        QVERIFY(conflicts > 0);
    }

    void deterministicForASeed()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.db")), b = m_dir.filePath(QStringLiteral("b.db")), c = m_dir.filePath(QStringLiteral("c.db"));
        for (const auto &[p, seed] : {std::pair{a, 42ull}, std::pair{b, 42ull}, std::pair{c, 43ull}}) {
            auto db = Database::open(p, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            auto r = DemoGenerator(seed, 0.05).writeTo(db.value());
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        QCOMPARE(dumpHash(a), dumpHash(b));
        QVERIFY(dumpHash(a) != dumpHash(c));
    }

    void scaleShrinksTheCity()
    {
        const auto small = DemoGenerator(1, 0.1).scaledTotals();
        QCOMPARE(small.value(category::DieselFleet), 115); // 114.5 rounds half away from zero
        QCOMPARE(small.value(category::Fixed), 9150);
        const DemoCity city = DemoGenerator(1, 0.1).generate();
        int total = 0;
        for (int n : small)
            total += n;
        QCOMPARE(city.entities.size(), total);
    }

    void refusesNonEmptyDatabase()
    {
        const QString p = m_dir.filePath(QStringLiteral("full.db"));
        auto db = Database::open(p, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(1, 0.01).writeTo(db.value()).ok());
        const QByteArray before = dumpHash(p);
        auto again = DemoGenerator(2, 0.01).writeTo(db.value());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, 3);
        QCOMPARE(dumpHash(p), before);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
