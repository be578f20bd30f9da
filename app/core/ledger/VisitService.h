// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 综合查一次: across the quarter's random tasks and must-checks, open case inspections and campaign
// targets, the on-site tasks of one entity due in the same month, proposed as one visit (one team,
// one date, every task's item on one sheet); accepting one stores it with a `fact` record in the
// bureau's chain. And per entity the on-site visits of a year (入企频次), with the profile's alert.

#include "calendar/WorkCalendar.h"
#include "model/Quarter.h"
#include "model/Visit.h"
#include "rules/RuleProfile.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <map>

namespace suiji {

struct VisitSummary {
    QList<Visit> accepted;
    int saved = 0; // visits spared: each accepted visit of n tasks spares n − 1
};

struct EntityVisits {
    QString key, name, bureau;
    int visits = 0; // on-site visits in the year, a combined visit counted once
};

class VisitService {
public:
    VisitService(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const Clock &clock = Clock::process())
        : m_db(db)
        , m_profile(profile)
        , m_calendar(calendar)
        , m_clock(clock)
    {
    }

    // The combined visits to propose in a bureau's quarter (every bureau when empty): entities
    // with two on-site tasks or more due in one month, not yet accepted; by month, then key.
    Result<QList<Visit>> propose(const Quarter &q, const QString &bureau) const;
    // Accepts a proposal of that quarter as it stands now (its date may be given).
    Result<Visit> accept(const Quarter &q, const QString &id, const QDate &date, const QString &op) const;
    Result<VisitSummary> accepted(const Quarter &q, const QString &bureau) const;
    Result<VisitSummary> acceptedInYear(int year, const QString &bureau) const;
    // Per entity with an on-site visit in the year: how many, by the ledgers, cases and campaigns.
    Result<QList<EntityVisits>> yearVisits(int year, const QString &bureau) const;
    // The entities above the profile's yearly alert.
    Result<QList<EntityVisits>> frequent(int year, const QString &bureau) const;

private:
    struct Due {
        QString bureau, key, name;
        QDate month;
        VisitItem item;
    };
    // Every on-site task still to do in the months [first, last], of one bureau or all.
    Result<QList<Due>> dueItems(const QDate &first, const QDate &last, const QString &bureau) const;
    QList<Visit> group(const QList<Due> &due, const QSet<QString> &acceptedIds) const;
    const Database &m_db;
    const RuleProfile &m_profile;
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace suiji
