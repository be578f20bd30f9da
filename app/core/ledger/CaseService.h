// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Case-driven inspections (个案执法): dispatch, check, outcome, feedback and closure, in that order,
// each change in one transaction with a `case` record in the bureau's chain (draw-spec v2), and
// the measures the plan sets (four platforms 100% closed-loop, red alerts 100%).

#include "calendar/WorkCalendar.h"
#include "model/Case.h"
#include "rules/RuleProfile.h"
#include "store/Database.h"
#include "store/EntityRepository.h"
#include "util/Clock.h"

#include <map>
#include <optional>

namespace suiji {

// What `case update` records, in the order it must happen; each part optional.
struct CaseUpdate {
    QDate checkedOn;
    QString mode; // onsite | offsite
    QString finding;
    QString outcome; // 无问题 / 责令改正 / 立案处罚 / 移送
    QString caseNumber;
    QDate feedbackOn;
    QDate closedOn;
    // With the check: the finding is a violation clue (违法线索) at the monitoring agency the case
    // names, arriving on the check date (a must-check in the next quarter committed).
    bool violationClue = false;
};

// One change to cases as it was made, for undo and redo: each case before and after it (none
// before: entered by hand) and the marks it left on their entities (penalty date, violation clue).
// Undo puts the before back and redo the after, each only while the cases and entities still stand
// as the other side left them; every state put back is a `case` record like any other.
struct CaseChange {
    struct One {
        std::optional<CaseItem> before, after;
    };
    QList<One> cases;
    QList<EntityMarks> marksBefore, marksAfter;
    // Cases that changed (a bulk action leaves some as they were).
    int count() const;
    QStringList refs() const;
};

// A case's deadlines by the profile and the calendar, and where it stands against them today.
struct CaseTiming {
    QDate checkDue; // invalid: no separate check deadline
    QDate closeDue;
    bool overdue = false; // past its check or close deadline and not there yet
    bool dueSoon = false; // within the profile's due-soon days
};

struct CaseSourceMeasure {
    QString source;
    int total = 0, closed = 0;
};

// A bureau's open cases against their deadlines today: what its alerts say.
struct CaseBureauCounts {
    int overdue = 0, redOverdue = 0, dueSoon = 0;
};

struct CaseMeasures {
    int total = 0, closed = 0, open = 0, overdue = 0;
    int redTotal = 0, redClosed = 0;
    int platformTotal = 0, platformClosed = 0;    // the four platforms: target 100% closed-loop
    double medianDaysToClose = 0;                 // calendar days, receipt to closure, of closed cases
    QList<CaseSourceMeasure> bySource;            // in the plan's order, sources with cases
    std::map<QString, CaseBureauCounts> byBureau; // bureau id order: the same alerts in the same order
};

class CaseService {
public:
    CaseService(const Database &db, const RuleProfile &profile, const WorkCalendar &calendar, const Clock &clock = Clock::process())
        : m_db(db)
        , m_profile(profile)
        , m_calendar(calendar)
        , m_clock(clock)
    {
    }

    Result<CaseItem> find(const QString &ref) const;
    CaseTiming timing(const CaseItem &c) const { return timingOn(c, m_clock.today()); }
    // The same for a given today (a loop over many cases asks the clock once).
    CaseTiming timingOn(const CaseItem &c, const QDate &today) const;
    // Dispatch (or re-dispatch before the check) to a team of two or more of the bureau's
    // inspectors without a 回避 conflict with the case's entity; due: the closure deadline unless given.
    Result<CaseItem> assign(const QString &ref, QStringList badges, const QDate &due, const QString &op) const;
    // Two of the bureau's inspectors taking part, without a conflict, with the fewest open cases
    // and tasks this month (then by badge).
    Result<QStringList> suggestTeam(const CaseItem &c) const;
    // Check, outcome, feedback, closure as given, in order; out of order or incomplete: code 3.
    Result<CaseItem> update(const QString &ref, const CaseUpdate &u, const QString &op) const;
    // The page's bulk actions, all or nothing in one transaction: dispatch the waiting ones of refs
    // to their suggested teams; feed back and close on `day` those with an outcome. The others are
    // left as they are; the count is of the cases changed.
    Result<CaseChange> dispatchAll(const QStringList &refs, const QString &op) const;
    Result<CaseChange> closeAll(const QStringList &refs, const QDate &day, const QString &op) const;
    // assign and update as a change the page can undo.
    Result<CaseChange> assignChange(const QString &ref, const QStringList &badges, const QDate &due, const QString &op) const;
    Result<CaseChange> updateChange(const QString &ref, const CaseUpdate &u, const QString &op) const;
    // A case entered by hand (a call, a letter, a referral on paper), checked as an imported row
    // is; an empty number gets the next free SD-yyyyMMdd-NNN. Field errors: code 3, one per line.
    Result<CaseChange> enter(CaseItem c) const;
    // The source's fields of a case corrected by hand (level, type, entity, bureau, receipt,
    // content, due); its record (state, team, …) stays. Checked as an entry.
    Result<CaseChange> edit(const CaseItem &c) const;
    Status undo(const CaseChange &change, const QString &op) const { return put(change, true, op); }
    Status redo(const CaseChange &change, const QString &op) const { return put(change, false, op); }
    Result<CaseMeasures> measures(const QString &bureau = {}) const;
    // The same over cases already read (a page that shows them reads them once).
    CaseMeasures measuresOf(const QList<CaseItem> &cases) const;

private:
    Status record(CaseItem &c, const QString &op, const QString &now) const;
    // Runs work in one transaction and captures the cases of refs and their entities' marks
    // before and after it.
    Result<CaseChange> tracked(const QStringList &refs, const std::function<Status()> &work) const;
    Status put(const CaseChange &change, bool back, const QString &op) const;
    // The entry's and the edit's checks (CaseImporter's), with the entity linked.
    Status check(CaseItem &c) const;
    // assign and update inside the caller's transaction.
    Result<CaseItem> assignWithin(const QString &ref, QStringList badges, const QDate &due, const QString &op) const;
    Result<CaseItem> updateWithin(const QString &ref, const CaseUpdate &u, const QString &op) const;
    // The calendar's addWorkingDays, remembered: a city's cases share a few hundred receipt days.
    QDate workingDaysAfter(const QDate &from, int n) const;
    mutable QHash<qint64, QDate> m_workdays; // (julian day << 8 | n) → date
    const Database &m_db;
    const RuleProfile &m_profile;
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace suiji
