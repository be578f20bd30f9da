// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "draw/Bundle.h"

#include <QDir>

namespace suiji::cli {

// publish: the public verification bundle of a committed quarter (draw-spec v2).
class PublishCommand : public Command {
public:
    QString name() const override { return QStringLiteral("publish"); }
    QString summary() const override
    {
        return Cli::tr("Write the public verification bundle of a committed quarter: draw.json, verify.py, verify.html, README.txt.");
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption out = outOption(Cli::tr("The folder to write (created if missing)."), QStringLiteral("DIR"));
        const QCommandLineOption names(QStringLiteral("with-names"), Cli::tr("Include the inspectors' names (left out by default)."));
        const QCommandLineOption campaign(QStringLiteral("campaign"), Cli::tr("A special campaign's bundle instead of a quarter's (its id)."),
                                          QStringLiteral("ID"));
        p.addOptions({quarter, bureau, out, names, campaign});
        if (auto code = parse(ctx, p, args))
            return *code;
        if (p.isSet(campaign)) {
            if (!p.isSet(out) || p.isSet(quarter) || !p.positionalArguments().isEmpty())
                return ctx.fail(Cli::tr("Usage: suiji-cli publish --campaign ID --out DIR [--with-names]"), Usage);
            const RuleProfile *profile = ctx.profile();
            if (!profile)
                return Runtime;
            auto bundle = draw::makeCampaignBundle(*ctx.database(), *profile, p.value(campaign), {p.isSet(names)});
            if (!bundle)
                return ctx.fail(bundle.error());
            if (auto s = draw::writeBundle(bundle.value(), p.value(out)); !s)
                return ctx.fail(s.error());
            ctx.err << Cli::tr("Bundle written to %1: draw.json, verify.py, verify.html, README.txt (commit %2).")
                           .arg(QDir::toNativeSeparators(p.value(out)), bundle->value(QStringLiteral("commit_hash")).toString())
                    << Qt::endl;
            return Done;
        }
        if (!p.isSet(quarter) || !p.isSet(bureau) || !p.isSet(out) || !p.positionalArguments().isEmpty())
            return ctx.fail(Cli::tr("Usage: suiji-cli publish --quarter Q --bureau B --out DIR [--with-names]"), Usage);
        const auto q = ctx.quarter(p.value(quarter));
        const auto b = ctx.bureau(p.value(bureau));
        if (!q || !b)
            return Usage;
        const RuleProfile *profile = ctx.profile();
        if (!profile)
            return Runtime;
        auto bundle = draw::makeBundle(*ctx.database(), *profile, *b, *q, {p.isSet(names)});
        if (!bundle)
            return ctx.fail(bundle.error());
        if (auto s = draw::writeBundle(bundle.value(), p.value(out)); !s)
            return ctx.fail(s.error());
        ctx.err << Cli::tr("Bundle written to %1: draw.json, verify.py, verify.html, README.txt (commit %2).")
                       .arg(QDir::toNativeSeparators(p.value(out)), bundle->value(QStringLiteral("commit_hash")).toString())
                << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makePublishCommand()
{
    return std::make_unique<PublishCommand>();
}

} // namespace suiji::cli
