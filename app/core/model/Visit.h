// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One visit to a company (综合查一次): the tasks of one entity due in one month — random tasks,
// must-checks, case inspections, campaign targets — visited once, by one team, on one day. Each
// task keeps its own origin, result and publication (and a drawn team stays as drawn: the visit's
// team is the drawn team plus any others).

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace suiji {

struct VisitItem {
    QString origin; // random | must | case | campaign
    QString ref;    // random/must: pool|key|month of the quarter's ledger; case: source:number; campaign: id|key
    QString label;  // the pool's, source's or campaign's name, for people
    QStringList inspectors;
    QDate due; // the last day it can be done on
    bool operator==(const VisitItem &) const = default;
};

struct Visit {
    QString id; // bureau|YYYY-MM|key
    QString bureau;
    QDate month; // its first day
    QString key, name;
    QDate date;
    QStringList inspectors;
    QList<VisitItem> items;
    QDate acceptedOn; // invalid: proposed, not accepted
    // The stored state, as the visit's `fact` record carries it.
    QJsonObject stateJson() const;
    static QString makeId(const QString &bureau, const QDate &month, const QString &key);
    bool operator==(const Visit &) const = default;
};

} // namespace suiji
