// SPDX-License-Identifier: GPL-3.0-or-later
// ledger/CaseService on a real SQLite file: the order of a case's steps (no check before dispatch,
// no feedback before the outcome, nothing half-recorded), deadlines in working days across the
// National Day holiday, the team suggestion and 回避, measures on a hand-counted ledger, a penalty
// case making its entity special in the next quarter, and every step in the chain that verify
// checks.

#include "ListFixtures.h"
#include "draw/DrawService.h"
#include "io/CaseImporter.h"
#include "ledger/CaseService.h"
#include "rules/Classifier.h"
#include "store/CaseRepository.h"

#include <QFile>

class TestCaseService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<WorkCalendar> m_cal;
    FixedClock m_clock{QDateTime(QDate(2025, 10, 9), QTime(9, 0), Qt::UTC)};
    QList<Entity> m_entities;

    CaseService service() const { return CaseService(*m_db, RuleProfile::shipped(), *m_cal, m_clock); }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases.db")), Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db.emplace(std::move(db.value()));
        m_entities = yantianEntities(3, QStringLiteral("fixed"), QLatin1Char('G'));
        QList<Inspector> people = yantianRoster(4, QStringLiteral("1903"));
        people[0].conflicts = {m_entities.at(0).key}; // 19030000 must not check 单位…G000000000
        QVERIFY(storeLists(*m_db, m_entities, people).ok());
        auto cal = WorkCalendar::load(*m_db);
        QVERIFY(cal.ok());
        m_cal = cal.value();
        const QString csv = QStringLiteral("来源,编号,预警级别,单位名称,统一社会信用代码,所属管理局,接收时间\n"
                                           "智慧环保平台,R-1,红,甲,%1,盐田,2025-09-30 16:00\n"
                                           "国发平台,Y-1,黄,乙,%2,盐田,2025-09-30\n"
                                           "投诉举报,T-1,,丙,,盐田,2025-10-09\n"
                                           "企业申请,Q-1,,丁,,盐田,2025-09-01\n")
                                .arg(m_entities.at(0).key, m_entities.at(1).key);
        QFile f(m_dir.filePath(QStringLiteral("cases.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        const ImportReport r = CaseImporter(*m_db, m_clock).run(f.fileName(), ImportOptions{});
        QVERIFY2(r.ok(), qPrintable(r.toText()));
    }

    // Hand-counted on the 2025 calendar: 1–8 October are holidays, Saturday 11 October a working day.
    void deadlinesInWorkingDaysAcrossTheHoliday()
    {
        auto red = service().find(QStringLiteral("智慧环保平台:R-1"));
        QVERIFY(red.ok());
        const CaseTiming t = service().timing(red.value());
        QCOMPARE(t.checkDue, QDate(2025, 10, 9));  // 1 working day after 30 September
        QCOMPARE(t.closeDue, QDate(2025, 10, 14)); // 9, 10, 11 (Sat, a working day), 13, 14
        QVERIFY(!t.overdue);
        QVERIFY(t.dueSoon); // the check is due today
        const CaseTiming y = service().timing(service().find(QStringLiteral("国发平台:Y-1")).value());
        QCOMPARE(y.checkDue, QDate(2025, 10, 14)); // 5: 9, 10, 11, 13, 14 (12 is a Sunday)
        QCOMPARE(y.closeDue, QDate(2025, 10, 28)); // 15: … 14, 15, 16, 17, 20, 21, 22, 23, 24, 27, 28
        // A company request of 1 September: 10 working days, long past.
        const CaseTiming q = service().timing(service().find(QStringLiteral("企业申请:Q-1")).value());
        QVERIFY(!q.checkDue.isValid());
        QCOMPARE(q.closeDue, QDate(2025, 9, 15));
        QVERIFY(q.overdue);
    }

    void stepsInOrderOnly()
    {
        const CaseService s = service();
        const QByteArray before = test::dumpHash(m_db->path());
        // No check before dispatch; nothing of a refused update is written.
        auto early = s.update(QStringLiteral("智慧环保平台:R-1"),
                              CaseUpdate{QDate(2025, 10, 9), QStringLiteral("onsite"), QStringLiteral("超标"), {}, {}, {}, {}}, QStringLiteral("科长"));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, 3);
        QCOMPARE(test::dumpHash(m_db->path()), before);
        // The suggested team leaves out the inspector with a conflict; one with it is refused.
        auto team = s.suggestTeam(s.find(QStringLiteral("智慧环保平台:R-1")).value());
        QVERIFY(team.ok());
        QVERIFY(!team->contains(QStringLiteral("19030000")));
        QCOMPARE(team->size(), 2);
        QCOMPARE(
            s.assign(QStringLiteral("智慧环保平台:R-1"), {QStringLiteral("19030000"), QStringLiteral("19030001")}, {}, QStringLiteral("科长")).error().code, 3);
        QCOMPARE(s.assign(QStringLiteral("智慧环保平台:R-1"), {QStringLiteral("19030001")}, {}, QStringLiteral("科长")).error().code, 3); // one is not a team
        auto a = s.assign(QStringLiteral("智慧环保平台:R-1"), {}, {}, QStringLiteral("科长"));
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QCOMPARE(a->team, team.value());
        QCOMPARE(a->due, QDate(2025, 10, 14));
        // Feedback before the outcome is refused, and the check given with it is not kept either.
        const QByteArray assigned = test::dumpHash(m_db->path());
        auto skip =
            s.update(QStringLiteral("智慧环保平台:R-1"),
                     CaseUpdate{QDate(2025, 10, 9), QStringLiteral("onsite"), QStringLiteral("超标"), {}, {}, QDate(2025, 10, 9), {}}, QStringLiteral("科长"));
        QVERIFY(!skip.ok());
        QCOMPARE(test::dumpHash(m_db->path()), assigned);
        // A check dated before receipt, a penalty without its number: refused.
        QVERIFY(!s.update(QStringLiteral("智慧环保平台:R-1"), CaseUpdate{QDate(2025, 9, 29), QStringLiteral("onsite"), QStringLiteral("x"), {}, {}, {}, {}},
                          QStringLiteral("科长"))
                     .ok());
        QVERIFY(!s.update(QStringLiteral("智慧环保平台:R-1"),
                          CaseUpdate{QDate(2025, 10, 9), QStringLiteral("onsite"), QStringLiteral("超标"), QStringLiteral("立案处罚"), {}, {}, {}},
                          QStringLiteral("科长"))
                     .ok());
        // The whole way in one call: check, penalty, feedback, closure.
        auto done = s.update(QStringLiteral("智慧环保平台:R-1"),
                             CaseUpdate{QDate(2025, 10, 9), QStringLiteral("onsite"), QStringLiteral("COD 超标 2 倍"), QStringLiteral("立案处罚"),
                                        QStringLiteral("深环盐罚〔2025〕7号"), QDate(2025, 10, 9), QDate(2025, 10, 9)},
                             QStringLiteral("科长"));
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->state, QStringLiteral("closed"));
        QVERIFY(
            !s.update(QStringLiteral("智慧环保平台:R-1"), CaseUpdate{{}, {}, {}, {}, {}, {}, QDate(2025, 10, 9)}, QStringLiteral("科长")).ok()); // closed once
        // One chained record per step: dispatch, check, outcome, feedback, closure.
        QCOMPARE(test::sqlite(m_db->path(), QStringLiteral("SELECT count(*) FROM chain_record WHERE kind = 'case' AND bureau = 'yantian' AND "
                                                           "json_extract(canonical_json, '$.case') = '智慧环保平台:R-1'"))
                     .toInt(),
                 5);
    }

    // The page's bulk dispatch is all or nothing: an unknown case in the selection leaves every
    // other one waiting, and the file as it was.
    void bulkDispatchIsAllOrNothing()
    {
        const QByteArray before = test::dumpHash(m_db->path());
        auto refused = service().dispatchAll({QStringLiteral("投诉举报:T-1"), QStringLiteral("投诉举报:NOPE")}, QStringLiteral("科长"));
        QVERIFY(!refused.ok());
        QCOMPARE(test::dumpHash(m_db->path()), before);
        auto done = service().dispatchAll({QStringLiteral("投诉举报:T-1"), QStringLiteral("智慧环保平台:R-1")}, QStringLiteral("科长"));
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->count(), 1); // R-1 is closed already: left as it is
        QCOMPARE(service().find(QStringLiteral("投诉举报:T-1"))->state, QStringLiteral("assigned"));
    }

    // The penalty of 9 October makes the entity special from the next quarter on (the 12-month
    // window), where it was general before.
    void aPenaltyMakesTheEntitySpecialNextQuarter()
    {
        auto e = EntityRepository(*m_db).find(QStringLiteral("fixed"), m_entities.at(0).key);
        QVERIFY(e.has_value());
        QCOMPARE(e->penaltyDate, QDate(2025, 10, 9));
        Entity before = *e;
        before.penaltyDate = QDate();
        QCOMPARE(Classifier(RuleProfile::shipped(), Quarter{2026, 1}).classify(before).cls, QStringLiteral("general"));
        QCOMPARE(Classifier(RuleProfile::shipped(), Quarter{2026, 1}).classify(*e).cls, QStringLiteral("special"));
        // The other entity, whose case has no penalty, stays as it was.
        QVERIFY(!EntityRepository(*m_db).find(QStringLiteral("fixed"), m_entities.at(1).key)->penaltyDate.isValid());
    }

    // Hand-counted: 4 cases; 1 closed (the red alert, received 30 September, closed 9 October: 9
    // days); 2 platform alerts, 1 closed; the company request overdue.
    void measuresOnAHandCountedLedger()
    {
        auto m = service().measures(QStringLiteral("yantian"));
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->total, 4);
        QCOMPARE(m->closed, 1);
        QCOMPARE(m->open, 3);
        QCOMPARE(m->overdue, 1);
        QCOMPARE(m->redTotal, 1);
        QCOMPARE(m->redClosed, 1);
        QCOMPARE(m->platformTotal, 2);
        QCOMPARE(m->platformClosed, 1);
        QCOMPARE(m->medianDaysToClose, 9.0);
        QCOMPARE(m->bySource.size(), 4);
        QCOMPARE(m->bySource.first().source, QStringLiteral("国发平台")); // the plan's order
        QCOMPARE(service().measures(QStringLiteral("futian"))->total, 0);
    }

    // Undo and redo of a penalty outcome: the case and its entity's penalty date go back exactly
    // (the file's case and entity rows as before), each step a chain record verify accepts; a
    // change made in between blocks the undo and leaves the file as it is.
    void undoAndRedoAPenalty()
    {
        const CaseService s = service();
        const QString ref = QStringLiteral("国发平台:Y-1");
        QVERIFY(s.assign(ref, {}, {}, QStringLiteral("科长")).ok());
        QVERIFY(
            s.update(ref, CaseUpdate{QDate(2025, 10, 9), QStringLiteral("onsite"), QStringLiteral("超标排放"), {}, {}, {}, {}}, QStringLiteral("科长")).ok());
        const QString key = m_entities.at(1).key;
        auto rows = [&] {
            return test::sqlite(m_db->path(), QStringLiteral("SELECT state, outcome, case_number, handled_on FROM enforcement_case WHERE number = 'Y-1'; "
                                                             "SELECT penalty_date FROM entity WHERE key = '%1';")
                                                  .arg(key));
        };
        const QString before = rows();
        QVERIFY2(before.startsWith(QStringLiteral("checked||")), qPrintable(before));
        auto ch =
            s.updateChange(ref, CaseUpdate{{}, {}, {}, QStringLiteral("立案处罚"), QStringLiteral("深盐环罚〔2025〕7号"), {}, {}}, QStringLiteral("科长"));
        QVERIFY2(ch.ok(), qPrintable(ch.message()));
        QCOMPARE(ch->count(), 1);
        QCOMPARE(EntityRepository(*m_db).find(QStringLiteral("fixed"), key)->penaltyDate, QDate(2025, 10, 9));
        const QString after = rows();
        QVERIFY(s.undo(ch.value(), QStringLiteral("科长")).ok());
        QCOMPARE(rows(), before);
        QVERIFY(!EntityRepository(*m_db).find(QStringLiteral("fixed"), key)->penaltyDate.isValid());
        QVERIFY(s.redo(ch.value(), QStringLiteral("科长")).ok());
        QCOMPARE(rows(), after);
        // A step after the change: its undo is refused, nothing written.
        QVERIFY(s.update(ref, CaseUpdate{{}, {}, {}, {}, {}, QDate(2025, 10, 9), {}}, QStringLiteral("科长")).ok());
        const QByteArray file = test::dumpHash(m_db->path());
        auto refused = s.undo(ch.value(), QStringLiteral("科长"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, 3);
        QCOMPARE(test::dumpHash(m_db->path()), file);
        auto v = DrawService(*m_db, RuleProfile::shipped(), m_clock).verify({});
        QVERIFY2(v.ok() && v->ok, qPrintable(v.ok() ? v->reason : v.message()));
    }

    // A case entered by hand is checked as an imported row (a bad time of receipt names its
    // field), numbered SD-yyyyMMdd-NNN when left blank and linked to the entity by its code;
    // undoing the entry after a dispatch and its undo withdraws it, and verify still passes.
    void enterByHandAndWithdraw()
    {
        const CaseService s = service();
        CaseItem bad;
        bad.source = QStringLiteral("投诉举报");
        bad.name = QStringLiteral("戊");
        bad.bureau = QStringLiteral("盐田");
        auto refused = s.enter(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(CaseImporter::fieldName(QStringLiteral("received"))), qPrintable(refused.message()));
        CaseItem c = bad;
        c.uscc = m_entities.at(2).key.toLower();
        c.received = QDateTime(QDate(2025, 10, 9), QTime(8, 30), Qt::UTC);
        c.content = QStringLiteral("夜间异味");
        auto entered = s.enter(c);
        QVERIFY2(entered.ok(), qPrintable(entered.message()));
        const CaseItem made = *entered->cases.first().after;
        QCOMPARE(made.number, QStringLiteral("SD-20251009-001"));
        QCOMPARE(made.key, m_entities.at(2).key);
        QCOMPARE(made.bureau, QStringLiteral("yantian"));
        QCOMPARE(s.enter(c)->cases.first().after->number, QStringLiteral("SD-20251009-002"));
        auto dispatched = s.dispatchAll({made.ref()}, QStringLiteral("科长"));
        QVERIFY(dispatched.ok());
        // The entry cannot be undone while the dispatch stands; after the dispatch's undo it can.
        QVERIFY(!s.undo(entered.value(), QStringLiteral("科长")).ok());
        QVERIFY(s.undo(dispatched.value(), QStringLiteral("科长")).ok());
        QVERIFY(s.undo(entered.value(), QStringLiteral("科长")).ok());
        QVERIFY(!CaseRepository(*m_db).find(made.ref())->has_value());
        auto v = DrawService(*m_db, RuleProfile::shipped(), m_clock).verify({});
        QVERIFY2(v.ok() && v->ok, qPrintable(v.ok() ? v->reason : v.message()));
        // Redone, it is back under its number.
        QVERIFY(s.redo(entered.value(), QStringLiteral("科长")).ok());
        QCOMPARE(CaseRepository(*m_db).find(made.ref())->value().content, QStringLiteral("夜间异味"));
        // An edit by hand corrects the source's fields and keeps the record.
        CaseItem fixed = made;
        fixed.content = QStringLiteral("夜间异味 疑似废气直排");
        auto edited = s.edit(fixed);
        QVERIFY2(edited.ok(), qPrintable(edited.message()));
        QCOMPARE(CaseRepository(*m_db).find(made.ref())->value().content, fixed.content);
        QVERIFY(s.undo(edited.value(), QStringLiteral("科长")).ok());
        QCOMPARE(CaseRepository(*m_db).find(made.ref())->value().content, QStringLiteral("夜间异味"));
        QVERIFY(s.undo(entered.value(), QStringLiteral("科长")).ok()); // withdrawn again: the ledger of four stays for the tests after
    }

    // A check at a monitoring agency that finds a violation clue sets the agency's 违法线索,
    // arriving on the check date (what the draw rules read); undone, the agency is as it was.
    // On an entity that is no monitoring agency the clue is refused and nothing is recorded.
    void aFindingSetsTheAgencysViolationClue()
    {
        Entity agency = entity(QStringLiteral("yantian"), QStringLiteral("monitoring_agency"), QStringLiteral("91440300MA5XXXXXX1"));
        agency.key = agency.uscc = QStringLiteral("914403007261824992");
        QVERIFY(EntityRepository(*m_db).upsert({agency}, QStringLiteral("2025-07-01T09:00:00")).ok());
        const CaseService s = service();
        CaseItem c;
        c.source = QStringLiteral("转办交办");
        c.number = QStringLiteral("ZB-9");
        c.name = QStringLiteral("某检测公司");
        c.uscc = agency.key;
        c.bureau = QStringLiteral("yantian");
        c.received = QDateTime(QDate(2025, 10, 9), QTime(8, 0), Qt::UTC);
        auto entered = s.enter(c);
        QVERIFY2(entered.ok(), qPrintable(entered.message()));
        QVERIFY(s.assign(c.ref(), {}, {}, QStringLiteral("科长")).ok());
        QCOMPARE(EntityRepository(*m_db).clueArrivals(QStringLiteral("yantian"))->size(), 0);
        CaseUpdate u{QDate(2025, 10, 9), QStringLiteral("onsite"), QStringLiteral("出具虚假监测报告"), {}, {}, {}, {}};
        u.violationClue = true;
        auto ch = s.updateChange(c.ref(), u, QStringLiteral("科长"));
        QVERIFY2(ch.ok(), qPrintable(ch.message()));
        QVERIFY(EntityRepository(*m_db).find(QStringLiteral("monitoring_agency"), agency.key)->violationClue);
        QCOMPARE(EntityRepository(*m_db).clueArrivals(QStringLiteral("yantian"))->value(QStringLiteral("monitoring_agency|") + agency.key),
                 QStringLiteral("2025-10-09T00:00:00"));
        QVERIFY(s.undo(ch.value(), QStringLiteral("科长")).ok());
        QVERIFY(!EntityRepository(*m_db).find(QStringLiteral("monitoring_agency"), agency.key)->violationClue);
        QCOMPARE(EntityRepository(*m_db).clueArrivals(QStringLiteral("yantian"))->size(), 0);
        QCOMPARE(test::sqlite(m_db->path(), QStringLiteral("SELECT count(*) FROM entity_clue;")).trimmed(), QStringLiteral("0"));
        // 投诉举报:T-1 (dispatched above) names no entity of the list: the clue is refused with
        // its check, nothing written.
        QCOMPARE(service().find(QStringLiteral("投诉举报:T-1"))->state, QStringLiteral("assigned"));
        const QByteArray file = test::dumpHash(m_db->path());
        auto refused = s.updateChange(QStringLiteral("投诉举报:T-1"), u, QStringLiteral("科长"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("丙")), qPrintable(refused.message()));
        QCOMPARE(test::dumpHash(m_db->path()), file);
    }

    // Verify holds the recorded cases to their chain: an edit behind Suiji's back is named.
    void verifyNamesAnEditedCase()
    {
        auto v = DrawService(*m_db, RuleProfile::shipped(), m_clock).verify({});
        QVERIFY2(v.ok() && v->ok, qPrintable(v.ok() ? v->reason : v.message()));
        const QString path = m_db->path();
        m_db.reset();
        QVERIFY(test::sqlite(path, QStringLiteral("UPDATE enforcement_case SET outcome = '无问题', case_number = '' WHERE number = 'R-1'; SELECT 'ok';"))
                    .contains(QStringLiteral("ok")));
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        m_db.emplace(std::move(db.value()));
        auto bad = DrawService(*m_db, RuleProfile::shipped(), m_clock).verify({});
        QVERIFY(bad.ok());
        QVERIFY(!bad->ok);
        QCOMPARE(bad->badKind, QStringLiteral("case"));
        QVERIFY2(bad->reason.contains(QStringLiteral("智慧环保平台:R-1")), qPrintable(bad->reason));
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "TestCaseService.moc"
