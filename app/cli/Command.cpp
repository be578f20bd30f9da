// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "util/Clock.h"
#include "util/Operator.h"

#include "model/Bureau.h"
#include "store/ProfileRepository.h"

#include <QCoreApplication>

namespace suiji::cli {

Database *Context::database()
{
    if (m_db)
        return m_db.get();
    auto r = Database::open(dbPath, mode);
    if (!r) {
        err << r.message() << Qt::endl;
        return nullptr;
    }
    m_db = std::make_unique<Database>(std::move(r.value()));
    if (!m_db->lastBackup().isEmpty())
        err << Cli::tr("Upgraded the database; the old file was saved as %1").arg(m_db->lastBackup()) << Qt::endl;
    return m_db.get();
}

int Context::fail(const Error &e)
{
    err << e.message << Qt::endl;
    return e.code == 0 ? Runtime : e.code;
}

int Context::fail(const QString &message, int code)
{
    err << message << Qt::endl;
    return code;
}

const RuleProfile *Context::profile()
{
    if (m_profile)
        return &*m_profile;
    Database *db = database();
    if (!db)
        return nullptr;
    auto p = ProfileRepository(*db).active();
    if (!p) {
        err << p.message() << Qt::endl;
        return nullptr;
    }
    m_profile = p.value();
    return &*m_profile;
}

const Clock &Context::clock()
{
    return Clock::process();
}

std::optional<QString> Context::bureau(const QString &text)
{
    if (const Bureau *b = Bureau::parse(text))
        return b->id;
    err << Cli::tr("Unknown bureau \"%1\". Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan, or "
                   "mobile (移动源处, the mobile-source division).")
               .arg(text)
        << Qt::endl;
    return std::nullopt;
}

std::optional<QString> Context::optionalBureau(const QCommandLineParser &p, const QCommandLineOption &option)
{
    return p.isSet(option) ? bureau(p.value(option)) : std::optional<QString>(QString());
}

std::optional<int> Context::scope(const QCommandLineParser &p, const QCommandLineOption &quarterOption, const QCommandLineOption &bureauOption, Scope &out)
{
    const auto q = quarter(p.value(quarterOption));
    if (!q)
        return Usage;
    const auto b = optionalBureau(p, bureauOption);
    if (!b)
        return Usage;
    out.quarter = *q;
    out.bureau = *b;
    out.profile = profile();
    if (!out.profile)
        return Runtime;
    return std::nullopt;
}

std::optional<Quarter> Context::quarter(const QString &text)
{
    if (auto q = Quarter::parse(text))
        return q;
    err << Cli::tr("\"%1\" is not a quarter; write it as 2025Q3.").arg(text) << Qt::endl;
    return std::nullopt;
}

std::optional<int> Context::inspectorCount(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= 0 && n <= 10000)
        return n;
    err << Cli::tr("--inspectors must be a whole number from 0 to 10000.") << Qt::endl;
    return std::nullopt;
}

std::optional<int> Context::year(const QCommandLineParser &p, const QCommandLineOption &option)
{
    if (!p.isSet(option))
        return clock().today().year();
    bool ok = false;
    const int y = p.value(option).toInt(&ok);
    if (ok && y >= 2000 && y <= 2100)
        return y;
    err << Cli::tr("--year takes a year, e.g. 2025.") << Qt::endl;
    return std::nullopt;
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON on stdout."));
}

QCommandLineOption Command::outOption(const QString &help, const QString &valueName)
{
    return QCommandLineOption(QStringLiteral("out"), help, valueName);
}

QCommandLineOption Command::operatorOption()
{
    return QCommandLineOption(QStringLiteral("operator"), Cli::tr("Name recorded with what the command writes (default: the login name)."),
                              QStringLiteral("NAME"));
}

QString Context::operatorName(const QCommandLineParser &p, const QCommandLineOption &option) const
{
    return operatorOr(p.value(option));
}

QCommandLineOption Command::yearOption()
{
    return QCommandLineOption(QStringLiteral("year"), Cli::tr("The year (default: this year)."), QStringLiteral("Y"));
}

std::optional<int> Command::parse(Context &ctx, QCommandLineParser &p, const QStringList &args, const QString &positional)
{
    p.setApplicationDescription(summary());
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    p.addOption(help);
    if (!positional.isEmpty())
        p.addPositionalArgument(positional, QString());
    if (!p.parse(args)) {
        ctx.err << p.errorText() << Qt::endl << Cli::tr("See: suiji-cli %1 --help").arg(name()) << Qt::endl;
        return Usage;
    }
    if (p.isSet(help)) {
        QString text = p.helpText();
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("suiji-cli ") + name());
        ctx.out << text;
        return Done;
    }
    return std::nullopt;
}

QCommandLineOption Command::quarterOption(const QString &help)
{
    return QCommandLineOption(QStringLiteral("quarter"), help, QStringLiteral("YYYYQn"));
}

QCommandLineOption Command::bureauOption(const QString &help)
{
    return QCommandLineOption(QStringLiteral("bureau"), help, QStringLiteral("B"));
}

} // namespace suiji::cli
