#pragma once
// One class per sub-command of suiji-cli (cli.md). Each parses its own options and calls core.

#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace suiji::cli {

enum Exit { Done = 0, Runtime = 1, Usage = 2, Rejected = 3 };

struct Context {
    Context(QString db, QString language, QTextStream &o, QTextStream &e) : dbPath(std::move(db)), lang(std::move(language)), out(o), err(e) {}
    QString dbPath;
    QString lang;
    QTextStream &out;
    QTextStream &err;

    // Opens (creating and migrating) the database, or prints why not.
    Database *database();
    int fail(const Error &e);
    int fail(const QString &message, int code = Runtime);

private:
    std::unique_ptr<Database> m_db;
};

class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is the command name.
    virtual int run(Context &ctx, const QStringList &args) = 0;

protected:
    // Parses args; on error or --help prints and returns the exit code to use.
    std::optional<int> parse(Context &ctx, QCommandLineParser &p, const QStringList &args, const QString &positional = {});
};

std::vector<std::unique_ptr<Command>> allCommands();

// Translation context for every message of the CLI.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(suiji::cli)
};

} // namespace suiji::cli
