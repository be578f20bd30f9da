// SPDX-License-Identifier: GPL-3.0-or-later
#include "JointMarker.h"

#include "draw/Sha256.h"

#include <QCoreApplication>
#include <algorithm>

namespace suiji::draw {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::JointMarker)
};
} // namespace

QString jointContext(int year, int q, const QString &bureau)
{
    return QStringLiteral("suiji-joint-v1|%1Q%2|%3").arg(year).arg(q).arg(bureau);
}

JointOutcome markJoint(QList<DrawTask> &tasks, const RuleProfile &profile, const QString &seed, const QString &context,
                       const QHash<QString, QString> &industries)
{
    JointOutcome out;
    struct Candidate {
        QByteArray j;
        QByteArray pool;
        QByteArray key;
        qsizetype task;
        const JointPlanRow *row;
    };
    std::vector<Candidate> cands;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const DrawTask &t = tasks[i];
        if (inJointBase(profile, t.origin))
            ++out.baseTasks;
        if (t.origin != QLatin1String("random"))
            continue;
        ++out.randomTasks;
        if (t.offsite && !profile.jointOffsite)
            continue; // an off-site check is not a joint on-site inspection
        const JointPlanRow *match = nullptr;
        for (const JointPlanRow &row : profile.jointPlan) {
            if (row.pools.contains(t.pool)) {
                match = &row;
                break;
            }
            const QString industry = industries.value(t.pool + QLatin1Char('|') + t.key);
            if (!industry.isEmpty() && std::any_of(row.industries.begin(), row.industries.end(), [&](const QString &s) { return industry.contains(s); })) {
                match = &row;
                break;
            }
        }
        if (!match)
            continue;
        const QByteArray pool = t.pool.toUtf8(), key = t.key.toUtf8();
        cands.push_back({digest(seed.toUtf8() + '|' + context.toUtf8() + '|' + pool + '|' + key), pool, key, i, match});
    }
    out.candidates = int(cands.size());
    out.wanted = int((qint64(profile.targets.jointPct) * out.baseTasks + 99) / 100);
    std::sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) {
        if (a.j != b.j)
            return a.j < b.j;
        return a.pool != b.pool ? a.pool < b.pool : a.key < b.key;
    });
    const int n = std::min(out.wanted, out.candidates);
    for (int i = 0; i < n; ++i) {
        DrawTask &t = tasks[cands[size_t(i)].task];
        t.joint = true;
        t.partners = cands[size_t(i)].row->partnersZh; // stored and hashed (tasks_fp): never the UI language
        t.jointItem = cands[size_t(i)].row->item.text();
    }
    out.marked = n;
    if (out.candidates < out.wanted)
        out.warning =
            Tr::tr(
                "Joint inspections: %1% of %2 is %3, but only %4 tasks match the joint plan table; %5 short. Add rows to the table or plan joint work by hand.")
                .arg(profile.targets.jointPct)
                .arg(jointBaseWords(profile, out.baseTasks))
                .arg(out.wanted)
                .arg(out.candidates)
                .arg(out.wanted - out.candidates);
    return out;
}

bool inJointBase(const RuleProfile &profile, const QString &origin)
{
    return profile.targets.jointBase == QLatin1String("daily") || origin == QLatin1String("random");
}

QString jointBaseWords(const RuleProfile &profile, int tasks)
{
    return profile.targets.jointBase == QLatin1String("daily") ? Tr::tr("%n daily task(s)", nullptr, tasks) : Tr::tr("%n random task(s)", nullptr, tasks);
}

} // namespace suiji::draw
