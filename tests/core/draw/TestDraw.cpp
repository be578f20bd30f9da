// SPDX-License-Identifier: GPL-3.0-or-later
// Draw-spec v1: known answers from sha256sum, properties of the selection, matching, month plan,
// joint marking, commit and verify against a real SQLite file.
#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "draw/DrawService.h"
#include "draw/JointMarker.h"
#include "draw/Matcher.h"
#include "draw/MonthPlanner.h"
#include "draw/Sampler.h"
#include "draw/Sha256.h"
#include "ledger/TaskService.h"
#include "progress/ProgressService.h"
#include "rules/QuotaService.h"
#include "rules/YearView.h"
#include "store/ChainRepository.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"
#include "util/I18n.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtTest>
#include <algorithm>

using namespace suiji;

namespace {
// The shell's answer: printf '%s' TEXT | sha256sum
QString shellSha256(const QString &text)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' \"$1\" | sha256sum"), QStringLiteral("sh"), text});
    p.waitForFinished();
    return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

QStringList keys(int n, const QString &prefix = QStringLiteral("914403000000"))
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << prefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
    return out;
}

Inspector inspector(const QString &badge, const QStringList &conflicts = {})
{
    Inspector i;
    i.badge = badge;
    i.name = badge;
    i.bureau = QStringLiteral("nanshan");
    i.conflicts = conflicts;
    return i;
}

// n inspectors of yantian, badges PREFIX0000, PREFIX0001, …
QList<Inspector> yantianRoster(int n, const QString &prefix)
{
    QList<Inspector> people;
    for (int i = 0; i < n; ++i) {
        Inspector p = inspector(prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
        p.bureau = QStringLiteral("yantian");
        people << p;
    }
    return people;
}

// An entity of the bureau named 单位KEY; plots are named by their code, the others by their USCC.
Entity entity(const QString &bureau, const QString &category, const QString &key, const QString &level = QStringLiteral("general"))
{
    Entity e;
    e.category = category;
    e.key = key;
    e.uscc = category == QLatin1String("soil_plot") ? QString() : key;
    e.code = category == QLatin1String("soil_plot") ? key : QString();
    e.name = QStringLiteral("单位") + key;
    e.bureau = bureau;
    e.level = level;
    return e;
}

// Writes the lists as an import would, in one transaction.
Status storeLists(const Database &db, const QList<Entity> &entities, const QList<Inspector> &people)
{
    Transaction tx(db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = EntityRepository(db).upsert(entities, QStringLiteral("2025-06-01T00:00:00")); !s)
        return s;
    if (auto s = InspectorRepository(db).upsert(people); !s)
        return s;
    return tx.commit();
}

DrawTask task(int seq, const QString &pool, const QString &key, const QString &origin = QStringLiteral("random"))
{
    DrawTask t;
    t.seq = seq;
    t.pool = pool;
    t.key = key;
    t.name = key;
    t.origin = origin;
    return t;
}
} // namespace

