// SPDX-License-Identifier: GPL-3.0-or-later
// ledger/CampaignService on a real SQLite file: the procedure in its order (no inspection before
// publication, nothing written when refused), scope counts on a hand-counted list (a company in
// two lists counted once), the sampled campaign's ceremony (freeze, attempts, a commit of another
// seed needing a reason) re-checked by the shell's sha256sum and by verify, and verify catching a
// target or a procedure edited outside Suiji.

#include "ListFixtures.h"
#include "TestSupport.h"
#include "draw/DrawService.h"
#include "ledger/CampaignService.h"
#include "ledger/CaseService.h"
#include "progress/ProgressService.h"
#include "store/CampaignRepository.h"
#include "store/ChainRepository.h"

#include <QFile>

using namespace suiji::test;

class TestCampaignService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 9, 10), QTime(9, 0), Qt::UTC)};

    CampaignService service() const { return CampaignService(*m_db, RuleProfile::shipped(), m_clock); }
    int records() const { return int(ChainRepository(*m_db).all().value().size()); }
    bool verified(QString *why = nullptr) const
    {
        auto v = DrawService(*m_db, RuleProfile::shipped(), m_clock).verify({});
        if (why)
            *why = v.ok() ? v->reason : v.message();
        return v.ok() && v->ok;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("campaigns.db"));
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        // Ten fixed sources: 0–5 in 涂料 (0–2 on 沙头角 street, 3 a key one), 6–9 in 电镀; a soil key
        // unit that is also fixed source 0 (one company, two lists); one entity of another bureau.
        QList<Entity> fixed = yantianEntities(10, QStringLiteral("fixed"), QLatin1Char('F'));
        for (int i = 0; i < 10; ++i) {
            fixed[i].industry = i < 6 ? QStringLiteral("涂料制造") : QStringLiteral("电镀");
            fixed[i].street = i < 3 ? QStringLiteral("沙头角街道") : QStringLiteral("海山街道");
        }
        fixed[3].level = QStringLiteral("key");
        Entity soil = entity(QStringLiteral("yantian"), QStringLiteral("soil_unit"), fixed[0].key);
        soil.industry = QStringLiteral("涂料制造");
        Entity other = entity(QStringLiteral("futian"), QStringLiteral("fixed"), QStringLiteral("914403040000000001"));
        other.industry = QStringLiteral("涂料制造");
        QList<Inspector> people = yantianRoster(4, QStringLiteral("1903"));
        people[0].conflicts = {fixed[1].key};
        QVERIFY(storeLists(*m_db, fixed + QList<Entity>{soil, other}, people).ok());
    }

    void theProcedureInItsOrder()
    {
        Campaign c;
        c.id = QStringLiteral("ZX2025-TL");
        c.name = QStringLiteral("涂料行业VOCs专项执法");
        c.bureau = QStringLiteral("yantian");
        c.from = QDate(2025, 8, 1);
        c.to = QDate(2025, 10, 31);
        c.basis = QStringLiteral("《大气污染防治法》");
        QVERIFY(service().create(c, QStringLiteral("张科长")).ok());
        // An id that is a quarter's name, a second campaign of the same id: refused.
        Campaign bad = c;
        bad.id = QStringLiteral("2025Q3");
        QCOMPARE(service().create(bad, {}).error().code, 3);
        QCOMPARE(service().create(c, {}).error().code, 3);

        // Approval before the scope, filing before approval: refused, nothing written.
        const QByteArray before = dumpHash(m_path);
        auto early = service().approve(c.id, QStringLiteral("局长"), QDate(2025, 8, 2), QStringLiteral("深环盐〔2025〕1号"), {});
        QCOMPARE(early.error().code, 3);
        QCOMPARE(service().file(c.id, QStringLiteral("市局"), QDate(2025, 8, 3), {}).error().code, 3);
        QCOMPARE(dumpHash(m_path), before);

        // The scope: 涂料 fixed sources and the soil unit, one per company: 0–5 → 6.
        CampaignScope s;
        s.industry = QStringLiteral("涂料");
        auto scoped = service().setScope(c.id, s, {});
        QVERIFY2(scoped.ok(), qPrintable(scoped.message()));
        QCOMPARE(scoped->scopeCount, 6);
        // Narrower: on 沙头角 street (0–2) → 3; key level → 1 (number 3); fixed only → still 6.
        CampaignScope street = s;
        street.street = QStringLiteral("沙头角");
        QCOMPARE(service().inScope(c, street).value().size(), 3);
        CampaignScope key;
        key.level = QStringLiteral("key");
        QCOMPARE(service().inScope(c, key).value().size(), 1);
        CampaignScope fixedOnly = s;
        fixedOnly.categories = {QStringLiteral("fixed")};
        QCOMPARE(service().inScope(c, fixedOnly).value().size(), 6);
        CampaignScope soilOnly;
        soilOnly.categories = {QStringLiteral("soil_unit")};
        QCOMPARE(service().inScope(c, soilOnly).value().size(), 1);
        // The company in two lists is taken once, as its fixed source (the first list in order).
        const QList<Entity> in = service().inScope(c, s).value();
        QCOMPARE(std::count_if(in.begin(), in.end(), [](const Entity &e) { return e.key.endsWith(QLatin1String("F000000000")); }), 1);
        QCOMPARE(std::find_if(in.begin(), in.end(), [](const Entity &e) { return e.key.endsWith(QLatin1String("F000000000")); })->category,
                 QStringLiteral("fixed"));
        // An imported list of keys (a real CSV with a header), crossed with the filter.
        const QString csv = m_dir.filePath(QStringLiteral("keys.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("单位名称,统一社会信用代码\n甲,%1\n乙,%2\n丙,%3\n").arg(in[0].key, in[1].key, QStringLiteral("91440308F000000009")).toUtf8());
        f.close();
        auto keys = CampaignService::readKeys(csv);
        QVERIFY2(keys.ok(), qPrintable(keys.message()));
        QCOMPARE(keys->size(), 3);
        CampaignScope listed = s;
        listed.keys = keys.value();
        QCOMPARE(service().inScope(c, listed).value().size(), 2); // number 9 is 电镀

        QVERIFY(service().approve(c.id, QStringLiteral("局长"), QDate(2025, 8, 2), QStringLiteral("深环盐〔2025〕1号"), {}).ok());
        // The scope is the one approved: it no longer changes.
        QCOMPARE(service().setScope(c.id, street, {}).error().code, 3);
        // Filing dated before the approval: refused.
        QCOMPARE(service().file(c.id, QStringLiteral("市局"), QDate(2025, 8, 1), {}).error().code, 3);
        QVERIFY(service().file(c.id, QStringLiteral("深圳市生态环境局"), QDate(2025, 8, 4), {}).ok());

        // All targets, drawn before publication: allowed; an inspection is not.
        QVERIFY(service().freeze(c.id, std::nullopt, QStringLiteral("会上掷骰"), {}).ok());
        auto drawn = service().draw(c.id, QStringLiteral("31415926535897932384"), true, {}, QStringLiteral("张科长"));
        QVERIFY2(drawn.ok(), qPrintable(drawn.message()));
        QCOMPARE(drawn->tasks.size(), 6);
        const QString target = drawn->tasks.first().key;
        const QByteArray beforeDone = dumpHash(m_path);
        auto refused = service().taskDone(c.id, target, QDate(2025, 9, 1), QStringLiteral("无问题"), {});
        QCOMPARE(refused.error().code, 3);
        QVERIFY2(refused.message().contains(QStringLiteral("公布")), qPrintable(refused.message()));
        QCOMPARE(dumpHash(m_path), beforeDone);

        QVERIFY(service().publish(c.id, QStringLiteral("盐田区政府网站"), QDate(2025, 8, 5), {}).ok());
        // Spread over the three months of the period, two a month, each with a team of two, 回避 kept.
        QList<int> perMonth(4, 0);
        for (const CampaignTask &t : CampaignRepository(*m_db).tasks(c.id).value()) {
            ++perMonth[t.month];
            QCOMPARE(t.inspectors.size(), 2);
            if (t.key.endsWith(QLatin1String("F000000001")))
                QVERIFY(!t.inspectors.contains(QStringLiteral("19030000")));
        }
        QCOMPARE(perMonth, (QList<int>{0, 2, 2, 2}));
        QCOMPARE(service().taskDone(c.id, target, QDate(2025, 8, 4), {}, {}).error().code, 3);                               // before the publication
        QCOMPARE(service().taskDone(c.id, QStringLiteral("91440308F000000009"), QDate(2025, 9, 1), {}, {}).error().code, 3); // not a target
        auto done = service().taskDone(c.id, target, QDate(2025, 9, 1), QStringLiteral("无问题"), QStringLiteral("李四"));
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QVERIFY(service().close(c.id, QDate(2025, 9, 10), {}).ok());
        QCOMPARE(service().taskDone(c.id, drawn->tasks.at(1).key, QDate(2025, 9, 10), {}, {}).error().code, 3);
        QString why;
        QVERIFY2(verified(&why), qPrintable(why));
    }

    void aSampleDrawnInPublic()
    {
        Campaign c;
        c.id = QStringLiteral("ZX2025-DD");
        c.name = QStringLiteral("电镀专项随机抽查");
        c.bureau = QStringLiteral("yantian");
        c.from = QDate(2025, 9, 1);
        c.to = QDate(2025, 9, 30);
        QVERIFY(service().create(c, {}).ok());
        CampaignScope s;
        s.categories = {QStringLiteral("fixed")};
        QCOMPARE(service().setScope(c.id, s, {})->scopeCount, 10);
        // No seed before the lock.
        QCOMPARE(service().draw(c.id, QStringLiteral("1"), false, {}, {}).error().code, 3);
        QCOMPARE(service().freeze(c.id, 11, {}, {}).error().code, 3); // more than in scope
        QVERIFY(service().freeze(c.id, 3, QStringLiteral("掷十面骰 20 次"), {}).ok());
        QCOMPARE(service().freeze(c.id, 3, {}, {}).error().code, 3); // a second lock
        auto first = service().draw(c.id, QStringLiteral("11111"), false, {}, {});
        QVERIFY(first.ok());
        QCOMPARE(first->attemptNumber, 1);
        auto second = service().draw(c.id, QStringLiteral("22222"), false, {}, {});
        QCOMPARE(second->attemptNumber, 2);
        QCOMPARE(service().draw(c.id, QStringLiteral("11111"), false, {}, {})->attemptNumber, 1); // not logged twice

        // The sample as the shell computes it: the 3 lowest sha256(seed|context|key).
        QList<QPair<QString, QString>> tickets;
        for (int i = 0; i < 10; ++i) {
            const QString key = QStringLiteral("91440308F%1").arg(i, 9, 10, QLatin1Char('0'));
            tickets << qMakePair(drawfixtures::shellSha256(QStringLiteral("22222|suiji-campaign-v1|ZX2025-DD|yantian|") + key), key);
        }
        std::sort(tickets.begin(), tickets.end());
        const QStringList expected{tickets[0].second, tickets[1].second, tickets[2].second};
        QCOMPARE(second->selected, expected);

        // Committing the second seed needs a reason; with one it is committed, once.
        const int n = records();
        QCOMPARE(service().draw(c.id, QStringLiteral("22222"), true, {}, {}).error().code, 3);
        QCOMPARE(records(), n);
        auto committed = service().draw(c.id, QStringLiteral("22222"), true, QStringLiteral("第一次掷骰时骰子落地未计"), {});
        QVERIFY2(committed.ok(), qPrintable(committed.message()));
        QVERIFY(committed->committed);
        QCOMPARE(records(), n + 1); // the commit alone: its attempt was logged
        QCOMPARE(service().draw(c.id, QStringLiteral("22222"), true, QStringLiteral("again"), {}).error().code, 3);
        QStringList stored;
        for (const CampaignTask &t : CampaignRepository(*m_db).tasks(c.id).value())
            stored << t.key;
        QCOMPARE(stored, expected);
        QString why;
        QVERIFY2(verified(&why), qPrintable(why));
    }

    // Off-site first: a campaign checked off site plans every target off site, on the record.
    void offSiteFirst()
    {
        Campaign c;
        c.id = QStringLiteral("ZX2025-SM");
        c.name = QStringLiteral("书面核查专项");
        c.bureau = QStringLiteral("yantian");
        c.from = QDate(2025, 11, 1);
        c.to = QDate(2025, 11, 30);
        c.offsite = true;
        QVERIFY(service().create(c, {}).ok());
        CampaignScope s;
        s.industry = QStringLiteral("电镀");
        QCOMPARE(service().setScope(c.id, s, {})->scopeCount, 4);
        QVERIFY(service().freeze(c.id, std::nullopt, {}, {}).ok());
        QVERIFY(service().draw(c.id, QStringLiteral("42"), true, {}, {}).ok());
        const QList<CampaignTask> tasks = CampaignRepository(*m_db).tasks(c.id).value();
        QCOMPARE(tasks.size(), 4);
        for (const CampaignTask &t : tasks)
            QCOMPARE(t.mode, QStringLiteral("offsite"));
        QCOMPARE(service().find(c.id)->stateJson().value(QStringLiteral("mode")).toString(), QStringLiteral("offsite"));
        QString why;
        QVERIFY2(verified(&why), qPrintable(why));
    }

    // A campaign's targets this month weigh on an inspector's load: a case's suggested team are the
    // two with the fewest (no quarter drawn here, no other case; the closed campaign's left out).
    void campaignTargetsWeighOnTheMonthLoad()
    {
        QHash<QString, int> load;
        for (const CampaignTask &t : CampaignRepository(*m_db).tasks(QStringLiteral("ZX2025-DD")).value())
            for (const QString &b : t.inspectors)
                ++load[b];
        QStringList badges{QStringLiteral("19030000"), QStringLiteral("19030001"), QStringLiteral("19030002"), QStringLiteral("19030003")};
        std::stable_sort(badges.begin(), badges.end(), [&](const QString &a, const QString &b) { return load.value(a) < load.value(b); });
        QVERIFY(load.value(badges[1]) < load.value(badges[3])); // the load decides, not the badge order alone
        QStringList expected = badges.mid(0, 2);
        expected.sort();
        QVERIFY(expected != (QStringList{QStringLiteral("19030000"), QStringLiteral("19030001")})); // not what the badge order alone gives
        auto cal = WorkCalendar::load(*m_db);
        QVERIFY(cal.ok());
        CaseItem c;
        c.bureau = QStringLiteral("yantian");
        c.name = QStringLiteral("某单位");
        QCOMPARE(CaseService(*m_db, RuleProfile::shipped(), cal.value(), m_clock).suggestTeam(c).value(), expected);
    }

    // Progress per campaign: the campaigns whose period meets the quarter, their targets and results.
    void progressPerCampaign()
    {
        auto cal = WorkCalendar::load(*m_db);
        QVERIFY(cal.ok());
        auto q3 = ProgressService(*m_db, RuleProfile::shipped(), cal.value(), m_clock).report(Quarter{2025, 3}, QStringLiteral("yantian"));
        QVERIFY2(q3.ok(), qPrintable(q3.message()));
        QCOMPARE(q3->campaigns.size(), 2); // 涂料 (Aug–Oct) and 电镀 (Sep); the November one is Q4's
        const CampaignProgress &tl = q3->campaigns.at(1);
        QCOMPARE(tl.id, QStringLiteral("ZX2025-TL"));
        QCOMPARE(tl.targets, 6);
        QCOMPARE(tl.done, 1);
        QCOMPARE(tl.findings, 0); // 无问题
        QCOMPARE(q3->campaigns.at(0).targets, 3);
        auto q4 = ProgressService(*m_db, RuleProfile::shipped(), cal.value(), m_clock).report(Quarter{2025, 4}, QStringLiteral("yantian"));
        QVERIFY(q4.ok());
        QCOMPARE(q4->campaigns.size(), 2); // 涂料 (to October) and the off-site one
        QCOMPARE(q4->campaigns.at(0).id, QStringLiteral("ZX2025-SM"));
        QCOMPARE(q4->campaigns.at(0).offsite, 4);
    }

    // Edited outside Suiji: a target's team, a campaign's approval, a target added. Verify names it.
    void verifyCatchesEdits()
    {
        const QString copy = m_dir.filePath(QStringLiteral("edited.db"));
        auto check = [&](const QString &sql, const QString &needle) {
            // The file and its write-ahead log, as a copy taken while Suiji has it open would be.
            for (const char *ext : {"", "-wal"}) {
                QFile::remove(copy + QLatin1String(ext));
                if (QFile::exists(m_path + QLatin1String(ext)))
                    QVERIFY(QFile::copy(m_path + QLatin1String(ext), copy + QLatin1String(ext)));
            }
            sqlite(copy, sql);
            auto db = Database::open(copy, Database::Mode::ReadOnly);
            QVERIFY(db.ok());
            auto v = DrawService(db.value(), RuleProfile::shipped(), m_clock).verify({});
            QVERIFY(v.ok());
            QVERIFY2(!v->ok, qPrintable(sql));
            QVERIFY2(v->reason.contains(needle), qPrintable(v->reason));
        };
        check(QStringLiteral("UPDATE campaign_task SET inspectors = '19030003,19030002' WHERE campaign = 'ZX2025-DD' AND seq = 1"),
              QStringLiteral("ZX2025-DD"));
        check(QStringLiteral("UPDATE campaign SET approval_doc = 'x' WHERE id = 'ZX2025-TL'"), QStringLiteral("ZX2025-TL"));
        check(QStringLiteral("UPDATE campaign_task SET status = 'done', inspection_date = '2025-09-02' WHERE campaign = 'ZX2025-DD' AND seq = 2"),
              QStringLiteral("ZX2025-DD"));
        check(QStringLiteral("INSERT INTO campaign_task(campaign, seq, entity_key, category, month, inspectors) VALUES('ZX2025-DD', 4, "
                             "'91440308X000000000', 'fixed', 1, '19030001,19030002')"),
              QStringLiteral("ZX2025-DD"));
        check(QStringLiteral("DELETE FROM campaign WHERE id = 'ZX2025-DD'; DELETE FROM campaign_task WHERE campaign = 'ZX2025-DD'"),
              QStringLiteral("ZX2025-DD"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignService)
#include "TestCampaignService.moc"
