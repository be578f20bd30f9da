// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawService.h"

#include "draw/JointMarker.h"
#include "draw/Matcher.h"
#include "draw/MonthPlanner.h"
#include "draw/Sampler.h"
#include "draw/Sha256.h"
#include "rules/QuotaService.h"
#include "store/Backups.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::DrawService)
};
} // namespace

const PoolDraw *DrawOutcome::pool(const QString &id) const
{
    for (const PoolDraw &p : pools)
        if (p.chainPool() == id)
            return &p;
    return nullptr;
}

QByteArray DrawService::canonicalJson(const DrawRecord &r)
{
    const QJsonObject o{{QStringLiteral("spec"), QLatin1String(draw::kSpec)},
                        {QStringLiteral("quarter"), r.quarter.toString()},
                        {QStringLiteral("bureau"), r.bureau},
                        {QStringLiteral("pool"), r.pool},
                        {QStringLiteral("context"), r.context},
                        {QStringLiteral("seed"), r.seed},
                        {QStringLiteral("k"), r.k},
                        {QStringLiteral("pool_keys"), QJsonArray::fromStringList(r.poolKeys)},
                        {QStringLiteral("pool_fp"), r.poolFp},
                        {QStringLiteral("must_check"), QJsonArray::fromStringList(r.mustCheck)},
                        {QStringLiteral("selected"), QJsonArray::fromStringList(r.selected)},
                        {QStringLiteral("result_fp"), r.resultFp},
                        {QStringLiteral("profile_hash"), r.profileHash},
                        {QStringLiteral("operator"), r.op},
                        {QStringLiteral("created_at"), r.createdAt}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

DrawOutcome DrawService::compute(const RuleProfile &profile, const QuarterPlan &plan, const QString &seed, const QList<Inspector> &inspectors,
                                 const QHash<QString, QString> &industries)
{
    DrawOutcome out;
    out.plan = plan;
    out.seed = seed;
    out.warnings = plan.warnings;
    const int year = plan.quarter.year, q = plan.quarter.q;
    for (const PoolPlan &pp : plan.pools) {
        PoolDraw d;
        d.pool = pp.rule->id;
        d.bureau = pp.bureau;
        d.context = draw::poolContext(year, q, pp.bureau.isEmpty() ? plan.bureau : pp.bureau, d.pool);
        d.k = pp.quota;
        d.poolKeys = pp.pool;
        d.mustCheck = pp.mustCheck;
        const draw::Selection s = draw::Sampler::select(seed, d.context, d.poolKeys, d.k);
        d.selected = s.selected;
        d.poolFp = s.poolFp;
        d.resultFp = s.resultFp;
        const bool plots = pp.rule->quota.kind == QuotaRule::Kind::EveryMonth;
        auto add = [&](const QString &key, const QString &origin, int month) {
            DrawTask t;
            t.seq = int(out.tasks.size()) + 1;
            t.pool = d.pool;
            t.bureau = d.bureau;
            t.key = key;
            const PoolMember m = pp.members.value(key);
            t.name = m.name;
            t.category = m.category;
            t.offsite = m.offsite;
            t.cls = m.offsite                                ? QStringLiteral("offsite")
                    : !pp.rule->cls.isEmpty()                ? pp.rule->cls
                    : pp.rule->level == QLatin1String("key") ? QStringLiteral("key")
                                                             : QStringLiteral("general");
            t.origin = origin;
            t.month = month;
            out.tasks << t;
        };
        for (const QString &k : d.mustCheck)
            add(k, QStringLiteral("must"), 1);
        if (plots) {
            QStringList byKey = d.selected;
            draw::sortByBytes(byKey);
            for (const QString &k : byKey)
                for (int m = 1; m <= 3; ++m)
                    add(k, QStringLiteral("all"), m);
        } else {
            for (const QString &k : d.selected)
                add(k, QStringLiteral("random"), 1);
        }
        out.pools << d;
    }
    const draw::JointOutcome joint = draw::markJoint(out.tasks, profile, seed, draw::jointContext(year, q, plan.bureau), industries);
    if (!joint.warning.isEmpty())
        out.warnings << joint.warning;
    QString plotPool;
    for (const PoolRule &r : profile.pools)
        if (r.quota.kind == QuotaRule::Kind::EveryMonth)
            plotPool = r.id;
    draw::planMonths(out.tasks, q, plotPool);

    QList<Inspector> active;
    for (const Inspector &i : inspectors)
        if (i.active && i.bureau == plan.bureau)
            active << i;
    out.activeInspectors = int(active.size());
    const draw::MatchOutcome match =
        draw::matchInspectors(out.tasks, active, profile.teamSize, seed, draw::matchContext(year, q, plan.bureau), profile.capSlack);
    out.teamCap = match.cap;
    out.errors << match.errors;
    if (!active.isEmpty() && int(active.size()) != plan.inspectors)
        out.warnings << Tr::tr("The quotas use %1 inspectors, but %2 of the bureau's roster take part this quarter; teams are drawn from those %2.")
                            .arg(plan.inspectors)
                            .arg(active.size());
    return out;
}

QList<ChainRecord> QuarterState::currentAttempts() const
{
    QList<ChainRecord> out;
    if (freeze)
        for (const ChainRecord &a : attempts)
            if (a.freezeHash == freeze->recordHash)
                out << a;
    return out;
}

QString QuarterState::firstSeed() const
{
    const QList<ChainRecord> a = currentAttempts();
    return a.isEmpty() ? QString() : a.first().fields().value(QStringLiteral("seed")).toString();
}

std::optional<ChainRecord> QuarterState::committedFreeze() const
{
    if (!commit)
        return std::nullopt;
    if (freeze && freeze->recordHash == commit->freezeHash)
        return freeze;
    for (const ChainRecord &f : voided) // a verifier refuses this; the reports still show it
        if (f.recordHash == commit->freezeHash)
            return f;
    return std::nullopt;
}

QStringList DrawService::taskLines(const QList<DrawTask> &tasks)
{
    QStringList lines;
    lines.reserve(tasks.size());
    for (const DrawTask &t : tasks)
        lines << draw::taskLine(t.chainPool(), t.key, t.month, t.offsite, t.joint, t.partners, t.inspectors);
    return lines;
}

Result<QuarterState> DrawService::state(const QString &bureau, const Quarter &quarter) const
{
    QuarterState st;
    auto records = ChainRepository(m_db).forQuarter(bureau, quarter.toString());
    if (!records)
        return records.error();
    QSet<QString> voided;
    for (const ChainRecord &r : records.value())
        if (r.kind == QLatin1String("void"))
            voided.insert(r.freezeHash);
    for (const ChainRecord &r : records.value()) {
        if (r.kind == QLatin1String("freeze")) {
            if (voided.contains(r.recordHash))
                st.voided << r;
            else
                st.freeze = r;
        } else if (r.kind == QLatin1String("void")) {
            st.voids << r;
        } else if (r.kind == QLatin1String("attempt")) {
            st.attempts << r;
        } else if (r.kind == QLatin1String("commit")) {
            st.commit = r;
        }
    }
    auto rows = DrawRepository(m_db).forQuarter(bureau, quarter);
    if (!rows)
        return rows.error();
    for (const DrawRecord &d : rows.value())
        if (d.spec == QLatin1String(draw::kSpec))
            st.v1Pools << d.pool;
    return st;
}

Result<draw::FreezeSnapshot> DrawService::frozen(const ChainRecord &freeze) const
{
    auto json = ChainRepository(m_db).snapshot(freeze.id);
    if (!json)
        return json.error();
    return draw::FreezeSnapshot::fromJson(json.value(), m_profile);
}

Result<FreezeOutcome> DrawService::freeze(const DrawRequest &request) const
{
    auto st = state(request.bureau, request.quarter);
    if (!st)
        return st.error();
    if (st->committed())
        return Error{Tr::tr("%1 %2 is already committed; its lists cannot be locked again.").arg(request.bureau, request.quarter.toString()), 3};
    if (st->freeze)
        return Error{Tr::tr("The lists of %1 %2 are already locked (freeze %3). Void that freeze with a reason before locking again.")
                         .arg(request.bureau, request.quarter.toString(), st->freeze->recordHash.left(16)),
                     3};
    if (request.seedSource.size() > 500)
        return Error{Tr::tr("The seed source is too long (at most 500 characters)."), 3};
    auto plan = QuotaService(m_db, m_profile)
                    .drawPlan(request.bureau, request.quarter, request.inspectors, QSet<QString>(request.catchUp.begin(), request.catchUp.end()));
    if (!plan)
        return plan.error();
    FreezeOutcome out;
    auto roster = InspectorRepository(m_db).list(request.bureau);
    if (!roster)
        return roster.error();
    out.snapshot = draw::FreezeSnapshot::make(plan.value(), roster.value());
    QJsonObject record = out.snapshot.freezeRecord(m_profile, request.seedSource);
    record.insert(QStringLiteral("operator"), request.op);
    record.insert(QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate));
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    ChainRepository chain(m_db);
    auto r = chain.append(request.bureau, request.quarter.toString(), QString(), record);
    if (!r)
        return r.error();
    if (auto s = chain.putSnapshot(r->id, out.snapshot.toJson()); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.record = r.value();
    return out;
}

Result<ChainRecord> DrawService::voidFreeze(const QString &bureau, const Quarter &quarter, const QString &reason, const QString &op) const
{
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Say why the freeze is voided: the reason is recorded and printed on every report of the quarter."), 3};
    auto st = state(bureau, quarter);
    if (!st)
        return st.error();
    if (st->committed())
        return Error{Tr::tr("%1 %2 is committed; its freeze cannot be voided.").arg(bureau, quarter.toString()), 3};
    if (!st->freeze)
        return Error{Tr::tr("%1 %2 has no freeze to void.").arg(bureau, quarter.toString()), 3};
    const QJsonObject record{{QStringLiteral("kind"), QStringLiteral("void")},
                             {QStringLiteral("freeze"), st->freeze->recordHash},
                             {QStringLiteral("reason"), reason.trimmed()},
                             {QStringLiteral("operator"), op},
                             {QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate)}};
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto r = ChainRepository(m_db).append(bureau, quarter.toString(), st->freeze->recordHash, record);
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

QJsonArray DrawService::resultsJson(const DrawOutcome &o)
{
    QJsonArray results;
    for (const PoolDraw &p : o.pools)
        results.append(QJsonObject{{QStringLiteral("pool"), p.chainPool()}, {QStringLiteral("result_fp"), p.resultFp}});
    return results;
}

QJsonObject DrawService::attemptRecord(const DrawOutcome &out, const DrawRequest &request, const QString &at)
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("attempt")},
                       {QStringLiteral("freeze"), out.freezeHash},
                       {QStringLiteral("seed"), request.seed},
                       {QStringLiteral("results"), resultsJson(out)},
                       {QStringLiteral("tasks_fp"), out.tasksFp},
                       {QStringLiteral("staffed"), out.errors.isEmpty()},
                       {QStringLiteral("operator"), request.op},
                       {QStringLiteral("created_at"), at}};
}

