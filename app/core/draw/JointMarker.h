#pragma once
// Joint-inspection marking of draw-spec v1: among randomly selected tasks whose entity matches a
// row of the joint plan, the ceil(30 % × random tasks) with the lowest H(seed|context|pool|key).

#include "draw/DrawTask.h"
#include "rules/RuleProfile.h"

#include <QHash>

namespace suiji::draw {

QString jointContext(int year, int q, const QString &bureau);

struct JointOutcome {
    int randomTasks = 0;
    int wanted = 0;
    int candidates = 0;
    int marked = 0;
    QString warning; // too few candidates
};

// industries: key → industry text, for rows that match by industry.
JointOutcome markJoint(QList<DrawTask> &tasks, const RuleProfile &profile, const QString &seed, const QString &context,
                       const QHash<QString, QString> &industries);

} // namespace suiji::draw
