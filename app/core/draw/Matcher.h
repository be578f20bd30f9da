// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inspector matching of draw-spec v1: for each task in order, the t inspectors with the lowest
// H(seed|context|key|badge), leaving out conflicts of interest and those at the cap.

#include "draw/DrawTask.h"
#include "model/Inspector.h"

#include <QList>

namespace suiji::draw {

QString matchContext(int year, int q, const QString &bureau);

struct MatchOutcome {
    int cap = 0;
    QStringList errors; // tasks that cannot be staffed, named
};

MatchOutcome matchInspectors(QList<DrawTask> &tasks, const QList<Inspector> &inspectors, int teamSize, const QString &seed, const QString &context,
                             int capSlack = 0);

} // namespace suiji::draw
