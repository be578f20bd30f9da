// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "rules/Classifier.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

class EntitiesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("entities"); }
    QString summary() const override { return Cli::tr("List entities with their derived class."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption bureau = bureauOption(Cli::tr("Only this bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption pool(QStringLiteral("pool"), Cli::tr("Only this pool (e.g. fixed.key)."), QStringLiteral("P"));
        const QCommandLineOption quarter = quarterOption(Cli::tr("Classify for this quarter (default: the current one)."));
        const QCommandLineOption json = jsonOption();
        p.addOptions({bureau, pool, quarter, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        EntityFilter f;
        const auto b = ctx.optionalBureau(p, bureau);
        if (!b)
            return Usage;
        f.bureau = *b;
        Quarter q = Quarter::containing(ctx.clock().today());
        if (p.isSet(quarter)) {
            const auto qq = ctx.quarter(p.value(quarter));
            if (!qq)
                return Usage;
            q = *qq;
        }
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        const QString onlyPool = p.value(pool);
        if (!onlyPool.isEmpty() && !profile->pool(onlyPool)) {
            QStringList ids;
            for (const PoolRule &r : profile->pools)
                ids << r.id;
            return ctx.fail(Cli::tr("Unknown pool \"%1\". Pools of %2: %3.").arg(onlyPool, profile->id, ids.join(QStringLiteral(", "))), Usage);
        }
        const Classifier classifier(*profile, q);
        // The must-checks as the quota sees them: a violation clue already covered by a draw
        // committed after it arrived is not due again.
        auto history = DrawRepository(*ctx.database()).history(f.bureau, q);
        if (!history)
            return ctx.fail(history.error());
        auto clues = EntityRepository(*ctx.database()).clueArrivals(f.bureau);
        if (!clues)
            return ctx.fail(clues.error());
        history->clueArrived = clues.value();
        const bool asJson = p.isSet(json);
        bool first = true;
        if (asJson)
            ctx.out << '[';
        auto s = EntityRepository(*ctx.database()).forEach(f, [&](const Entity &e) {
            Classification c = classifier.classify(e);
            if (c.mustCheck && c.reasonCodes.contains(QStringLiteral("violation_clue")) && history->clueCovered(c.pool, e)) {
                c.mustCheck = false;
                c.reasons << Cli::tr("its violation clue was covered by a draw committed after it arrived");
            }
            if (!onlyPool.isEmpty() && c.pool != onlyPool)
                return true;
            if (asJson) {
                QJsonObject o{{QStringLiteral("key"), e.key},
                              {QStringLiteral("name"), e.name},
                              {QStringLiteral("bureau"), e.bureau},
                              {QStringLiteral("category"), e.category},
                              {QStringLiteral("level"), e.level},
                              {QStringLiteral("class"), c.cls},
                              {QStringLiteral("pool"), c.pool.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.pool)},
                              {QStringLiteral("must_check"), c.mustCheck},
                              {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}};
                if (!first)
                    ctx.out << ",\n";
                ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else {
                ctx.out << e.key << '\t' << e.name << '\t' << e.bureau << '\t' << e.category << '\t' << e.level << '\t' << c.cls << '\t'
                        << (c.pool.isEmpty() ? QStringLiteral("-") : c.pool) << '\t' << c.reasons.join(QStringLiteral("; ")) << '\n';
            }
            first = false;
            return true;
        });
        if (asJson)
            ctx.out << "]\n";
        ctx.out.flush();
        if (!s)
            return ctx.fail(s.error());
        return Done;
    }
};

std::unique_ptr<Command> makeEntitiesCommand()
{
    return std::make_unique<EntitiesCommand>();
}

} // namespace suiji::cli
