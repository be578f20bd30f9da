// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Special campaigns (专项执法): the procedure in order (create, scope, approve, file, publish, close),
// each step in one transaction with a `campaign` record in the bureau's chain; the targets, every
// entity in scope or a verifiable sample, drawn with the quarter's ceremony (freeze, attempts,
// commit; draw-spec v2 with the context suiji-campaign-v1|{id}|{bureau}) and staffed by the same
// matching; each target's inspection a `ledger` record, refused before publication.

#include "draw/DrawTask.h"
#include "model/Campaign.h"
#include "model/Entity.h"
#include "model/Inspector.h"
#include "rules/RuleProfile.h"
#include "store/ChainRepository.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <optional>

namespace suiji {

// What a campaign's freeze locks: the entities in scope (one per key), the sample size and the
// roster taking part. Stored whole beside the freeze record, whose fingerprints it reproduces.
struct CampaignSnapshot {
    struct Member {
        QString key, category, name;
    };
    QString campaign, bureau;
    QList<Member> members; // sorted by key bytes
    int k = 0;             // all members when the freeze takes every one
    bool all = false;
    int months = 1;
    bool offsite = false;    // the campaign's targets are checked off site
    QList<Inspector> roster; // sorted by badge bytes
    int teamSize = 2, capSlack = 0;

    QByteArray toJson() const;
    static Result<CampaignSnapshot> fromJson(const QByteArray &json);
    QString context() const;      // suiji-campaign-v1|{id}|{bureau}
    QString matchContext() const; // suiji-match-v1|{id}|{bureau}
    QStringList keys() const;
    QString rosterFp() const;
    // The freeze record (without operator and created_at).
    QJsonObject freezeRecord(const QString &profileHash, const QString &seedSource) const;
};

// A campaign's targets from the frozen lists and a seed: selection order, months spread over the
// period, teams. The same for a preview, the commit and verify.
struct CampaignDraw {
    QString seed;
    QStringList selected;
    QString poolFp, resultFp, tasksFp;
    QList<DrawTask> tasks; // pool "campaign", month of the period
    QStringList errors;    // a task that cannot be staffed stops the commit
    QString freezeHash, attemptHash, commitHash, firstSeed;
    int attemptNumber = 0; // 1-based among the freeze's attempts; 0: not yet tried
    bool committed = false;
    QJsonArray resultsJson() const;
    QStringList taskLines() const;
    static CampaignDraw compute(const CampaignSnapshot &snap, const QString &seed);
};

// Where a campaign stands in the ceremony (its records in the bureau's chain).
struct CampaignCeremony {
    std::optional<ChainRecord> freeze; // in force
    QList<ChainRecord> attempts;       // of the freeze in force
    std::optional<ChainRecord> commit;
    QList<ChainRecord> voids; // every `void` record, in chain order
};

class CampaignService {
public:
    CampaignService(const Database &db, const RuleProfile &profile, const Clock &clock = Clock::process()) : m_db(db), m_profile(profile), m_clock(clock) {}

    Result<Campaign> create(Campaign c, const QString &op) const;
    // The entities of the campaign's bureau the scope takes (one per key, the first category in
    // the profile's order), as of today's lists.
    Result<QList<Entity>> inScope(const Campaign &c, const CampaignScope &scope) const;
    // Sets the scope (before the targets are frozen) and records its count and fingerprint.
    Result<Campaign> setScope(const QString &id, const CampaignScope &scope, const QString &op) const;
    Result<Campaign> approve(const QString &id, const QString &by, const QDate &on, const QString &doc, const QString &op) const;
    Result<Campaign> file(const QString &id, const QString &with, const QDate &on, const QString &op) const;
    Result<Campaign> publish(const QString &id, const QString &where, const QDate &on, const QString &op) const;
    Result<Campaign> close(const QString &id, const QDate &on, const QString &op) const;

    // Locks the scope and the roster: every entity in scope (sample empty) or a sample of n.
    Result<ChainRecord> freeze(const QString &id, std::optional<int> sample, const QString &seedSource, const QString &op) const;
    // A preview logs the seed as an attempt; a commit (of a seed tried or not) stores the targets.
    // A seed other than the first tried needs a reason.
    Result<CampaignDraw> draw(const QString &id, const QString &seed, bool commit, const QString &reason, const QString &op) const;
    // Withdraws the lock in force before its commit (a `void` record with the reason); the
    // campaign may then be locked again, e.g. after the list was corrected.
    Result<ChainRecord> voidFreeze(const QString &id, const QString &reason, const QString &op) const;
    Result<CampaignCeremony> ceremony(const Campaign &c) const;
    // The inspection of a target: refused (code 3, nothing written) before publication.
    Result<CampaignTask> taskDone(const QString &id, const QString &key, const QDate &on, const QString &result, const QString &op) const;

    Result<Campaign> find(const QString &id) const;
    // The keys of an imported list (.csv/.xlsx): the column headed 统一社会信用代码, 编码, USCC or
    // key, else the first; upper-cased, blanks left out.
    static Result<QStringList> readKeys(const QString &path);

private:
    Status record(const Campaign &c, const QString &step, const QString &op) const;
    Result<Campaign> step(const QString &id, const QString &from, const std::function<Status(Campaign &)> &change, const QString &stepName,
                          const QString &op) const;
    const Database &m_db;
    const RuleProfile &m_profile;
    const Clock &m_clock;
};

} // namespace suiji
