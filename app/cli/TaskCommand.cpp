// SPDX-License-Identifier: GPL-3.0-or-later
// task: record a task as done or its result as published, or mark it a typical case (典型案例).
#include "Command.h"
#include "ledger/FactService.h"
#include "ledger/TaskService.h"

namespace suiji::cli {

class TaskCommand : public Command {
public:
    QString name() const override { return QStringLiteral("task"); }
    QString summary() const override { return Cli::tr("Record a task as done (inspected) or its result as published, or mark it a typical case."); }
    Database::Mode databaseMode(const QStringList &) const override { return Database::Mode::ReadWrite; }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption pool(QStringLiteral("pool"), Cli::tr("The task's pool, e.g. fixed.key."), QStringLiteral("P"));
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The inspection or publication date, YYYY-MM-DD."), QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption result(QStringLiteral("result"), Cli::tr("The inspection's result, as it will be published."), QStringLiteral("TEXT"));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau, if the key is drawn in more than one."));
        const QCommandLineOption month(QStringLiteral("month"), Cli::tr("Remediation plots: the month of the quarter, 1–3."), QStringLiteral("M"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption text(QStringLiteral("text"), Cli::tr("typical: what makes the inspection a typical case (典型案例), a short text."),
                                      QStringLiteral("TEXT"));
        const QCommandLineOption clear(QStringLiteral("clear"), Cli::tr("typical: no longer a typical case."));
        p.addOptions({pool, quarter, date, result, bureau, month, op, text, clear});
        if (auto code = parse(ctx, p, args, QStringLiteral("done|published|typical KEY")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const bool typical = pos.value(0) == QLatin1String("typical");
        if (pos.size() != 2 || (pos[0] != QLatin1String("done") && pos[0] != QLatin1String("published") && !typical) || !p.isSet(pool) || !p.isSet(quarter) ||
            (!typical && !p.isSet(date)) || (typical && p.isSet(text) == p.isSet(clear)))
            return ctx.fail(Cli::tr("Usage: suiji-cli task done|published KEY --pool P --quarter YYYYQn --date YYYY-MM-DD [--result TEXT]\n"
                                    "       suiji-cli task typical KEY --pool P --quarter YYYYQn (--text TEXT | --clear)"),
                            Usage);
        const auto q = ctx.quarter(p.value(quarter));
        if (!q)
            return Usage;
        const QDate d = QDate::fromString(p.value(date), Qt::ISODate);
        if (!typical && !d.isValid())
            return ctx.fail(Cli::tr("\"%1\" is not a date; write it as 2025-09-26.").arg(p.value(date)), Usage);
        const auto bb = ctx.optionalBureau(p, bureau);
        if (!bb)
            return Usage;
        const QString b = *bb;
        const int m = p.value(month).toInt();
        if (p.isSet(month) && (m < 1 || m > 3))
            return ctx.fail(Cli::tr("--month is the month of the quarter: 1, 2 or 3."), Usage);
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        TaskService service(*db, ctx.clock());
        auto task = service.find(*q, p.value(pool), pos[1], b, m ? q->firstMonth() + m - 1 : 0);
        if (!task)
            return ctx.fail(task.error());
        const QString who = ctx.operatorName(p, op);
        if (typical) {
            if (auto s = FactService(*db, ctx.clock()).setTypicalCase(task->id, p.isSet(clear) ? QString() : p.value(text), who); !s)
                return ctx.fail(s.error());
            ctx.err << (p.isSet(clear) ? Cli::tr("Task %1 (%2, %3) is no longer a typical case.")
                                       : Cli::tr("Task %1 (%2, %3) marked as a typical case; the year report prints it."))
                           .arg(task->seq)
                           .arg(task->key, task->name)
                    << Qt::endl;
            return Done;
        }
        const Status s = pos[0] == QLatin1String("done") ? service.markDone({task->id}, d, p.isSet(result) ? p.value(result) : QString(), who)
                                                         : service.markPublished({task->id}, d, who);
        if (!s)
            return ctx.fail(s.error());
        ctx.err << (pos[0] == QLatin1String("done") ? Cli::tr("Task %1 (%2, %3) recorded as inspected on %4.")
                                                    : Cli::tr("Task %1 (%2, %3) recorded as published on %4."))
                       .arg(task->seq)
                       .arg(task->key, task->name, d.toString(Qt::ISODate))
                << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeTaskCommand()
{
    return std::make_unique<TaskCommand>();
}

} // namespace suiji::cli
