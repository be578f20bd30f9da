// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "io/Templates.h"

namespace suiji::cli {

class TemplateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("template"); }
    QString summary() const override { return Cli::tr("Write an import template (.xlsx with drop-down lists, or .csv)."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption out = outOption(Cli::tr("The file to write (.xlsx or .csv)."));
        p.addOption(out);
        if (auto code = parse(ctx, p, args, QStringLiteral("entities|inspectors")))
            return *code;
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 1 || (pos[0] != QLatin1String("entities") && pos[0] != QLatin1String("inspectors")) || !p.isSet(out))
            return ctx.fail(Cli::tr("Usage: suiji-cli template entities|inspectors --out FILE.xlsx|FILE.csv"), Usage);
        auto s = writeTemplate(pos[0] == QLatin1String("entities") ? TemplateKind::Entities : TemplateKind::Inspectors, p.value(out));
        if (!s)
            return ctx.fail(s.error());
        ctx.err << Cli::tr("Template written: %1").arg(p.value(out)) << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeTemplateCommand()
{
    return std::make_unique<TemplateCommand>();
}

} // namespace suiji::cli
