// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "calendar/WorkCalendar.h"
#include "progress/ProgressService.h"
#include "rules/YearView.h"
#include "store/HolidayRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

static QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject progressJson(const ProgressReport &r)
{
    QJsonArray months;
    for (const MonthProgress &m : r.months)
        months.append(QJsonObject{{QStringLiteral("month"), m.label},
                                  {QStringLiteral("target_pct"), m.targetPct},
                                  {QStringLiteral("planned"), m.planned},
                                  {QStringLiteral("planned_cum_pct"), m.plannedCumPct},
                                  {QStringLiteral("done"), m.done},
                                  {QStringLiteral("done_cum_pct"), m.doneCumPct}});
    QJsonArray publication;
    for (const PublicationItem &p : r.publication)
        publication.append(QJsonObject{{QStringLiteral("key"), p.key},
                                       {QStringLiteral("pool"), p.pool},
                                       {QStringLiteral("bureau"), p.bureau},
                                       {QStringLiteral("done"), dateJson(p.done)},
                                       {QStringLiteral("due"), dateJson(p.due)},
                                       {QStringLiteral("published"), dateJson(p.published)},
                                       {QStringLiteral("overdue"), p.overdue}});
    QJsonArray pools;
    for (const PoolProgress &p : r.pools)
        pools.append(QJsonObject{{QStringLiteral("pool"), p.pool}, {QStringLiteral("tasks"), p.tasks}, {QStringLiteral("done"), p.done}});
    QJsonArray bureaus;
    for (const BureauProgress &b : r.bureaus)
        bureaus.append(QJsonObject{{QStringLiteral("bureau"), b.bureau},
                                   {QStringLiteral("tasks"), b.tasks},
                                   {QStringLiteral("done"), b.done},
                                   {QStringLiteral("done_pct"), b.donePct},
                                   {QStringLiteral("target_pct"), b.targetPct},
                                   {QStringLiteral("behind"), b.behind},
                                   {QStringLiteral("next_drawn"), b.nextDrawn}});
    QJsonArray alerts;
    for (const ProgressAlert &a : r.alerts)
        alerts.append(QJsonObject{{QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("bureau"), a.bureau},
                                  {QStringLiteral("date"), dateJson(a.date)},
                                  {QStringLiteral("text"), a.text}});
    return QJsonObject{
        {QStringLiteral("quarter"), r.quarter.toString()},
        {QStringLiteral("bureau"), r.bureau.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.bureau)},
        {QStringLiteral("today"), dateJson(r.today)},
        {QStringLiteral("tasks"), r.tasks},
        {QStringLiteral("done"), r.done},
        {QStringLiteral("published"), r.published},
        {QStringLiteral("months"), months},
        {QStringLiteral("joint"), QJsonObject{{QStringLiteral("tasks"), r.jointTasks},
                                              {QStringLiteral("done"), r.jointDone},
                                              {QStringLiteral("ratio"), r.jointRatio},
                                              {QStringLiteral("base"), r.jointBase},
                                              {QStringLiteral("base_kind"), r.jointBaseKind},
                                              {QStringLiteral("due"), dateJson(r.jointDue)}}},
        {QStringLiteral("cases"),
         [&] {
             QJsonArray by;
             for (const CaseSourceMeasure &m : r.cases.bySource)
                 by.append(QJsonObject{{QStringLiteral("source"), m.source}, {QStringLiteral("total"), m.total}, {QStringLiteral("closed"), m.closed}});
             return QJsonObject{
                 {QStringLiteral("total"), r.cases.total},
                 {QStringLiteral("closed"), r.cases.closed},
                 {QStringLiteral("open"), r.cases.open},
                 {QStringLiteral("overdue"), r.cases.overdue},
                 {QStringLiteral("red"), QJsonObject{{QStringLiteral("total"), r.cases.redTotal}, {QStringLiteral("closed"), r.cases.redClosed}}},
                 {QStringLiteral("platforms"),
                  QJsonObject{{QStringLiteral("total"), r.cases.platformTotal}, {QStringLiteral("closed"), r.cases.platformClosed}}},
                 {QStringLiteral("median_days_to_close"), r.cases.medianDaysToClose},
                 {QStringLiteral("by_source"), by}};
         }()},
        {QStringLiteral("campaigns"),
         [&] {
             QJsonArray out;
             for (const CampaignProgress &c : r.campaigns)
                 out.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("name"), c.name},
                                        {QStringLiteral("bureau"), c.bureau},
                                        {QStringLiteral("state"), c.state},
                                        {QStringLiteral("targets"), c.targets},
                                        {QStringLiteral("done"), c.done},
                                        {QStringLiteral("offsite"), c.offsite},
                                        {QStringLiteral("findings"), c.findings}});
             return out;
         }()},
        {QStringLiteral("assigned"),
         [&] {
             QJsonArray out;
             for (const AssignedTarget &a : r.assigned) {
                 QJsonArray months;
                 for (const MonthProgress &m : r.months)
                     months.append(a.doneBetween(QDate(r.quarter.year, m.month, 1), m.end));
                 out.append(QJsonObject{{QStringLiteral("bureau"), a.bureau},
                                        {QStringLiteral("item"), a.item},
                                        {QStringLiteral("count"), a.count},
                                        {QStringLiteral("source"), a.source},
                                        {QStringLiteral("due"), dateJson(a.due)},
                                        {QStringLiteral("done"), a.doneBy(r.today)},
                                        {QStringLiteral("months"), months}});
             }
             return out;
         }()},
        {QStringLiteral("publication"), publication},
        {QStringLiteral("quarter_summary_due"), dateJson(r.quarterSummaryDue)},
        {QStringLiteral("next_draw_due"), dateJson(r.nextDrawDue)},
        {QStringLiteral("next_drawn"), r.nextDrawn},
        {QStringLiteral("pools"), pools},
        {QStringLiteral("bureaus"), bureaus},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("calendar_warnings"), QJsonArray::fromStringList(r.calendarWarnings)}};
}

