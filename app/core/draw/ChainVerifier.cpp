// SPDX-License-Identifier: GPL-3.0-or-later
// DrawService::verifyChains: the rules a verifier checks (draw-spec v2), per bureau chain.

#include "DrawService.h"

#include "draw/Sha256.h"
#include "ledger/CampaignService.h"
#include "store/CampaignRepository.h"
#include "store/CaseRepository.h"
#include "store/ChainRepository.h"
#include "store/DrawRepository.h"
#include "store/FactRepository.h"
#include "store/ProfileRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <functional>
#include <map>
#include <memory>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::DrawService)
};

QString orNull(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

struct LedgerState {
    QString status, inspectionDate, result, publishedDate, at;
    bool operator==(const LedgerState &o) const
    {
        return status == o.status && inspectionDate == o.inspectionDate && result == o.result && publishedDate == o.publishedDate;
    }
};

LedgerState stateOf(const LedgerTask &t)
{
    return {t.status, t.inspectionDate.isValid() ? t.inspectionDate.toString(Qt::ISODate) : QString(), t.result,
            t.publishedDate.isValid() ? t.publishedDate.toString(Qt::ISODate) : QString(), QString()};
}

QString describe(const LedgerState &s)
{
    return QStringLiteral("%1 %2 %3 %4").arg(s.status, s.inspectionDate, s.publishedDate, s.result).simplified();
}
using Fail = std::function<void(const ChainRecord &, const QString &)>;

// A campaign's commit: the targets recomputed from its frozen lists and the seed, and as stored.
Status verifyCampaignCommit(const Database &db, const ChainRecord &r, const QJsonObject &f, const CampaignSnapshot &snap, const QString &seed, const Fail &fail)
{
    const CampaignDraw out = CampaignDraw::compute(snap, seed);
    if (out.resultsJson() != f.value(QStringLiteral("results")).toArray()) {
        fail(r, Tr::tr("recomputing the selections from the frozen pools and the seed gives other results than the recorded ones."));
        return Ok{};
    }
    const QStringList lines = out.taskLines();
    if (out.tasksFp != f.value(QStringLiteral("tasks_fp")).toString() || f.value(QStringLiteral("tasks")).toInt() != out.tasks.size()) {
        fail(r, Tr::tr("recomputing months, joint marking and teams from the frozen lists and the seed gives other tasks than the recorded ones."));
        return Ok{};
    }
    auto stored = CampaignRepository(db).tasks(r.quarter);
    if (!stored)
        return stored.error();
    if (stored->size() != out.tasks.size()) {
        fail(r, Tr::tr("the ledger holds %1 tasks for %2 %3, the draw gave %4.").arg(stored->size()).arg(r.bureau, r.quarter).arg(out.tasks.size()));
        return Ok{};
    }
    for (qsizetype i = 0; i < stored->size(); ++i) {
        const CampaignTask &t = stored->at(i);
        if (t.seq != i + 1 ||
            draw::taskLine(QStringLiteral("campaign"), t.key, t.month, t.mode == QLatin1String("offsite"), false, {}, t.inspectors) != lines[i]) {
            fail(r, Tr::tr("task %1 (%2) of campaign %3 is stored otherwise than the draw gave it (%4).").arg(t.seq).arg(t.key, r.quarter, lines[i]));
            return Ok{};
        }
    }
    return Ok{};
}

Status verifyCampaigns(const Database &db, const QHash<QString, QPair<QJsonObject, ChainRecord>> &lastCampaign,
                       const QHash<QString, QPair<LedgerState, ChainRecord>> &lastTask, const QSet<QString> &committed, const Fail &fail)
{
    auto campaigns = CampaignRepository(db).list();
    if (!campaigns)
        return campaigns.error();
    QSet<QString> ids;
    for (const Campaign &c : campaigns.value()) {
        ids.insert(c.id);
        const auto it = lastCampaign.constFind(c.id);
        if (it == lastCampaign.constEnd() || it->first != c.stateJson() || it->second.bureau != c.bureau) {
            ChainRecord r = it == lastCampaign.constEnd() ? ChainRecord{} : it->second;
            if (it == lastCampaign.constEnd()) {
                r.bureau = c.bureau;
                r.quarter = c.id;
                r.kind = QStringLiteral("campaign");
            }
            fail(r, it == lastCampaign.constEnd()
                        ? Tr::tr("campaign %1 is stored, but no record in the chain says so: it was written outside Suiji.").arg(c.id)
                        : Tr::tr("campaign %1 stands as \"%2\" otherwise than its last record says: it was edited outside Suiji or a record was removed.")
                              .arg(c.id, Campaign::stateName(c.state)));
            return Ok{};
        }
        auto tasks = CampaignRepository(db).tasks(c.id);
        if (!tasks)
            return tasks.error();
        if (!tasks->isEmpty() && !committed.contains(c.id)) {
            ChainRecord r = it->second;
            fail(r, Tr::tr("campaign %1 has targets in the file, but no commit in the chain drew them.").arg(c.id));
            return Ok{};
        }
        for (const CampaignTask &t : tasks.value()) {
            const LedgerState stored{t.status, t.inspectionDate.isValid() ? t.inspectionDate.toString(Qt::ISODate) : QString(), t.result, QString(), {}};
            const auto lt = lastTask.constFind(c.id + QLatin1Char('|') + t.ledgerId());
            const bool ok = lt == lastTask.constEnd() ? stored == LedgerState{QStringLiteral("planned"), {}, {}, {}, {}} : stored == lt->first;
            if (!ok) {
                ChainRecord r = lt == lastTask.constEnd() ? it->second : lt->second;
                fail(r, Tr::tr("target %1 of campaign %2 stands as \"%3\", but its last recorded event says otherwise: it was edited outside Suiji or an event "
                               "was removed.")
                            .arg(t.key, c.id, describe(stored)));
                return Ok{};
            }
        }
    }
    for (auto it = lastCampaign.constBegin(); it != lastCampaign.constEnd(); ++it)
        if (!ids.contains(it.key())) {
            fail(it->second, Tr::tr("campaign %1 was recorded but is missing from the file: it was deleted outside Suiji.").arg(it.key()));
            return Ok{};
        }
    return Ok{};
}
} // namespace

