// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "draw/DrawService.h"
#include "draw/Sampler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

QJsonObject drawJson(const DrawOutcome &o)
{
    QJsonArray pools;
    for (const PoolDraw &p : o.pools) {
        QJsonObject j{{QStringLiteral("pool"), p.pool},
                      {QStringLiteral("context"), p.context},
                      {QStringLiteral("k"), p.k},
                      {QStringLiteral("pool_keys"), QJsonArray::fromStringList(p.poolKeys)},
                      {QStringLiteral("pool_fp"), p.poolFp},
                      {QStringLiteral("must_check"), QJsonArray::fromStringList(p.mustCheck)},
                      {QStringLiteral("selected"), QJsonArray::fromStringList(p.selected)},
                      {QStringLiteral("result_fp"), p.resultFp}};
        if (!p.recordHash.isEmpty())
            j.insert(QStringLiteral("record_hash"), p.recordHash);
        if (!p.bureau.isEmpty())
            j.insert(QStringLiteral("district"), p.bureau); // the mobile-source division's quarter
        pools.append(j);
    }
    QJsonArray tasks;
    for (const DrawTask &t : o.tasks)
        tasks.append(QJsonObject{{QStringLiteral("seq"), t.seq},
                                 {QStringLiteral("district"), t.bureau.isEmpty() ? o.plan.bureau : t.bureau},
                                 {QStringLiteral("key"), t.key},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("pool"), t.pool},
                                 {QStringLiteral("origin"), t.origin},
                                 {QStringLiteral("class"), t.cls},
                                 {QStringLiteral("month"), t.month},
                                 {QStringLiteral("mode"), t.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite")},
                                 {QStringLiteral("inspectors"), QJsonArray::fromStringList(t.inspectors)},
                                 {QStringLiteral("joint"), t.joint},
                                 {QStringLiteral("partners"), QJsonArray::fromStringList(t.partners)}});
    return QJsonObject{{QStringLiteral("quarter"), o.plan.quarter.toString()},
                       {QStringLiteral("bureau"), o.plan.bureau},
                       {QStringLiteral("seed"), o.seed},
                       {QStringLiteral("committed"), o.committed},
                       {QStringLiteral("inspectors"), o.plan.inspectors},
                       {QStringLiteral("profile_hash"), o.plan.profileHash},
                       {QStringLiteral("team_cap"), o.teamCap},
                       {QStringLiteral("pools"), pools},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings)},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(o.errors)},
                       {QStringLiteral("freeze_hash"), o.freezeHash},
                       {QStringLiteral("attempt_hash"), o.attemptHash},
                       {QStringLiteral("attempt"), o.attemptNumber},
                       {QStringLiteral("first_seed"), o.firstSeed},
                       {QStringLiteral("tasks_fp"), o.tasksFp},
                       {QStringLiteral("commit_hash"), o.commitHash.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.commitHash)},
                       {QStringLiteral("reason"), o.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.reason)}};
}

