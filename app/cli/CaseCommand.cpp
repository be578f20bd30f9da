// SPDX-License-Identifier: GPL-3.0-or-later
// suiji-cli case import|list|assign|update (cli.md): the case ledger (个案执法).
#include "Command.h"
#include "calendar/WorkCalendar.h"
#include "io/CaseImporter.h"
#include "ledger/CaseService.h"
#include "store/CaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

namespace {
// 待分拨 … or pending …: the state's id, or empty when unknown.
QString stateId(const QString &text)
{
    const QString t = text.trimmed();
    if (CaseItem::states().contains(t))
        return t;
    static const QStringList zh{QStringLiteral("待分拨"), QStringLiteral("已分拨"), QStringLiteral("已核查"),
                                QStringLiteral("已处置"), QStringLiteral("已反馈"), QStringLiteral("已闭环")};
    const qsizetype i = zh.indexOf(t);
    return i >= 0 ? CaseItem::states().at(i) : QString();
}

QDate dateArg(Context &ctx, const QCommandLineParser &p, const QCommandLineOption &o, bool &bad)
{
    if (!p.isSet(o))
        return {};
    const QDate d = QDate::fromString(p.value(o).trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        ctx.err << Cli::tr("--%1 takes a date, YYYY-MM-DD.").arg(o.names().first()) << Qt::endl;
        bad = true;
    }
    return d;
}
} // namespace

