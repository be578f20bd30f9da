// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "rules/YearView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

class YearCommand : public Command {
public:
    QString name() const override { return QStringLiteral("year"); }
    QString summary() const override { return Cli::tr("A bureau's year against the year targets, from its committed draws."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption year(QStringLiteral("year"), Cli::tr("The year, e.g. 2025."), QStringLiteral("YYYY"));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption json = jsonOption();
        p.addOptions({year, bureau, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        bool ok = false;
        const int y = p.value(year).toInt(&ok);
        if (!ok || y < 2000 || y > 2100 || !p.isSet(bureau))
            return ctx.fail(Cli::tr("Usage: suiji-cli year --year YYYY --bureau B [--json]"), Usage);
        const auto b = ctx.bureau(p.value(bureau));
        if (!b)
            return Usage;
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        auto r = YearView(*ctx.database(), *profile).report(*b, y);
        if (!r)
            return ctx.fail(r.error());
        if (p.isSet(json)) {
            QJsonArray targets;
            for (const YearTarget &t : r->targets)
                targets.append(QJsonObject{{QStringLiteral("id"), t.id},
                                           {QStringLiteral("actual"), t.actual},
                                           {QStringLiteral("target"), t.target},
                                           {QStringLiteral("projected"), t.projected},
                                           {QStringLiteral("met"), t.met},
                                           {QStringLiteral("at_risk"), t.atRisk},
                                           {QStringLiteral("detail"), t.detail}});
            QJsonArray quarters;
            for (int q : r->quartersDrawn)
                quarters.append(q);
            ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("year"), y},
                                                                   {QStringLiteral("bureau"), *b},
                                                                   {QStringLiteral("inspectors"), r->inspectors},
                                                                   {QStringLiteral("quarters_drawn"), quarters},
                                                                   {QStringLiteral("targets"), targets}})
                                             .toJson(QJsonDocument::Indented));
        } else {
            for (const YearTarget &t : r->targets)
                ctx.out << (t.met ? QStringLiteral("✓ ") : t.atRisk ? QStringLiteral("✗ ") : QStringLiteral("… ")) << t.name << ": " << t.detail << '\n';
        }
        ctx.out.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeYearCommand()
{
    return std::make_unique<YearCommand>();
}

} // namespace suiji::cli
