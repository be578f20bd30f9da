// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

namespace suiji::cli {

class InitCommand : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return Cli::tr("Create or migrate the database."); }
    Database::Mode databaseMode(const QStringList &) const override { return Database::Mode::CreateIfMissing; }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        if (auto code = parse(ctx, p, args))
            return *code;
        if (!p.positionalArguments().isEmpty())
            return ctx.fail(Cli::tr("init takes no arguments."), Usage);
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        ctx.err << Cli::tr("Database ready: %1 (schema %2)").arg(db->path()).arg(db->schemaVersion()) << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace suiji::cli