Status DrawService::verifyChains(VerifyReport &rep, const QStringList &anchors) const
{
    auto all = ChainRepository(m_db).all();
    if (!all)
        return all.error();
    const QList<ChainRecord> &records = all.value();
    auto fail = [&](const ChainRecord &r, const QString &why) {
        rep.ok = false;
        rep.badId = r.id;
        rep.badBureau = r.bureau;
        rep.badQuarter = r.quarter;
        rep.badKind = r.kind;
        rep.badSeq = r.seq;
        rep.badPool.clear();
        rep.reason = why;
    };
    std::map<QString, std::unique_ptr<RuleProfile>> profiles; // by hash; stable addresses for the plans
    auto profileFor = [&](const QString &hash) -> Result<const RuleProfile *> {
        auto it = profiles.find(hash);
        if (it == profiles.end()) {
            auto p = hash == m_profile.hash ? Result<RuleProfile>(m_profile) : ProfileRepository(m_db).byHash(hash);
            if (!p)
                return p.error();
            it = profiles.emplace(hash, std::make_unique<RuleProfile>(p.value())).first;
        }
        return it->second.get();
    };

    QSet<QString> hashes;
    // Ledger rule 5, across the chains: the last ledger state of every task named.
    QHash<QString, LedgerState> lastLedger; // bureau|quarter|task → state
    QHash<QString, ChainRecord> lastLedgerRecord;
    QHash<QString, QPair<QJsonValue, ChainRecord>> lastFact;          // fact|key → its last recorded state
    QHash<QString, QPair<QJsonObject, ChainRecord>> lastCase;         // source:number → its last recorded state (个案)
    QHash<QString, QPair<QJsonObject, ChainRecord>> lastCampaign;     // campaign id → its last recorded procedure state (专项)
    QHash<QString, QPair<LedgerState, ChainRecord>> lastCampaignTask; // campaign|key|month → its last ledger state
    QSet<QString> committedCampaigns;
    QSet<QString> v2Quarters;                  // bureau|quarter with a v2 commit
    QHash<QString, QList<LedgerTask>> ledgers; // chain|quarter → the tasks it drew, read once for both checks
    // A read that fails is an error of verify itself, never an empty ledger.
    auto ledgerOf = [&](const QString &b, const Quarter &q) -> Result<const QList<LedgerTask> *> {
        const QString k = b + QLatin1Char('|') + q.toString();
        auto it = ledgers.find(k);
        if (it == ledgers.end()) {
            auto read = TaskRepository(m_db).drawnIn(q, b);
            if (!read)
                return read.error();
            it = ledgers.insert(k, read.value());
        }
        return &*it;
    };

    QString bureau;
    QString prev;
    int expectSeq = 0;
    QHash<QString, ChainRecord> freezes; // of the current bureau, by hash
    std::map<QString, draw::FreezeSnapshot> snapshots;
    std::map<QString, CampaignSnapshot> campaignSnapshots; // a campaign's freezes (quarter: the campaign id)
    std::map<QString, const RuleProfile *> freezeProfiles;
    QSet<QString> voided, committedQuarters;
    QHash<QString, QString> firstSeed; // freeze hash → seed of its first attempt
    QHash<QString, ChainRecord> attempts;
    for (const ChainRecord &r : records) {
        if (r.bureau != bureau) {
            bureau = r.bureau;
            prev = ChainRepository::zeros();
            expectSeq = 1;
            freezes.clear();
            snapshots.clear();
            campaignSnapshots.clear();
            freezeProfiles.clear();
            voided.clear();
            committedQuarters.clear();
            firstSeed.clear();
            attempts.clear();
            ++rep.chains;
        }
        ++rep.chainRecords;
        if (r.seq != expectSeq) {
            fail(r, Tr::tr("the chain of %1 jumps from record %2 to %3: records are missing.").arg(bureau).arg(expectSeq - 1).arg(r.seq));
            return Ok{};
        }
        if (r.prevHash != prev) {
            fail(r, Tr::tr("it does not link to the record before it (the chain is broken)."));
            return Ok{};
        }
        if (draw::hex(prev.toUtf8() + '\n' + r.canonicalJson.toUtf8()) != r.recordHash) {
            fail(r, Tr::tr("its record hash does not match its contents."));
            return Ok{};
        }
        const QJsonObject f = r.fields();
        // (The fields are read from the very text that is hashed, so it need not be re-serialized.)
        if (f.value(QStringLiteral("kind")).toString() != r.kind) {
            fail(r, Tr::tr("its stored kind or fields differ from its recorded JSON."));
            return Ok{};
        }
        const QString freezeRef = f.value(QStringLiteral("freeze")).toString();
        if (r.kind != QLatin1String("freeze") && r.kind != QLatin1String("ledger") && freezeRef != r.freezeHash) {
            fail(r, Tr::tr("the freeze it names differs from the one it is filed under."));
            return Ok{};
        }
        const bool campaign = !Quarter::parse(r.quarter).has_value() && !r.quarter.isEmpty();
        if (r.kind == QLatin1String("freeze")) {
            if (f.value(QStringLiteral("quarter")).toString() != r.quarter || f.value(QStringLiteral("bureau")).toString() != bureau) {
                fail(r, Tr::tr("its quarter or bureau differs from the chain it is in."));
                return Ok{};
            }
            // The frozen lists stored with it: a campaign's (its one pool) or a quarter's (by its profile).
            auto json = ChainRepository(m_db).snapshot(r.id);
            if (!json)
                return json.error();
            QJsonObject expected;
            if (campaign) {
                auto snap = CampaignSnapshot::fromJson(json.value());
                if (!snap) {
                    fail(r, snap.message());
                    return Ok{};
                }
                expected = snap->freezeRecord(f.value(QStringLiteral("profile_hash")).toString(), f.value(QStringLiteral("seed_source")).toString());
                campaignSnapshots.emplace(r.recordHash, std::move(snap.value()));
            } else {
                auto profile = profileFor(f.value(QStringLiteral("profile_hash")).toString());
                if (!profile) {
                    fail(r, profile.message());
                    return Ok{};
                }
                auto snap = draw::FreezeSnapshot::fromJson(json.value(), *profile.value());
                if (!snap) {
                    fail(r, snap.message());
                    return Ok{};
                }
                expected = snap->freezeRecord(*profile.value(), f.value(QStringLiteral("seed_source")).toString());
                snapshots.emplace(r.recordHash, std::move(snap.value()));
                freezeProfiles.emplace(r.recordHash, profile.value());
            }
            // The frozen lists must be the ones the record fingerprints.
            for (const char *field : {"pools", "roster_fp", "quarter", "bureau", "team_size", "cap_slack", "spec"})
                if (expected.value(QLatin1String(field)) != f.value(QLatin1String(field))) {
                    fail(r, Tr::tr("the frozen lists stored with it do not give its %1.").arg(QLatin1String(field)));
                    return Ok{};
                }
            // One lock in force per quarter (or campaign): an earlier one must have been voided (or the quarter committed).
            for (auto it = freezes.begin(); it != freezes.end(); ++it)
                if (it->quarter == r.quarter && !voided.contains(it.key())) {
                    fail(r, Tr::tr("a second lock of %1 while the lock %2 is in force (neither voided nor committed).").arg(r.quarter, it.key().left(16)));
                    return Ok{};
                }
            if (committedQuarters.contains(r.quarter)) {
                fail(r, Tr::tr("the quarter %1 is already committed before it.").arg(r.quarter));
                return Ok{};
            }
            freezes.insert(r.recordHash, r);
        } else if (r.kind == QLatin1String("void") || r.kind == QLatin1String("attempt") || r.kind == QLatin1String("commit")) {
            if (!freezes.contains(freezeRef) || freezes.value(freezeRef).quarter != r.quarter) {
                fail(r, Tr::tr("it names a freeze that is not earlier in the chain of this bureau and quarter."));
                return Ok{};
            }
            if (voided.contains(freezeRef)) {
                fail(r, Tr::tr("its freeze was voided before it."));
                return Ok{};
            }
            if (committedQuarters.contains(r.quarter)) {
                fail(r, Tr::tr("the quarter %1 is already committed before it.").arg(r.quarter));
                return Ok{};
            }
            if (r.kind == QLatin1String("void")) {
                if (f.value(QStringLiteral("reason")).toString().trimmed().isEmpty()) {
                    fail(r, Tr::tr("it gives no reason."));
                    return Ok{};
                }
                voided.insert(freezeRef);
            } else if (r.kind == QLatin1String("attempt")) {
                if (!firstSeed.contains(freezeRef))
                    firstSeed.insert(freezeRef, f.value(QStringLiteral("seed")).toString());
                attempts.insert(r.recordHash, r);
            } else {
                const QString seed = f.value(QStringLiteral("seed")).toString();
                const ChainRecord attempt = attempts.value(f.value(QStringLiteral("attempt")).toString());
                if (attempt.freezeHash != freezeRef || attempt.fields().value(QStringLiteral("seed")).toString() != seed) {
                    fail(r, Tr::tr("it names no earlier attempt of its freeze with its seed."));
                    return Ok{};
                }
                if (seed != firstSeed.value(freezeRef) && orNull(f.value(QStringLiteral("reason"))).trimmed().isEmpty()) {
                    fail(r, Tr::tr("its seed %1 is not the first one tried (%2) and it gives no reason.").arg(seed, firstSeed.value(freezeRef)));
                    return Ok{};
                }
                if (f.value(QStringLiteral("quarter")).toString() != r.quarter || f.value(QStringLiteral("bureau")).toString() != bureau) {
                    fail(r, Tr::tr("its quarter or bureau differs from the chain it is in."));
                    return Ok{};
                }
                if (campaign) {
                    if (auto s = verifyCampaignCommit(m_db, r, f, campaignSnapshots.at(freezeRef), seed, fail); !s || !rep.ok)
                        return s;
                    committedQuarters.insert(r.quarter);
                    committedCampaigns.insert(r.quarter);
                    prev = r.recordHash;
                    ++expectSeq;
                    hashes.insert(r.recordHash);
                    continue;
                }
                // Recompute the whole quarter from the frozen lists and the seed.
                const draw::FreezeSnapshot &snap = snapshots.at(freezeRef);
                const RuleProfile &profile = *freezeProfiles.at(freezeRef);
                DrawOutcome out = compute(profile, snap.plan, seed, snap.roster, snap.industries());
                if (resultsJson(out) != f.value(QStringLiteral("results")).toArray()) {
                    fail(r, Tr::tr("recomputing the selections from the frozen pools and the seed gives other results than the recorded ones."));
                    return Ok{};
                }
                const QStringList lines = taskLines(out.tasks);
                if (draw::listFingerprint(lines) != f.value(QStringLiteral("tasks_fp")).toString() ||
                    f.value(QStringLiteral("tasks")).toInt() != out.tasks.size()) {
                    fail(r, Tr::tr("recomputing months, joint marking and teams from the frozen lists and the seed gives other tasks than the recorded ones."));
                    return Ok{};
                }
                // The tasks as stored in the ledger must be the ones drawn.
                const Quarter q = Quarter::parse(r.quarter).value_or(Quarter{});
                auto ledger = ledgerOf(bureau, q);
                if (!ledger)
                    return ledger.error();
                const QList<LedgerTask> &stored = *ledger.value();
                for (qsizetype i = 0; i < std::max(stored.size(), out.tasks.size()); ++i) {
                    if (i >= stored.size() || i >= out.tasks.size()) {
                        fail(r,
                             Tr::tr("the ledger holds %1 tasks for %2 %3, the draw gave %4.").arg(stored.size()).arg(bureau, r.quarter).arg(out.tasks.size()));
                        return Ok{};
                    }
                    const LedgerTask &t = stored[i];
                    const DrawTask &d = out.tasks[i];
                    QString what;
                    if (t.chainPool() != d.chainPool() || t.key != d.key || (!d.bureau.isEmpty() && t.bureau != d.bureau))
                        what = Tr::tr("entity %1 (pool %2) where the draw gave %3 (pool %4)").arg(t.key, t.chainPool(), d.key, d.chainPool());
                    else if (t.month - q.firstMonth() + 1 != d.month)
                        what = Tr::tr("month %1 where the draw gave %2").arg(t.month).arg(q.firstMonth() + d.month - 1);
                    else if (t.mode != (d.offsite ? QLatin1String("offsite") : QLatin1String("onsite")))
                        what = Tr::tr("mode %1 where the draw gave %2").arg(t.mode, d.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite"));
                    else if (t.joint != d.joint || t.partners != d.partners)
                        what = Tr::tr("joint %1 (%2) where the draw gave %3 (%4)")
                                   .arg(t.joint ? 1 : 0)
                                   .arg(t.partners.join(QLatin1Char(',')))
                                   .arg(d.joint ? 1 : 0)
                                   .arg(d.partners.join(QLatin1Char(',')));
                    else if (draw::taskLine(t.chainPool(), t.key, d.month, d.offsite, d.joint, d.partners, t.inspectors) != lines[i])
                        what = Tr::tr("team %1 where the draw gave %2").arg(t.inspectors.join(QLatin1Char(',')), d.inspectors.join(QLatin1Char(',')));
                    if (!what.isEmpty()) {
                        fail(r, Tr::tr("task %1 (%2) in the ledger has %3.").arg(t.seq).arg(t.key, what));
                        return Ok{};
                    }
                }
                // The pools' index rows must be those of the commit.
                auto rows = DrawRepository(m_db).forCommit(r.id);
                if (!rows)
                    return rows.error();
                for (const DrawRecord &d : rows.value()) {
                    const QString pool = chainPoolName(d.bureau == bureau ? QString() : d.bureau, d.pool);
                    const PoolDraw *p = out.pool(pool);
                    if (!p || d.quarter.toString() != r.quarter || d.resultFp != p->resultFp || d.poolFp != p->poolFp || d.seed != seed) {
                        fail(r, Tr::tr("the stored draw of pool %1 differs from the commit.").arg(pool));
                        return Ok{};
                    }
                }
                if (rows->size() != out.pools.size()) {
                    fail(r, Tr::tr("the commit drew %1 pools, but %2 are stored with it.").arg(out.pools.size()).arg(rows->size()));
                    return Ok{};
                }
                committedQuarters.insert(r.quarter);
                v2Quarters.insert(bureau + QLatin1Char('|') + r.quarter);
            }
        } else if (r.kind == QLatin1String("case")) {
            const QString id = f.value(QStringLiteral("case")).toString();
            const QString at = f.value(QStringLiteral("created_at")).toString();
            if (lastCase.contains(id) && at < lastCase.value(id).second.fields().value(QStringLiteral("created_at")).toString()) {
                fail(r, Tr::tr("it is dated %1, before the earlier record of the same case.").arg(at));
                return Ok{};
            }
            QJsonObject state = f;
            for (const char *k : {"kind", "case", "operator", "created_at"})
                state.remove(QLatin1String(k));
            lastCase.insert(id, {state, r});
        } else if (r.kind == QLatin1String("fact")) {
            const QString fact = f.value(QStringLiteral("fact")).toString(), key = f.value(QStringLiteral("key")).toString();
            if (key.section(QLatin1Char('|'), 0, 0) != bureau) {
                fail(r, Tr::tr("it records a fact of %1 in the chain of %2.").arg(key.section(QLatin1Char('|'), 0, 0), bureau));
                return Ok{};
            }
            const QString id = fact + QLatin1Char('|') + key;
            const QString at = f.value(QStringLiteral("created_at")).toString();
            if (lastFact.contains(id) && at < lastFact.value(id).second.fields().value(QStringLiteral("created_at")).toString()) {
                fail(r, Tr::tr("it is dated %1, before the earlier record of the same fact.").arg(at));
                return Ok{};
            }
            lastFact.insert(id, {f.value(QStringLiteral("state")), r});
        } else if (r.kind == QLatin1String("campaign")) {
            const QString id = f.value(QStringLiteral("campaign")).toString();
            if (id != r.quarter) {
                fail(r, Tr::tr("it records campaign %1 under %2.").arg(id, r.quarter));
                return Ok{};
            }
            QJsonObject state = f;
            for (const char *k : {"kind", "campaign", "step", "operator", "created_at"})
                state.remove(QLatin1String(k));
            lastCampaign.insert(id, {state, r});
        } else if (r.kind == QLatin1String("ledger") && campaign) {
            const QString id = r.quarter + QLatin1Char('|') + f.value(QStringLiteral("task")).toString();
            const LedgerState s{f.value(QStringLiteral("status")).toString(), orNull(f.value(QStringLiteral("inspection_date"))),
                                orNull(f.value(QStringLiteral("result"))), orNull(f.value(QStringLiteral("published_date"))),
                                f.value(QStringLiteral("created_at")).toString()};
            if (lastCampaignTask.contains(id) && s.at < lastCampaignTask.value(id).first.at) {
                fail(r, Tr::tr("it is dated %1, before the earlier event of the same task (%2).").arg(s.at, lastCampaignTask.value(id).first.at));
                return Ok{};
            }
            lastCampaignTask.insert(id, {s, r});
        } else if (r.kind == QLatin1String("ledger")) {
            const QString id = bureau + QLatin1Char('|') + r.quarter + QLatin1Char('|') + f.value(QStringLiteral("task")).toString();
            const LedgerState s{f.value(QStringLiteral("status")).toString(), orNull(f.value(QStringLiteral("inspection_date"))),
                                orNull(f.value(QStringLiteral("result"))), orNull(f.value(QStringLiteral("published_date"))),
                                f.value(QStringLiteral("created_at")).toString()};
            if (lastLedger.contains(id) && s.at < lastLedger.value(id).at) {
                fail(r, Tr::tr("it is dated %1, before the earlier event of the same task (%2).").arg(s.at, lastLedger.value(id).at));
                return Ok{};
            }
            lastLedger.insert(id, s);
            lastLedgerRecord.insert(id, r);
        }
        prev = r.recordHash;
        ++expectSeq;
        hashes.insert(r.recordHash);
    }

    // Rule 5: every task's stored ledger state is the state of its last ledger record; a task of a
    // v2 commit with no event is as it was drawn.
    QSet<QString> quarters;
    for (const QString &bq : std::as_const(v2Quarters))
        quarters.insert(bq);
    for (auto it = lastLedger.begin(); it != lastLedger.end(); ++it)
        quarters.insert(it.key().section(QLatin1Char('|'), 0, 1));
    QStringList ordered(quarters.begin(), quarters.end());
    ordered.sort();
    for (const QString &bq : ordered) {
        const QString b = bq.section(QLatin1Char('|'), 0, 0);
        const Quarter q = Quarter::parse(bq.section(QLatin1Char('|'), 1, 1)).value_or(Quarter{});
        auto ledger = ledgerOf(b, q);
        if (!ledger)
            return ledger.error();
        for (const LedgerTask &t : *ledger.value()) {
            const QString id = bq + QLatin1Char('|') + ledgerTaskId(t);
            const LedgerState stored = stateOf(t);
            if (lastLedger.contains(id)) {
                if (!(stored == lastLedger.value(id))) {
                    ChainRecord r = lastLedgerRecord.value(id);
                    fail(r, Tr::tr("task %1 (%2) stands in the ledger as \"%3\", but its last recorded event says \"%4\": the ledger was edited outside Suiji "
                                   "or an event was removed.")
                                .arg(t.seq)
                                .arg(t.key, describe(stored), describe(lastLedger.value(id))));
                    return Ok{};
                }
            } else if (v2Quarters.contains(bq) && !(stored == LedgerState{QStringLiteral("planned"), {}, {}, {}, {}})) {
                ChainRecord r;
                r.bureau = b;
                r.quarter = q.toString();
                r.kind = QStringLiteral("ledger");
                fail(r, Tr::tr("task %1 (%2) stands in the ledger as \"%3\", but no event records that change.").arg(t.seq).arg(t.key, describe(stored)));
                return Ok{};
            }
        }
    }

    // Facts (prior draws, reports submitted, assigned targets, typical cases): each stored one is
    // the state of its last record, and none is missing that a record says is there.
    auto facts = FactRepository(m_db).current();
    if (!facts)
        return facts.error();
    QStringList factIds = facts->keys();
    factIds.sort();
    for (const QString &id : std::as_const(factIds)) {
        const Fact &stored = facts->value(id);
        const auto it = lastFact.constFind(id);
        if (it == lastFact.constEnd() || it->first != QJsonValue(stored.state)) {
            ChainRecord r = it == lastFact.constEnd() ? ChainRecord{} : it->second;
            if (it == lastFact.constEnd()) {
                r.bureau = FactRepository::chainOf(stored.bureau);
                r.quarter = QString::number(stored.year);
                r.kind = QStringLiteral("fact");
            }
            fail(r, it == lastFact.constEnd()
                        ? Tr::tr("%1 %2 is stored, but no record in the chain says so: it was written outside Suiji.").arg(stored.fact, stored.key)
                        : Tr::tr("%1 %2 is stored otherwise than its last record says: it was edited outside Suiji or a record was removed.")
                              .arg(stored.fact, stored.key));
            return Ok{};
        }
    }
    for (auto it = lastFact.constBegin(); it != lastFact.constEnd(); ++it)
        if (!it->first.isNull() && !facts->contains(it.key())) {
            fail(it->second, Tr::tr("%1 was recorded but is missing from the file: it was deleted outside Suiji.").arg(it.key()));
            return Ok{};
        }

    // Cases (个案): each one's workbench record is the state of its last `case` record, in its
    // bureau's chain; a case without a record is still waiting for dispatch, untouched.
    auto cases = CaseRepository(m_db).list();
    if (!cases)
        return cases.error();
    const QJsonObject untouched = CaseItem{}.stateJson();
    for (const CaseItem &c : cases.value()) {
        const auto it = lastCase.constFind(c.ref());
        const QJsonObject stored = c.stateJson();
        if (it == lastCase.constEnd() ? stored != untouched : (it->first != stored || it->second.bureau != c.bureau)) {
            ChainRecord r = it == lastCase.constEnd() ? ChainRecord{} : it->second;
            if (it == lastCase.constEnd()) {
                r.bureau = c.bureau;
                r.kind = QStringLiteral("case");
            }
            fail(r, it == lastCase.constEnd()
                        ? Tr::tr("case %1 stands as \"%2\", but no record in the chain says so: it was written outside Suiji.")
                              .arg(c.ref(), CaseItem::stateName(c.state))
                        : Tr::tr("case %1 stands as \"%2\" otherwise than its last record says: it was edited outside Suiji or a record was removed.")
                              .arg(c.ref(), CaseItem::stateName(c.state)));
            return Ok{};
        }
    }
    QSet<QString> caseRefs;
    for (const CaseItem &c : cases.value())
        caseRefs.insert(c.ref());
    // A case entered by hand and withdrawn (its entry undone) is gone with its last record back at
    // waiting for dispatch, untouched; any other recorded case must be in the file.
    for (auto it = lastCase.constBegin(); it != lastCase.constEnd(); ++it)
        if (!caseRefs.contains(it.key()) && it->first != untouched) {
            fail(it->second, Tr::tr("case %1 was recorded but is missing from the file: it was deleted outside Suiji.").arg(it.key()));
            return Ok{};
        }

    // Campaigns (专项): each one's procedure is the state of its last `campaign` record, in its
    // bureau's chain; each target's ledger state that of its last `ledger` record (planned without
    // one); targets only where a commit drew them.
    if (auto s = verifyCampaigns(m_db, lastCampaign, lastCampaignTask, committedCampaigns, fail); !s || !rep.ok)
        return s;

    for (const QString &a : anchors) {
        if (!hashes.contains(a)) {
            rep.ok = false;
            rep.badKind = QStringLiteral("anchor");
            rep.reason = Tr::tr("the anchored record %1 is not in any chain of this file: records were removed or the chain was rewritten.").arg(a);
            return Ok{};
        }
        rep.anchors << a;
    }
    return Ok{};
}

} // namespace suiji
