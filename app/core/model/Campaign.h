// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A special campaign (专项执法, domain.md): for a region's or field's outstanding problem, approved
// (批准), filed (备案) and published (公布) before any inspection; its targets every entity in scope
// or a verifiable random sample of it (专项随机抽查), drawn with the quarter's ceremony.
// 草拟 draft → 已批准 approved → 已备案 filed → 已公布 published (实施中 once its targets are
// committed) → 已完结 closed.

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace suiji {

// The scope, a filter over the campaign bureau's entity list; every part optional, all must hold.
struct CampaignScope {
    QStringList categories; // Category ids
    QString level;          // general | key
    QString cls;            // general | key | special | offsite: the class in the campaign's first quarter
    QString industry;       // contained in the entity's industry
    QString street;         // contained in the entity's street
    QStringList keys;       // only these entities (an imported list), sorted by bytes
    bool isEmpty() const;
    QJsonObject toJson() const;
    static CampaignScope fromJson(const QJsonObject &o);
    bool operator==(const CampaignScope &) const = default;
};

struct Campaign {
    QString id; // 1–40 of A–Z a–z 0–9 - _, not a quarter's name
    QString name;
    QString bureau;
    QString basis; // legal basis
    QString field; // the field or region
    QDate from, to;
    // Off-site first (能通过书面核查、信息共享、智慧监管等方式监管的，不得入企): every target is checked off site.
    bool offsite = false;
    QString state = QStringLiteral("draft");
    bool scopeSet = false;
    CampaignScope scope;
    QString scopeFp;
    int scopeCount = 0;
    QString approvedBy, approvalDoc;
    QDate approvedOn;
    QString filedWith;
    QDate filedOn;
    QString publishedWhere;
    QDate publishedOn;
    QDate closedOn;

    // The whole procedure state, as a `campaign` record carries it (draw-spec v2).
    QJsonObject stateJson() const;
    // The months of the period, 1-based: month m starts on from's month + m - 1.
    int months() const;
    // A task's calendar month (first day) from its month of the period.
    QDate monthStart(int month) const;

    static const QStringList &states(); // draft … closed
    // 草拟 …, in the UI language; running: published with its targets committed (实施中).
    static QString stateName(const QString &state, bool running = false);
    // An error text (translated), or empty when the id is usable.
    static QString checkId(const QString &id);
    bool operator==(const Campaign &) const = default;
};

// One target of a campaign, as committed, and its ledger state.
struct CampaignTask {
    QString campaign;
    int seq = 0;
    QString key, category, name;
    int month = 1; // of the campaign's period
    QString mode = QStringLiteral("onsite");
    QStringList inspectors; // team order
    QString status = QStringLiteral("planned");
    QDate inspectionDate;
    QString result;
    // `campaign|key|month`: the task in `ledger` records.
    QString ledgerId() const;
    // A done inspection whose result is not "no violation" (未发现…, 无问题…): a finding.
    bool foundSomething() const;
    bool operator==(const CampaignTask &) const = default;
};

} // namespace suiji
