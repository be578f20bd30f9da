// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Joint-inspection marking of draw-spec v1: among randomly selected tasks whose entity matches a
// row of the joint plan (on-site ones only, unless the profile's draw.joint_offsite allows
// off-site), the ceil(30 % × the base) with the lowest H(seed|context|pool|key). The base is the
// profile's targets.joint_base: the random tasks, or every daily task.

#include "draw/DrawTask.h"
#include "rules/RuleProfile.h"

#include <QHash>

namespace suiji::draw {

QString jointContext(int year, int q, const QString &bureau);

struct JointOutcome {
    int randomTasks = 0;
    int baseTasks = 0; // the share's base (targets.joint_base)
    int wanted = 0;
    int candidates = 0;
    int marked = 0;
    QString warning; // too few candidates
};

// Whether a task of this origin (random, must, all) counts in the joint share's base.
bool inJointBase(const RuleProfile &profile, const QString &origin);
// The base in words: "98 项随机任务" / "98 random tasks" (or daily tasks).
QString jointBaseWords(const RuleProfile &profile, int tasks);

// industries: key → industry text, for rows that match by industry.
JointOutcome markJoint(QList<DrawTask> &tasks, const RuleProfile &profile, const QString &seed, const QString &context,
                       const QHash<QString, QString> &industries);

} // namespace suiji::draw
