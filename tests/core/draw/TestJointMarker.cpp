// SPDX-License-Identifier: GPL-3.0-or-later
// draw/JointMarker: the joint (部门联合) share of the tasks, and what it counts.

#include "ListFixtures.h"

class TestJointMarker : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
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
};

QTEST_GUILESS_MAIN(TestJointMarker)
#include "TestJointMarker.moc"
