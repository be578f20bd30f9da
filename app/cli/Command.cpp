#include "Command.h"

#include <QCoreApplication>

namespace suiji::cli {

Database *Context::database()
{
    if (m_db)
        return m_db.get();
    auto r = Database::open(dbPath);
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

} // namespace suiji::cli
