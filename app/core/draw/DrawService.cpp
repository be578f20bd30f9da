#include "DrawService.h"

#include "draw/JointMarker.h"
#include "draw/Matcher.h"
#include "draw/MonthPlanner.h"
#include "draw/Sampler.h"
#include "draw/Sha256.h"
#include "rules/QuotaService.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::DrawService)
};
} // namespace

const PoolDraw *DrawOutcome::pool(const QString &id) const
{
    for (const PoolDraw &p : pools)
        if (p.pool == id)
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
        d.context = draw::poolContext(year, q, plan.bureau, d.pool);
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
            t.key = key;
            const PoolMember m = pp.members.value(key);
            t.name = m.name;
            t.category = m.category;
            t.offsite = m.offsite;
            t.cls = m.offsite ? QStringLiteral("offsite")
                    : !pp.rule->cls.isEmpty() ? pp.rule->cls
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
    const draw::MatchOutcome match = draw::matchInspectors(out.tasks, active, profile.teamSize, seed, draw::matchContext(year, q, plan.bureau), profile.capSlack);
    out.teamCap = match.cap;
    out.errors << match.errors;
    if (!active.isEmpty() && int(active.size()) != plan.inspectors)
        out.warnings << Tr::tr("The quotas use %1 inspectors, but %2 of the bureau's roster take part this quarter; teams are drawn from those %2.")
                            .arg(plan.inspectors)
                            .arg(active.size());
    return out;
}

Result<DrawOutcome> DrawService::run(const DrawRequest &request) const
{
    if (const QString e = draw::checkSeed(request.seed); !e.isEmpty())
        return Error{e, 3};
    auto plan = QuotaService(m_db, m_profile).plan(request.bureau, request.quarter, request.inspectors);
    if (!plan)
        return plan.error();
    QHash<QString, QString> industries;
    for (const PoolPlan &p : plan->pools)
        for (auto it = p.members.begin(); it != p.members.end(); ++it)
            if (!it->industry.isEmpty())
                industries.insert(p.rule->id + QLatin1Char('|') + it.key(), it->industry);
    DrawOutcome out = compute(m_profile, plan.value(), request.seed, InspectorRepository(m_db).list(request.bureau), industries);
    if (!plan->committedPools.isEmpty())
        out.errors.prepend(Tr::tr("%1 %2 is already committed (pools: %3). Committed draws cannot be drawn again; see the draw history.")
                               .arg(request.bureau, request.quarter.toString(), plan->committedPools.join(QStringLiteral(", "))));
    return out;
}

Result<DrawOutcome> DrawService::preview(const DrawRequest &request) const
{
    return run(request);
}

Result<DrawOutcome> DrawService::commit(const DrawRequest &request) const
{
    auto outcome = run(request);
    if (!outcome)
        return outcome;
    DrawOutcome &out = outcome.value();
    if (!out.errors.isEmpty())
        return Error{Tr::tr("Nothing was committed:") + QLatin1Char('\n') + out.errors.join(QLatin1Char('\n')), 3};
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    DrawRepository repo(m_db);
    QString prev = repo.lastRecordHash();
    const QString now = m_clock.now().toString(Qt::ISODate);
    QHash<QString, qint64> ids;
    for (PoolDraw &d : out.pools) {
        DrawRecord r;
        r.quarter = request.quarter;
        r.bureau = request.bureau;
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
        const QByteArray json = canonicalJson(r);
        r.canonicalJson = QString::fromUtf8(json);
        r.prevHash = prev;
        r.recordHash = draw::hex(prev.toUtf8() + '\n' + json);
        auto id = repo.insert(r);
        if (!id)
            return id.error();
        ids.insert(d.pool, id.value());
        d.recordHash = r.recordHash;
        prev = r.recordHash;
    }
    if (auto s = TaskRepository(m_db).insert(request.quarter, request.bureau, out.tasks, ids); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.committed = true;
    return outcome;
}

Result<VerifyReport> DrawService::verify() const
{
    auto records = DrawRepository(m_db).all(true);
    if (!records)
        return records.error();
    VerifyReport rep;
    QString prev(64, QLatin1Char('0'));
    for (const DrawRecord &r : records.value()) {
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
    }
    return rep;
}

} // namespace suiji
