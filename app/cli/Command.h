// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One class per sub-command of suiji-cli (cli.md). Each parses its own options and calls core.

#include "model/Quarter.h"
#include "rules/RuleProfile.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace suiji::cli {

// What most commands work on: a quarter, a bureau ("" for the whole city) and the active profile.
struct Scope {
    Quarter quarter;
    QString bureau;
    const RuleProfile *profile = nullptr;
};

enum Exit { Done = 0, Runtime = 1, Usage = 2, Rejected = 3 };

struct Context {
    Context(QString db, QString language, QTextStream &o, QTextStream &e) : dbPath(std::move(db)), lang(std::move(language)), out(o), err(e) {}
    QString dbPath;
    QString lang;
    // How the command opens the database: read-only unless it writes (Command::databaseMode).
    Database::Mode mode = Database::Mode::ReadOnly;
    QTextStream &out;
    QTextStream &err;

    // Opens the database in the command's mode (only init and demo create it), or prints why not.
    Database *database();
    int fail(const Error &e);
    int fail(const QString &message, int code = Runtime);
    // The active rule profile of the database (or the shipped one), or prints why not.
    const RuleProfile *profile();
    // "Today": the system clock, or SUIJI_TODAY=YYYY-MM-DD for reproducible runs and tests.
    const Clock &clock();
    // Parse a bureau (id or Chinese name) or a quarter; print a usage message and return nullopt.
    std::optional<QString> bureau(const QString &text);
    // An optional --bureau: "" (every bureau) when not given, nullopt after printing why it is wrong.
    std::optional<QString> optionalBureau(const QCommandLineParser &p, const QCommandLineOption &option);
    // --quarter, the optional --bureau and the profile: fills scope, or returns the exit code to use.
    std::optional<int> scope(const QCommandLineParser &p, const QCommandLineOption &quarter, const QCommandLineOption &bureau, Scope &out);
    std::optional<Quarter> quarter(const QString &text);
    // --inspectors N: a whole number 0–10000, or nullopt after printing why not.
    std::optional<int> inspectorCount(const QString &text);
    // An optional --year Y: this year (by the clock) when not given, nullopt after printing why it is wrong.
    std::optional<int> year(const QCommandLineParser &p, const QCommandLineOption &option);
    // The --operator given, else the login name (operatorOr).
    QString operatorName(const QCommandLineParser &p, const QCommandLineOption &option) const;

private:
    std::unique_ptr<Database> m_db;
    std::optional<RuleProfile> m_profile;
};

class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is the command name.
    virtual int run(Context &ctx, const QStringList &args) = 0;
    // How this call opens the database: read-only (no lock taken, works on a read-only copy and
    // while another program writes) unless it writes; only init and demo create a file.
    virtual Database::Mode databaseMode(const QStringList &args) const
    {
        Q_UNUSED(args);
        return Database::Mode::ReadOnly;
    }
    // Whether the command needs Qt Gui (fonts, Qt Charts: the PDF reports); it then runs in an
    // application without a display. Every other command stays a plain core application.
    virtual bool needsGui() const { return false; }

protected:
    // Parses args; on error or --help prints and returns the exit code to use.
    std::optional<int> parse(Context &ctx, QCommandLineParser &p, const QStringList &args, const QString &positional = {});
    // The options most commands share, with their own help text: --quarter YYYYQn and --bureau B.
    static QCommandLineOption quarterOption(const QString &help);
    static QCommandLineOption bureauOption(const QString &help);
    static QCommandLineOption yearOption();
    // --json: the command's result as JSON on stdout (cli.md names the fields).
    static QCommandLineOption jsonOption();
    // --out FILE|DIR: what the command writes, with its own help text.
    static QCommandLineOption outOption(const QString &help, const QString &valueName = QStringLiteral("FILE"));
    // --operator NAME: who is recorded with what the command writes (Context::operatorName).
    static QCommandLineOption operatorOption();
};

std::vector<std::unique_ptr<Command>> allCommands();

// Translation context for every message of the CLI.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(suiji::cli)
};

} // namespace suiji::cli