class CaseCommand : public Command {
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override { return Cli::tr("Case-driven inspections: import, list, dispatch and record alerts, complaints and referrals."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        const QString verb = args.value(1);
        return verb == QLatin1String("list") ? Database::Mode::ReadOnly : Database::Mode::ReadWrite; // a dry run checks in a transaction it rolls back
    }

    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption bureau = bureauOption(Cli::tr("list: the bureau (id or name); without it, every bureau."));
        const QCommandLineOption state(QStringLiteral("state"), Cli::tr("list: only cases in this state (待分拨 … 已闭环, or pending … closed)."),
                                       QStringLiteral("S"));
        const QCommandLineOption overdue(QStringLiteral("overdue"), Cli::tr("list: only cases past a deadline."));
        const QCommandLineOption dry(QStringLiteral("dry-run"), Cli::tr("import: check and report, write nothing."));
        const QCommandLineOption inspectors(QStringLiteral("inspectors"), Cli::tr("assign: the team's badges, e.g. 19030001,19030002 (default: suggested)."),
                                            QStringLiteral("BADGES"));
        const QCommandLineOption due(QStringLiteral("due"), Cli::tr("assign: the due date (default: the profile's closure deadline)."), QStringLiteral("DATE"));
        const QCommandLineOption checked(QStringLiteral("checked"), Cli::tr("update: the day of the check."), QStringLiteral("DATE"));
        const QCommandLineOption mode(QStringLiteral("mode"), Cli::tr("update: how it was checked, onsite or offsite."), QStringLiteral("MODE"));
        const QCommandLineOption finding(QStringLiteral("finding"), Cli::tr("update: what the check found."), QStringLiteral("TEXT"));
        const QCommandLineOption clue(QStringLiteral("clue"),
                                      Cli::tr("update, with the check: the finding is a violation clue (违法线索) at the monitoring agency."));
        const QCommandLineOption outcome(QStringLiteral("outcome"), Cli::tr("update: 无问题, 责令改正, 立案处罚 or 移送."), QStringLiteral("O"));
        const QCommandLineOption caseNumber(QStringLiteral("case-number"), Cli::tr("update: the case number of a penalty or a transfer."), QStringLiteral("N"));
        const QCommandLineOption feedback(QStringLiteral("feedback"), Cli::tr("update: the day the result was reported back to the source."),
                                          QStringLiteral("DATE"));
        const QCommandLineOption close(QStringLiteral("close"), Cli::tr("update: the day the case was closed (闭环)."), QStringLiteral("DATE"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption json = jsonOption();
        p.addOptions({bureau, state, overdue, dry, inspectors, due, checked, mode, finding, clue, outcome, caseNumber, feedback, close, op, json});
        if (auto code = parse(ctx, p, args, QStringLiteral("import FILE | list | assign ID | update ID")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const QString verb = pos.value(0);
        const bool needsArg = verb == QLatin1String("import") || verb == QLatin1String("assign") || verb == QLatin1String("update");
        if ((verb != QLatin1String("list") && !needsArg) || pos.size() != (needsArg ? 2 : 1))
            return ctx.fail(Cli::tr("Usage: suiji-cli case import FILE [--dry-run] [--json] | case list [--bureau B] [--state S] [--overdue] [--json]\n"
                                    "       | case assign ID [--inspectors BADGE,BADGE] [--due DATE] | case update ID [--checked DATE --mode onsite|offsite "
                                    "--finding TEXT [--clue]] [--outcome O [--case-number N]] [--feedback DATE] [--close DATE]"),
                            Usage);
        Database *db = ctx.database();
        const RuleProfile *profile = db ? ctx.profile() : nullptr;
        if (!profile)
            return Runtime;
        if (verb == QLatin1String("import"))
            return import(ctx, *db, pos[1], p.isSet(dry), p.isSet(json));
        auto cal = WorkCalendar::load(*db);
        if (!cal)
            return ctx.fail(cal.error());
        const CaseService service(*db, *profile, cal.value(), ctx.clock());
        if (verb == QLatin1String("list")) {
            const auto b = ctx.optionalBureau(p, bureau);
            if (!b)
                return Usage;
            const QString s = p.isSet(state) ? stateId(p.value(state)) : QString();
            if (p.isSet(state) && s.isEmpty())
                return ctx.fail(Cli::tr("--state takes 待分拨, 已分拨, 已核查, 已处置, 已反馈 or 已闭环."), Usage);
            return list(ctx, *db, service, CaseFilter{*b, s, {}}, p.isSet(overdue), p.isSet(json));
        }
        bool bad = false;
        if (verb == QLatin1String("assign")) {
            const QDate d = dateArg(ctx, p, due, bad);
            if (bad)
                return Usage;
            const QStringList team = p.value(inspectors).split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts);
            auto r = service.assign(pos[1], team, d, ctx.operatorName(p, op));
            if (!r)
                return ctx.fail(r.error());
            ctx.err << Cli::tr("Case %1 dispatched to %2, due %3.").arg(r->ref(), r->team.join(QStringLiteral("、")), r->due.toString(Qt::ISODate)) << Qt::endl;
            return Done;
        }
        CaseUpdate u;
        u.checkedOn = dateArg(ctx, p, checked, bad);
        u.feedbackOn = dateArg(ctx, p, feedback, bad);
        u.closedOn = dateArg(ctx, p, close, bad);
        if (bad)
            return Usage;
        u.mode = p.value(mode).trimmed();
        u.finding = p.value(finding);
        u.violationClue = p.isSet(clue);
        u.outcome = p.value(outcome).trimmed();
        u.caseNumber = p.value(caseNumber);
        auto r = service.update(pos[1], u, ctx.operatorName(p, op));
        if (!r)
            return ctx.fail(r.error());
        ctx.err << Cli::tr("Case %1 is now %2.").arg(r->ref(), CaseItem::stateName(r->state)) << Qt::endl;
        return Done;
    }

private:
    static int import(Context &ctx, const Database &db, const QString &file, bool dryRun, bool json)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        const ImportReport report = CaseImporter(db, ctx.clock()).run(file, options);
        ctx.err << report.toText() << Qt::endl;
        if (json)
            ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        if (report.runtimeFailure)
            return Runtime;
        return report.ok() ? Done : Rejected;
    }

    static int list(Context &ctx, const Database &db, const CaseService &service, const CaseFilter &f, bool overdueOnly, bool json)
    {
        auto all = CaseRepository(db).list(f);
        if (!all)
            return ctx.fail(all.error());
        QJsonArray out;
        const QDate today = ctx.clock().today();
        for (const CaseItem &c : all.value()) {
            const CaseTiming t = service.timingOn(c, today);
            if (overdueOnly && !t.overdue)
                continue;
            if (json) {
                out.append(QJsonObject{{QStringLiteral("id"), c.ref()},
                                       {QStringLiteral("source"), c.source},
                                       {QStringLiteral("number"), c.number},
                                       {QStringLiteral("level"), c.level.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.level)},
                                       {QStringLiteral("key"), c.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.key)},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("bureau"), c.bureau},
                                       {QStringLiteral("received"), c.receivedIso()},
                                       {QStringLiteral("state"), c.state},
                                       {QStringLiteral("due"), t.closeDue.toString(Qt::ISODate)},
                                       {QStringLiteral("overdue"), t.overdue}});
            } else {
                ctx.out << c.ref() << '\t' << (c.level.isEmpty() ? QStringLiteral("-") : c.level) << '\t' << c.bureau << '\t' << c.name << '\t'
                        << CaseItem::stateName(c.state) << '\t' << t.closeDue.toString(Qt::ISODate) << (t.overdue ? Cli::tr("\toverdue") : QString()) << '\n';
            }
        }
        if (json)
            ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeCaseCommand()
{
    return std::make_unique<CaseCommand>();
}

} // namespace suiji::cli
