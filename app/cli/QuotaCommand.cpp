// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "draw/FreezeSnapshot.h"
#include "ledger/FactService.h"
#include "model/Bureau.h"
#include "rules/QuotaService.h"
#include "store/DrawRepository.h"
#include "store/InspectorRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

QJsonObject quotaJson(const QuarterPlan &plan)
{
    QJsonArray pools;
    for (const PoolPlan &p : plan.pools) {
        QJsonObject reasons;
        for (auto it = p.excludedByReason.begin(); it != p.excludedByReason.end(); ++it)
            reasons.insert(it.key(), it.value());
        QJsonObject po{{QStringLiteral("pool"), p.rule->id},
                       {QStringLiteral("name"), p.rule->name.text()},
                       {QStringLiteral("drawn_by"), p.rule->drawnBy},
                       {QStringLiteral("eligible"), p.base},
                       {QStringLiteral("excluded"), p.excluded},
                       {QStringLiteral("excluded_by_reason"), reasons},
                       {QStringLiteral("already_drawn"), p.alreadyDrawn},
                       {QStringLiteral("must_check"), int(p.mustCheck.size())},
                       {QStringLiteral("pool_size"), int(p.pool.size())},
                       {QStringLiteral("formula"), p.formula},
                       {QStringLiteral("formula_quota"), p.formulaQuota},
                       {QStringLiteral("quota"), p.quota},
                       {QStringLiteral("capped"), p.capped},
                       {QStringLiteral("tasks"), p.tasks()},
                       {QStringLiteral("catch_up"), p.catchUp ? QJsonValue(QJsonObject{{QStringLiteral("target"), p.catchUp->target},
                                                                                       {QStringLiteral("done"), p.catchUp->done},
                                                                                       {QStringLiteral("prior"), p.catchUp->prior},
                                                                                       {QStringLiteral("quarters_left"), p.catchUp->quartersLeft},
                                                                                       {QStringLiteral("needed"), p.catchUp->needed},
                                                                                       {QStringLiteral("applied"), p.catchUp->applied},
                                                                                       {QStringLiteral("text"), p.catchUp->text}})
                                                              : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)}};
        if (!p.bureau.isEmpty())
            po.insert(QStringLiteral("district"), p.bureau); // in the mobile-source division's quarter
        pools.append(po);
    }
    return QJsonObject{{QStringLiteral("quarter"), plan.quarter.toString()},
                       {QStringLiteral("bureau"), plan.bureau},
                       {QStringLiteral("inspectors"), plan.inspectors},
                       {QStringLiteral("inspectors_source"), plan.inspectorsSource},
                       {QStringLiteral("roster_active"), plan.rosterActive},
                       {QStringLiteral("profile"), plan.profileId},
                       {QStringLiteral("profile_hash"), plan.profileHash},
                       {QStringLiteral("pools"), pools},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}};
}

