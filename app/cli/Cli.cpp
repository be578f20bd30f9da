// SPDX-License-Identifier: GPL-3.0-or-later
// The command table and the global options of suiji-cli (cli.md), callable in-process: main.cpp
// gives it the process's arguments and streams; a test gives it its own and sets the clock.

#include "Cli.h"
#include "Command.h"
#include "util/I18n.h"

namespace suiji::cli {
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeEntitiesCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeTemplateCommand();
std::unique_ptr<Command> makeQuotaCommand();
std::unique_ptr<Command> makeDrawCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeYearCommand();
std::unique_ptr<Command> makeTasksCommand();
std::unique_ptr<Command> makeTaskCommand();
std::unique_ptr<Command> makeProgressCommand();
std::unique_ptr<Command> makeHolidaysCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makePublishCommand();
std::unique_ptr<Command> makeDeadlinesCommand();
std::unique_ptr<Command> makeTargetsCommand();
std::unique_ptr<Command> makeCaseCommand();
std::unique_ptr<Command> makeCampaignCommand();
std::unique_ptr<Command> makeVisitsCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> v;
    v.push_back(makeInitCommand());
    v.push_back(makeDemoCommand());
    v.push_back(makeImportCommand());
    v.push_back(makeTemplateCommand());
    v.push_back(makeEntitiesCommand());
    v.push_back(makeQuotaCommand());
    v.push_back(makeDrawCommand());
    v.push_back(makeVerifyCommand());
    v.push_back(makeTasksCommand());
    v.push_back(makeTaskCommand());
    v.push_back(makeProgressCommand());
    v.push_back(makeHolidaysCommand());
    v.push_back(makeExportCommand());
    v.push_back(makeReportCommand());
    v.push_back(makeYearCommand());
    v.push_back(makePublishCommand());
    v.push_back(makeTargetsCommand());
    v.push_back(makeDeadlinesCommand());
    v.push_back(makeCaseCommand());
    v.push_back(makeCampaignCommand());
    v.push_back(makeVisitsCommand());
    v.push_back(makeBackupCommand());
    v.push_back(makeRestoreCommand());
    return v;
}

static void usage(QTextStream &s, const std::vector<std::unique_ptr<Command>> &commands)
{
    s << Cli::tr("Usage: suiji-cli [--db FILE] [--lang zh|en] COMMAND [options]") << "\n\n"
      << Cli::tr("Options:") << '\n'
      << "  --db FILE     " << Cli::tr("database file (default: %1)").arg(Database::defaultPath()) << '\n'
      << "  --lang zh|en  " << Cli::tr("language of messages (default zh)") << '\n'
      << "  --help        " << Cli::tr("show this help; COMMAND --help shows a command's options") << "\n\n"
      << Cli::tr("Commands:") << '\n';
    for (const auto &c : commands)
        s << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    s << '\n' << Cli::tr("Exit codes: 0 done, 1 runtime failure, 2 usage error, 3 input rejected or check failed.") << '\n';
}

bool commandNeedsGui(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            ++i; // its value
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            continue;
        for (const auto &c : allCommands())
            if (c->name() == a)
                return c->needsGui();
        return false;
    }
    return false;
}

int run(QStringList args, QTextStream &out, QTextStream &err)
{
    QString db = Database::defaultPath();
    QString lang = QStringLiteral("zh");
    // Global options come before the command.
    bool langError = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString a = args.takeFirst();
        auto value = [&](const QString &opt) -> std::optional<QString> {
            if (a.startsWith(opt + QLatin1Char('=')))
                return a.mid(opt.size() + 1);
            if (a == opt && !args.isEmpty())
                return args.takeFirst();
            return std::nullopt;
        };
        if (a == QLatin1String("--help")) {
            i18n::install(lang);
            usage(out, allCommands());
            return Done;
        } else if (a == QLatin1String("--version")) {
            out << "suiji-cli " << SUIJI_VERSION << '\n';
            return Done;
        } else if (a.startsWith(QLatin1String("--db"))) {
            auto v = value(QStringLiteral("--db"));
            if (!v || v->isEmpty()) {
                i18n::install(lang);
                err << Cli::tr("--db needs a file name.") << Qt::endl;
                return Usage;
            }
            db = *v;
        } else if (a.startsWith(QLatin1String("--lang"))) {
            auto v = value(QStringLiteral("--lang"));
            if (!v || (*v != QLatin1String("zh") && *v != QLatin1String("en")))
                langError = true;
            else
                lang = *v;
        } else {
            i18n::install(lang);
            err << Cli::tr("Unknown option %1.").arg(a) << Qt::endl;
            usage(err, allCommands());
            return Usage;
        }
    }
    i18n::install(lang);
    if (langError) {
        err << Cli::tr("--lang takes zh or en.") << Qt::endl;
        return Usage;
    }
    const auto commands = allCommands();
    if (args.isEmpty()) {
        usage(err, commands);
        return Usage;
    }
    for (const auto &c : commands) {
        if (c->name() == args.first()) {
            Context ctx{db, lang, out, err};
            ctx.mode = c->databaseMode(args);
            Database::setBusyNotifier(
                [&err](const QString &path) { err << Cli::tr("Another program is writing to %1; waiting for it to finish…").arg(path) << Qt::endl; });
            const int code = c->run(ctx, args);
            Database::setBusyNotifier({}); // err lives only as long as this call
            out.flush();
            err.flush();
            return code;
        }
    }
    err << Cli::tr("Unknown command \"%1\".").arg(args.first()) << "\n\n";
    usage(err, commands);
    return Usage;
}

} // namespace suiji::cli