class TestDraw : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void ticketsMatchSha256sum()
    {
        const QString seed = QStringLiteral("58203174960318427705");
        const QString ctx = draw::poolContext(2025, 3, QStringLiteral("nanshan"), QStringLiteral("fixed.key"));
        QCOMPARE(ctx, QStringLiteral("suiji-draw-v1|2025Q3|nanshan|fixed.key"));
        for (const QString &key : {QStringLiteral("914403001922038216"), QStringLiteral("91440300587917503A"), QStringLiteral("RHPWK-440305-0001")})
            QCOMPARE(draw::Sampler::ticket(seed, ctx, key), shellSha256(seed + QLatin1Char('|') + ctx + QLatin1Char('|') + key));
        // The empty pool's fingerprint is H(""), sha256sum of nothing.
        QCOMPARE(draw::listFingerprint({}), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void selectionMatchesTheShell()
    {
        // Tickets from the shell, sorted by the shell: the first 4 of 12 must be what Sampler picks.
        const QString seed = QStringLiteral("dice-2025-06-20");
        const QString ctx = draw::poolContext(2025, 3, QStringLiteral("futian"), QStringLiteral("mobile.fuel"));
        const QStringList pool = keys(12);
        QProcess p;
        const QString script = QStringLiteral("for k in %1; do printf '%s %s\\n' \"$(printf '%s' \"$0|$1|$k\" | sha256sum | cut -c1-64)\" \"$k\"; done | "
                                              "LC_ALL=C sort | head -4 | cut -d' ' -f2")
                                   .arg(pool.join(QLatin1Char(' ')));
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script, seed, ctx});
        p.waitForFinished();
        const QStringList expected = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(expected.size(), 4);
        const draw::Selection s = draw::Sampler::select(seed, ctx, pool, 4);
        QCOMPARE(s.selected, expected);
        QCOMPARE(s.resultFp, shellSha256(expected.join(QLatin1Char('\n')) + QLatin1Char('\n')));
        QCOMPARE(s.poolFp, shellSha256(pool.join(QLatin1Char('\n')) + QLatin1Char('\n')));
    }

    void selectionProperties()
    {
        const QString seed = QStringLiteral("31415926535897932384");
        const QString ctx = draw::poolContext(2025, 1, QStringLiteral("baoan"), QStringLiteral("fixed.general"));
        const QStringList pool = keys(500);
        const draw::Selection a = draw::Sampler::select(seed, ctx, pool, 40);
        QCOMPARE(a.selected.size(), 40);
        // Independent of the order the pool is read in.
        QStringList shuffled = pool;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 123, shuffled.end());
        const draw::Selection b = draw::Sampler::select(seed, ctx, shuffled, 40);
        QCOMPARE(b.selected, a.selected);
        QCOMPARE(b.poolFp, a.poolFp);
        // Removing an unselected entity changes no one else's selection (the pool fingerprint changes).
        for (const QString &gone : {pool.at(0), pool.at(250), pool.at(499)}) {
            if (a.selected.contains(gone))
                continue;
            QStringList smaller = pool;
            smaller.removeOne(gone);
            const draw::Selection c = draw::Sampler::select(seed, ctx, smaller, 40);
            QCOMPARE(c.selected, a.selected);
            QVERIFY(c.poolFp != a.poolFp);
        }
        // The first k of a larger k are the same.
        const draw::Selection d = draw::Sampler::select(seed, ctx, pool, 90);
        QCOMPARE(d.selected.mid(0, 40), a.selected);
        // Another seed or context gives another selection; k beyond the pool takes all.
        QVERIFY(draw::Sampler::select(seed + QLatin1Char('x'), ctx, pool, 40).selected != a.selected);
        QVERIFY(draw::Sampler::select(seed, ctx + QLatin1Char('x'), pool, 40).selected != a.selected);
        QCOMPARE(draw::Sampler::select(seed, ctx, pool.mid(0, 7), 40).selected.size(), 7);
    }

    void seeds()
    {
        QVERIFY(draw::checkSeed(QStringLiteral("12345678901234567890")).isEmpty());
        QVERIFY(draw::checkSeed(QStringLiteral("!~")).isEmpty());
        QVERIFY(draw::checkSeed(QString(128, QLatin1Char('7'))).isEmpty());
        QVERIFY(!draw::checkSeed(QString(129, QLatin1Char('7'))).isEmpty());
        QVERIFY(!draw::checkSeed(QString()).isEmpty());
        QVERIFY(!draw::checkSeed(QStringLiteral("12 34")).isEmpty());
        QVERIFY(!draw::checkSeed(QStringLiteral("种子")).isEmpty());
        const QString proposed = draw::proposeSeed();
        QCOMPARE(proposed.size(), 20);
        QVERIFY(std::all_of(proposed.begin(), proposed.end(), [](QChar c) { return c.isDigit(); }));
        QVERIFY(draw::proposeSeed() != proposed);
    }

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

    void matching()
    {
        const QString seed = QStringLiteral("777");
        const QString ctx = draw::matchContext(2025, 3, QStringLiteral("nanshan"));
        QCOMPARE(ctx, QStringLiteral("suiji-match-v1|2025Q3|nanshan"));
        QList<DrawTask> tasks;
        for (int i = 0; i < 9; ++i)
            tasks << task(i + 1, QStringLiteral("fixed.general"), QStringLiteral("K%1").arg(i));
        QList<Inspector> people{inspector(QStringLiteral("B1"), {QStringLiteral("K0")}), inspector(QStringLiteral("B2")), inspector(QStringLiteral("B3")),
                                inspector(QStringLiteral("B4"), {QStringLiteral("K0"), QStringLiteral("K1")})};
        const draw::MatchOutcome m = draw::matchInspectors(tasks, people, 2, seed, ctx);
        QVERIFY(m.errors.isEmpty());
        QCOMPARE(m.cap, 5); // ceil(2 × 9 / 4)
        QHash<QString, int> load;
        for (const DrawTask &t : tasks) {
            QCOMPARE(t.inspectors.size(), 2);
            QVERIFY(t.inspectors[0] != t.inspectors[1]);
            for (const QString &b : t.inspectors)
                ++load[b];
        }
        QVERIFY(!tasks[0].inspectors.contains(QStringLiteral("B1")) && !tasks[0].inspectors.contains(QStringLiteral("B4")));
        QVERIFY(!tasks[1].inspectors.contains(QStringLiteral("B4")));
        for (int l : load)
            QVERIFY(l <= 5);
        // The first task's team is the two lowest H(seed|ctx|key|badge) among those free of conflicts.
        QStringList free{QStringLiteral("B2"), QStringLiteral("B3")};
        QCOMPARE(tasks[0].inspectors.size(), 2);
        std::sort(free.begin(), free.end(), [&](const QString &a, const QString &b) {
            return shellSha256(seed + QLatin1Char('|') + ctx + QStringLiteral("|K0|") + a) <
                   shellSha256(seed + QLatin1Char('|') + ctx + QStringLiteral("|K0|") + b);
        });
        QCOMPARE(tasks[0].inspectors, free);

        // Everyone in conflict: the task is named and the reason given.
        QList<DrawTask> one{task(1, QStringLiteral("fixed.key"), QStringLiteral("BAD"))};
        one[0].name = QStringLiteral("深圳市回避测试有限公司");
        const QList<Inspector> conflicted{inspector(QStringLiteral("B1"), {QStringLiteral("BAD")}), inspector(QStringLiteral("B2"))};
        const draw::MatchOutcome e = draw::matchInspectors(one, conflicted, 2, seed, ctx);
        QCOMPARE(e.errors.size(), 1);
        QVERIFY(e.errors[0].contains(QStringLiteral("深圳市回避测试有限公司")));
        QVERIFY(e.errors[0].contains(QStringLiteral("BAD")));
        QVERIFY(!draw::matchInspectors(one, {}, 2, seed, ctx).errors.isEmpty());
    }

    // draw-spec v1's cap leaves no slack when 2 × tasks is a multiple of the inspectors: the greedy
    // matching then strands some quarters' last task; the profile's draw.cap_slack = 1 removes that.
    void capSlack()
    {
        QList<Inspector> people;
        for (int i = 0; i < 6; ++i)
            people << inspector(QStringLiteral("B%1").arg(i));
        int strandedWithout = 0, strandedWith = 0;
        for (int seed = 0; seed < 40; ++seed) {
            QList<DrawTask> tasks;
            for (int i = 0; i < 21; ++i) // 42 team places = 6 × 7: capacity equals the work
                tasks << task(i + 1, QStringLiteral("fixed.general"), QStringLiteral("K%1").arg(i));
            QList<DrawTask> copy = tasks;
            const QString ctx = draw::matchContext(2025, 3, QStringLiteral("nanshan"));
            const draw::MatchOutcome a = draw::matchInspectors(tasks, people, 2, QString::number(seed), ctx);
            QCOMPARE(a.cap, 7);
            strandedWithout += !a.errors.isEmpty();
            const draw::MatchOutcome b = draw::matchInspectors(copy, people, 2, QString::number(seed), ctx, 1);
            QCOMPARE(b.cap, 8);
            strandedWith += !b.errors.isEmpty();
        }
        qInfo("exact capacity: %d of 40 seeds strand a task with the spec's cap, %d with cap_slack 1", strandedWithout, strandedWith);
        QVERIFY(strandedWithout > 0);
        QCOMPARE(strandedWith, 0);
    }

    void jointMarking()
    {
        const RuleProfile &p = RuleProfile::shipped();
        QList<DrawTask> tasks;
        for (int i = 0; i < 20; ++i)
            tasks << task(i + 1, QStringLiteral("fixed.general"), QStringLiteral("G%1").arg(i, 2, 10, QLatin1Char('0')));
        for (int i = 0; i < 4; ++i)
            tasks << task(21 + i, QStringLiteral("mobile.fuel"), QStringLiteral("F%1").arg(i));
        tasks << task(25, QStringLiteral("mobile.fuel"), QStringLiteral("FM"), QStringLiteral("must"));
        QHash<QString, QString> industries{{QStringLiteral("fixed.general|G03"), QStringLiteral("污水处理及其再生利用")}};
        const QString ctx = draw::jointContext(2025, 3, QStringLiteral("nanshan"));
        QCOMPARE(ctx, QStringLiteral("suiji-joint-v1|2025Q3|nanshan"));
        const draw::JointOutcome o = draw::markJoint(tasks, p, QStringLiteral("s"), ctx, industries);
        QCOMPARE(o.randomTasks, 24);
        QCOMPARE(o.wanted, 8); // ceil(30 % × 24) = ceil(7.2)
        QCOMPARE(o.candidates, 5);
        QCOMPARE(o.marked, 5);
        QVERIFY(!o.warning.isEmpty());
        QVERIFY(o.warning.contains(QLatin1Char('3'))); // 3 short
        QVERIFY(tasks[3].joint);
        QCOMPARE(tasks[3].partners, QStringList{QStringLiteral("市水务局")});
        QVERIFY(!tasks[24].joint); // must-checks are never candidates
        QVERIFY(tasks[20].joint && tasks[20].partners.contains(QStringLiteral("市市场监督管理局")));
    }

    // Issue 16: an off-site task is never a joint on-site inspection (shipped profile), and the
    // share's base is the profile's joint_base.
    void jointExcludesOffsiteAndFollowsTheBase()
    {
        const RuleProfile &shipped = RuleProfile::shipped();
        QVERIFY(!shipped.jointOffsite);
        QCOMPARE(shipped.targets.jointBase, QStringLiteral("random"));
        auto tasks = [] {
            QList<DrawTask> t;
            for (int i = 0; i < 10; ++i) {
                t << task(i + 1, QStringLiteral("mobile.fuel"), QStringLiteral("F%1").arg(i));
                t.last().offsite = i < 6; // six off-site checks of the joint pool
            }
            for (int i = 0; i < 10; ++i)
                t << task(11 + i, QStringLiteral("fixed.general"), QStringLiteral("M%1").arg(i), QStringLiteral("must"));
            return t;
        };
        const QString ctx = draw::jointContext(2025, 3, QStringLiteral("nanshan"));
        QList<DrawTask> a = tasks();
        const draw::JointOutcome o = draw::markJoint(a, shipped, QStringLiteral("s"), ctx, {});
        QCOMPARE(o.randomTasks, 10);
        QCOMPARE(o.baseTasks, 10);
        QCOMPARE(o.wanted, 3);     // ceil(30 % × 10)
        QCOMPARE(o.candidates, 4); // the four on-site ones only
        for (const DrawTask &t : a)
            QVERIFY2(!(t.joint && t.offsite), qPrintable(t.key));
        // A profile made before the rule (no joint_offsite): off-site tasks stay candidates, so its
        // commits verify as they were drawn.
        auto old = RuleProfile::fromJson(QJsonDocument([&] {
                                             QJsonObject j = shipped.json;
                                             QJsonObject d = j.value(QStringLiteral("draw")).toObject();
                                             d.remove(QStringLiteral("joint_offsite"));
                                             j.insert(QStringLiteral("draw"), d);
                                             return j;
                                         }())
                                             .toJson());
        QVERIFY2(old.ok(), qPrintable(old.message()));
        QList<DrawTask> b = tasks();
        QCOMPARE(draw::markJoint(b, old.value(), QStringLiteral("s"), ctx, {}).candidates, 10);
        // joint_base "daily": 30 % of all 20 tasks are wanted.
        auto daily = RuleProfile::fromJson(QJsonDocument([&] {
                                               QJsonObject j = shipped.json;
                                               QJsonObject t = j.value(QStringLiteral("targets")).toObject();
                                               t.insert(QStringLiteral("joint_base"), QStringLiteral("daily"));
                                               j.insert(QStringLiteral("targets"), t);
                                               return j;
                                           }())
                                               .toJson());
        QVERIFY2(daily.ok(), qPrintable(daily.message()));
        QList<DrawTask> c = tasks();
        const draw::JointOutcome od = draw::markJoint(c, daily.value(), QStringLiteral("s"), ctx, {});
        QCOMPARE(od.baseTasks, 20);
        QCOMPARE(od.wanted, 6);
        QCOMPARE(od.marked, 4); // only four candidates: a warning names the shortfall
        QVERIFY(!od.warning.isEmpty());
    }

    // Issue 16 item 9: the mobile-source division draws the mobile pools of every district in one
    // ceremony of its own chain, staffs them from its own roster, and the tasks land in each
    // district's ledger and progress; the districts' own quarters leave those pools out.
    void mobileDivisionDrawsEveryDistrictsMobilePools()
    {
        const QString path = m_dir.filePath(QStringLiteral("mobile.db"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QList<Entity> list;
        auto add = [&](const QString &bureau, const QString &cat, const QString &key) { list << entity(bureau, cat, key); };
        // 南山: 50 petrol stations (k = ceil(2.5% × 50) = 2) and 30 fixed sources; 盐田: 4 diesel
        // fleets (min one: 1) and 30 fixed sources. No other district has mobile sources.
        for (const QString &k : keys(50, QStringLiteral("NSFUEL")))
            add(QStringLiteral("nanshan"), QStringLiteral("petrol_station"), k);
        for (const QString &k : keys(30, QStringLiteral("NSFIX")))
            add(QStringLiteral("nanshan"), QStringLiteral("fixed"), k);
        for (const QString &k : keys(4, QStringLiteral("YTDSL")))
            add(QStringLiteral("yantian"), QStringLiteral("diesel_fleet"), k);
        for (const QString &k : keys(30, QStringLiteral("YTFIX")))
            add(QStringLiteral("yantian"), QStringLiteral("fixed"), k);
        QList<Inspector> people = yantianRoster(4, QStringLiteral("1906"));
        for (int i = 0; i < 4; ++i) {
            Inspector p = inspector(QStringLiteral("1905%1").arg(i, 4, 10, QLatin1Char('0')));
            people << p; // nanshan
            Inspector m = inspector(QStringLiteral("1900%1").arg(i, 4, 10, QLatin1Char('0')));
            m.bureau = QStringLiteral("mobile");
            people << m;
        }
        QVERIFY(storeLists(db.value(), list, people).ok());
        FixedClock clock(QDateTime(QDate(2025, 6, 20), QTime(10, 0)));
        const RuleProfile &profile = RuleProfile::shipped();
        DrawService service(db.value(), profile, clock);
        const Quarter q{2025, 3};

        // A district's quota lists every pool; its own ceremony leaves the division's out.
        auto nsPlan = QuotaService(db.value(), profile).plan(QStringLiteral("nanshan"), q);
        QVERIFY(nsPlan.ok());
        QCOMPARE(nsPlan->pool(QStringLiteral("mobile.fuel"))->quota, 2);
        QCOMPARE(nsPlan->pool(QStringLiteral("mobile.fuel"))->rule->drawnBy, QStringLiteral("mobile"));
        QCOMPARE(nsPlan->pool(QStringLiteral("fixed.general"))->rule->drawnBy, QStringLiteral("bureau"));
        for (const QString &b : {QStringLiteral("nanshan"), QStringLiteral("yantian")}) {
            DrawRequest r{b, q, QStringLiteral("20250620"), std::nullopt, QStringLiteral("测试员"), {}, {}};
            auto f = service.freeze(r);
            QVERIFY2(f.ok(), qPrintable(f.message()));
            for (const QJsonValue &v : f->record.fields().value(QStringLiteral("pools")).toArray())
                QVERIFY(!profile.pool(v.toObject().value(QStringLiteral("pool")).toString())->drawnByDivision());
            auto c = service.commit(r);
            QVERIFY2(c.ok(), qPrintable(c.message()));
        }

        // The division's lock: each district's pool under the district's own context.
        DrawRequest req{QStringLiteral("mobile"), q, QStringLiteral("31415926"), std::nullopt, QStringLiteral("移动源处"), {}, QStringLiteral("会上掷骰")};
        auto f = service.freeze(req);
        QVERIFY2(f.ok(), qPrintable(f.message()));
        const QJsonArray pools = f->record.fields().value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("pool")).toString(),
                 QStringLiteral("yantian/mobile.diesel_fleet")); // district order: 盐田 before 南山
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("context")).toString(), QStringLiteral("suiji-draw-v1|2025Q3|yantian|mobile.diesel_fleet"));
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("k")).toInt(), 1);
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("pool")).toString(), QStringLiteral("nanshan/mobile.fuel"));
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("context")).toString(), QStringLiteral("suiji-draw-v1|2025Q3|nanshan|mobile.fuel"));
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("k")).toInt(), 2);
        auto c = service.commit(req);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->tasks.size(), 3);

        // The selection is the shell's: the lowest ticket of 南山's petrol stations under 南山's context.
        QStringList stations = keys(50, QStringLiteral("NSFUEL"));
        std::sort(stations.begin(), stations.end(), [](const QString &a, const QString &b) {
            return shellSha256(QStringLiteral("31415926|suiji-draw-v1|2025Q3|nanshan|mobile.fuel|") + a) <
                   shellSha256(QStringLiteral("31415926|suiji-draw-v1|2025Q3|nanshan|mobile.fuel|") + b);
        });
        QCOMPARE(c->pool(QStringLiteral("nanshan/mobile.fuel"))->selected, stations.mid(0, 2));

        // Tasks in each district's ledger, drawn by the division, staffed by its roster.
        const QList<LedgerTask> ns = TaskRepository(db.value()).list(q, QStringLiteral("nanshan")).value();
        int nsMobile = 0;
        for (const LedgerTask &t : ns)
            if (t.pool == QLatin1String("mobile.fuel")) {
                ++nsMobile;
                QCOMPARE(t.drawnBy, QStringLiteral("mobile"));
                QCOMPARE(t.inspectors.size(), 2);
                for (const QString &b : t.inspectors)
                    QVERIFY2(b.startsWith(QLatin1String("1900")), qPrintable(b));
            } else {
                QVERIFY(t.drawnBy.isEmpty());
            }
        QCOMPARE(nsMobile, 2);
        QCOMPARE(TaskRepository(db.value()).list(q, QStringLiteral("mobile")).value().size(), 3);
        QCOMPARE(TaskRepository(db.value()).drawnIn(q, QStringLiteral("nanshan")).value().size(), ns.size() - 2);
        auto progress = ProgressService(db.value(), profile, WorkCalendar::shipped(), clock).report(q, QStringLiteral("nanshan"));
        QVERIFY(progress.ok());
        QCOMPARE(progress->tasks, ns.size());

        // Everything verifies; the division's chain is one more chain.
        auto v = service.verify();
        QVERIFY2(v.ok() && v->ok, qPrintable(v->reason));
        QCOMPARE(v->chains, 3);

        // Done on a division's task: the ledger event goes into the division's chain, named by
        // its district pool; verify still passes.
        qint64 id = 0;
        for (const LedgerTask &t : ns)
            if (t.pool == QLatin1String("mobile.fuel"))
                id = t.id;
        FixedClock july(QDateTime(QDate(2025, 7, 10), QTime(9, 0)));
        QVERIFY(TaskService(db.value(), july).markDone({id}, QDate(2025, 7, 3), QStringLiteral("未发现问题"), QStringLiteral("测试员")).ok());
        auto chain = ChainRepository(db.value()).forQuarter(QStringLiteral("mobile"), QStringLiteral("2025Q3"));
        QVERIFY(chain.ok());
        QCOMPARE(chain->last().kind, QStringLiteral("ledger"));
        QVERIFY(chain->last().fields().value(QStringLiteral("task")).toString().startsWith(QLatin1String("nanshan/mobile.fuel|")));
        v = service.verify();
        QVERIFY2(v.ok() && v->ok, qPrintable(v->reason));

        // A division task's team changed in the file: verify names the division's commit.
        QSqlQuery edit(db->db());
        QVERIFY(edit.exec(QStringLiteral(
            "UPDATE task SET inspectors = '19000000;19000001', status = status WHERE drawn_by = 'mobile' AND inspectors <> '19000000;19000001'")));
        v = service.verify();
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->badBureau, QStringLiteral("mobile"));
    }

    void commitVerifyAndTamper()
    {
        const QString path = m_dir.filePath(QStringLiteral("draw.db"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        // A small bureau: 60 general fixed sources, 16 key units, 3 plots, 5 inspectors.
        QList<Entity> list;
        auto add = [&](const QString &cat, const QString &key, const QString &level) { list << entity(QStringLiteral("yantian"), cat, key, level); };
        for (const QString &k : keys(60, QStringLiteral("G")))
            add(QStringLiteral("fixed"), k, QStringLiteral("general"));
        for (const QString &k : keys(16, QStringLiteral("K")))
            add(QStringLiteral("fixed"), k, QStringLiteral("key"));
        for (const QString &k : keys(3, QStringLiteral("PLOT-")))
            add(QStringLiteral("soil_plot"), k, QStringLiteral("general"));
        QVERIFY(storeLists(db.value(), list, yantianRoster(5, QStringLiteral("1905"))).ok());
        FixedClock clock(QDateTime(QDate(2025, 6, 20), QTime(10, 0)));
        const RuleProfile &profile = RuleProfile::shipped();
        DrawService service(db.value(), profile, clock);
        DrawRequest req{QStringLiteral("yantian"), Quarter{2025, 3}, QStringLiteral("20250620"), std::nullopt, QStringLiteral("测试员"), {}, {}};

        // No seed before the lock: preview and commit are refused and write nothing.
        const QByteArray unlocked = test::dumpHash(path);
        for (bool commit : {false, true}) {
            auto r = commit ? service.commit(req) : service.preview(req);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, 3);
            QVERIFY2(r.message().contains(QStringLiteral("锁定名录")) || r.message().contains(QStringLiteral("Lock the lists")), qPrintable(r.message()));
        }
        QCOMPARE(test::dumpHash(path), unlocked);

        // Locked with one inspector taking part: the seed's tasks cannot be staffed, the attempt
        // says so, the commit is refused; the freeze is voided with a reason.
        {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET active = 0 WHERE badge <> '19050000'")));
        }
        QVERIFY(service.freeze(req).ok());
        auto thin = service.preview(req);
        QVERIFY2(thin.ok(), qPrintable(thin.message()));
        QVERIFY(!thin->errors.isEmpty());
        const QByteArray oneInspector = test::dumpHash(path);
        auto refused = service.commit(req);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, 3);
        QVERIFY(refused.message().contains(QStringLiteral("G0000")) || refused.message().contains(QStringLiteral("单位")));
        QCOMPARE(test::dumpHash(path), oneInspector);
        QVERIFY(!service.voidFreeze(req.bureau, req.quarter, QString(), req.op).ok()); // a reason is required
        QVERIFY(service.voidFreeze(req.bureau, req.quarter, QStringLiteral("只有一名执法人员参与"), req.op).ok());
        {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET active = 1")));
        }
        auto frozen = service.freeze(req);
        QVERIFY2(frozen.ok(), qPrintable(frozen.message()));
        QVERIFY(!service.freeze(req).ok()); // one freeze in force at a time

        auto preview = service.preview(req);
        QVERIFY2(preview.ok(), qPrintable(preview.message()));
        QVERIFY2(preview->errors.isEmpty(), qPrintable(preview->errors.join(QLatin1Char('\n'))));
        QCOMPARE(preview->attemptNumber, 1);
        QCOMPARE(preview->freezeHash, frozen->record.recordHash);
        QCOMPARE(preview->pool(QStringLiteral("fixed.general"))->k, 13); // ceil(2.5 × 5)
        QCOMPARE(preview->pool(QStringLiteral("fixed.key"))->k, 2);      // ceil(12.5 % × 16)
        QCOMPARE(preview->tasks.size(), 13 + 2 + 9);
        // Task order: pools in table order; plots by key, months 1, 2, 3.
        QCOMPARE(preview->tasks.first().pool, QStringLiteral("fixed.general"));
        QCOMPARE(preview->tasks.first().key, preview->pool(QStringLiteral("fixed.general"))->selected.first());
        QCOMPARE(preview->tasks.last().key, QStringLiteral("PLOT-000002"));
        QCOMPARE(preview->tasks.last().month, 3);

        // After the lock, the live lists change: the quarter still draws from the frozen ones.
        {
            QList<Entity> more;
            for (const QString &k : keys(30, QStringLiteral("N"))) {
                Entity e = list.first();
                e.key = k;
                e.uscc = k;
                more << e;
            }
            QVERIFY(EntityRepository(db.value()).upsert(more, QStringLiteral("2025-06-21T00:00:00")).ok());
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET active = 0 WHERE badge = '19050004'")));
        }
        auto again1 = service.preview(req);
        QVERIFY(again1.ok());
        QCOMPARE(again1->attemptNumber, 1); // the same seed is not logged twice
        QCOMPARE(again1->pool(QStringLiteral("fixed.general"))->poolFp, preview->pool(QStringLiteral("fixed.general"))->poolFp);
        QCOMPARE(again1->tasksFp, preview->tasksFp);
        QVERIFY(QSqlQuery(db->db()).exec(QStringLiteral("UPDATE inspector SET active = 1")));

        // A second seed is an attempt of its own; committing it without a reason is refused.
        DrawRequest other = req;
        other.seed = QStringLiteral("99999");
        auto second = service.preview(other);
        QVERIFY(second.ok());
        QCOMPARE(second->attemptNumber, 2);
        QCOMPARE(second->firstSeed, req.seed);
        const QByteArray beforeOther = test::dumpHash(path);
        auto noReason = service.commit(other);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, 3);
        QVERIFY2(noReason.message().contains(req.seed), qPrintable(noReason.message()));
        QCOMPARE(test::dumpHash(path), beforeOther);

        auto committed = service.commit(req); // the first seed: no reason needed
        QVERIFY2(committed.ok(), qPrintable(committed.message()));
        QVERIFY(committed->committed);
        QVERIFY(committed->reason.isEmpty());
        // The same answer as the preview, now with the commit record chained.
        QCOMPARE(committed->pool(QStringLiteral("fixed.general"))->selected, preview->pool(QStringLiteral("fixed.general"))->selected);
        QCOMPARE(committed->tasksFp, preview->tasksFp);
        QCOMPARE(TaskRepository(db.value()).count(Quarter{2025, 3}, QStringLiteral("yantian")).value(), 24);
        const QList<LedgerTask> ledger = TaskRepository(db.value()).list(Quarter{2025, 3}, QStringLiteral("yantian")).value();
        QCOMPARE(ledger.first().month, 7);
        QCOMPARE(ledger.first().inspectors.size(), 2);
        auto chain = ChainRepository(db.value()).forQuarter(QStringLiteral("yantian"), QStringLiteral("2025Q3"));
        QVERIFY(chain.ok());
        QStringList kinds;
        for (const ChainRecord &r : chain.value())
            kinds << r.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("freeze"), QStringLiteral("attempt"), QStringLiteral("void"), QStringLiteral("freeze"),
                                     QStringLiteral("attempt"), QStringLiteral("attempt"), QStringLiteral("commit")}));
        // record_hash = H(prev + "\n" + canonical_json), checkable with the shell.
        const ChainRecord &c0 = chain->first();
        QCOMPARE(c0.prevHash, QString(64, QLatin1Char('0')));
        QCOMPARE(c0.recordHash, shellSha256(c0.prevHash + QLatin1Char('\n') + c0.canonicalJson));
        const ChainRecord &last = chain->last();
        QCOMPARE(last.recordHash, committed->commitHash);
        QCOMPARE(last.recordHash, shellSha256(last.prevHash + QLatin1Char('\n') + last.canonicalJson));
        QVERIFY(last.canonicalJson.contains(QStringLiteral("\"seed\":\"20250620\"")));
        QVERIFY(last.canonicalJson.contains(QStringLiteral("\"tasks_fp\":\"") + committed->tasksFp));
        auto records = DrawRepository(db.value()).all();
        // The commit's pools, indexed for the no-repeat rule: every pool but the three the
        // mobile-source division draws.
        QCOMPARE(records->size(), profile.pools.size() - 3);
        QCOMPARE(records->first().spec, QStringLiteral("suiji-draw-v2"));

        // The year view of the same file: one quarter drawn, Q4 still to come.
        auto year = YearView(db.value(), profile).report(QStringLiteral("yantian"), 2025);
        QVERIFY2(year.ok(), qPrintable(year.message()));
        QCOMPARE(year->quartersDrawn, QList<int>{3});
        QCOMPARE(year->inspectors, 5);
        const YearTarget &general = year->targets.at(0);
        QCOMPARE(general.actual, 13.0);
        QCOMPARE(general.target, 50.0);    // 10 × 5 inspectors
        QCOMPARE(general.projected, 26.0); // + Q4 at 13
        QVERIFY(general.atRisk);
        const YearTarget &key = year->targets.at(1);
        QCOMPARE(key.actual, 2.0 / 16);
        QCOMPARE(key.projected, 4.0 / 16);
        QVERIFY(key.atRisk);

        auto ok = service.verify({committed->commitHash});
        QVERIFY2(ok->ok, qPrintable(ok->reason));
        QCOMPARE(ok->records, 0); // no v1 records
        QCOMPARE(ok->chainRecords, 7);
        QCOMPARE(ok->anchors, QStringList{committed->commitHash});

        // A second commit of the same quarter is refused and changes nothing.
        const QByteArray afterCommit = test::dumpHash(path);
        auto again = service.commit(req);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, 3);
        QVERIFY(again.message().contains(QStringLiteral("2025Q3")));
        QCOMPARE(test::dumpHash(path), afterCommit);

        // Committed rows and records are immutable through SQL.
        {
            QSqlQuery q(db->db());
            QVERIFY(!q.exec(QStringLiteral("UPDATE draw SET seed = 'x'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM draw_selection")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE draw_pool SET key = 'x'")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE chain_record SET canonical_json = '{}'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM chain_record")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE freeze_snapshot SET snapshot = '{}'")));
        }
        // Behind the app's back: swap a task's team in the ledger, and verify names the task.
        {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE task SET inspectors = CASE WHEN instr(inspectors, '19050004') > 0 THEN '19050000;19050001' "
                                          "ELSE '19050004;19050003' END WHERE seq = 1 AND quarter = '2025Q3'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        auto bad = service.verify();
        QVERIFY(!bad->ok);
        QCOMPARE(bad->badKind, QStringLiteral("commit"));
        QVERIFY2(bad->reason.contains(QStringLiteral("team")) || bad->reason.contains(QStringLiteral("执法人员")), qPrintable(bad->reason));
        db = Result<Database>(Error{}); // close before the CLI opens the file
        const test::CliRun cli = test::runCli({QStringLiteral("--db"), path, QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY(cli.out.contains("\"kind\":\"commit\""));
    }
};

QTEST_GUILESS_MAIN(TestDraw)
#include "TestDraw.moc"