class DrawCommand : public Command {
public:
    QString name() const override { return QStringLiteral("draw"); }
    QString summary() const override { return Cli::tr("Preview or commit a bureau's draws for a quarter."); }
    // Every draw call writes: a freeze, a void, a preview's attempt record, a commit.
    Database::Mode databaseMode(const QStringList &args) const override
    {
        return args.contains(QStringLiteral("attempts")) || args.contains(QStringLiteral("--propose-seed")) ? Database::Mode::ReadOnly
                                                                                                            : Database::Mode::ReadWrite;
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("The public seed: 1–128 printable ASCII characters, e.g. 20 digits rolled with dice."),
                                      QStringLiteral("S"));
        const QCommandLineOption inspectors(QStringLiteral("inspectors"), Cli::tr("freeze: inspectors taking part (overrides the stored count)."),
                                            QStringLiteral("N"));
        const QCommandLineOption preview(QStringLiteral("preview"), Cli::tr("Compute and show, and log the seed as an attempt (draw-spec v2)."));
        const QCommandLineOption commit(QStringLiteral("commit"), Cli::tr("Compute and commit the whole quarter in one transaction."));
        const QCommandLineOption reason(QStringLiteral("reason"),
                                        Cli::tr("commit: why the seed is not the first one tried; void: why the freeze is withdrawn."), QStringLiteral("TEXT"));
        const QCommandLineOption seedSource(QStringLiteral("seed-source"), Cli::tr("freeze: how the seed will be made, e.g. \"会上掷十面骰 20 次\"."),
                                            QStringLiteral("TEXT"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption expectFreeze(QStringLiteral("expect-freeze"),
                                              Cli::tr("commit: refuse unless the lists are locked by this freeze (its hash, or the first 16 characters "
                                                      "the preview prints)."),
                                              QStringLiteral("HASH"));
        const QCommandLineOption propose(QStringLiteral("propose-seed"), Cli::tr("Print 20 digits from the system's secure random source and exit."));
        const QCommandLineOption json = jsonOption();
        const QCommandLineOption catchUp(QStringLiteral("catch-up"),
                                         Cli::tr("freeze: apply what the year targets still need (the catch-up) to the quotas locked."));
        p.addOptions({quarter, bureau, seed, inspectors, preview, commit, reason, seedSource, op, expectFreeze, propose, catchUp, json});
        if (auto code = parse(ctx, p, args, QStringLiteral("[freeze | void | attempts]")))
            return *code;
        if (p.isSet(propose)) {
            ctx.out << draw::proposeSeed() << '\n';
            return Done;
        }
        const QString verb = p.positionalArguments().value(0);
        const bool drawing = verb.isEmpty();
        if (p.positionalArguments().size() > 1 ||
            !(drawing || verb == QLatin1String("freeze") || verb == QLatin1String("void") || verb == QLatin1String("attempts")) || !p.isSet(quarter) ||
            !p.isSet(bureau) || (drawing && (!p.isSet(seed) || p.isSet(preview) == p.isSet(commit))) || (verb == QLatin1String("void") && !p.isSet(reason)))
            return ctx.fail(Cli::tr("Usage: suiji-cli draw freeze --quarter Q --bureau B [--seed-source TEXT] [--json]\n"
                                    "       suiji-cli draw --quarter Q --bureau B --seed S (--preview|--commit [--reason TEXT]) [--json]\n"
                                    "       suiji-cli draw void --quarter Q --bureau B --reason TEXT\n"
                                    "       suiji-cli draw attempts --quarter Q --bureau B [--json]"),
                            Usage);
        const auto q = ctx.quarter(p.value(quarter));
        const auto b = ctx.bureau(p.value(bureau));
        if (!q || !b)
            return Usage;
        DrawRequest req;
        req.quarter = *q;
        req.bureau = *b;
        req.seed = p.value(seed);
        req.reason = p.value(reason);
        req.seedSource = p.value(seedSource);
        if (p.isSet(catchUp))
            if (const RuleProfile *profile = ctx.profile())
                for (const PoolRule &r : profile->pools)
                    req.catchUp << r.id;
        if (drawing)
            if (const QString e = draw::checkSeed(req.seed); !e.isEmpty())
                return ctx.fail(e, Usage);
        if (p.isSet(inspectors)) {
            if (verb != QLatin1String("freeze"))
                return ctx.fail(Cli::tr("--inspectors goes with draw freeze: the lock fixes the quarter's quotas."), Usage);
            const auto n = ctx.inspectorCount(p.value(inspectors));
            if (!n)
                return Usage;
            req.inspectors = *n;
        }
        req.op = ctx.operatorName(p, op);
        req.expectFreeze = p.value(expectFreeze).trimmed();
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        DrawService service(*ctx.database(), *profile, ctx.clock());
        if (verb == QLatin1String("freeze"))
            return freeze(ctx, service, req, p.isSet(json));
        if (verb == QLatin1String("void")) {
            auto r = service.voidFreeze(req.bureau, req.quarter, req.reason, req.op);
            if (!r)
                return ctx.fail(r.error());
            ctx.err << Cli::tr("The freeze %1 of %2 %3 is voided; lock the lists again before drawing.").arg(r->freezeHash, req.bureau, req.quarter.toString())
                    << Qt::endl;
            return Done;
        }
        if (verb == QLatin1String("attempts"))
            return attempts(ctx, service, req, p.isSet(json));
        if (p.isSet(commit)) {
            auto r = service.commit(req);
            if (!r)
                return ctx.fail(r.error());
            print(ctx, r.value(), p.isSet(json));
            ctx.err << Cli::tr("Committed %1 pools and %2 tasks for %3 %4.").arg(r->pools.size()).arg(r->tasks.size()).arg(req.bureau, req.quarter.toString())
                    << '\n'
                    << Cli::tr("Commit record: %1 — keep this hash (suiji-cli verify --anchor).").arg(r->commitHash) << Qt::endl;
            return Done;
        }
        auto r = service.preview(req);
        if (!r)
            return ctx.fail(r.error());
        print(ctx, r.value(), p.isSet(json));
        ctx.err << Cli::tr("Attempt %1 against freeze %2 (the first seed tried: %3).").arg(r->attemptNumber).arg(r->freezeHash.left(16), r->firstSeed)
                << Qt::endl;
        if (!r->errors.isEmpty()) {
            for (const QString &e : r->errors)
                ctx.err << e << '\n';
            ctx.err.flush();
            return Rejected;
        }
        return Done;
    }

private:
    static int freeze(Context &ctx, const DrawService &service, const DrawRequest &req, bool json)
    {
        auto r = service.freeze(req);
        if (!r)
            return ctx.fail(r.error());
        const QJsonObject f = r->record.fields();
        if (json) {
            QJsonArray pools;
            for (const QJsonValue &v : f.value(QStringLiteral("pools")).toArray())
                pools.append(v);
            const QJsonObject o{{QStringLiteral("quarter"), req.quarter.toString()},
                                {QStringLiteral("bureau"), req.bureau},
                                {QStringLiteral("freeze_hash"), r->record.recordHash},
                                {QStringLiteral("seed_source"), f.value(QStringLiteral("seed_source"))},
                                {QStringLiteral("pools"), pools},
                                {QStringLiteral("roster_fp"), f.value(QStringLiteral("roster_fp"))},
                                {QStringLiteral("profile_hash"), f.value(QStringLiteral("profile_hash"))}};
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            ctx.out << Cli::tr("Lists of %1 %2 locked. Freeze record: %3").arg(req.bureau, req.quarter.toString(), r->record.recordHash) << '\n';
            for (const QJsonValue &v : f.value(QStringLiteral("pools")).toArray()) {
                const QJsonObject po = v.toObject();
                ctx.out << po.value(QStringLiteral("pool")).toString().leftJustified(24) << ' '
                        << Cli::tr("k %1, pool_fp %2, must_fp %3")
                               .arg(po.value(QStringLiteral("k")).toInt())
                               .arg(po.value(QStringLiteral("pool_fp")).toString(), po.value(QStringLiteral("must_fp")).toString())
                        << '\n';
            }
            ctx.out << Cli::tr("roster_fp %1; seed source: %2")
                           .arg(f.value(QStringLiteral("roster_fp")).toString(), f.value(QStringLiteral("seed_source")).toString())
                    << '\n';
        }
        ctx.out.flush();
        ctx.err << Cli::tr("Publish the freeze hash before the seed is made; from now on the quarter draws from these lists only.") << Qt::endl;
        return Done;
    }

    static int attempts(Context &ctx, const DrawService &service, const DrawRequest &req, bool json)
    {
        auto st = service.state(req.bureau, req.quarter);
        if (!st)
            return ctx.fail(st.error());
        QJsonArray arr;
        for (const ChainRecord &a : st->attempts) {
            const QJsonObject f = a.fields();
            if (json)
                arr.append(QJsonObject{{QStringLiteral("seed"), f.value(QStringLiteral("seed"))},
                                       {QStringLiteral("at"), f.value(QStringLiteral("created_at"))},
                                       {QStringLiteral("operator"), f.value(QStringLiteral("operator"))},
                                       {QStringLiteral("freeze_hash"), a.freezeHash},
                                       {QStringLiteral("record_hash"), a.recordHash},
                                       {QStringLiteral("staffed"), f.value(QStringLiteral("staffed"))}});
            else
                ctx.out << f.value(QStringLiteral("created_at")).toString() << '\t' << f.value(QStringLiteral("seed")).toString() << '\t'
                        << f.value(QStringLiteral("operator")).toString() << '\t'
                        << (f.value(QStringLiteral("staffed")).toBool() ? Cli::tr("staffed") : Cli::tr("not staffed")) << '\t' << a.freezeHash.left(16) << '\t'
                        << a.recordHash << '\n';
        }
        if (json)
            ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)) << '\n';
        ctx.out.flush();
        return Done;
    }

    static void print(Context &ctx, const DrawOutcome &o, bool json)
    {
        if (json) {
            ctx.out << QString::fromUtf8(QJsonDocument(drawJson(o)).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            ctx.out << Cli::tr("%1 %2, seed %3, %4 tasks, team cap %5").arg(o.plan.bureau, o.plan.quarter.toString(), o.seed).arg(o.tasks.size()).arg(o.teamCap)
                    << '\n';
            for (const PoolDraw &p : o.pools)
                ctx.out << p.pool.leftJustified(24) << ' '
                        << Cli::tr("k %1 of %2, must-check %3, pool_fp %4, result_fp %5")
                               .arg(p.k)
                               .arg(p.poolKeys.size())
                               .arg(p.mustCheck.size())
                               .arg(p.poolFp.left(16), p.resultFp.left(16))
                        << '\n';
            for (const DrawTask &t : o.tasks)
                ctx.out << t.seq << '\t' << t.pool << '\t' << t.key << '\t' << t.name << '\t' << t.month << '\t'
                        << (t.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite")) << '\t' << t.inspectors.join(QLatin1Char(',')) << '\t'
                        << (t.joint ? t.partners.join(QLatin1Char(',')) : QString()) << '\n';
        }
        ctx.out.flush();
        for (const QString &w : o.warnings)
            ctx.err << w << '\n';
        ctx.err.flush();
    }
};

class VerifyCommand : public Command {
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return Cli::tr("Recompute every committed draw and the record chain."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption json = jsonOption();
        const QCommandLineOption anchor(
            QStringLiteral("anchor"),
            Cli::tr("A record hash kept outside the file (on a plan, a 抽取公告, a bundle): it must be in the chain unchanged with all before it. Repeatable."),
            QStringLiteral("HASH"));
        p.addOptions({json, anchor});
        if (auto code = parse(ctx, p, args))
            return *code;
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        auto r = DrawService(*ctx.database(), *profile).verify(p.values(anchor));
        if (!r)
            return ctx.fail(r.error());
        const VerifyReport &v = r.value();
        if (p.isSet(json)) {
            QJsonObject o{{QStringLiteral("records"), v.records},
                          {QStringLiteral("chain_records"), v.chainRecords},
                          {QStringLiteral("chains"), v.chains},
                          {QStringLiteral("anchors"), QJsonArray::fromStringList(v.anchors)},
                          {QStringLiteral("ok"), v.ok}};
            o.insert(QStringLiteral("first_mismatch"), v.ok ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(QJsonObject{{QStringLiteral("id"), v.badId},
                                                                                     {QStringLiteral("quarter"), v.badQuarter},
                                                                                     {QStringLiteral("bureau"), v.badBureau},
                                                                                     {QStringLiteral("pool"), v.badPool},
                                                                                     {QStringLiteral("kind"), v.badKind},
                                                                                     {QStringLiteral("seq"), v.badSeq},
                                                                                     {QStringLiteral("reason"), v.reason}}));
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            ctx.out.flush();
        }
        if (v.ok) {
            ctx.err << Cli::tr("All %1 committed draws and the record chain check out.").arg(v.records) << '\n'
                    << Cli::tr("%1 records in %2 bureau chains (draw-spec v2) check out.").arg(v.chainRecords).arg(v.chains) << Qt::endl;
            for (const QString &a : v.anchors)
                ctx.err << Cli::tr("Anchor %1 is in the chain, unchanged with everything before it.").arg(a) << Qt::endl;
            return Done;
        }
        if (v.badKind == QLatin1String("anchor") || v.badKind == QLatin1String("file"))
            ctx.err << Cli::tr("Verification failed: %1").arg(v.reason) << Qt::endl;
        else if (!v.badKind.isEmpty())
            ctx.err << Cli::tr("Mismatch in the chain of %1, record %2 (%3, %4): %5").arg(v.badBureau).arg(v.badSeq).arg(v.badKind, v.badQuarter, v.reason)
                    << Qt::endl;
        else
            ctx.err << Cli::tr("Mismatch in record %1 (%2 %3 %4): %5").arg(v.badId).arg(v.badQuarter, v.badBureau, v.badPool, v.reason) << Qt::endl;
        return Rejected;
    }
};

std::unique_ptr<Command> makeDrawCommand()
{
    return std::make_unique<DrawCommand>();
}
std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace suiji::cli
