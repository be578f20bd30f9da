// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "io/EntityImporter.h"
#include "io/InspectorImporter.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace suiji::cli {

class ImportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return Cli::tr("Import a list of entities or inspectors (.csv or .xlsx): all rows valid or nothing written."); }
    Database::Mode databaseMode(const QStringList &) const override { return Database::Mode::ReadWrite; }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption dry(QStringLiteral("dry-run"), Cli::tr("Check the file without writing."));
        const QCommandLineOption accept(QStringLiteral("accept-bad-check"), Cli::tr("Accept USCCs whose check character is wrong (flagged)."));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the validation report as JSON on stdout."));
        const QCommandLineOption encoding(QStringLiteral("encoding"), Cli::tr("Force the CSV encoding: UTF-8, GB18030 or GBK."), QStringLiteral("ENC"));
        const QCommandLineOption sheet(QStringLiteral("sheet"), Cli::tr("The .xlsx sheet to read (default: the first)."), QStringLiteral("NAME"));
        p.addOptions({dry, accept, json, encoding, sheet});
        if (auto code = parse(ctx, p, args, QStringLiteral("entities|inspectors FILE")))
            return *code;
        const QStringList pos = p.positionalArguments();
        if (pos.size() != 2 || (pos[0] != QLatin1String("entities") && pos[0] != QLatin1String("inspectors")))
            return ctx.fail(Cli::tr("Usage: suiji-cli import entities|inspectors FILE [--dry-run] [--accept-bad-check] [--json]"), Usage);
        const bool entities = pos[0] == QLatin1String("entities");
        if (!entities && p.isSet(accept))
            return ctx.fail(Cli::tr("--accept-bad-check applies to entity imports only."), Usage);
        Database *db = ctx.database();
        if (!db)
            return Runtime;

        ImportOptions options;
        options.dryRun = p.isSet(dry);
        options.acceptBadCheck = p.isSet(accept);
        options.read.encoding = p.value(encoding);
        options.read.sheet = p.value(sheet);
        QElapsedTimer t;
        t.start();
        int shown = -10;
        options.progress = [&](int percent) {
            if (percent >= shown + 10) {
                shown = percent - percent % 10;
                ctx.err << Cli::tr("Reading… %1%").arg(shown) << '\r';
                ctx.err.flush();
            }
            return true;
        };
        ImportReport report;
        if (entities)
            report = EntityImporter(*db, ctx.clock()).run(pos[1], options); // the one clock: SUIJI_TODAY fixes imported_at
        else
            report = InspectorImporter(*db, ctx.clock()).run(pos[1], options);
        if (shown >= 0)
            ctx.err << '\n';
        ctx.err << report.toText() << Qt::endl;
        ctx.err << Cli::tr("Time: %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 2) << Qt::endl;
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        if (report.runtimeFailure)
            return Runtime;
        return report.ok() ? Done : Rejected;
    }
};

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace suiji::cli
