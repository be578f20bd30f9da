// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress of a bureau's quarter, or the whole city's: tasks planned and done per month against
// the 30/60/100 curve, joint share, each result's publication due date (18 working days), the
// quarter summary and the next draw's due dates, and the alerts a planning meeting should see.

#include "calendar/WorkCalendar.h"
#include "ledger/CaseService.h"
#include "model/Quarter.h"
#include "progress/Deadlines.h"
#include "rules/RuleProfile.h"
#include "store/AssignedRepository.h"
#include "util/Clock.h"

namespace suiji {

struct MonthProgress {
    int month = 0; // calendar month
    QString label; // 2025-07
    QDate end;
    int targetPct = 0;
    int planned = 0;
    double plannedCumPct = 0;
    int done = 0; // inspected within this month
    double doneCumPct = 0;
    bool past = false; // the month has ended (as of today)
};

struct PublicationItem {
    qint64 id = 0;
    QString bureau, pool, key, name;
    QDate done, due, published;
    bool overdue = false;
    int workingDaysLeft = 0; // until the due date, from today (negative: overdue)
};

struct PoolProgress {
    QString pool, name;
    int tasks = 0, done = 0;
};

struct BureauProgress {
    QString bureau;
    int tasks = 0, done = 0;
    double donePct = 0;
    int targetPct = 0; // of the last month that has ended
    bool behind = false;
    bool nextDrawn = false;
};

struct ProgressAlert {
    QString kind; // behind_curve | publication_due | publication_overdue | draw_due | draw_overdue | joint_due | deadline_due | deadline_overdue | assigned_due
                  // | assigned_overdue
    QString bureau;
    QDate date;
    QString text;     // in the UI language
    QString ref = {}; // deadline_*: the deadline's id (Deadlines.h)
};

// A special campaign (专项) under way in the quarter: its targets, done, found something.
struct CampaignProgress {
    QString id, name, bureau, state;
    int targets = 0, done = 0, offsite = 0;
    int findings = 0; // done targets whose result is not "no violation" (未发现…, 无问题)
};

struct ProgressReport {
    Quarter quarter;
    QString bureau; // empty: the whole city
    QDate today;
    int tasks = 0, done = 0, published = 0;
    QList<MonthProgress> months;
    int jointTasks = 0, jointDone = 0;
    int jointBase = 0;      // the tasks the share is measured against (targets.joint_base)
    QString jointBaseWords; // "98 项随机任务"
    QString jointBaseKind;  // random | daily
    double jointRatio = 0;
    QDate jointDue;
    QList<PublicationItem> publication;
    QDate quarterSummaryDue;
    QDate nextDrawDue;
    bool nextDrawn = false;
    int targetPctNow = 0; // the curve's target at the last month end passed
    double donePctNow = 0;
    QList<PoolProgress> pools;
    QList<BureauProgress> bureaus; // every bureau, for the city view
    QList<ProgressAlert> alerts;
    QStringList calendarWarnings;
    QList<Deadline> deadlines;         // the year's reports, with the day each was submitted
    QList<AssignedTarget> assigned;    // the year's assigned (下达) targets of the bureau (or every bureau)
    CaseMeasures cases;                // the case ledger (个案) of the bureau (or the city), as of today
    QList<CampaignProgress> campaigns; // the campaigns whose period meets the quarter, by id
};

class ProgressService {
public:
    ProgressService(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const Clock &clock = Clock::process())
        : m_db(db)
        , m_profile(profile)
        , m_calendar(calendar)
        , m_clock(clock)
    {
    }
    Result<ProgressReport> report(const Quarter &quarter, const QString &bureau = {}) const;

    static constexpr int kDueSoonWorkingDays = 3;
    static constexpr int kDrawWarningWorkingDays = 10;

private:
    // The case measures, and per bureau one alert for its overdue and one for its due-soon cases.
    Status addCases(ProgressReport &r, const QString &bureau) const;
    Status addCampaigns(ProgressReport &r, const QString &bureau) const;
    const Database &m_db;
    const RuleProfile &m_profile;
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace suiji