Result<DrawOutcome> DrawService::fromFreeze(const DrawRequest &request, const QuarterState &st) const
{
    if (const QString e = draw::checkSeed(request.seed); !e.isEmpty())
        return Error{e, 3};
    if (st.committed())
        return Error{
            Tr::tr("%1 %2 is already committed. Committed draws cannot be drawn again; see the draw history.").arg(request.bureau, request.quarter.toString()),
            3};
    if (!st.freeze)
        return Error{Tr::tr("Lock the lists of %1 %2 first (suiji-cli draw freeze, or “Lock the lists” on the draw page): a seed may only be tried once the "
                            "pools and the roster are fixed and published.")
                         .arg(request.bureau, request.quarter.toString()),
                     3};
    const QJsonObject freeze = st.freeze->fields();
    if (freeze.value(QStringLiteral("profile_hash")).toString() != m_profile.hash)
        return Error{Tr::tr("The rule profile has changed since the lists were locked. Void the freeze and lock again with the profile in force."), 3};
    auto snap = frozen(*st.freeze);
    if (!snap)
        return snap.error();
    DrawOutcome out = compute(m_profile, snap->plan, request.seed, snap->roster, snap->industries());
    out.tasksFp = draw::listFingerprint(taskLines(out.tasks));
    out.freezeHash = st.freeze->recordHash;
    if (const QString late = draw::lateDrawWarning(out.tasks, request.quarter, m_clock.today()); !late.isEmpty())
        out.warnings << late;
    const QList<ChainRecord> attempts = st.currentAttempts();
    out.firstSeed = st.firstSeed();
    for (int i = 0; i < attempts.size(); ++i)
        if (attempts[i].fields().value(QStringLiteral("seed")).toString() == request.seed) {
            out.attemptNumber = i + 1;
            out.attemptHash = attempts[i].recordHash;
        }
    return out;
}

