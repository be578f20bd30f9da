// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreezeSnapshot.h"

#include "draw/DrawTask.h"
#include "draw/Sampler.h"
#include "draw/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace suiji::draw {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::FreezeSnapshot)
};

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

FreezeSnapshot FreezeSnapshot::make(const QuarterPlan &plan, const QList<Inspector> &inspectors)
{
    FreezeSnapshot s;
    s.plan = plan;
    for (const Inspector &i : inspectors)
        if (i.active && i.bureau == plan.bureau) {
            Inspector copy = i;
            sortByBytes(copy.conflicts);
            s.roster << copy;
        }
    std::sort(s.roster.begin(), s.roster.end(), [](const Inspector &a, const Inspector &b) { return a.badge.toUtf8() < b.badge.toUtf8(); });
    return s;
}

QString FreezeSnapshot::rosterFp() const
{
    QStringList lines;
    for (const Inspector &i : roster)
        lines << i.badge + QLatin1Char('|') + i.conflicts.join(QLatin1Char(','));
    return listFingerprint(lines);
}

QString FreezeSnapshot::mustFp(const PoolPlan &pool)
{
    QStringList keys = pool.mustCheck;
    sortByBytes(keys);
    return listFingerprint(keys);
}

QHash<QString, QString> FreezeSnapshot::industries() const
{
    QHash<QString, QString> out;
    for (const PoolPlan &p : plan.pools)
        for (auto it = p.members.begin(); it != p.members.end(); ++it)
            if (!it->industry.isEmpty())
                out.insert(p.rule->id + QLatin1Char('|') + it.key(), it->industry);
    return out;
}

QString FreezeSnapshot::chainPool(const PoolPlan &pool)
{
    return chainPoolName(pool.bureau, pool.rule->id);
}

QJsonObject FreezeSnapshot::freezeRecord(const RuleProfile &profile, const QString &seedSource) const
{
    QJsonArray pools;
    for (const PoolPlan &p : plan.pools)
        pools.append(
            QJsonObject{{QStringLiteral("pool"), chainPool(p)},
                        {QStringLiteral("context"), poolContext(plan.quarter.year, plan.quarter.q, p.bureau.isEmpty() ? plan.bureau : p.bureau, p.rule->id)},
                        {QStringLiteral("k"), p.quota},
                        {QStringLiteral("pool_fp"), listFingerprint(p.pool)},
                        {QStringLiteral("must_fp"), mustFp(p)}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("freeze")},
                       {QStringLiteral("spec"), QLatin1String(kSpecV2)},
                       {QStringLiteral("quarter"), plan.quarter.toString()},
                       {QStringLiteral("bureau"), plan.bureau},
                       {QStringLiteral("profile_hash"), profile.hash},
                       {QStringLiteral("pools"), pools},
                       {QStringLiteral("roster_fp"), rosterFp()},
                       {QStringLiteral("team_size"), profile.teamSize},
                       {QStringLiteral("cap_slack"), profile.capSlack},
                       {QStringLiteral("seed_source"), seedSource}};
}

