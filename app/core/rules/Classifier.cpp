// SPDX-License-Identifier: GPL-3.0-or-later
#include "Classifier.h"

#include <QCoreApplication>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Classifier)
};
} // namespace

Classifier::Classifier(const RuleProfile &profile, const Quarter &quarter)
    : m_profile(profile)
    , m_quarter(quarter)
    , m_quarterText(quarter.toString())
    , m_windowStart(quarter.firstDay().addMonths(-profile.classification.windowMonths))
{
}

QString Classifier::className(const QString &cls)
{
    if (cls == QLatin1String("general"))
        return Tr::tr("general");
    if (cls == QLatin1String("key"))
        return Tr::tr("key");
    if (cls == QLatin1String("special"))
        return Tr::tr("special");
    if (cls == QLatin1String("excluded"))
        return Tr::tr("excluded");
    if (cls == QLatin1String("offsite"))
        return Tr::tr("off-site");
    return cls;
}

const PoolRule *Classifier::poolFor(const Entity &e, const QString &cls) const
{
    const bool classified = m_profile.isClassified(e.category);
    for (const PoolRule &p : m_profile.pools) {
        if (!p.categories.contains(e.category))
            continue;
        if (classified) {
            if (p.cls == (cls == QLatin1String("offsite") ? QStringLiteral("key") : cls))
                return &p;
        } else if (p.level == QLatin1String("any") || p.level == e.level) {
            return &p;
        }
    }
    return nullptr;
}

Classification Classifier::classify(const Entity &e) const
{
    Classification c;
    const ClassificationRules &r = m_profile.classification;
    const QString &q = m_quarterText;
    auto inWindow = [&](const QDate &d) { return d.isValid() && d >= m_windowStart && d < m_quarter.firstDay(); };

    if (!m_profile.isClassified(e.category)) {
        c.cls = e.isKey() ? QStringLiteral("key") : QStringLiteral("general");
        if (const PoolRule *p = poolFor(e, c.cls)) {
            c.pool = p->id;
            if (p->mustCheckViolationClue && e.violationClue) {
                c.mustCheck = true;
                c.reasonCodes << QStringLiteral("violation_clue");
                if (m_words)
                    c.reasons << Tr::tr("has a violation clue: must be checked");
            }
        } else {
            // A soil unit that left the key list: must be checked within a year of leaving it.
            for (const PoolRule &p : m_profile.pools) {
                if (!p.categories.contains(e.category) || p.mustCheckRemovedWithinMonths <= 0 || !e.removedDate.isValid())
                    continue;
                c.pool = p.id;
                c.reasonCodes << QStringLiteral("removed");
                const QDate last = e.removedDate.addMonths(p.mustCheckRemovedWithinMonths);
                // Must-checks are planned first, in the quarter's first month: that month must end
                // before the window closes, or the check would come too late.
                const QDate firstMonthEnd = m_quarter.firstDay().addMonths(1).addDays(-1);
                if (e.removedDate < m_quarter.firstDay() && firstMonthEnd < last) {
                    c.mustCheck = true;
                    if (m_words)
                        c.reasons << Tr::tr("%1 removed from the key list: must be checked once by %2")
                                         .arg(e.removedDate.toString(Qt::ISODate), last.toString(Qt::ISODate));
                } else {
                    if (m_words)
                        c.reasons << Tr::tr("%1 removed from the key list; not a must-check in %2").arg(e.removedDate.toString(Qt::ISODate), q);
                }
                break;
            }
        }
        return c;
    }

    // Fixed sources and sea outfalls. A reason's code always counts; its sentence only when asked.
    auto note = [this](QStringList &words, QStringList &codes, const char *code, const auto &sentence) {
        codes << QLatin1String(code);
        if (m_words)
            words << sentence();
    };
    QStringList special, specialCodes;
    if (r.specialPenalty && inWindow(e.penaltyDate)) {
        note(special, specialCodes, "penalty", [&] {
            return Tr::tr("%1 administrative penalty, within %2 months before %3").arg(e.penaltyDate.toString(Qt::ISODate)).arg(r.windowMonths).arg(q);
        });
    }
    if (r.specialWaiver && inWindow(e.waiverDate)) {
        note(special, specialCodes, "waiver",
             [&] { return Tr::tr("%1 包容审慎免罚, within %2 months before %3").arg(e.waiverDate.toString(Qt::ISODate)).arg(r.windowMonths).arg(q); });
    }
    if (!e.credit.isEmpty() && r.specialCredit.contains(e.credit)) {
        note(special, specialCodes, "credit", [&] { return Tr::tr("credit grade %1").arg(e.credit); });
    }
    if (!e.vocs.isEmpty() && r.specialVocs.contains(e.vocs)) {
        note(special, specialCodes, "vocs", [&] { return Tr::tr("VOCs grade %1").arg(e.vocs); });
    }
    if (r.specialComplaints > 0 && e.complaints >= r.specialComplaints) {
        note(special, specialCodes, "complaints", [&] { return Tr::tr("%1 complaints last quarter (%2 or more)").arg(e.complaints).arg(r.specialComplaints); });
    }
    QStringList excluded, excludedCodes;
    if (!e.credit.isEmpty() && r.excludedCredit.contains(e.credit)) {
        note(excluded, excludedCodes, "credit", [&] { return Tr::tr("credit grade %1 and not a key unit: not in daily draws").arg(e.credit); });
    }
    if (!e.vocs.isEmpty() && r.excludedVocs.contains(e.vocs)) {
        note(excluded, excludedCodes, "vocs", [&] { return Tr::tr("VOCs grade %1 and not a key unit: not in daily draws").arg(e.vocs); });
    }
    if (r.excludedPositiveList && e.positiveList) {
        note(excluded, excludedCodes, "positive_list", [&] { return Tr::tr("on the positive list and not a key unit: not drawn"); });
    }

    for (const QString &step : r.precedence) {
        if (step == QLatin1String("key") && e.isKey()) {
            c.reasonCodes << QStringLiteral("key");
            if (m_words)
                c.reasons << Tr::tr("on the key-unit list");
            if (r.offsitePositiveListKey && e.positiveList) {
                c.cls = QStringLiteral("offsite");
                c.offsite = true;
                c.reasonCodes << QStringLiteral("offsite");
                if (m_words)
                    c.reasons << Tr::tr("on the positive list: checked off-site");
            } else {
                c.cls = QStringLiteral("key");
            }
            break;
        }
        if (step == QLatin1String("special") && !specialCodes.isEmpty()) {
            c.cls = QStringLiteral("special");
            c.reasons = special;
            c.reasonCodes = specialCodes;
            break;
        }
        if (step == QLatin1String("excluded") && !excludedCodes.isEmpty()) {
            c.cls = QStringLiteral("excluded");
            c.reasons = excluded;
            c.reasonCodes = excludedCodes;
            break;
        }
        if (step == QLatin1String("general")) {
            c.cls = QStringLiteral("general");
            break;
        }
    }
    if (c.cls != QLatin1String("excluded"))
        if (const PoolRule *p = poolFor(e, c.cls)) {
            c.pool = p->id;
            if (p->mustCheckViolationClue && e.violationClue) {
                c.mustCheck = true;
                c.reasonCodes << QStringLiteral("violation_clue");
                if (m_words)
                    c.reasons << Tr::tr("has a violation clue: must be checked");
            }
        }
    return c;
}

} // namespace suiji
