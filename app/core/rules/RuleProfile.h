// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A rule profile: the year's plan as data (pools, quotas, classification, targets, deadlines, the
// joint-inspection plan), loaded from JSON with validation that names the field at fault.
// Format: docs/rule-profile.md. The shipped default is resources/rules/shenzhen-2025.json.

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace suiji {

struct LocalText {
    QString zh;
    QString en;
    QString text() const; // in the UI language
};

struct QuotaRule {
    enum class Kind { PerInspector, Percent, EveryMonth };
    Kind kind = Kind::Percent;
    // The value in ten-thousandths (2.5 → 25000; 12.5 % → 125000), so rounding up is exact.
    qint64 value1e4 = 0;
    bool minOne = false;
    double value() const { return value1e4 / 10000.0; }
};

struct PoolRule {
    QString id;
    LocalText name;
    QStringList categories;
    QString cls;   // for classified categories: general | key | special
    QString level; // for the others: general | key | any
    QuotaRule quota;
    bool noRepeatWithinYear = false;
    bool mustCheckViolationClue = false;
    int mustCheckRemovedWithinMonths = 0; // 0: no removed-from-list rule
    LocalText item;
    // Who draws the pool (责任单位): "bureau" (each district, its quarter) or "mobile" (the
    // mobile-source division, for every district in one ceremony).
    QString drawnBy = QStringLiteral("bureau");
    bool drawnByDivision() const { return drawnBy == QLatin1String("mobile"); }
};

struct JointPlanRow {
    QString id;
    QStringList pools;
    QStringList industries; // substrings of the entity's industry
    LocalText item;
    QStringList partnersZh;
    QStringList partnersEn;
    QStringList partners() const;
};

struct ClassificationRules {
    QStringList categories; // classified categories (fixed, outfall)
    QStringList precedence; // key, special, excluded, general
    int windowMonths = 12;
    bool specialPenalty = true;
    bool specialWaiver = true;
    QStringList specialCredit;
    QStringList specialVocs;
    int specialComplaints = 10; // 0: off
    QStringList excludedCredit;
    QStringList excludedVocs;
    bool excludedPositiveList = true;
    bool offsitePositiveListKey = true;
};

struct YearTargets {
    int generalPerInspector = 10;
    QString generalPool = QStringLiteral("fixed.general");
    int keyCoveragePct = 50;
    QString keyPool = QStringLiteral("fixed.key");
    int jointPct = 30;
    // The share's base, for the marking and every measure of it: "random" (the randomly selected
    // tasks) or "daily" (also must-checks and plot tasks).
    QString jointBase = QStringLiteral("random");
    // Catch-up for the pools tied to a year target: "suggest" (show what the target still needs),
    // "apply" (use it), or "off".
    QString catchUp = QStringLiteral("suggest");
    int jointDoneByMonth = 10;
    int jointDoneByDay = 31;
};

struct Deadlines {
    int publicationWorkingDays = 18;
    int quarterSummaryDays = 13;
    bool nextDrawBeforeQuarterEnd = true;
    int jointSummaryWorkingDayOfNovember = 5;         // the joint-inspection summary
    int yearSummaryMonth = 11, yearSummaryDay = 30;   // the year summary
    int annualReportMonth = 12, annualReportDay = 31; // the annual work summary with typical cases
};

// How long a case may take (个案, "cases.deadlines"): working days from receipt to the check and
// to closure. Local practice, not the plan's text (domain.md); 0 check days: no separate deadline.
struct CaseDeadline {
    QString source; // "platform" (the four platforms' alerts, by level) or a source's name
    QString level;  // 红 / 橙 / 黄 for "platform"; empty otherwise
    int checkDays = 0;
    int closeDays = 15;
};

struct CaseRules {
    QList<CaseDeadline> deadlines; // the domain.md values when a profile has no "cases"
    int dueSoonWorkingDays = 1;    // a case due within this many working days is announced
    // The deadline of a case from this source and level (a platform alert without a level is
    // treated as yellow); the "其他" row when the source has none.
    CaseDeadline deadline(const QString &source, const QString &level) const;
    static QList<CaseDeadline> defaults();
};

class RuleProfile {
public:
    // Parses and validates; the error names the field ("pools[3].quota.value") and why.
    static Result<RuleProfile> fromJson(const QByteArray &json);
    // This profile for another year: the same rules, `year` set and the year in its id replaced
    // ("shenzhen-2025" → "shenzhen-2026"; an id without one gets "-2026").
    Result<RuleProfile> forYear(int year) const;
    // The profile shipped with the app (shenzhen-2025).
    static const RuleProfile &shipped();
    // Profiles earlier releases shipped (resources/rules/earlier): a file whose draws used one
    // without saving it still verifies with the rules it was drawn with.
    static const QList<RuleProfile> &shippedEarlier();

    QString id;
    int year = 0;
    LocalText name;
    ClassificationRules classification;
    QList<PoolRule> pools; // in the order of the plan's table: the task order of a quarter
    int teamSize = 2;
    // Added to draw-spec v1's cap = ceil(t × tasks / inspectors). 0 is the spec; with no slack the
    // last tasks of a quarter sometimes find only one inspector below the cap.
    int capSlack = 0;
    int visitsYearlyAlert = 4; // visits.yearly_alert: on-site visits to one company in a year above this are an alert
    // Whether an off-site task (a positive-list key unit) can be marked joint. Absent in profiles
    // made before it (true: their commits verify as drawn); false in the shipped profile.
    bool jointOffsite = true;
    YearTargets targets;
    QList<int> monthlyCurve{30, 60, 100};
    Deadlines deadlines;
    CaseRules cases;
    QList<JointPlanRow> jointPlan;

    QJsonObject json; // as loaded
    QString hash;     // SHA-256 of the compact JSON with sorted keys: what draws record
    QByteArray canonicalJson() const;

    const PoolRule *pool(const QString &id) const;
    bool isClassified(const QString &category) const { return classification.categories.contains(category); }
};

} // namespace suiji
