// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "calendar/WorkCalendar.h"
#include "ledger/FactService.h"
#include "progress/Deadlines.h"
#include "store/DeadlineRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

// deadlines list|done: the year's reporting deadlines from the rule profile, and the day each
// report was submitted (cli.md).
class DeadlinesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("deadlines"); }
    QString summary() const override { return Cli::tr("List the year's reporting deadlines, or record that a report was submitted."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        return args.value(1) == QLatin1String("done") ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption year = yearOption();
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id or name); without it, the city's own reports."));
        const QCommandLineOption date(QStringLiteral("date"), Cli::tr("done: the day the report was submitted, YYYY-MM-DD."), QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption json = jsonOption();
        p.addOptions({year, bureau, date, op, json});
        if (auto code = parse(ctx, p, args, QStringLiteral("list|done [ID]")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const bool list = pos.size() == 1 && pos[0] == QLatin1String("list");
        const bool done = pos.size() == 2 && pos[0] == QLatin1String("done");
        if (!list && !done)
            return ctx.fail(
                Cli::tr("Usage: suiji-cli deadlines list [--year Y] [--bureau B] [--json] | deadlines done ID --date YYYY-MM-DD [--year Y] [--bureau B]"),
                Usage);
        const auto yy = ctx.year(p, year);
        if (!yy)
            return Usage;
        const int y = *yy;
        const auto b = ctx.optionalBureau(p, bureau);
        if (!b)
            return Usage;
        const RuleProfile *profile = ctx.profile();
        Database *db = ctx.database();
        if (!profile || !db)
            return Runtime;
        auto cal = WorkCalendar::load(*db);
        if (!cal)
            return ctx.fail(cal.error());
        if (done) {
            const QDate d = QDate::fromString(p.value(date), Qt::ISODate);
            if (!d.isValid())
                return ctx.fail(Cli::tr("\"%1\" is not a date; write it as 2025-11-07.").arg(p.value(date)), Usage);
            QStringList ids;
            for (const Deadline &x : deadlinesOf(*profile, cal.value(), y))
                ids << x.id;
            if (!ids.contains(pos[1]))
                return ctx.fail(Cli::tr("No deadline \"%1\" in %2. The deadlines are: %3.").arg(pos[1]).arg(y).arg(ids.join(QStringLiteral(", "))), Usage);
            if (auto s = FactService(*db, ctx.clock()).setDeadlineDone(*b, y, pos[1], d, ctx.operatorName(p, op)); !s)
                return ctx.fail(s.error());
            ctx.err << Cli::tr("Recorded: %1 of %2 submitted on %3.").arg(pos[1]).arg(y).arg(d.toString(Qt::ISODate)) << Qt::endl;
            return Done;
        }
        auto all = yearDeadlines(*db, *profile, cal.value(), *b, y);
        if (!all)
            return ctx.fail(all.error());
        const QDate today = ctx.clock().today();
        if (p.isSet(json)) {
            QJsonArray out;
            for (const Deadline &x : all.value())
                out.append(QJsonObject{{QStringLiteral("id"), x.id},
                                       {QStringLiteral("name"), x.name},
                                       {QStringLiteral("due"), x.due.toString(Qt::ISODate)},
                                       {QStringLiteral("done"), x.done.isValid() ? QJsonValue(x.done.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                                       {QStringLiteral("overdue"), !x.done.isValid() && today > x.due}});
            ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            for (const Deadline &x : all.value())
                ctx.out << x.id.leftJustified(14) << ' ' << x.due.toString(Qt::ISODate) << ' '
                        << (x.done.isValid() ? Cli::tr("submitted %1").arg(x.done.toString(Qt::ISODate))
                            : today > x.due  ? Cli::tr("overdue")
                                             : Cli::tr("open"))
                        << "  " << x.name << '\n';
        }
        ctx.out.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeDeadlinesCommand()
{
    return std::make_unique<DeadlinesCommand>();
}

} // namespace suiji::cli
