// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bundle.h"

#include "draw/Sampler.h"
#include "ledger/CampaignService.h"
#include "model/Bureau.h"
#include "store/CampaignRepository.h"
#include "store/ChainRepository.h"
#include "store/EntityRepository.h"
#include "store/ProfileRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace suiji::draw {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Bundle)
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, f.errorString())};
    return Ok{};
}

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/bundle/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// The bureau's whole chain, from its first record: a verifier checks every link.
Result<QJsonArray> chainOf(const Database &db, const QString &bureau)
{
    auto all = ChainRepository(db).all();
    if (!all)
        return all.error();
    QJsonArray chain;
    for (const ChainRecord &r : all.value())
        if (r.bureau == bureau)
            chain.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                     {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("canonical_json"), r.canonicalJson},
                                     {QStringLiteral("prev_hash"), r.prevHash},
                                     {QStringLiteral("record_hash"), r.recordHash}});
    return chain;
}
} // namespace

Result<QJsonObject> makeBundle(const Database &db, const RuleProfile &active, const QString &bureau, const Quarter &quarter, const BundleOptions &options)
{
    DrawService service(db, active);
    auto st = service.state(bureau, quarter);
    if (!st)
        return st.error();
    if (!st->commit)
        return Error{Tr::tr("%1 %2 has no commit under draw-spec v2: there is nothing to publish yet.").arg(bureau, quarter.toString()), 3};
    const QJsonObject commit = st->commit->fields();
    const std::optional<ChainRecord> freeze = st->committedFreeze();
    if (!freeze)
        return Error{Tr::tr("The commit of %1 %2 names a freeze that is not in the chain.").arg(bureau, quarter.toString())};
    auto profile = ProfileRepository(db).byHash(freeze->fields().value(QStringLiteral("profile_hash")).toString());
    if (!profile)
        return profile.error();
    auto json = ChainRepository(db).snapshot(freeze->id);
    if (!json)
        return json.error();
    auto snap = FreezeSnapshot::fromJson(json.value(), profile.value());
    if (!snap)
        return snap.error();

    auto chain = chainOf(db, bureau);
    if (!chain)
        return chain.error();

    QString plotPool;
    for (const PoolRule &r : profile->pools)
        if (r.quota.kind == QuotaRule::Kind::EveryMonth)
            plotPool = r.id;
    QJsonArray pools;
    for (const PoolPlan &p : snap->plan.pools) {
        QJsonObject members;
        for (auto it = p.members.begin(); it != p.members.end(); ++it) {
            QJsonObject m;
            if (it->offsite)
                m.insert(QStringLiteral("offsite"), true);
            if (!it->industry.isEmpty())
                m.insert(QStringLiteral("industry"), it->industry);
            if (!m.isEmpty())
                members.insert(it.key(), m);
        }
        const Bureau *district = p.bureau.isEmpty() ? nullptr : Bureau::byId(p.bureau);
        pools.append(QJsonObject{{QStringLiteral("pool"), FreezeSnapshot::chainPool(p)},
                                 {QStringLiteral("name_zh"), district ? district->nameZh + QStringLiteral(" · ") + p.rule->name.zh : p.rule->name.zh},
                                 {QStringLiteral("name_en"), district ? district->nameEn + QStringLiteral(" · ") + p.rule->name.en : p.rule->name.en},
                                 {QStringLiteral("every_month"), p.rule->quota.kind == QuotaRule::Kind::EveryMonth},
                                 {QStringLiteral("pool_keys"), QJsonArray::fromStringList(p.pool)},
                                 {QStringLiteral("must_check"), QJsonArray::fromStringList(p.mustCheck)},
                                 {QStringLiteral("members"), members}});
    }
    QJsonArray roster;
    for (const Inspector &i : snap->roster) {
        QJsonObject o{{QStringLiteral("badge"), i.badge}, {QStringLiteral("conflicts"), QJsonArray::fromStringList(i.conflicts)}};
        if (options.withNames)
            o.insert(QStringLiteral("name"), i.name);
        roster.append(o);
    }
    QJsonArray joint;
    for (const JointPlanRow &row : profile->jointPlan)
        joint.append(QJsonObject{{QStringLiteral("pools"), QJsonArray::fromStringList(row.pools)},
                                 {QStringLiteral("industries"), QJsonArray::fromStringList(row.industries)},
                                 {QStringLiteral("partners"), QJsonArray::fromStringList(row.partnersZh)}});
    QJsonArray tasks;
    auto stored = TaskRepository(db).drawnIn(quarter, bureau);
    if (!stored)
        return stored.error();
    for (const LedgerTask &t : stored.value())
        tasks.append(QJsonObject{{QStringLiteral("seq"), t.seq},
                                 {QStringLiteral("pool"), t.chainPool()},
                                 {QStringLiteral("key"), t.key},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("month"), t.month - quarter.firstMonth() + 1},
                                 {QStringLiteral("mode"), t.mode},
                                 {QStringLiteral("joint"), t.joint},
                                 {QStringLiteral("partners"), QJsonArray::fromStringList(t.partners)},
                                 {QStringLiteral("inspectors"), QJsonArray::fromStringList(t.inspectors)},
                                 {QStringLiteral("status"), t.status},
                                 {QStringLiteral("inspection_date"), orNull(t.inspectionDate)},
                                 {QStringLiteral("result"), orNull(t.result)},
                                 {QStringLiteral("published_date"), orNull(t.publishedDate)}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("suiji-bundle-v1")},
                       {QStringLiteral("spec"), QLatin1String(kSpecV2)},
                       {QStringLiteral("quarter"), quarter.toString()},
                       {QStringLiteral("bureau"), bureau},
                       {QStringLiteral("seed"), commit.value(QStringLiteral("seed"))},
                       {QStringLiteral("freeze_hash"), freeze->recordHash},
                       {QStringLiteral("commit_hash"), st->commit->recordHash},
                       {QStringLiteral("rules"), QJsonObject{{QStringLiteral("profile_hash"), profile->hash},
                                                             {QStringLiteral("joint_pct"), profile->targets.jointPct},
                                                             {QStringLiteral("joint_base"), profile->targets.jointBase},
                                                             {QStringLiteral("joint_offsite"), profile->jointOffsite},
                                                             {QStringLiteral("joint_plan"), joint},
                                                             {QStringLiteral("plot_pool"), plotPool}}},
                       {QStringLiteral("lists"), QJsonObject{{QStringLiteral("pools"), pools}, {QStringLiteral("roster"), roster}}},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("chain"), chain.value()}};
}