Result<DrawOutcome> DrawService::preview(const DrawRequest &request) const
{
    auto st = state(request.bureau, request.quarter);
    if (!st)
        return st.error();
    auto outcome = fromFreeze(request, st.value());
    if (!outcome || outcome->attemptNumber > 0)
        return outcome; // a seed already tried is not logged twice
    DrawOutcome &out = outcome.value();
    const QJsonObject record = attemptRecord(out, request, m_clock.now().toString(Qt::ISODate));
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto r = ChainRepository(m_db).append(request.bureau, request.quarter.toString(), out.freezeHash, record);
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.attemptHash = r->recordHash;
    out.attemptNumber = int(st->currentAttempts().size()) + 1;
    if (out.firstSeed.isEmpty())
        out.firstSeed = request.seed;
    return outcome;
}

std::optional<Error> DrawService::differsFromPreview(const DrawRequest &request, const DrawOutcome &out) const
{
    if (!request.expectFreeze.isEmpty() && request.expectFreeze != out.freezeHash &&
        !(request.expectFreeze.size() >= 16 && out.freezeHash.startsWith(request.expectFreeze)))
        return Error{Tr::tr("Nothing was committed: the lists in force are locked by freeze %1, not by the freeze %2 the preview was drawn against. "
                            "Someone withdrew the lock and locked again; preview the seed again and show the new result before committing.")
                         .arg(out.freezeHash.left(16), request.expectFreeze.left(16)),
                     3};
    for (const PoolDraw &d : out.pools) {
        const auto it = request.expectResults.constFind(d.chainPool());
        if (it != request.expectResults.constEnd() && *it != d.resultFp) {
            const PoolRule *rule = m_profile.pool(d.pool);
            return Error{Tr::tr("Nothing was committed: pool %1 now gives another result than the preview showed (result fingerprint %2, "
                                "the preview %3). Preview the seed again and show the new result before committing.")
                             .arg(rule ? rule->name.text() : d.pool, d.resultFp.left(16), it->left(16)),
                         3};
        }
    }
    return std::nullopt;
}

