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
        pools.append(j);
    }
    QJsonArray tasks;
    for (const DrawTask &t : o.tasks)
        tasks.append(QJsonObject{{QStringLiteral("seq"), t.seq},
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
                       {QStringLiteral("errors"), QJsonArray::fromStringList(o.errors)}};
}

class DrawCommand : public Command {
public:
    QString name() const override { return QStringLiteral("draw"); }
    QString summary() const override { return Cli::tr("Preview or commit a bureau's draws for a quarter."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        return args.contains(QStringLiteral("--commit")) ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("The public seed: 1–128 printable ASCII characters, e.g. 20 digits rolled with dice."), QStringLiteral("S"));
        const QCommandLineOption inspectors(QStringLiteral("inspectors"), Cli::tr("Inspectors taking part (overrides the stored count)."), QStringLiteral("N"));
        const QCommandLineOption preview(QStringLiteral("preview"), Cli::tr("Compute and show; write nothing."));
        const QCommandLineOption commit(QStringLiteral("commit"), Cli::tr("Compute and commit the whole quarter in one transaction."));
        const QCommandLineOption op(QStringLiteral("operator"), Cli::tr("Name recorded with a commit (default: the login name)."), QStringLiteral("NAME"));
        const QCommandLineOption propose(QStringLiteral("propose-seed"), Cli::tr("Print 20 digits from the system's secure random source and exit."));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON on stdout."));
        p.addOptions({quarter, bureau, seed, inspectors, preview, commit, op, propose, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        if (p.isSet(propose)) {
            ctx.out << draw::proposeSeed() << '\n';
            return Done;
        }
        if (!p.isSet(quarter) || !p.isSet(bureau) || !p.isSet(seed) || p.isSet(preview) == p.isSet(commit))
            return ctx.fail(Cli::tr("Usage: suiji-cli draw --quarter YYYYQn --bureau B --seed S [--inspectors N] (--preview|--commit) [--json]"), Usage);
        const auto q = ctx.quarter(p.value(quarter));
        const auto b = ctx.bureau(p.value(bureau));
        if (!q || !b)
            return Usage;
        DrawRequest req;
        req.quarter = *q;
        req.bureau = *b;
        req.seed = p.value(seed);
        if (const QString e = draw::checkSeed(req.seed); !e.isEmpty())
            return ctx.fail(e, Usage);
        if (p.isSet(inspectors)) {
            const auto n = ctx.inspectorCount(p.value(inspectors));
            if (!n)
                return Usage;
            req.inspectors = *n;
        }
        req.op = p.isSet(op) ? p.value(op) : qEnvironmentVariable("USER", QStringLiteral("unknown"));
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        DrawService service(*ctx.database(), *profile, ctx.clock());
        if (p.isSet(commit)) {
            auto r = service.commit(req);
            if (!r)
                return ctx.fail(r.error());
            print(ctx, r.value(), p.isSet(json));
            ctx.err << Cli::tr("Committed %1 pools and %2 tasks for %3 %4.").arg(r->pools.size()).arg(r->tasks.size()).arg(req.bureau, req.quarter.toString()) << Qt::endl;
            return Done;
        }
        auto r = service.preview(req);
        if (!r)
            return ctx.fail(r.error());
        print(ctx, r.value(), p.isSet(json));
        if (!r->errors.isEmpty()) {
            for (const QString &e : r->errors)
                ctx.err << e << '\n';
            ctx.err.flush();
            return Rejected;
        }
        return Done;
    }

private:
    static void print(Context &ctx, const DrawOutcome &o, bool json)
    {
        if (json) {
            ctx.out << QString::fromUtf8(QJsonDocument(drawJson(o)).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            ctx.out << Cli::tr("%1 %2, seed %3, %4 tasks, team cap %5").arg(o.plan.bureau, o.plan.quarter.toString(), o.seed).arg(o.tasks.size()).arg(o.teamCap) << '\n';
            for (const PoolDraw &p : o.pools)
                ctx.out << p.pool.leftJustified(24) << ' ' << Cli::tr("k %1 of %2, must-check %3, pool_fp %4, result_fp %5").arg(p.k).arg(p.poolKeys.size()).arg(p.mustCheck.size()).arg(p.poolFp.left(16), p.resultFp.left(16)) << '\n';
            for (const DrawTask &t : o.tasks)
                ctx.out << t.seq << '\t' << t.pool << '\t' << t.key << '\t' << t.name << '\t' << t.month << '\t' << (t.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite"))
                        << '\t' << t.inspectors.join(QLatin1Char(',')) << '\t' << (t.joint ? t.partners.join(QLatin1Char(',')) : QString()) << '\n';
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
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON on stdout."));
        p.addOptions({json});
        if (auto code = parse(ctx, p, args))
            return *code;
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        auto r = DrawService(*ctx.database(), *profile).verify();
        if (!r)
            return ctx.fail(r.error());
        const VerifyReport &v = r.value();
        if (p.isSet(json)) {
            QJsonObject o{{QStringLiteral("records"), v.records}, {QStringLiteral("ok"), v.ok}};
            o.insert(QStringLiteral("first_mismatch"), v.ok ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(QJsonObject{{QStringLiteral("id"), v.badId},
                                                                                     {QStringLiteral("quarter"), v.badQuarter},
                                                                                     {QStringLiteral("bureau"), v.badBureau},
                                                                                     {QStringLiteral("pool"), v.badPool},
                                                                                     {QStringLiteral("reason"), v.reason}}));
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
            ctx.out.flush();
        }
        if (v.ok) {
            ctx.err << Cli::tr("All %1 committed draws and the record chain check out.").arg(v.records) << Qt::endl;
            return Done;
        }
        ctx.err << Cli::tr("Mismatch in record %1 (%2 %3 %4): %5").arg(v.badId).arg(v.badQuarter, v.badBureau, v.badPool, v.reason) << Qt::endl;
        return Rejected;
    }
};

std::unique_ptr<Command> makeDrawCommand() { return std::make_unique<DrawCommand>(); }
std::unique_ptr<Command> makeVerifyCommand() { return std::make_unique<VerifyCommand>(); }

} // namespace suiji::cli
