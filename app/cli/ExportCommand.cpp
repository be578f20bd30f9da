// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "io/Exporters.h"

namespace suiji::cli {

class ExportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return Cli::tr("Export the ledger, the publication list, the target breakdown, the cases or a campaign (.xlsx or .csv).");
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (default: the whole city)."));
        const QCommandLineOption out = outOption(Cli::tr("The file to write: .xlsx or .csv."));
        p.addOptions({quarter, bureau, out});
        if (auto code = parse(ctx, p, args, QStringLiteral("ledger|publicity|breakdown|cases | campaign ID")))
            return *code;
        const QStringList pos = p.positionalArguments();
        if (pos.value(0) == QLatin1String("campaign")) {
            // A special campaign's targets and procedure: no quarter, the campaign names its bureau.
            if (pos.size() != 2 || !p.isSet(out) || p.isSet(quarter))
                return ctx.fail(Cli::tr("Usage: suiji-cli export campaign ID --out FILE.xlsx|FILE.csv"), Usage);
            const QString file = p.value(out);
            if (!file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) && !file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
                return ctx.fail(Cli::tr("%1: the file name must end in .xlsx or .csv.").arg(file), Usage);
            Database *db = ctx.database();
            const RuleProfile *profile = db ? ctx.profile() : nullptr;
            if (!profile)
                return Runtime;
            const Result<int> r = Exporters(*db, *profile).campaign(pos[1], file);
            if (!r)
                return ctx.fail(r.error());
            ctx.err << Cli::tr("Wrote %1 rows to %2.").arg(r.value()).arg(file) << Qt::endl;
            return Done;
        }
        const QStringList kinds{QStringLiteral("ledger"), QStringLiteral("publicity"), QStringLiteral("breakdown"), QStringLiteral("cases")};
        if (pos.size() != 1 || !kinds.contains(pos[0]) || !p.isSet(quarter) || !p.isSet(out))
            return ctx.fail(Cli::tr("Usage: suiji-cli export ledger|publicity|breakdown|cases --quarter YYYYQn [--bureau B] --out FILE.xlsx|FILE.csv"), Usage);
        const QString file = p.value(out);
        if (!file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) && !file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return ctx.fail(Cli::tr("%1: the file name must end in .xlsx or .csv.").arg(file), Usage);
        Scope scope;
        if (auto code = ctx.scope(p, quarter, bureau, scope))
            return *code;
        const Quarter &q = scope.quarter;
        const QString &b = scope.bureau;
        const RuleProfile *profile = scope.profile;
        Exporters ex(*ctx.database(), *profile);
        const Result<int> r = pos[0] == QLatin1String("ledger")      ? ex.ledger(q, b, file)
                              : pos[0] == QLatin1String("publicity") ? ex.publicity(q, b, file)
                              : pos[0] == QLatin1String("cases")     ? ex.cases(q, b, file)
                                                                     : ex.breakdown(q, b, file);
        if (!r)
            return ctx.fail(r.error());
        ctx.err << Cli::tr("Wrote %1 rows to %2.").arg(r.value()).arg(file) << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace suiji::cli
