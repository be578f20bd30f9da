// SPDX-License-Identifier: GPL-3.0-or-later
// tasks: the ledger of a quarter (台账), as text or JSON (cli.md).
#include "Command.h"
#include "store/TaskRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

namespace {
QJsonObject taskJson(const LedgerTask &t)
{
    auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("quarter"), t.quarter.toString()},
                       {QStringLiteral("bureau"), t.bureau},
                       {QStringLiteral("seq"), t.seq},
                       {QStringLiteral("pool"), t.pool},
                       {QStringLiteral("key"), t.key},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("origin"), t.origin},
                       {QStringLiteral("month"), t.month},
                       {QStringLiteral("mode"), t.mode},
                       {QStringLiteral("joint"), t.joint},
                       {QStringLiteral("partners"), QJsonArray::fromStringList(t.partners)},
                       {QStringLiteral("inspectors"), QJsonArray::fromStringList(t.inspectors)},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("inspection_date"), date(t.inspectionDate)},
                       {QStringLiteral("result"), t.result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.result)},
                       {QStringLiteral("published_date"), date(t.publishedDate)}};
}
} // namespace

class TasksCommand : public Command {
public:
    QString name() const override { return QStringLiteral("tasks"); }
    QString summary() const override { return Cli::tr("The ledger (台账) of a quarter."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3 (default: the current one)."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("Only this bureau."));
        const QCommandLineOption json = jsonOption();
        p.addOptions({quarter, bureau, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        Quarter q = Quarter::containing(ctx.clock().today());
        if (p.isSet(quarter)) {
            const auto qq = ctx.quarter(p.value(quarter));
            if (!qq)
                return Usage;
            q = *qq;
        }
        const auto bb = ctx.optionalBureau(p, bureau);
        if (!bb)
            return Usage;
        const QString b = *bb;
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        auto read = TaskRepository(*db).list(q, b);
        if (!read)
            return ctx.fail(read.error());
        const QList<LedgerTask> &tasks = read.value();
        if (p.isSet(json)) {
            QJsonArray a;
            for (const LedgerTask &t : tasks)
                a.append(taskJson(t));
            ctx.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            for (const LedgerTask &t : tasks)
                ctx.out << t.bureau << '\t' << t.seq << '\t' << t.pool << '\t' << t.key << '\t' << t.name << '\t' << t.month << '\t' << t.mode << '\t'
                        << t.inspectors.join(QLatin1Char(',')) << '\t' << (t.joint ? t.partners.join(QLatin1Char(',')) : QString()) << '\t' << t.status << '\t'
                        << t.inspectionDate.toString(Qt::ISODate) << '\t' << t.publishedDate.toString(Qt::ISODate) << '\n';
            ctx.err << Cli::tr("%n task(s)", nullptr, int(tasks.size())) << Qt::endl;
        }
        ctx.out.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeTasksCommand()
{
    return std::make_unique<TasksCommand>();
}

} // namespace suiji::cli