Result<QJsonObject> makeCampaignBundle(const Database &db, const RuleProfile &profile, const QString &campaign, const BundleOptions &options)
{
    const CampaignService service(db, profile);
    auto c = service.find(campaign);
    if (!c)
        return c.error();
    auto st = service.ceremony(c.value());
    if (!st)
        return st.error();
    if (!st->commit)
        return Error{Tr::tr("The targets of campaign %1 are not committed: there is nothing to publish yet.").arg(c->id), 3};
    const QString freezeHash = st->commit->fields().value(QStringLiteral("freeze")).toString();
    auto freeze = ChainRepository(db).byHash(freezeHash);
    if (!freeze)
        return freeze.error();
    if (!freeze.value())
        return Error{Tr::tr("The commit of campaign %1 names a freeze that is not in the chain.").arg(c->id)};
    auto json = ChainRepository(db).snapshot(freeze.value()->id);
    if (!json)
        return json.error();
    auto snap = CampaignSnapshot::fromJson(json.value());
    if (!snap)
        return snap.error();
    auto chain = chainOf(db, c->bureau);
    if (!chain)
        return chain.error();
    QJsonArray roster;
    for (const Inspector &i : snap->roster) {
        QJsonObject o{{QStringLiteral("badge"), i.badge}, {QStringLiteral("conflicts"), QJsonArray::fromStringList(i.conflicts)}};
        if (options.withNames)
            o.insert(QStringLiteral("name"), i.name);
        roster.append(o);
    }
    auto stored = CampaignRepository(db).tasks(c->id);
    if (!stored)
        return stored.error();
    QJsonArray tasks;
    for (const CampaignTask &t : stored.value())
        tasks.append(QJsonObject{{QStringLiteral("seq"), t.seq},
                                 {QStringLiteral("key"), t.key},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("month"), t.month},
                                 {QStringLiteral("mode"), t.mode},
                                 {QStringLiteral("inspectors"), QJsonArray::fromStringList(t.inspectors)},
                                 {QStringLiteral("status"), t.status},
                                 {QStringLiteral("inspection_date"), orNull(t.inspectionDate)},
                                 {QStringLiteral("result"), orNull(t.result)}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("suiji-bundle-v1")},
        {QStringLiteral("kind"), QStringLiteral("campaign")},
        {QStringLiteral("spec"), QLatin1String(kSpecV2)},
        {QStringLiteral("campaign"), c->id},
        {QStringLiteral("name"), c->name},
        {QStringLiteral("bureau"), c->bureau},
        {QStringLiteral("seed"), st->commit->fields().value(QStringLiteral("seed"))},
        {QStringLiteral("freeze_hash"), freezeHash},
        {QStringLiteral("commit_hash"), st->commit->recordHash},
        {QStringLiteral("months"), snap->months},
        {QStringLiteral("offsite"), snap->offsite},
        {QStringLiteral("procedure"), c->stateJson()},
        {QStringLiteral("lists"), QJsonObject{{QStringLiteral("pool_keys"), QJsonArray::fromStringList(snap->keys())}, {QStringLiteral("roster"), roster}}},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("chain"), chain.value()}};
}

