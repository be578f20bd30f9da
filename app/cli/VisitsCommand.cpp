// SPDX-License-Identifier: GPL-3.0-or-later
// suiji-cli visits propose|accept|list|year (cli.md): combined visits (综合查一次) and the on-site
// visits per company in a year (入企频次).
#include "Command.h"
#include "calendar/WorkCalendar.h"
#include "ledger/VisitService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

namespace {
QString poolOf(const VisitItem &i)
{
    if (i.origin == QLatin1String("case"))
        return i.ref.section(QLatin1Char(':'), 0, 0);
    return i.ref.section(QLatin1Char('|'), 0, 0);
}

QJsonObject visitJson(const Visit &v)
{
    QJsonArray tasks;
    for (const VisitItem &i : v.items)
        tasks.append(QJsonObject{{QStringLiteral("origin"), i.origin},
                                 {QStringLiteral("pool"), poolOf(i)},
                                 {QStringLiteral("ref"), i.ref},
                                 {QStringLiteral("label"), i.label},
                                 {QStringLiteral("due"), i.due.isValid() ? QJsonValue(i.due.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}});
    return QJsonObject{{QStringLiteral("visit"), v.id},
                       {QStringLiteral("bureau"), v.bureau},
                       {QStringLiteral("key"), v.key},
                       {QStringLiteral("name"), v.name},
                       {QStringLiteral("month"), v.month.toString(QStringLiteral("yyyy-MM"))},
                       {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("inspectors"), QJsonArray::fromStringList(v.inspectors)},
                       {QStringLiteral("accepted"), v.acceptedOn.isValid()}};
}

QString origins(const Visit &v)
{
    QStringList out;
    for (const VisitItem &i : v.items)
        out << i.origin + QLatin1Char(':') + poolOf(i);
    return out.join(QLatin1Char(','));
}
} // namespace

class VisitsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("visits"); }
    QString summary() const override { return Cli::tr("Combined visits (综合查一次): one visit for the tasks of one company due in one month."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        return args.value(1) == QLatin1String("accept") ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
    }

    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("propose, list: the quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (propose: required; list, year: without it, every bureau)."));
        const QCommandLineOption date(QStringLiteral("date"), Cli::tr("accept: the visit's day (default: the proposed one)."), QStringLiteral("DATE"));
        const QCommandLineOption year = yearOption();
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption json = jsonOption();
        p.addOptions({quarter, bureau, date, year, op, json});
        if (auto code = parse(ctx, p, args, QStringLiteral("propose | accept VISIT | list | year")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const QString verb = pos.value(0);
        const bool ok = (verb == QLatin1String("propose") && pos.size() == 1 && p.isSet(quarter) && p.isSet(bureau)) ||
                        (verb == QLatin1String("accept") && pos.size() == 2) || (verb == QLatin1String("list") && pos.size() == 1 && p.isSet(quarter)) ||
                        (verb == QLatin1String("year") && pos.size() == 1);
        if (!ok)
            return ctx.fail(Cli::tr("Usage: suiji-cli visits propose --quarter Q --bureau B [--json] | visits accept VISIT [--date D]\n"
                                    "       | visits list --quarter Q [--bureau B] [--json] | visits year [--year Y] [--bureau B] [--json]"),
                            Usage);
        Database *db = ctx.database();
        const RuleProfile *profile = db ? ctx.profile() : nullptr;
        if (!profile)
            return Runtime;
        auto cal = WorkCalendar::load(*db);
        if (!cal)
            return ctx.fail(cal.error());
        const VisitService service(*db, *profile, cal.value(), ctx.clock());
        if (verb == QLatin1String("accept")) {
            const QString id = pos[1];
            const QDate month = QDate::fromString(id.section(QLatin1Char('|'), 1, 1) + QStringLiteral("-01"), Qt::ISODate);
            if (!month.isValid())
                return ctx.fail(Cli::tr("%1 is not a visit's id (bureau|YYYY-MM|key, as visits propose prints it).").arg(id), Usage);
            QDate d;
            if (p.isSet(date)) {
                d = QDate::fromString(p.value(date).trimmed(), Qt::ISODate);
                if (!d.isValid())
                    return ctx.fail(Cli::tr("--date takes a date, YYYY-MM-DD."), Usage);
            }
            auto v = service.accept(Quarter{month.year(), (month.month() - 1) / 3 + 1}, id, d, ctx.operatorName(p, op));
            if (!v)
                return ctx.fail(v.error());
            ctx.err << Cli::tr("Visit %1 accepted: %n task(s) in one visit on %2 by %3.", nullptr, int(v->items.size()))
                           .arg(v->id, v->date.toString(Qt::ISODate), v->inspectors.join(QStringLiteral("、")))
                    << Qt::endl;
            return Done;
        }
        if (verb == QLatin1String("year")) {
            const auto y = ctx.year(p, year);
            const auto b = ctx.optionalBureau(p, bureau);
            if (!y || !b)
                return Usage;
            auto all = service.yearVisits(*y, *b);
            if (!all)
                return ctx.fail(all.error());
            QJsonArray out;
            int alerts = 0;
            for (const EntityVisits &e : all.value()) {
                const bool alert = e.visits > profile->visitsYearlyAlert;
                alerts += alert;
                if (p.isSet(json))
                    out.append(QJsonObject{{QStringLiteral("key"), e.key},
                                           {QStringLiteral("name"), e.name},
                                           {QStringLiteral("bureau"), e.bureau},
                                           {QStringLiteral("visits"), e.visits},
                                           {QStringLiteral("alert"), alert}});
                else
                    ctx.out << e.key << '\t' << e.bureau << '\t' << e.name << '\t' << e.visits << (alert ? Cli::tr("\tabove the alert") : QString()) << '\n';
            }
            if (p.isSet(json))
                ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
            ctx.out.flush();
            ctx.err << Cli::tr("%n company(ies) with more than %1 on-site visits in %2.", nullptr, alerts).arg(profile->visitsYearlyAlert).arg(*y) << Qt::endl;
            return Done;
        }
        const auto q = ctx.quarter(p.value(quarter));
        const auto b = verb == QLatin1String("propose") ? ctx.bureau(p.value(bureau)) : ctx.optionalBureau(p, bureau);
        if (!q || !b)
            return Usage;
        QList<Visit> visits;
        int saved = 0;
        if (verb == QLatin1String("propose")) {
            auto r = service.propose(*q, *b);
            if (!r)
                return ctx.fail(r.error());
            visits = r.value();
            for (const Visit &v : visits)
                saved += int(v.items.size()) - 1;
        } else {
            auto r = service.accepted(*q, *b);
            if (!r)
                return ctx.fail(r.error());
            visits = r->accepted;
            saved = r->saved;
        }
        QJsonArray out;
        for (const Visit &v : visits) {
            if (p.isSet(json))
                out.append(visitJson(v));
            else
                ctx.out << v.id << '\t' << v.name << '\t' << v.date.toString(Qt::ISODate) << '\t' << origins(v) << '\t' << v.inspectors.join(QLatin1Char(','))
                        << '\n';
        }
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        ctx.err << (verb == QLatin1String("propose") ? Cli::tr("%n combined visit(s) proposed, sparing %1 visit(s).", nullptr, int(visits.size()))
                                                     : Cli::tr("%n combined visit(s) accepted, sparing %1 visit(s).", nullptr, int(visits.size())))
                       .arg(saved)
                << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeVisitsCommand()
{
    return std::make_unique<VisitsCommand>();
}

} // namespace suiji::cli
