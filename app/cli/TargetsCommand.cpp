// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "ledger/FactService.h"
#include "model/Bureau.h"
#include "store/AssignedRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

// targets list|set|record: assigned (下达) targets and the inspections done against them (cli.md).
class TargetsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override { return Cli::tr("List assigned (下达) targets, hand one down, or record inspections against it."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        return args.value(1) == QLatin1String("list") ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption year = yearOption();
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (id, e.g. nanshan, or 南山)."));
        const QCommandLineOption item(QStringLiteral("item"), Cli::tr("The target's name, e.g. \"深圳蓝新车检查\"."), QStringLiteral("TEXT"));
        const QCommandLineOption count(QStringLiteral("count"), Cli::tr("set: the count handed down; record: inspections done."), QStringLiteral("N"));
        const QCommandLineOption due(QStringLiteral("due"), Cli::tr("set: the due date, YYYY-MM-DD."), QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption source(QStringLiteral("source"), Cli::tr("set: who handed it down, e.g. a document number."), QStringLiteral("TEXT"));
        const QCommandLineOption date(QStringLiteral("date"), Cli::tr("record: the day of the inspections, YYYY-MM-DD."), QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption json = jsonOption();
        p.addOptions({year, bureau, item, count, due, source, date, op, json});
        if (auto code = parse(ctx, p, args, QStringLiteral("list|set|record")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const QString verb = pos.value(0);
        if (pos.size() != 1 || (verb != QLatin1String("list") && verb != QLatin1String("set") && verb != QLatin1String("record")))
            return ctx.fail(
                Cli::tr(
                    "Usage: suiji-cli targets list [--year Y] [--bureau B] [--json] | targets set --year Y --bureau B --item TEXT --count N [--due YYYY-MM-DD] "
                    "| targets record --year Y --bureau B --item TEXT --count N --date YYYY-MM-DD"),
                Usage);
        const auto yy = ctx.year(p, year);
        if (!yy)
            return Usage;
        const int y = *yy;
        const auto b = ctx.optionalBureau(p, bureau);
        if (!b)
            return Usage;
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        const AssignedRepository repo(*db);
        if (verb == QLatin1String("list")) {
            auto all = repo.list(*b, y);
            if (!all)
                return ctx.fail(all.error());
            if (p.isSet(json)) {
                QJsonArray out;
                for (const AssignedTarget &t : all.value())
                    out.append(QJsonObject{{QStringLiteral("bureau"), t.bureau},
                                           {QStringLiteral("year"), t.year},
                                           {QStringLiteral("item"), t.item},
                                           {QStringLiteral("count"), t.count},
                                           {QStringLiteral("source"), t.source},
                                           {QStringLiteral("due"), t.due.isValid() ? QJsonValue(t.due.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("done"), t.doneTotal()}});
                ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
            } else {
                for (const AssignedTarget &t : all.value())
                    ctx.out << t.bureau << '\t' << t.item << '\t' << Cli::tr("%1 of %2 done").arg(t.doneTotal()).arg(t.count) << '\t'
                            << (t.due.isValid() ? Cli::tr("due %1").arg(t.due.toString(Qt::ISODate)) : QString()) << '\t' << t.source << '\n';
            }
            ctx.out.flush();
            return Done;
        }
        if (b->isEmpty() || !p.isSet(item) || p.value(item).trimmed().isEmpty() || !p.isSet(count))
            return ctx.fail(Cli::tr("targets %1 needs --bureau, --item and --count.").arg(verb), Usage);
        bool ok = false;
        const int n = p.value(count).toInt(&ok);
        if (!ok || n < 0 || n > 1000000 || (verb == QLatin1String("record") && n == 0))
            return ctx.fail(Cli::tr("--count takes a whole number (at least 1 for record)."), Usage);
        if (verb == QLatin1String("set")) {
            AssignedTarget t;
            t.bureau = *b;
            t.year = y;
            t.item = p.value(item).trimmed();
            t.count = n;
            t.source = p.value(source).trimmed();
            if (p.isSet(due)) {
                t.due = QDate::fromString(p.value(due), Qt::ISODate);
                if (!t.due.isValid())
                    return ctx.fail(Cli::tr("\"%1\" is not a date; write it as 2025-12-31.").arg(p.value(due)), Usage);
            }
            if (auto s = FactService(*db, ctx.clock()).setAssignedTarget(t, ctx.operatorName(p, op)); !s)
                return ctx.fail(s.error());
            ctx.err << Cli::tr("Target handed down: %1 %2 %3, %4.").arg(*b).arg(y).arg(t.item).arg(n) << Qt::endl;
            return Done;
        }
        const QDate d = QDate::fromString(p.value(date), Qt::ISODate);
        if (!d.isValid())
            return ctx.fail(Cli::tr("targets record needs --date YYYY-MM-DD."), Usage);
        if (d.year() != y)
            return ctx.fail(Cli::tr("%1 is not in %2.").arg(d.toString(Qt::ISODate)).arg(y), Usage);
        if (d > ctx.clock().today())
            return ctx.fail(Cli::tr("%1 lies in the future: record inspections once they have happened.").arg(d.toString(Qt::ISODate)), 3);
        if (auto s = FactService(*db, ctx.clock()).recordAssigned(*b, y, p.value(item).trimmed(), n, d, ctx.operatorName(p, op)); !s)
            return ctx.fail(s.error());
        ctx.err << Cli::tr("Recorded: %1 inspections of %2 on %3.").arg(n).arg(p.value(item).trimmed(), d.toString(Qt::ISODate)) << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeTargetsCommand()
{
    return std::make_unique<TargetsCommand>();
}

} // namespace suiji::cli