QByteArray FreezeSnapshot::toJson() const
{
    QJsonArray pools;
    for (const PoolPlan &p : plan.pools) {
        QJsonObject members;
        for (auto it = p.members.begin(); it != p.members.end(); ++it)
            members.insert(it.key(), QJsonObject{{QStringLiteral("name"), it->name},
                                                 {QStringLiteral("uscc"), it->uscc},
                                                 {QStringLiteral("code"), it->code},
                                                 {QStringLiteral("street"), it->street},
                                                 {QStringLiteral("industry"), it->industry},
                                                 {QStringLiteral("offsite"), it->offsite},
                                                 {QStringLiteral("category"), it->category}});
        QJsonObject reasons;
        for (auto it = p.excludedByReason.begin(); it != p.excludedByReason.end(); ++it)
            reasons.insert(it.key(), it.value());
        QJsonObject po{{QStringLiteral("pool"), p.rule->id},
                       {QStringLiteral("base"), p.base},
                       {QStringLiteral("excluded"), p.excluded},
                       {QStringLiteral("excluded_by_reason"), reasons},
                       {QStringLiteral("already_drawn"), p.alreadyDrawn},
                       {QStringLiteral("must_check"), strings(p.mustCheck)},
                       {QStringLiteral("pool_keys"), strings(p.pool)},
                       {QStringLiteral("formula_quota"), p.formulaQuota},
                       {QStringLiteral("k"), p.quota},
                       {QStringLiteral("capped"), p.capped},
                       {QStringLiteral("formula"), p.formula},
                       {QStringLiteral("warnings"), strings(p.warnings)},
                       {QStringLiteral("members"), members}};
        if (!p.bureau.isEmpty())
            po.insert(QStringLiteral("bureau"), p.bureau);
        pools.append(po);
    }
    QJsonArray people;
    for (const Inspector &i : roster)
        people.append(QJsonObject{{QStringLiteral("badge"), i.badge},
                                  {QStringLiteral("name"), i.name},
                                  {QStringLiteral("section"), i.section},
                                  {QStringLiteral("conflicts"), strings(i.conflicts)}});
    const QJsonObject o{{QStringLiteral("quarter"), plan.quarter.toString()},
                        {QStringLiteral("bureau"), plan.bureau},
                        {QStringLiteral("inspectors"), plan.inspectors},
                        {QStringLiteral("profile"), plan.profileId},
                        {QStringLiteral("profile_hash"), plan.profileHash},
                        {QStringLiteral("warnings"), strings(plan.warnings)},
                        {QStringLiteral("notes"), strings(plan.notes)},
                        {QStringLiteral("pools"), pools},
                        {QStringLiteral("roster"), people}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<FreezeSnapshot> FreezeSnapshot::fromJson(const QByteArray &json, const RuleProfile &profile)
{
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    if (err.error != QJsonParseError::NoError)
        return Error{Tr::tr("The frozen lists cannot be read (%1).").arg(err.errorString())};
    FreezeSnapshot s;
    s.plan.quarter = Quarter::parse(o.value(QStringLiteral("quarter")).toString()).value_or(Quarter{});
    s.plan.bureau = o.value(QStringLiteral("bureau")).toString();
    s.plan.inspectors = o.value(QStringLiteral("inspectors")).toInt();
    s.plan.profileId = o.value(QStringLiteral("profile")).toString();
    s.plan.profileHash = o.value(QStringLiteral("profile_hash")).toString();
    s.plan.warnings = stringsOf(o.value(QStringLiteral("warnings")));
    s.plan.notes = stringsOf(o.value(QStringLiteral("notes")));
    for (const QJsonValue &v : o.value(QStringLiteral("pools")).toArray()) {
        const QJsonObject po = v.toObject();
        PoolPlan p;
        p.rule = profile.pool(po.value(QStringLiteral("pool")).toString());
        if (!p.rule)
            return Error{
                Tr::tr("The frozen lists name the pool \"%1\", which the rule profile does not have.").arg(po.value(QStringLiteral("pool")).toString())};
        p.bureau = po.value(QStringLiteral("bureau")).toString();
        p.base = po.value(QStringLiteral("base")).toInt();
        p.excluded = po.value(QStringLiteral("excluded")).toInt();
        const QJsonObject reasons = po.value(QStringLiteral("excluded_by_reason")).toObject();
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            p.excludedByReason.insert(it.key(), it.value().toInt());
        p.alreadyDrawn = po.value(QStringLiteral("already_drawn")).toInt();
        p.mustCheck = stringsOf(po.value(QStringLiteral("must_check")));
        p.pool = stringsOf(po.value(QStringLiteral("pool_keys")));
        p.formulaQuota = po.value(QStringLiteral("formula_quota")).toInt();
        p.quota = po.value(QStringLiteral("k")).toInt();
        p.capped = po.value(QStringLiteral("capped")).toBool();
        p.formula = po.value(QStringLiteral("formula")).toString();
        p.warnings = stringsOf(po.value(QStringLiteral("warnings")));
        const QJsonObject members = po.value(QStringLiteral("members")).toObject();
        for (auto it = members.begin(); it != members.end(); ++it) {
            const QJsonObject m = it.value().toObject();
            PoolMember pm;
            pm.name = m.value(QStringLiteral("name")).toString();
            pm.uscc = m.value(QStringLiteral("uscc")).toString();
            pm.code = m.value(QStringLiteral("code")).toString();
            pm.street = m.value(QStringLiteral("street")).toString();
            pm.industry = m.value(QStringLiteral("industry")).toString();
            pm.offsite = m.value(QStringLiteral("offsite")).toBool();
            pm.category = m.value(QStringLiteral("category")).toString();
            p.members.insert(it.key(), pm);
        }
        s.plan.pools << p;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("roster")).toArray()) {
        const QJsonObject io = v.toObject();
        Inspector i;
        i.badge = io.value(QStringLiteral("badge")).toString();
        i.name = io.value(QStringLiteral("name")).toString();
        i.section = io.value(QStringLiteral("section")).toString();
        i.bureau = s.plan.bureau;
        i.active = true;
        i.conflicts = stringsOf(io.value(QStringLiteral("conflicts")));
        s.roster << i;
    }
    return s;
}

QString taskLine(const QString &pool, const QString &key, int month, bool offsite, bool joint, const QStringList &partners, QStringList badges)
{
    sortByBytes(badges);
    return QStringList{pool,
                       key,
                       QString::number(month),
                       offsite ? QStringLiteral("offsite") : QStringLiteral("onsite"),
                       joint ? QStringLiteral("1") : QStringLiteral("0"),
                       partners.join(QLatin1Char(',')),
                       badges.join(QLatin1Char(','))}
        .join(QLatin1Char('|'));
}

} // namespace suiji::draw