Status writeBundle(const QJsonObject &bundle, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error{Tr::tr("Cannot create the folder %1.").arg(dir)};
    const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    if (auto s = save(dir + QStringLiteral("/draw.json"), json); !s)
        return s;
    if (auto s = save(dir + QStringLiteral("/verify.py"), resource(QStringLiteral("verify.py"))); !s)
        return s;
    // The page carries the bundle itself; "</" never closes its script element early.
    QByteArray page = resource(QStringLiteral("verify.html"));
    QByteArray compact = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    compact.replace("</", "<\\/");
    page.replace("/*BUNDLE*/", compact);
    if (auto s = save(dir + QStringLiteral("/verify.html"), page); !s)
        return s;
    if (bundle.value(QStringLiteral("kind")).toString() == QLatin1String("campaign")) {
        const QString seed = bundle.value(QStringLiteral("seed")).toString();
        const QString id = bundle.value(QStringLiteral("campaign")).toString(), bureau = bundle.value(QStringLiteral("bureau")).toString();
        const QJsonArray keys = bundle.value(QStringLiteral("lists")).toObject().value(QStringLiteral("pool_keys")).toArray();
        const QString example = keys.isEmpty()
                                    ? QString()
                                    : QStringLiteral("printf '%s' '%1|suiji-campaign-v1|%2|%3|%4' | sha256sum").arg(seed, id, bureau, keys.first().toString());
        const QString readme =
            QStringLiteral("专项执法检查对象抽取核验包 · Special campaign draw verification bundle\n"
                           "=========================================================\n\n"
                           "%1（%2），%3，种子 %4，提交记录 %5\n\n"
                           "【中文】\n"
                           "  draw.json    锁定的范围内对象代码、执法人员证号及回避对象、试过的种子、记录链、检查对象及其台账状态、专项的批准备案公布记录。\n"
                           "  verify.py    运行 python3 verify.py，复算抽样、月份、检查组、台账和记录链；通过时打印 PASS。\n"
                           "  verify.html  用浏览器打开即可，离线复算，结果显示在页面顶端（PASS 或 FAIL）。\n\n"
                           "自己核对一张“签”：sha256(种子|suiji-campaign-v1|专项编号|管理局|对象代码)，按签从小到大取前 k 个。例如：\n"
                           "  %6\n\n"
                           "[English]\n"
                           "  draw.json    the frozen keys in scope, the roster with its conflicts, the seeds tried, the record chain, the targets with\n"
                           "               their ledger state, and the campaign's approval, filing and publication.\n"
                           "  verify.py    run python3 verify.py: it recomputes the sample, months, teams, ledger and chain; PASS when all agree.\n"
                           "  verify.html  open it in a browser, offline; the verdict (PASS or FAIL) is at the top of the page.\n\n"
                           "Each entity's ticket is sha256(seed|suiji-campaign-v1|campaign|bureau|key); the k lowest are the sample. For example:\n"
                           "  %6\n")
                .arg(bundle.value(QStringLiteral("name")).toString(), id, bureau, seed, bundle.value(QStringLiteral("commit_hash")).toString(), example);
        return save(dir + QStringLiteral("/README.txt"), readme.toUtf8());
    }

    // README: how anyone checks one ticket with sha256sum, with a real example from this draw.
    const QJsonObject lists = bundle.value(QStringLiteral("lists")).toObject();
    QString example;
    const QString seed = bundle.value(QStringLiteral("seed")).toString();
    const QString quarter = bundle.value(QStringLiteral("quarter")).toString();
    const QString bureau = bundle.value(QStringLiteral("bureau")).toString();
    for (const QJsonValue &p : lists.value(QStringLiteral("pools")).toArray()) {
        const QJsonArray keys = p.toObject().value(QStringLiteral("pool_keys")).toArray();
        if (!keys.isEmpty()) {
            const QString context = QStringLiteral("suiji-draw-v1|%1|%2|%3").arg(quarter, bureau, p.toObject().value(QStringLiteral("pool")).toString());
            example = QStringLiteral("printf '%s' '%1|%2|%3' | sha256sum").arg(seed, context, keys.first().toString());
            break;
        }
    }
    const QString readme =
        QStringLiteral("双随机抽取公开核验包 · Public draw verification bundle\n"
                       "=====================================================\n\n"
                       "%1 %2，种子 %3，提交记录 %4\n\n"
                       "【中文】\n"
                       "本文件夹让任何人不用 Suiji 也能复核这次抽取：\n"
                       "  draw.json    抽取所需的全部数据：锁定的名录（对象池、必查对象、执法人员证号及回避对象）、试过的种子、记录链、任务与台账状态。\n"
                       "  verify.py    用 Python 3 运行 python3 verify.py，复算每个对象池、月份、联合检查、执法小组和记录链；通过时打印 PASS。\n"
                       "  verify.html  用浏览器打开即可，离线复算，结果显示在页面顶端（PASS 或 FAIL）。\n\n"
                       "自己核对一张“签”：每个对象的签是 sha256(种子|上下文|对象代码)，对象池按签从小到大排序，取前 k 个。例如：\n"
                       "  %5\n"
                       "把输出与同一对象池其他对象的签比较，即可确认抽中的是签最小的 k 个。提交记录的哈希值印在季度抽查计划上，\n"
                       "可用 suiji-cli verify --anchor 哈希值 核对数据库中的记录链。\n\n"
                       "[English]\n"
                       "This folder lets anyone check the draw without Suiji:\n"
                       "  draw.json    everything the draw needs: the frozen lists (pools, must-checks, inspector badges with their conflicts),\n"
                       "               the seeds tried, the record chain, the tasks and their ledger state.\n"
                       "  verify.py    run python3 verify.py: it recomputes every pool, month, joint mark, team and the chain; PASS when all agree.\n"
                       "  verify.html  open it in a browser, offline; the verdict (PASS or FAIL) is at the top of the page.\n\n"
                       "Check one ticket yourself: each entity's ticket is sha256(seed|context|key); a pool is ordered by ticket and the first k\n"
                       "are selected. For example:\n"
                       "  %5\n"
                       "The commit record's hash is printed on the quarter plan; suiji-cli verify --anchor HASH checks a database against it.\n")
            .arg(bureau, quarter, seed, bundle.value(QStringLiteral("commit_hash")).toString(), example);
    return save(dir + QStringLiteral("/README.txt"), readme.toUtf8());
}

} // namespace suiji::draw