class QuotaCommand : public Command {
public:
    QString name() const override { return QStringLiteral("quota"); }
    QString summary() const override { return Cli::tr("Show the quarter's quota per pool for a bureau."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        const bool writes = args.contains(QStringLiteral("--save")) ||
                            std::any_of(args.begin(), args.end(), [](const QString &a) { return a.startsWith(QLatin1String("--prior")); });
        return writes ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption inspectors(QStringLiteral("inspectors"), Cli::tr("Inspectors taking part (overrides the stored count for this call)."),
                                            QStringLiteral("N"));
        const QCommandLineOption save(QStringLiteral("save"), Cli::tr("Store --inspectors as the bureau's count for the quarter."));
        const QCommandLineOption overRoster(QStringLiteral("over-roster"),
                                            Cli::tr("With --save: store a count above the roster's members taking part (confirmed)."));
        const QCommandLineOption catchUp(QStringLiteral("catch-up"), Cli::tr("Apply what the year targets still need (the catch-up) to the quotas shown."));
        const QCommandLineOption prior(QStringLiteral("prior"),
                                       Cli::tr("Store what the bureau drew elsewhere this year in a pool (e.g. fixed.key=20; 0 clears it); repeatable."),
                                       QStringLiteral("POOL=N"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption json = jsonOption();
        p.addOptions({quarter, bureau, inspectors, save, overRoster, catchUp, prior, op, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        if (!p.isSet(quarter) || !p.isSet(bureau))
            return ctx.fail(Cli::tr("Usage: suiji-cli quota --quarter YYYYQn --bureau B [--inspectors N [--save]] [--json]"), Usage);
        const auto q = ctx.quarter(p.value(quarter));
        const auto b = ctx.bureau(p.value(bureau));
        if (!q || !b)
            return Usage;
        std::optional<int> count;
        if (p.isSet(inspectors)) {
            const auto n = ctx.inspectorCount(p.value(inspectors));
            if (!n)
                return Usage;
            count = *n;
        }
        if (p.isSet(save) && !count)
            return ctx.fail(Cli::tr("--save needs --inspectors N."), Usage);
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        Database &db = *ctx.database();
        if (p.isSet(save)) {
            // More inspectors than the roster has taking part raises every per-inspector quota:
            // only on purpose.
            const auto rosterRead = InspectorRepository(db).count(*b, true);
            if (!rosterRead)
                return ctx.fail(rosterRead.error());
            const int roster = rosterRead.value();
            if (*count > roster && !p.isSet(overRoster))
                return ctx.fail(
                    Cli::tr(
                        "%1 inspectors is more than the %2 of %3's roster taking part in %4. Add them to the roster, or confirm the count with --over-roster.")
                        .arg(*count)
                        .arg(roster)
                        .arg(*b, q->toString()),
                    Usage);
            if (auto s = InspectorRepository(db).saveCount(*b, *q, *count); !s)
                return ctx.fail(s.error());
            ctx.err << Cli::tr("Saved: %1 inspectors for %2 in %3.").arg(*count).arg(*b, q->toString()) << Qt::endl;
        }
        for (const QString &v : p.values(prior)) {
            const QString pool = v.section(QLatin1Char('='), 0, 0).trimmed();
            bool ok = false;
            const int n = v.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
            if (!profile->pool(pool) || !ok || n < 0)
                return ctx.fail(Cli::tr("--prior takes POOL=N with a pool of %1 and a count, e.g. fixed.key=20.").arg(profile->id), Usage);
            if (auto s = FactService(db, ctx.clock()).setPriorDraw(*b, q->year, pool, n, ctx.operatorName(p, op)); !s)
                return ctx.fail(s.error());
            ctx.err << Cli::tr("Saved: %1 drawn elsewhere in %2 in %3 %4.").arg(n).arg(pool, *b).arg(q->year) << Qt::endl;
        }
        QSet<QString> apply;
        if (p.isSet(catchUp))
            for (const PoolRule &r : profile->pools)
                apply.insert(r.id);
        // A district lists every pool of its own, each with who draws it; the division lists what
        // it draws: the mobile pools of every district.
        auto plan = *b == QLatin1String(Bureau::kMobile) ? QuotaService(db, *profile).drawPlan(*b, *q, count, apply)
                                                         : QuotaService(db, *profile).plan(*b, *q, count, apply);
        if (!plan)
            return ctx.fail(plan.error());
        if (p.isSet(json)) {
            ctx.out << QString::fromUtf8(QJsonDocument(quotaJson(plan.value())).toJson(QJsonDocument::Indented));
        } else {
            const QString source = plan->inspectorsSource == QLatin1String("stored")  ? Cli::tr("the count saved for the quarter")
                                   : plan->inspectorsSource == QLatin1String("given") ? Cli::tr("--inspectors")
                                                                                      : Cli::tr("the roster's members taking part");
            ctx.out << Cli::tr("%1 %2, %3 inspectors (%4; the roster has %5 taking part), profile %6")
                           .arg(plan->bureau, plan->quarter.toString())
                           .arg(plan->inspectors)
                           .arg(source)
                           .arg(plan->rosterActive)
                           .arg(plan->profileId)
                    << '\n';
            for (const PoolPlan &pp : plan->pools)
                ctx.out << draw::FreezeSnapshot::chainPool(pp).leftJustified(24) << ' '
                        << Cli::tr("eligible %1, excluded %2, must-check %3, quota %4%5 (%6)")
                               .arg(pp.base)
                               .arg(pp.excluded)
                               .arg(pp.mustCheck.size())
                               .arg(pp.quota)
                               .arg(pp.capped ? Cli::tr(", capped") : QString())
                               .arg(pp.formula)
                        << (pp.rule->drawnByDivision() && pp.bureau.isEmpty() ? Cli::tr(" — drawn by 移动源处 (--bureau mobile)") : QString()) << '\n';
            for (const PoolPlan &pp : plan->pools)
                if (pp.catchUp)
                    ctx.out << "  " << pp.rule->id << ": " << pp.catchUp->text << ' '
                            << (pp.catchUp->applied ? Cli::tr("(applied)") : Cli::tr("(apply with --catch-up)")) << '\n';
            for (const QString &w : plan->warnings)
                ctx.err << w << '\n';
        }
        ctx.out.flush();
        ctx.err.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeQuotaCommand()
{
    return std::make_unique<QuotaCommand>();
}

} // namespace suiji::cli
