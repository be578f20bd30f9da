// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearView.h"

#include "draw/JointMarker.h"

#include "rules/QuotaService.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::YearView)
};
} // namespace

Result<YearReport> YearView::report(const QString &bureau, int year) const
{
    YearReport r;
    r.year = year;
    r.bureau = bureau;
    const YearTargets &t = m_profile.targets;
    int general = 0, randomTasks = 0, joint = 0, lastGeneral = 0, lastRandom = 0, lastJoint = 0;
    QSet<QString> keysCovered;
    int lastKeyTasks = 0;
    for (int q = 1; q <= 4; ++q) {
        const Quarter quarter{year, q};
        auto read = TaskRepository(m_db).list(quarter, bureau);
        if (!read)
            return read.error();
        const QList<LedgerTask> &tasks = read.value();
        if (tasks.isEmpty())
            continue;
        r.quartersDrawn << q;
        const auto count = InspectorRepository(m_db).effectiveCount(bureau, quarter);
        if (!count)
            return count.error();
        r.inspectors = std::max(r.inspectors, count.value());
        int g = 0, rt = 0, j = 0, k = 0;
        for (const LedgerTask &task : tasks) {
            if (task.pool == t.generalPool)
                ++g;
            if (task.pool == t.keyPool) {
                keysCovered.insert(task.key);
                ++k;
            }
            if (draw::inJointBase(m_profile, task.origin)) // the share's one base (targets.joint_base)
                ++rt;
            j += task.joint;
        }
        general += g;
        randomTasks += rt;
        joint += j;
        lastGeneral = g;
        lastRandom = rt;
        lastJoint = j;
        lastKeyTasks = k;
    }
    const int remaining = r.quartersDrawn.isEmpty() ? 4 : 4 - r.quartersDrawn.last();
    const Quarter planQuarter{year, r.quartersDrawn.isEmpty() ? 1 : r.quartersDrawn.last()};
    if (r.inspectors == 0) {
        const auto count = InspectorRepository(m_db).effectiveCount(bureau, planQuarter);
        if (!count)
            return count.error();
        r.inspectors = count.value();
    }

    // General tasks vs 10 × inspectors.
    YearTarget g;
    g.id = QStringLiteral("general_tasks");
    g.name = Tr::tr("General fixed-source tasks");
    g.actual = general;
    g.target = double(t.generalPerInspector) * r.inspectors;
    g.projected = general + double(remaining) * lastGeneral;
    g.met = g.actual >= g.target;
    g.atRisk = !g.met && g.projected < g.target;
    g.detail = Tr::tr("%1 tasks in %2 quarters; target %3 × %4 inspectors = %5; projected %6")
                   .arg(general)
                   .arg(r.quartersDrawn.size())
                   .arg(t.generalPerInspector)
                   .arg(r.inspectors)
                   .arg(g.target)
                   .arg(g.projected);
    r.targets << g;

    // Key units covered vs 50 %.
    auto plan = QuotaService(m_db, m_profile).plan(bureau, planQuarter);
    if (!plan)
        return plan.error();
    const PoolPlan *kp = plan->pool(t.keyPool);
    const int keyUnits = kp ? kp->base : 0;
    YearTarget k;
    k.id = QStringLiteral("key_coverage");
    k.name = Tr::tr("Key units checked");
    k.actual = keyUnits ? double(keysCovered.size()) / keyUnits : 0;
    k.target = t.keyCoveragePct / 100.0;
    k.projected = keyUnits ? std::min(1.0, double(keysCovered.size() + remaining * lastKeyTasks) / keyUnits) : 0;
    k.met = keyUnits == 0 || k.actual >= k.target;
    k.atRisk = !k.met && k.projected < k.target;
    k.detail = Tr::tr("%1 of %2 key units (%3%); target %4%; projected %5%")
                   .arg(keysCovered.size())
                   .arg(keyUnits)
                   .arg(k.actual * 100, 0, 'f', 1)
                   .arg(t.keyCoveragePct)
                   .arg(k.projected * 100, 0, 'f', 1);
    r.targets << k;

    // Joint share vs 30 %.
    YearTarget j;
    j.id = QStringLiteral("joint_share");
    j.name = Tr::tr("Joint inspections");
    j.actual = randomTasks ? double(joint) / randomTasks : 0;
    j.target = t.jointPct / 100.0;
    const double pr = randomTasks + remaining * lastRandom;
    j.projected = pr > 0 ? (joint + remaining * lastJoint) / pr : 0;
    j.met = randomTasks > 0 && j.actual >= j.target;
    j.atRisk = !j.met && j.projected < j.target;
    j.detail = Tr::tr("%1 joint of %2 (%3%); target %4%, all done by %5-%6")
                   .arg(joint)
                   .arg(draw::jointBaseWords(m_profile, randomTasks))
                   .arg(j.actual * 100, 0, 'f', 1)
                   .arg(t.jointPct)
                   .arg(t.jointDoneByMonth, 2, 10, QLatin1Char('0'))
                   .arg(t.jointDoneByDay, 2, 10, QLatin1Char('0'));
    r.targets << j;
    return r;
}

} // namespace suiji