Result<DrawOutcome> DrawService::commit(const DrawRequest &request) const
{
    auto st = state(request.bureau, request.quarter);
    if (!st)
        return st.error();
    auto outcome = fromFreeze(request, st.value());
    if (!outcome)
        return outcome;
    DrawOutcome &out = outcome.value();
    if (!out.errors.isEmpty())
        return Error{Tr::tr("Nothing was committed:") + QLatin1Char('\n') + out.errors.join(QLatin1Char('\n')), 3};
    if (auto e = differsFromPreview(request, out))
        return *e;
    const QString reason = request.reason.trimmed();
    const bool first = out.firstSeed.isEmpty() || out.firstSeed == request.seed;
    if (!first && reason.isEmpty())
        return Error{Tr::tr("The first seed tried against these lists was %1, not %2. Committing another seed needs a reason, which is recorded and printed on "
                            "the plan (--reason, or the reason field).")
                         .arg(out.firstSeed, request.seed),
                     3};
    const QString now = m_clock.now().toString(Qt::ISODate);
    if (auto b = Backups::before(m_db, QStringLiteral("commit")); !b)
        return b.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    ChainRepository chain(m_db);
    if (out.attemptHash.isEmpty()) {
        // A seed not previewed: its attempt is recorded first, so the log of seeds stays whole.
        auto a = chain.append(request.bureau, request.quarter.toString(), out.freezeHash, attemptRecord(out, request, now));
        if (!a)
            return a.error();
        out.attemptHash = a->recordHash;
        out.attemptNumber = int(st->currentAttempts().size()) + 1;
    }
    const QJsonObject record{{QStringLiteral("kind"), QStringLiteral("commit")},
                             {QStringLiteral("freeze"), out.freezeHash},
                             {QStringLiteral("attempt"), out.attemptHash},
                             {QStringLiteral("seed"), request.seed},
                             {QStringLiteral("quarter"), request.quarter.toString()},
                             {QStringLiteral("bureau"), request.bureau},
                             {QStringLiteral("results"), resultsJson(out)},
                             {QStringLiteral("tasks_fp"), out.tasksFp},
                             {QStringLiteral("tasks"), int(out.tasks.size())},
                             {QStringLiteral("reason"), first ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
                             {QStringLiteral("operator"), request.op},
                             {QStringLiteral("created_at"), now}};
    auto c = chain.append(request.bureau, request.quarter.toString(), out.freezeHash, record);
    if (!c)
        return c.error();
    out.commitHash = c->recordHash;
    out.reason = first ? QString() : reason;
    // The pools, indexed for the no-repeat rule, the history and the reports.
    DrawRepository repo(m_db);
    QHash<QString, qint64> ids;
    for (PoolDraw &d : out.pools) {
        DrawRecord r;
        r.quarter = request.quarter;
        r.bureau = d.bureau.isEmpty() ? request.bureau : d.bureau;
        r.pool = d.pool;
        r.context = d.context;
        r.seed = request.seed;
        r.k = d.k;
        r.poolFp = d.poolFp;
        r.resultFp = d.resultFp;
        r.profileHash = m_profile.hash;
        r.op = request.op;
        r.createdAt = now;
        r.poolKeys = d.poolKeys;
        r.selected = d.selected;
        r.mustCheck = d.mustCheck;
        r.spec = QLatin1String(draw::kSpecV2);
        r.canonicalJson = QStringLiteral(""); // the record is the commit (NOT NULL: an empty, not a null, string)
        r.commitId = c->id;
        r.prevHash = c->recordHash;
        r.recordHash = draw::hex(c->recordHash.toUtf8() + '|' + d.chainPool().toUtf8());
        auto id = repo.insert(r);
        if (!id)
            return id.error();
        ids.insert(d.chainPool(), id.value());
        d.recordHash = c->recordHash;
    }
    if (auto s = TaskRepository(m_db).insert(request.quarter, request.bureau, out.tasks, ids); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.committed = true;
    return outcome;
}

Result<std::optional<DrawOutcome>> DrawService::committed(const QString &bureau, const Quarter &quarter) const
{
    auto st = state(bureau, quarter);
    if (!st)
        return st.error();
    if (!st->commit)
        return std::optional<DrawOutcome>();
    const QJsonObject c = st->commit->fields();
    const std::optional<ChainRecord> freeze = st->committedFreeze();
    if (!freeze)
        return Error{Tr::tr("The commit of %1 %2 names a freeze that is not in the chain.").arg(bureau, quarter.toString())};
    auto snap = frozen(*freeze);
    if (!snap)
        return snap.error();
    DrawOutcome out = compute(m_profile, snap->plan, c.value(QStringLiteral("seed")).toString(), snap->roster, snap->industries());
    out.tasksFp = draw::listFingerprint(taskLines(out.tasks));
    out.committed = true;
    out.freezeHash = freeze->recordHash;
    out.attemptHash = c.value(QStringLiteral("attempt")).toString();
    out.commitHash = st->commit->recordHash;
    out.reason = c.value(QStringLiteral("reason")).toString();
    out.firstSeed = st->firstSeed();
    for (PoolDraw &d : out.pools)
        d.recordHash = out.commitHash;
    return std::optional<DrawOutcome>(out);
}

Result<VerifyReport> DrawService::verify(const QStringList &anchors) const
{
    // The file's own structure first: pages overwritten on disk pass every hash they do not hold.
    auto damage = m_db.quickCheck();
    if (!damage)
        return damage.error();
    if (!damage->isEmpty()) {
        VerifyReport rep;
        rep.ok = false;
        rep.badKind = QStringLiteral("file");
        rep.reason = Tr::tr("the database file is damaged (SQLite's quick_check: %1). Restore it from a backup.")
                         .arg(damage->mid(0, 3).join(QLatin1Char('\n')).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 3).join(QStringLiteral("; ")));
        return rep;
    }
    auto records = DrawRepository(m_db).all(true);
    if (!records)
        return records.error();
    VerifyReport rep;
    QString prev(64, QLatin1Char('0'));
    QSet<QString> v1Hashes;
    for (const DrawRecord &r : records.value()) {
        if (r.spec != QLatin1String(draw::kSpec))
            continue; // an index row of a v2 commit: checked with its chain below
        ++rep.records;
        auto fail = [&](const QString &why) {
            rep.ok = false;
            rep.badId = r.id;
            rep.badQuarter = r.quarter.toString();
            rep.badBureau = r.bureau;
            rep.badPool = r.pool;
            rep.reason = why;
        };
        const draw::Selection s = draw::Sampler::select(r.seed, r.context, r.poolKeys, r.k);
        const QString expectedContext = draw::poolContext(r.quarter.year, r.quarter.q, r.bureau, r.pool);
        QStringList sortedMust = r.mustCheck;
        draw::sortByBytes(sortedMust);
        if (r.context != expectedContext)
            fail(Tr::tr("its context \"%1\" does not match its quarter, bureau and pool (\"%2\").").arg(r.context, expectedContext));
        else if (int(r.selected.size()) != std::min<qsizetype>(r.k, r.poolKeys.size()))
            fail(Tr::tr("it lists %1 selected keys, but k is %2.").arg(r.selected.size()).arg(r.k));
        else if (s.poolFp != r.poolFp)
            fail(Tr::tr("the stored pool does not give the stored pool fingerprint (%1 ≠ %2).").arg(s.poolFp, r.poolFp));
        else if (s.selected != r.selected)
            fail(Tr::tr("recomputing the selection from the seed and the pool gives other keys than the stored ones."));
        else if (s.resultFp != r.resultFp)
            fail(Tr::tr("the selected keys do not give the stored result fingerprint."));
        else if (sortedMust != r.mustCheck)
            fail(Tr::tr("its must-check list is out of order."));
        else if (QString::fromUtf8(canonicalJson(r)) != r.canonicalJson)
            fail(Tr::tr("its stored fields differ from its recorded JSON."));
        else if (r.prevHash != prev)
            fail(Tr::tr("it does not link to the record before it (the chain is broken)."));
        else if (draw::hex(prev.toUtf8() + '\n' + r.canonicalJson.toUtf8()) != r.recordHash)
            fail(Tr::tr("its record hash does not match its contents."));
        if (!rep.ok)
            return rep;
        prev = r.recordHash;
        v1Hashes.insert(r.recordHash);
    }
    QStringList rest;
    for (const QString &a : anchors)
        (v1Hashes.contains(a.trimmed().toLower()) ? rep.anchors : rest) << a.trimmed().toLower();
    if (auto s = verifyChains(rep, rest); !s)
        return s.error();
    return rep;
}

} // namespace suiji
