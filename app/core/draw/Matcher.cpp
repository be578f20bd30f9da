// SPDX-License-Identifier: GPL-3.0-or-later
#include "Matcher.h"

#include "draw/Sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace suiji::draw {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Matcher)
};
} // namespace

QString matchContext(int year, int q, const QString &bureau)
{
    return QStringLiteral("suiji-match-v1|%1Q%2|%3").arg(year).arg(q).arg(bureau);
}

MatchOutcome matchInspectors(QList<DrawTask> &tasks, const QList<Inspector> &inspectors, int teamSize, const QString &seed, const QString &context,
                             int capSlack)
{
    MatchOutcome out;
    if (tasks.isEmpty())
        return out;
    if (inspectors.isEmpty()) {
        out.errors << Tr::tr("No inspector of this bureau takes part this quarter, so none of the %1 tasks can be staffed. Mark inspectors as taking part on "
                             "the inspectors page.")
                          .arg(tasks.size());
        return out;
    }
    out.cap = int((qint64(teamSize) * tasks.size() + inspectors.size() - 1) / inspectors.size()) + capSlack;
    struct Person {
        QByteArray badge;
        QString badgeText;
        QSet<QString> conflicts;
        int load = 0;
    };
    std::vector<Person> people;
    for (const Inspector &i : inspectors)
        people.push_back({i.badge.toUtf8(), i.badge, QSet<QString>(i.conflicts.begin(), i.conflicts.end()), 0});
    const QByteArray prefix = seed.toUtf8() + '|' + context.toUtf8() + '|';
    Sha256 h;
    struct Score {
        QByteArray m;
        size_t person;
    };
    std::vector<Score> scores;
    for (DrawTask &t : tasks) {
        scores.clear();
        const QByteArray keyPart = prefix + t.key.toUtf8() + '|';
        int conflicts = 0, full = 0;
        for (size_t p = 0; p < people.size(); ++p) {
            if (people[p].conflicts.contains(t.key)) {
                ++conflicts;
                continue;
            }
            if (people[p].load >= out.cap) {
                ++full;
                continue;
            }
            h.reset();
            h.addData(keyPart);
            h.addData(people[p].badge);
            scores.push_back({h.result(), p});
        }
        if (int(scores.size()) < teamSize) {
            out.errors << Tr::tr("Task %1 (%2 %3, pool %4) cannot be staffed: %5 inspectors take part, %6 have a conflict of interest with it and %7 already "
                                 "have %8 tasks (the cap); a team needs %9. Mark another inspector as taking part, resolve a conflict, or allow a larger cap "
                                 "in the rule profile (draw.cap_slack), then draw again.")
                              .arg(t.seq)
                              .arg(t.name, t.key, t.pool)
                              .arg(people.size())
                              .arg(conflicts)
                              .arg(full)
                              .arg(out.cap)
                              .arg(teamSize);
            continue;
        }
        std::partial_sort(scores.begin(), scores.begin() + teamSize, scores.end(),
                          [&](const Score &a, const Score &b) { return a.m != b.m ? a.m < b.m : people[a.person].badge < people[b.person].badge; });
        t.inspectors.clear();
        for (int i = 0; i < teamSize; ++i) {
            Person &p = people[scores[size_t(i)].person];
            ++p.load;
            t.inspectors << p.badgeText;
        }
    }
    return out;
}

} // namespace suiji::draw