class ProgressCommand : public Command {
public:
    QString name() const override { return QStringLiteral("progress"); }
    QString summary() const override { return Cli::tr("Planned vs completed by month, targets, joint ratio, publication deadlines and alerts."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (default: the whole city)."));
        const QCommandLineOption json = jsonOption();
        p.addOptions({quarter, bureau, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        if (!p.isSet(quarter))
            return ctx.fail(Cli::tr("Usage: suiji-cli progress --quarter YYYYQn [--bureau B] [--json]"), Usage);
        Scope scope;
        if (auto code = ctx.scope(p, quarter, bureau, scope))
            return *code;
        const Quarter &q = scope.quarter;
        const QString &b = scope.bureau;
        const RuleProfile *profile = scope.profile;
        auto cal = WorkCalendar::load(*ctx.database());
        if (!cal)
            return ctx.fail(cal.error());
        auto r = ProgressService(*ctx.database(), *profile, cal.value(), ctx.clock()).report(q, b);
        if (!r)
            return ctx.fail(r.error());
        if (p.isSet(json)) {
            QJsonObject o = progressJson(r.value());
            if (!b.isEmpty()) { // the year targets of the rules issue, for the bureau's year so far
                auto year = YearView(*ctx.database(), *profile).report(b, q.year);
                if (!year)
                    return ctx.fail(year.error());
                QJsonArray targets;
                for (const YearTarget &t : year->targets)
                    targets.append(QJsonObject{{QStringLiteral("id"), t.id},
                                               {QStringLiteral("actual"), t.actual},
                                               {QStringLiteral("target"), t.target},
                                               {QStringLiteral("projected"), t.projected},
                                               {QStringLiteral("met"), t.met},
                                               {QStringLiteral("at_risk"), t.atRisk}});
                o.insert(QStringLiteral("year_targets"), targets);
            }
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            ctx.out << Cli::tr("%1 %2: %3 tasks, %4 done, %5 published")
                           .arg(b.isEmpty() ? Cli::tr("City") : b, q.toString())
                           .arg(r->tasks)
                           .arg(r->done)
                           .arg(r->published)
                    << '\n';
            for (const MonthProgress &m : r->months)
                ctx.out
                    << "  " << m.label << ": "
                    << Cli::tr("planned %1 (%2%), done %3 (%4%), target %5%").arg(m.planned).arg(m.plannedCumPct).arg(m.done).arg(m.doneCumPct).arg(m.targetPct)
                    << '\n';
            ctx.out << "  "
                    << Cli::tr("joint %1 / %2 (%3%), %4 done, due %5")
                           .arg(r->jointTasks)
                           .arg(r->jointBaseWords)
                           .arg(r->jointRatio * 100, 0, 'f', 1)
                           .arg(r->jointDone)
                           .arg(r->jointDue.toString(Qt::ISODate))
                    << '\n';
            ctx.out << "  "
                    << Cli::tr("quarter summary due %1; next quarter drawn by %2")
                           .arg(r->quarterSummaryDue.toString(Qt::ISODate), r->nextDrawDue.toString(Qt::ISODate))
                    << '\n';
            for (const ProgressAlert &a : r->alerts)
                ctx.out << "  ! " << a.text << '\n';
        }
        for (const QString &w : r->calendarWarnings)
            ctx.err << w << '\n';
        ctx.out.flush();
        ctx.err.flush();
        return Done;
    }
};

class HolidaysCommand : public Command {
public:
    QString name() const override { return QStringLiteral("holidays"); }
    QString summary() const override { return Cli::tr("Show, import or edit the holiday tables of the working-day calendar."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        for (const char *verb : {"import", "set", "remove"})
            if (args.value(1) == QLatin1String(verb))
                return Database::Mode::ReadWrite;
        return Database::Mode::ReadOnly;
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption year(QStringLiteral("year"), Cli::tr("Only this year."), QStringLiteral("YYYY"));
        const QCommandLineOption json = jsonOption();
        const QCommandLineOption days(QStringLiteral("days"), Cli::tr("With due: working days to add (default 18)."), QStringLiteral("N"),
                                      QStringLiteral("18"));
        p.addOptions({year, json, days});
        if (auto code = parse(ctx, p, args, QStringLiteral("[list | import FILE | set DATE holiday|workday [NAME] | remove DATE | due DATE]")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const QString verb = pos.value(0, QStringLiteral("list"));
        const bool reading = verb == QLatin1String("list") || verb == QLatin1String("due");
        if (reading && !QFileInfo::exists(ctx.dbPath)) {
            // No database (yet): the calendar is the shipped tables; nothing is created for a look-up.
            ctx.err << Cli::tr("No database at %1: using the holiday tables shipped with Suiji.").arg(ctx.dbPath) << Qt::endl;
            return show(ctx, p, verb, pos, WorkCalendar::shipped());
        }
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        HolidayRepository repo(*db);
        if (verb == QLatin1String("import") && pos.size() == 2) {
            QFile f(pos[1]);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(Cli::tr("Cannot read %1: %2").arg(pos[1], f.errorString()));
            auto parsed = WorkCalendar::parse(f.readAll(), pos[1].endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
            if (!parsed)
                return ctx.fail(parsed.error());
            if (auto s = repo.replaceYears(parsed.value()); !s)
                return ctx.fail(s.error());
            ctx.err << Cli::tr("Imported %1 days.").arg(parsed->size()) << Qt::endl;
            return Done;
        }
        if (verb == QLatin1String("set") && pos.size() >= 3) {
            const QDate d = QDate::fromString(pos[1], Qt::ISODate);
            auto parsed = WorkCalendar::day(pos[1], pos[2], pos.value(3));
            if (!d.isValid() || !parsed)
                return ctx.fail(!d.isValid() ? Cli::tr("\"%1\" is not a date; write it as 2025-09-26.").arg(pos[1]) : parsed.message(), Usage);
            if (auto s = repo.setDay(parsed.value()); !s)
                return ctx.fail(s.error());
            return Done;
        }
        if (verb == QLatin1String("remove") && pos.size() == 2) {
            const QDate d = QDate::fromString(pos[1], Qt::ISODate);
            if (!d.isValid())
                return ctx.fail(Cli::tr("\"%1\" is not a date; write it as 2025-09-26.").arg(pos[1]), Usage);
            if (auto s = repo.removeDay(d); !s)
                return ctx.fail(s.error());
            return Done;
        }
        auto cal = WorkCalendar::load(*db);
        if (!cal)
            return ctx.fail(cal.error());
        return show(ctx, p, verb, pos, cal.value());
    }

private:
    // list and due: what the calendar says, from the database's tables or the shipped ones.
    static int show(Context &ctx, const QCommandLineParser &p, const QString &verb, const QStringList &pos, const WorkCalendar &calendar)
    {
        const WorkCalendar *cal = &calendar;
        // The options run() declared, looked up by name.
        const QString year = QStringLiteral("year"), json = QStringLiteral("json"), days = QStringLiteral("days");
        if (verb == QLatin1String("due") && pos.size() == 2) {
            const QDate d = QDate::fromString(pos[1], Qt::ISODate);
            bool ok = false;
            const int n = p.value(days).toInt(&ok);
            if (!d.isValid() || !ok || n < 1)
                return ctx.fail(Cli::tr("Usage: suiji-cli holidays due DATE [--days N]"), Usage);
            const QDate due = cal->addWorkingDays(d, n);
            ctx.out << due.toString(Qt::ISODate) << '\n';
            for (const QString &w : cal->warnings(d, due))
                ctx.err << w << '\n';
            ctx.out.flush();
            ctx.err.flush();
            return Done;
        }
        if (verb != QLatin1String("list"))
            return ctx.fail(
                Cli::tr("Usage: suiji-cli holidays [list | import FILE | set DATE holiday|workday [NAME] | remove DATE | due DATE] [--year Y] [--json]"),
                Usage);
        QList<int> years = cal->years();
        if (p.isSet(year))
            years = {p.value(year).toInt()};
        QJsonArray arr;
        for (int y : years)
            for (const CalendarDay &d : cal->days(y)) {
                if (p.isSet(json))
                    arr.append(QJsonObject{
                        {QStringLiteral("date"), d.date.toString(Qt::ISODate)}, {QStringLiteral("kind"), d.kind}, {QStringLiteral("name"), d.name}});
                else
                    ctx.out << d.date.toString(Qt::ISODate) << '\t' << d.kind << '\t' << d.name << '\n';
            }
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)) << '\n';
        for (int y : years)
            if (!cal->hasYear(y))
                ctx.err << cal->warnings(QDate(y, 1, 1), QDate(y, 12, 31)).join(QLatin1Char('\n')) << '\n';
        ctx.out.flush();
        ctx.err.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeProgressCommand()
{
    return std::make_unique<ProgressCommand>();
}
std::unique_ptr<Command> makeHolidaysCommand()
{
    return std::make_unique<HolidaysCommand>();
}

} // namespace suiji::cli
