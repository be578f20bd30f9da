// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A case-driven inspection (个案执法, domain.md): an alert of one of the four platforms, a complaint,
// a referral or a company request, tracked from receipt to closure (闭环):
// 待分拨 pending → 已分拨 assigned (team, due) → 已核查 checked (date, mode, finding)
// → 已处置 handled (outcome, case number) → 已反馈 fed_back (date) → 已闭环 closed (date).

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace suiji {

struct CaseItem {
    qint64 id = 0;
    // From the platform's list (import-format.md, cases).
    QString source; // one of sources()
    QString number; // its number at the source
    QString level;  // 红 / 橙 / 黄 for platform alerts, else ""
    QString type;
    QString name;
    QString uscc;
    QString key; // the entity list's key when the case links to an entity there
    QString bureau;
    // The source's wall-clock time of receipt, held as UTC so that reading 100,000 cases never asks
    // the time zone (glibc stats /etc/localtime for every local conversion).
    QDateTime received;
    QString content;
    QDate dueGiven; // a referral's own due date
    // The workbench's record.
    QString state = QStringLiteral("pending");
    QStringList team; // badges, sorted
    QDate due;
    QDate checkedOn;
    QString mode; // onsite | offsite
    QString finding;
    QString outcome; // 无问题 / 责令改正 / 立案处罚 / 移送
    QString caseNumber;
    QDate handledOn;
    QDate feedbackOn;
    QDate closedOn;

    // `source:number`, the case's id in the chain and on the command line.
    QString ref() const { return source + QLatin1Char(':') + number; }
    // 2025-07-03T14:05:00, as stored and printed (no zone suffix).
    QString receivedIso() const { return received.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }
    bool closed() const { return state == QLatin1String("closed"); }
    bool platformAlert() const { return isPlatform(source); }
    // The whole recorded state after a change, as a `case` record carries it (draw-spec v2).
    QJsonObject stateJson() const;

    static const QStringList &sources();  // in the plan's order
    static const QStringList &states();   // pending … closed
    static const QStringList &outcomes(); // 无问题, 责令改正, 立案处罚, 移送
    static bool isPlatform(const QString &source);
    // 已分拨 …: a state's name in the UI language.
    static QString stateName(const QString &state);
    bool operator==(const CaseItem &) const = default;
};

} // namespace suiji
