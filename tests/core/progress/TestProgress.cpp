// SPDX-License-Identifier: GPL-3.0-or-later
// The working-day calendar against the State Council notices, and quarter progress with
// completions placed around month ends and holidays.
#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "draw/DrawService.h"
#include "ledger/TaskService.h"
#include "progress/ProgressService.h"
#include "rules/YearView.h"
#include "store/EntityRepository.h"
#include "store/HolidayRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QtTest>

using namespace suiji;

class TestProgress : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void calendar2025()
    {
        const WorkCalendar &c = WorkCalendar::shipped();
        QVERIFY(c.hasYear(2025) && c.hasYear(2026));
        // Inspection on Friday 2025-09-26 → due 2025-10-28: the 09-28 and 10-11 working weekends
        // count, National Day (10-01 … 10-08) does not.
        QCOMPARE(c.addWorkingDays(QDate(2025, 9, 26), 18), QDate(2025, 10, 28));
        QCOMPARE(c.workingDaysBetween(QDate(2025, 9, 26), QDate(2025, 10, 28)), 18);
        QVERIFY(c.isWorkingDay(QDate(2025, 9, 28)));                          // Sunday, adjusted working day
        QVERIFY(c.isWorkingDay(QDate(2025, 10, 11)));                         // Saturday, adjusted working day
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 8)));                         // Wednesday, holiday
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 12)));                        // ordinary Sunday
        QVERIFY(!c.isWorkingDay(QDate(2025, 1, 28)));                         // Spring Festival eve
        QVERIFY(c.isWorkingDay(QDate(2025, 1, 26)));                          // Sunday before it, working
        QCOMPARE(c.addWorkingDays(QDate(2025, 4, 30), 1), QDate(2025, 5, 6)); // over May Day
        QCOMPARE(c.addWorkingDays(QDate(2025, 5, 30), 1), QDate(2025, 6, 3)); // over Dragon Boat
        QVERIFY(c.warnings(QDate(2025, 1, 1), QDate(2025, 12, 31)).isEmpty());
    }

    void calendar2026()
    {
        const WorkCalendar &c = WorkCalendar::shipped();
        QCOMPARE(c.addWorkingDays(QDate(2026, 2, 13), 1), QDate(2026, 2, 14));  // Saturday, working
        QCOMPARE(c.addWorkingDays(QDate(2026, 2, 14), 1), QDate(2026, 2, 24));  // over 02-15 … 02-23
        QCOMPARE(c.addWorkingDays(QDate(2026, 9, 30), 3), QDate(2026, 10, 10)); // 10-08, 10-09, Sat 10-10
        QVERIFY(c.isWorkingDay(QDate(2026, 1, 4)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 1, 2)));
        QVERIFY(c.isWorkingDay(QDate(2026, 9, 20)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 9, 25)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 6, 19)));
    }

    void yearWithoutTableAndEdits()
    {
        const WorkCalendar &shipped = WorkCalendar::shipped();
        QVERIFY(!shipped.hasYear(2027));
        QCOMPARE(shipped.warnings(QDate(2026, 12, 1), QDate(2027, 1, 31)).size(), 1);
        QVERIFY(shipped.warnings(QDate(2026, 12, 1), QDate(2027, 1, 31)).first().contains(QStringLiteral("2027")));
        QCOMPARE(shipped.addWorkingDays(QDate(2027, 1, 29), 1), QDate(2027, 2, 1)); // weekends only

        auto db = Database::open(m_dir.filePath(QStringLiteral("cal.db")), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        HolidayRepository repo(db.value());
        // A 2027 table as a user would type it: CSV, Chinese kinds.
        auto parsed = WorkCalendar::parse(QByteArrayLiteral("日期,类型,名称\n2027-02-01,休,测试假日\n2027-01-30,班,测试调休\n"), false);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QVERIFY(repo.replaceYears(parsed.value()).ok());
        auto cal = WorkCalendar::load(db.value());
        QVERIFY(cal->hasYear(2027));
        QCOMPARE(cal->addWorkingDays(QDate(2027, 1, 29), 1), QDate(2027, 1, 30));
        QCOMPARE(cal->addWorkingDays(QDate(2027, 1, 30), 1), QDate(2027, 2, 2));
        // Editing one day of a shipped year keeps the rest of its table.
        QVERIFY(repo.setDay({QDate(2025, 12, 31), QStringLiteral("holiday"), QStringLiteral("测试")}).ok());
        cal = WorkCalendar::load(db.value());
        QVERIFY(!cal->isWorkingDay(QDate(2025, 12, 31)));
        QCOMPARE(cal->addWorkingDays(QDate(2025, 9, 26), 18), QDate(2025, 10, 28));
        // Refused tables.
        QVERIFY(!WorkCalendar::parse(QByteArrayLiteral("2027-02-03,workday,周三\n"), false).ok()); // a weekday cannot be an adjusted working day
        QVERIFY(!WorkCalendar::parse(QByteArrayLiteral("2027-02-01,休\n2027-02-01,休\n"), false).ok());
        QVERIFY(!WorkCalendar::parse(QByteArrayLiteral("2027-02-01,maybe\n"), false).ok());
        QVERIFY(!WorkCalendar::parse(QByteArrayLiteral("{"), true).ok());
    }

    void quarterProgressAroundMonthEnds()
    {
        const QString path = m_dir.filePath(QStringLiteral("progress.db"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        // Two bureaus with 30 general fixed sources and 5 inspectors each.
        QList<Entity> list;
        QList<Inspector> people;
        for (const QString &b : {QStringLiteral("yantian"), QStringLiteral("dapeng")}) {
            for (int i = 0; i < 30; ++i) {
                Entity e;
                e.category = QStringLiteral("fixed");
                e.key = QStringLiteral("%1-%2").arg(b.toUpper()).arg(i, 3, 10, QLatin1Char('0'));
                e.code = e.key;
                e.name = e.key;
                e.bureau = b;
                if (b == QLatin1String("dapeng"))
                    e.industry = QStringLiteral("污水处理及其再生利用"); // a row of the joint plan: some tasks are joint
                list << e;
            }
            if (b == QLatin1String("dapeng")) {
                // Two monitoring agencies, one with a violation clue: a must-check besides the random tasks.
                for (int i = 0; i < 2; ++i) {
                    Entity m;
                    m.category = QStringLiteral("monitoring_agency");
                    m.key = m.code = m.name = QStringLiteral("DAPENG-M%1").arg(i);
                    m.bureau = b;
                    m.violationClue = i == 0;
                    list << m;
                }
            }
            for (int i = 0; i < 5; ++i) {
                Inspector p;
                p.badge = QStringLiteral("%1%2").arg(b.left(2).toUpper()).arg(i);
                p.name = p.badge;
                p.bureau = b;
                people << p;
            }
        }
        {
            Transaction tx(db.value());
            QVERIFY(EntityRepository(db.value()).upsert(list, QStringLiteral("2025-06-01T00:00:00")).ok());
            QVERIFY(InspectorRepository(db.value()).upsert(people).ok());
            QVERIFY(tx.commit().ok());
        }
        const RuleProfile &profile = RuleProfile::shipped();
        FixedClock drawDay(QDateTime(QDate(2025, 6, 20), QTime(10, 0)));
        for (const QString &b : {QStringLiteral("yantian"), QStringLiteral("dapeng")}) {
            const DrawRequest req{b, Quarter{2025, 3}, QStringLiteral("777"), std::nullopt, QStringLiteral("t"), {}, {}};
            QVERIFY(DrawService(db.value(), profile, drawDay).freeze(req).ok());
            auto c = DrawService(db.value(), profile, drawDay).commit(req);
            QVERIFY2(c.ok(), qPrintable(c.message()));
        }
        const Quarter q{2025, 3};
        QList<LedgerTask> yt = TaskRepository(db.value()).list(q, QStringLiteral("yantian")).value();
        QCOMPARE(yt.size(), 13); // ceil(2.5 × 5)
        FixedClock later(QDateTime(QDate(2025, 11, 3), QTime(10, 0)));
        TaskService tasks(db.value(), later);
        // yantian: 3 done on 07-31 (the last day of July), 1 on 08-01, 2 on 09-26 (before National Day),
        // 1 on 09-30; one of the September ones published on time, one late.
        QVERIFY(tasks.markDone({yt[0].id, yt[1].id, yt[2].id}, QDate(2025, 7, 31), QStringLiteral("ok"), QStringLiteral("t")).ok());
        QVERIFY(tasks.markDone({yt[3].id}, QDate(2025, 8, 1), QString(), QStringLiteral("t")).ok());
        QVERIFY(tasks.markDone({yt[4].id, yt[5].id}, QDate(2025, 9, 26), QString(), QStringLiteral("t")).ok());
        QVERIFY(tasks.markDone({yt[6].id}, QDate(2025, 9, 30), QString(), QStringLiteral("t")).ok());
        QVERIFY(tasks.markPublished({yt[4].id}, QDate(2025, 10, 28), QStringLiteral("t")).ok()); // the due date itself: on time
        QVERIFY(tasks.markPublished({yt[5].id}, QDate(2025, 10, 29), QStringLiteral("t")).ok()); // a day late
        // dapeng: 5 done in September.
        QList<LedgerTask> dp = TaskRepository(db.value()).list(q, QStringLiteral("dapeng")).value();
        QVERIFY(tasks.markDone({dp[0].id, dp[1].id, dp[2].id, dp[3].id, dp[4].id}, QDate(2025, 9, 10), QString(), QStringLiteral("t")).ok());

        auto cal = WorkCalendar::load(db.value());
        FixedClock today(QDateTime(QDate(2025, 11, 3), QTime(10, 0)));
        ProgressService service(db.value(), profile, cal.value(), today);
        auto r = service.report(q, QStringLiteral("yantian"));
        QVERIFY(r.ok());
        QCOMPARE(r->tasks, 13);
        QCOMPARE(r->done, 7);
        QCOMPARE(r->published, 2);
        QCOMPARE(r->months.size(), 3);
        QCOMPARE(r->months[0].label, QStringLiteral("2025-07"));
        QCOMPARE(r->months[0].targetPct, 30);
        QCOMPARE(r->months[0].planned, 5); // 13 tasks: 5, 4, 4
        QCOMPARE(r->months[0].plannedCumPct, 38.5);
        QCOMPARE(r->months[1].plannedCumPct, 69.2);
        QCOMPARE(r->months[2].plannedCumPct, 100.0);
        QCOMPARE(r->months[0].done, 3); // 07-31 counts in July
        QCOMPARE(r->months[0].doneCumPct, 23.1);
        QCOMPARE(r->months[1].done, 1); // 08-01 in August
        QCOMPARE(r->months[1].doneCumPct, 30.8);
        QCOMPARE(r->months[2].done, 3);
        QCOMPARE(r->months[2].doneCumPct, 53.8);
        QCOMPARE(r->targetPctNow, 100);
        QCOMPARE(r->quarterSummaryDue, QDate(2025, 10, 13));
        QCOMPARE(r->nextDrawDue, QDate(2025, 9, 30));
        // Publication: due dates over the holiday.
        QHash<qint64, PublicationItem> pub;
        for (const PublicationItem &p : r->publication)
            pub.insert(p.id, p);
        QCOMPARE(pub.size(), 7);
        QCOMPARE(pub[yt[4].id].due, QDate(2025, 10, 28));
        QVERIFY(!pub[yt[4].id].overdue);
        QVERIFY(pub[yt[5].id].overdue);
        QCOMPARE(pub[yt[6].id].due, QDate(2025, 10, 31)); // 09-30 + 18: 10-09, 10-10, Sat 10-11, … 10-31
        QVERIFY(pub[yt[6].id].overdue);                   // not published by 11-03
        QCOMPARE(pub[yt[0].id].due, QDate(2025, 8, 26));  // 07-31 + 18: no holidays in August
        QVERIFY(pub[yt[0].id].overdue);
        // Alerts: behind the curve (53.8 % < 100 %), the July publications overdue, Q4 not drawn.
        QStringList kinds;
        for (const ProgressAlert &a : r->alerts)
            kinds << a.kind;
        QVERIFY(kinds.contains(QStringLiteral("behind_curve")));
        QVERIFY(kinds.contains(QStringLiteral("publication_overdue")));
        QVERIFY(kinds.contains(QStringLiteral("draw_overdue")));

        // Publication due soon: on 10-28, task 7 (due 10-31) has 3 working days left.
        FixedClock soon(QDateTime(QDate(2025, 10, 28), QTime(10, 0)));
        auto s = ProgressService(db.value(), profile, cal.value(), soon).report(q, QStringLiteral("yantian"));
        bool dueSoon = false;
        for (const ProgressAlert &a : s->alerts)
            dueSoon = dueSoon || (a.kind == QLatin1String("publication_due") && a.date == QDate(2025, 10, 31));
        QVERIFY(dueSoon);

        // The city equals the sum of its bureaus.
        auto city = service.report(q);
        auto dapeng = service.report(q, QStringLiteral("dapeng"));
        QCOMPARE(city->tasks, r->tasks + dapeng->tasks);
        QCOMPARE(city->done, r->done + dapeng->done);
        QCOMPARE(city->jointTasks, r->jointTasks + dapeng->jointTasks);
        // Issue 16: one meaning of the joint share: joint tasks over the random tasks (the
        // shipped joint_base), in progress and in the year view alike, and said in words.
        int randomTasks = 0;
        for (const LedgerTask &t : TaskRepository(db.value()).list(q, QStringLiteral("dapeng")).value())
            randomTasks += t.origin == QLatin1String("random");
        QVERIFY(randomTasks > 0 && randomTasks < dapeng->tasks); // dapeng has a must-check too
        QVERIFY(dapeng->jointTasks > 0);
        QCOMPARE(dapeng->jointBase, randomTasks);
        QCOMPARE(dapeng->jointRatio, std::round(1000.0 * dapeng->jointTasks / randomTasks) / 1000.0);
        QVERIFY2(dapeng->jointBaseWords.contains(QString::number(randomTasks)), qPrintable(dapeng->jointBaseWords));
        auto year = YearView(db.value(), profile).report(QStringLiteral("dapeng"), 2025);
        QVERIFY(year.ok());
        for (const YearTarget &t : year->targets)
            if (t.id == QLatin1String("joint_share"))
                QCOMPARE(std::round(1000.0 * t.actual) / 1000.0, dapeng->jointRatio);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(city->months[i].planned, r->months[i].planned + dapeng->months[i].planned);
            QCOMPARE(city->months[i].done, r->months[i].done + dapeng->months[i].done);
        }
        QCOMPARE(city->publication.size(), r->publication.size() + dapeng->publication.size());
        QCOMPARE(city->bureaus.size(), 11);
        int sum = 0;
        for (const BureauProgress &b : city->bureaus)
            sum += b.tasks;
        QCOMPARE(sum, city->tasks);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "TestProgress.moc"
