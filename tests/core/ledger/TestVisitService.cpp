// SPDX-License-Identifier: GPL-3.0-or-later
// ledger/VisitService (综合查一次) on a real SQLite file: a company that is a key fixed source and a
// soil key unit, drawn in both pools in July, with a complaint case and a campaign target the same
// month, gets one proposed visit; accepted, it has one team (both drawn teams) and one date, each
// task keeps its own result, the year's visit count drops from four to one (and with it the
// alert), and the acceptance is in the chain verify checks.

#include "ListFixtures.h"
#include "TestSupport.h"
#include "draw/DrawService.h"
#include "ledger/CampaignService.h"
#include "ledger/CaseService.h"
#include "ledger/TaskService.h"
#include "ledger/VisitService.h"
#include "store/CaseRepository.h"
#include "store/TaskRepository.h"

#include <QFile>

using namespace suiji::test;

class TestVisitService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    std::optional<WorkCalendar> m_cal;
    FixedClock m_clock{QDateTime(QDate(2025, 7, 5), QTime(9, 0), Qt::UTC)};
    const QString m_key = QStringLiteral("91440308K000000000");
    const Quarter m_q{2025, 3};

    VisitService service(const RuleProfile &p = RuleProfile::shipped()) const { return VisitService(*m_db, p, *m_cal, m_clock); }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("visits.db"));
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        // K: the only key fixed source and the only soil key unit of 盐田 (each pool draws it);
        // twelve general fixed sources besides.
        QList<Entity> list = yantianEntities(12, QStringLiteral("fixed"), QLatin1Char('G'));
        list << entity(QStringLiteral("yantian"), QStringLiteral("fixed"), m_key, QStringLiteral("key"))
             << entity(QStringLiteral("yantian"), QStringLiteral("soil_unit"), m_key, QStringLiteral("key"));
        QVERIFY(storeLists(*m_db, list, yantianRoster(6, QStringLiteral("1903"))).ok());
        auto cal = WorkCalendar::load(*m_db);
        QVERIFY(cal.ok());
        m_cal = cal.value();
        FixedClock drawDay(QDateTime(QDate(2025, 6, 20), QTime(10, 0), Qt::UTC));
        const DrawRequest req{QStringLiteral("yantian"), m_q, QStringLiteral("20250620"), std::nullopt, QStringLiteral("张科长"), {}, {}};
        QVERIFY(DrawService(*m_db, RuleProfile::shipped(), drawDay).freeze(req).ok());
        auto c = DrawService(*m_db, RuleProfile::shipped(), drawDay).commit(req);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        int ofK = 0;
        for (const LedgerTask &t : TaskRepository(*m_db).list(m_q, QStringLiteral("yantian")).value())
            if (t.key == m_key) {
                ++ofK;
                QCOMPARE(t.month, 7);
            }
        QCOMPARE(ofK, 2); // fixed.key and soil.key_unit

        // A complaint about K, received on 2 July.
        CaseItem complaint;
        complaint.source = QStringLiteral("投诉举报");
        complaint.number = QStringLiteral("TS-0702");
        complaint.name = QStringLiteral("单位") + m_key;
        complaint.uscc = m_key;
        complaint.bureau = QStringLiteral("yantian");
        complaint.received = QDateTime(QDate(2025, 7, 2), QTime(10, 0), Qt::UTC);
        complaint.content = QStringLiteral("异味");
        auto entered = CaseService(*m_db, RuleProfile::shipped(), *m_cal, m_clock).enter(complaint);
        QVERIFY2(entered.ok(), qPrintable(entered.message()));
        QCOMPARE(CaseRepository(*m_db).find(QStringLiteral("投诉举报:TS-0702")).value()->key, m_key);

        // A July campaign whose one target is K, published.
        const CampaignService campaigns(*m_db, RuleProfile::shipped(), m_clock);
        Campaign zx;
        zx.id = QStringLiteral("ZX2025-07");
        zx.name = QStringLiteral("七月专项");
        zx.bureau = QStringLiteral("yantian");
        zx.from = QDate(2025, 7, 1);
        zx.to = QDate(2025, 7, 31);
        QVERIFY(campaigns.create(zx, {}).ok());
        CampaignScope scope;
        scope.keys = {m_key};
        QCOMPARE(campaigns.setScope(zx.id, scope, {})->scopeCount, 1);
        QVERIFY(campaigns.approve(zx.id, QStringLiteral("局长"), QDate(2025, 7, 1), QStringLiteral("1号"), {}).ok());
        QVERIFY(campaigns.file(zx.id, QStringLiteral("市局"), QDate(2025, 7, 2), {}).ok());
        QVERIFY(campaigns.publish(zx.id, QStringLiteral("官网"), QDate(2025, 7, 3), {}).ok());
        QVERIFY(campaigns.freeze(zx.id, std::nullopt, {}, {}).ok());
        QVERIFY(campaigns.draw(zx.id, QStringLiteral("7"), true, {}, {}).ok());
    }

    void oneVisitProposedAndAccepted()
    {
        RuleProfile strict = RuleProfile::shipped();
        strict.visitsYearlyAlert = 2;
        // Before: four on-site visits to K this year, above an alert of two.
        auto before = service().yearVisits(2025, QStringLiteral("yantian"));
        QVERIFY(before.ok());
        QCOMPARE(before->first().key, m_key);
        QCOMPARE(before->first().visits, 4);
        QCOMPARE(service(strict).frequent(2025, QStringLiteral("yantian"))->size(), 1);

        auto proposed = service().propose(m_q, QStringLiteral("yantian"));
        QVERIFY2(proposed.ok(), qPrintable(proposed.message()));
        QCOMPARE(proposed->size(), 1); // the general sources are due once each
        const Visit v = proposed->first();
        QCOMPARE(v.key, m_key);
        QCOMPARE(v.month, QDate(2025, 7, 1));
        QStringList origins;
        for (const VisitItem &i : v.items)
            origins << i.origin;
        QCOMPARE(origins, (QStringList{QStringLiteral("random"), QStringLiteral("random"), QStringLiteral("campaign"), QStringLiteral("case")}));
        // One team: both drawn teams (a drawn team stays as drawn), the campaign's too.
        QSet<QString> drawn;
        for (const VisitItem &i : v.items)
            if (i.origin != QLatin1String("case"))
                for (const QString &b : i.inspectors)
                    drawn.insert(b);
        QCOMPARE(QSet<QString>(v.inspectors.cbegin(), v.inspectors.cend()), drawn);
        QCOMPARE(v.inspectors.mid(0, 2), v.items.first().inspectors);
        // One date, in time for every task.
        for (const VisitItem &i : v.items)
            QVERIFY2(v.date <= i.due, qPrintable(i.ref));
        QVERIFY(v.date >= m_clock.today());

        // A date outside its month is refused, nothing written.
        const QByteArray untouched = dumpHash(m_path);
        QCOMPARE(service().accept(m_q, v.id, QDate(2025, 8, 1), {}).error().code, 3);
        QCOMPARE(dumpHash(m_path), untouched);
        auto accepted = service().accept(m_q, v.id, QDate(2025, 7, 10), QStringLiteral("张科长"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
        QCOMPARE(accepted->date, QDate(2025, 7, 10));
        QCOMPARE(service().propose(m_q, QStringLiteral("yantian"))->size(), 0);
        QCOMPARE(service().accept(m_q, v.id, {}, {}).error().code, 3); // once
        auto summary = service().accepted(m_q, QStringLiteral("yantian"));
        QCOMPARE(summary->accepted.size(), 1);
        QCOMPARE(summary->saved, 3);
        QCOMPARE(summary->accepted.first().items.size(), 4);

        // Each task keeps its own result: one random task done, the other still planned, the case as it was.
        QList<LedgerTask> ofK;
        for (const LedgerTask &t : TaskRepository(*m_db).list(m_q, QStringLiteral("yantian")).value())
            if (t.key == m_key)
                ofK << t;
        FixedClock visitDay(QDateTime(QDate(2025, 7, 10), QTime(17, 0), Qt::UTC));
        QVERIFY(TaskService(*m_db, visitDay).markDone({ofK[0].id}, QDate(2025, 7, 10), QStringLiteral("未发现问题"), {}).ok());
        QList<QString> statuses;
        for (const LedgerTask &t : TaskRepository(*m_db).list(m_q, QStringLiteral("yantian")).value())
            if (t.key == m_key)
                statuses << t.status;
        QCOMPARE(statuses, (QList<QString>{QStringLiteral("done"), QStringLiteral("planned")}));
        QCOMPARE(CaseRepository(*m_db).find(QStringLiteral("投诉举报:TS-0702")).value()->state, QStringLiteral("pending"));

        // After: one visit this year, no alert.
        auto after = service().yearVisits(2025, QStringLiteral("yantian"));
        QCOMPARE(std::find_if(after->begin(), after->end(), [&](const EntityVisits &e) { return e.key == m_key; })->visits, 1);
        QCOMPARE(service(strict).frequent(2025, QStringLiteral("yantian"))->size(), 0);
        auto ok = DrawService(*m_db, RuleProfile::shipped(), m_clock).verify({});
        QVERIFY2(ok.ok() && ok->ok, qPrintable(ok.ok() ? ok->reason : ok.message()));
    }

    // A visit edited outside Suiji is caught by verify.
    void verifyCatchesAnEditedVisit()
    {
        const QString copy = m_dir.filePath(QStringLiteral("edited.db"));
        for (const char *ext : {"", "-wal"}) {
            QFile::remove(copy + QLatin1String(ext));
            if (QFile::exists(m_path + QLatin1String(ext)))
                QVERIFY(QFile::copy(m_path + QLatin1String(ext), copy + QLatin1String(ext)));
        }
        sqlite(copy, QStringLiteral("UPDATE visit SET visit_date = '2025-07-30'"));
        auto db = Database::open(copy, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        auto v = DrawService(db.value(), RuleProfile::shipped(), m_clock).verify({});
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QVERIFY2(v->reason.contains(m_key), qPrintable(v->reason));
    }
};

QTEST_GUILESS_MAIN(TestVisitService)
#include "TestVisitService.moc"
