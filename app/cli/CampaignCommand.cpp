// SPDX-License-Identifier: GPL-3.0-or-later
// suiji-cli campaign create|scope|approve|file|publish|freeze|void|draw|task done|list|close (cli.md):
// special campaigns (专项执法), their procedure, targets and inspections.
#include "Command.h"
#include "ledger/CampaignService.h"
#include "store/CampaignRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

namespace {
QJsonObject campaignJson(const Campaign &c, int targets, int done)
{
    QJsonObject o = c.stateJson();
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("targets"), targets);
    o.insert(QStringLiteral("done"), done);
    return o;
}
} // namespace

class CampaignCommand : public Command {
public:
    QString name() const override { return QStringLiteral("campaign"); }
    QString summary() const override { return Cli::tr("Special campaigns: procedure, scope, targets drawn in public, inspections."); }
    Database::Mode databaseMode(const QStringList &args) const override
    {
        return args.value(1) == QLatin1String("list") ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    }

    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption id(QStringLiteral("id"), Cli::tr("create: the campaign's id, e.g. ZX2025-VOCS."), QStringLiteral("ID"));
        const QCommandLineOption nameOpt(QStringLiteral("name"), Cli::tr("create: the campaign's name."), QStringLiteral("TEXT"));
        const QCommandLineOption bureau = bureauOption(Cli::tr("create: the bureau running it; list: only its campaigns."));
        const QCommandLineOption from(QStringLiteral("from"), Cli::tr("create: the first day of the period."), QStringLiteral("DATE"));
        const QCommandLineOption to(QStringLiteral("to"), Cli::tr("create: the last day of the period."), QStringLiteral("DATE"));
        const QCommandLineOption basis(QStringLiteral("basis"), Cli::tr("create: the legal basis."), QStringLiteral("TEXT"));
        const QCommandLineOption field(QStringLiteral("field"), Cli::tr("create: the field or region of the problem."), QStringLiteral("TEXT"));
        const QCommandLineOption offsite(QStringLiteral("offsite"), Cli::tr("create: its targets are checked off site (书面核查、信息共享、智慧监管)."));
        const QCommandLineOption category(QStringLiteral("category"), Cli::tr("scope: categories, e.g. fixed,soil (default: every one)."), QStringLiteral("C"));
        const QCommandLineOption level(QStringLiteral("level"), Cli::tr("scope: general or key."), QStringLiteral("L"));
        const QCommandLineOption cls(QStringLiteral("class"), Cli::tr("scope: the class, general, key, special or offsite."), QStringLiteral("K"));
        const QCommandLineOption industry(QStringLiteral("industry"), Cli::tr("scope: entities whose industry contains this."), QStringLiteral("TEXT"));
        const QCommandLineOption street(QStringLiteral("street"), Cli::tr("scope: entities whose street contains this."), QStringLiteral("TEXT"));
        const QCommandLineOption keys(QStringLiteral("keys"), Cli::tr("scope: only the entities of this list (.csv/.xlsx of keys)."), QStringLiteral("FILE"));
        const QCommandLineOption by(QStringLiteral("by"), Cli::tr("approve: who approved it."), QStringLiteral("TEXT"));
        const QCommandLineOption date(QStringLiteral("date"), Cli::tr("approve, file, publish, close, task done: the day."), QStringLiteral("DATE"));
        const QCommandLineOption doc(QStringLiteral("doc"), Cli::tr("approve: the approval document's number."), QStringLiteral("NO"));
        const QCommandLineOption with(QStringLiteral("with"), Cli::tr("file: where it was filed."), QStringLiteral("TEXT"));
        const QCommandLineOption where(QStringLiteral("where"), Cli::tr("publish: where it was published."), QStringLiteral("TEXT"));
        const QCommandLineOption all(QStringLiteral("all"), Cli::tr("freeze: every entity in scope is a target."));
        const QCommandLineOption sample(QStringLiteral("sample"), Cli::tr("freeze: a random sample of N entities in scope."), QStringLiteral("N"));
        const QCommandLineOption seedSource(QStringLiteral("seed-source"), Cli::tr("freeze: how the seed will be made."), QStringLiteral("TEXT"));
        const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("draw: the public seed."), QStringLiteral("S"));
        const QCommandLineOption preview(QStringLiteral("preview"), Cli::tr("draw: compute and show, and log the seed as an attempt."));
        const QCommandLineOption commit(QStringLiteral("commit"), Cli::tr("draw: commit the targets and their teams."));
        const QCommandLineOption reason(QStringLiteral("reason"),
                                        Cli::tr("draw --commit: why the seed is not the first one tried; void: why the lock is withdrawn."),
                                        QStringLiteral("TEXT"));
        const QCommandLineOption result(QStringLiteral("result"), Cli::tr("task done: what the inspection found."), QStringLiteral("TEXT"));
        const QCommandLineOption op = operatorOption();
        const QCommandLineOption json = jsonOption();
        p.addOptions({offsite, id,  nameOpt, bureau, from, to,     basis,      field, category, level,  cls,    industry, street, keys, by,
                      date,    doc, with,    where,  all,  sample, seedSource, seed,  preview,  commit, reason, result,   op,     json});
        if (auto code = parse(
                ctx, p, args,
                QStringLiteral("create | scope ID | approve ID | file ID | publish ID | freeze ID | void ID | draw ID | task done ID KEY | list | close ID")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const QString verb = pos.value(0);
        static const QStringList withId{QStringLiteral("scope"),  QStringLiteral("approve"), QStringLiteral("file"), QStringLiteral("publish"),
                                        QStringLiteral("freeze"), QStringLiteral("void"),    QStringLiteral("draw"), QStringLiteral("close")};
        const bool usage =
            !((verb == QLatin1String("create") && pos.size() == 1 && p.isSet(id) && p.isSet(nameOpt) && p.isSet(bureau) && p.isSet(from) && p.isSet(to)) ||
              (verb == QLatin1String("list") && pos.size() == 1) || (withId.contains(verb) && pos.size() == 2) ||
              (verb == QLatin1String("task") && pos.value(1) == QLatin1String("done") && pos.size() == 4 && p.isSet(date))) ||
            (verb == QLatin1String("freeze") && p.isSet(all) == p.isSet(sample)) || (verb == QLatin1String("void") && !p.isSet(reason)) ||
            (verb == QLatin1String("draw") && (!p.isSet(seed) || p.isSet(preview) == p.isSet(commit))) ||
            (verb == QLatin1String("approve") && (!p.isSet(by) || !p.isSet(date) || !p.isSet(doc))) ||
            (verb == QLatin1String("file") && (!p.isSet(with) || !p.isSet(date))) || (verb == QLatin1String("publish") && (!p.isSet(where) || !p.isSet(date)));
        if (usage)
            return ctx.fail(
                Cli::tr("Usage: suiji-cli campaign create --id ID --name TEXT --bureau B --from DATE --to DATE [--basis TEXT] [--field TEXT] [--offsite]\n"
                        "       suiji-cli campaign scope ID [--category C] [--level L] [--class K] [--industry TEXT] [--street TEXT] [--keys FILE] "
                        "[--json]\n"
                        "       suiji-cli campaign approve ID --by TEXT --date D --doc NO | file ID --with TEXT --date D | publish ID --where TEXT "
                        "--date D\n"
                        "       suiji-cli campaign freeze ID (--all | --sample N) [--seed-source TEXT] | void ID --reason TEXT\n"
                        "       suiji-cli campaign draw ID --seed S (--preview | --commit [--reason TEXT]) [--json]\n"
                        "       suiji-cli campaign task done ID KEY --date D [--result TEXT]\n"
                        "       suiji-cli campaign list [--bureau B] [--json] | close ID [--date D]"),
                Usage);
        Database *db = ctx.database();
        const RuleProfile *profile = db ? ctx.profile() : nullptr;
        if (!profile)
            return Runtime;
        const CampaignService service(*db, *profile, ctx.clock());
        const QString who = ctx.operatorName(p, op);
        auto dateOf = [&](const QCommandLineOption &o) -> std::optional<QDate> {
            if (!p.isSet(o))
                return QDate();
            const QDate d = QDate::fromString(p.value(o).trimmed(), Qt::ISODate);
            if (!d.isValid()) {
                ctx.err << Cli::tr("--%1 takes a date, YYYY-MM-DD.").arg(o.names().first()) << Qt::endl;
                return std::nullopt;
            }
            return d;
        };
        auto done = [&](const Result<Campaign> &c) {
            if (!c)
                return ctx.fail(c.error());
            ctx.err << Cli::tr("Campaign %1 (%2) is now %3.").arg(c->id, c->name, Campaign::stateName(c->state)) << Qt::endl;
            return int(Done);
        };

        if (verb == QLatin1String("create")) {
            const auto f = dateOf(from), t = dateOf(to);
            const auto b = ctx.bureau(p.value(bureau));
            if (!f || !t || !b)
                return Usage;
            Campaign c;
            c.id = p.value(id);
            c.name = p.value(nameOpt);
            c.bureau = *b;
            c.from = *f;
            c.to = *t;
            c.basis = p.value(basis).trimmed();
            c.field = p.value(field).trimmed();
            c.offsite = p.isSet(offsite);
            return done(service.create(c, who));
        }
        if (verb == QLatin1String("list"))
            return list(ctx, *db, p, bureau, p.isSet(json));
        const QString cid = pos.value(verb == QLatin1String("task") ? 2 : 1);
        if (verb == QLatin1String("scope")) {
            CampaignScope s;
            s.categories = p.value(category).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &c : s.categories)
                c = c.trimmed();
            s.level = p.value(level).trimmed();
            s.cls = p.value(cls).trimmed();
            s.industry = p.value(industry).trimmed();
            s.street = p.value(street).trimmed();
            if (p.isSet(keys)) {
                auto k = CampaignService::readKeys(p.value(keys));
                if (!k)
                    return ctx.fail(k.error());
                s.keys = k.value();
            }
            auto c = service.setScope(cid, s, who);
            if (!c)
                return ctx.fail(c.error());
            if (p.isSet(json))
                ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("campaign"), c->id},
                                                                       {QStringLiteral("count"), c->scopeCount},
                                                                       {QStringLiteral("scope_fp"), c->scopeFp},
                                                                       {QStringLiteral("scope"), c->scope.toJson()}})
                                                 .toJson(QJsonDocument::Indented));
            else
                ctx.out << c->scopeCount << '\n';
            ctx.out.flush();
            ctx.err << Cli::tr("%n entity(ies) in the scope of campaign %1.", nullptr, c->scopeCount).arg(c->id) << Qt::endl;
            return Done;
        }
        if (verb == QLatin1String("approve") || verb == QLatin1String("file") || verb == QLatin1String("publish") || verb == QLatin1String("close")) {
            const auto d = dateOf(date);
            if (!d)
                return Usage;
            if (verb == QLatin1String("approve"))
                return done(service.approve(cid, p.value(by), *d, p.value(doc), who));
            if (verb == QLatin1String("file"))
                return done(service.file(cid, p.value(with), *d, who));
            if (verb == QLatin1String("publish"))
                return done(service.publish(cid, p.value(where), *d, who));
            return done(service.close(cid, *d, who));
        }
        if (verb == QLatin1String("freeze")) {
            std::optional<int> n;
            if (p.isSet(sample)) {
                bool ok = false;
                n = p.value(sample).toInt(&ok);
                if (!ok)
                    return ctx.fail(Cli::tr("--sample takes a whole number."), Usage);
            }
            auto r = service.freeze(cid, n, p.value(seedSource), who);
            if (!r)
                return ctx.fail(r.error());
            const QJsonObject f = r->fields();
            const QJsonObject pool = f.value(QStringLiteral("pools")).toArray().first().toObject();
            ctx.out << Cli::tr("Targets of campaign %1 locked: %2 to draw; freeze %3, pool_fp %4, roster_fp %5.")
                           .arg(cid)
                           .arg(pool.value(QStringLiteral("k")).toInt())
                           .arg(r->recordHash.left(16), pool.value(QStringLiteral("pool_fp")).toString().left(16),
                                f.value(QStringLiteral("roster_fp")).toString().left(16))
                    << '\n';
            ctx.out.flush();
            return Done;
        }
        if (verb == QLatin1String("void")) {
            auto r = service.voidFreeze(cid, p.value(reason), who);
            if (!r)
                return ctx.fail(r.error());
            ctx.err << Cli::tr("The lock %1 of campaign %2 is voided; lock its targets again when ready.").arg(r->freezeHash.left(16), cid) << Qt::endl;
            return Done;
        }
        if (verb == QLatin1String("draw")) {
            auto r = service.draw(cid, p.value(seed), p.isSet(commit), p.value(reason), who);
            if (!r)
                return ctx.fail(r.error());
            if (p.isSet(json)) {
                QJsonArray tasks;
                for (const DrawTask &t : r->tasks)
                    tasks.append(QJsonObject{{QStringLiteral("seq"), t.seq},
                                             {QStringLiteral("key"), t.key},
                                             {QStringLiteral("name"), t.name},
                                             {QStringLiteral("month"), t.month},
                                             {QStringLiteral("inspectors"), QJsonArray::fromStringList(t.inspectors)}});
                ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("campaign"), cid},
                                                                       {QStringLiteral("seed"), r->seed},
                                                                       {QStringLiteral("committed"), r->committed},
                                                                       {QStringLiteral("freeze"), r->freezeHash},
                                                                       {QStringLiteral("attempt"), r->attemptHash},
                                                                       {QStringLiteral("attempt_number"), r->attemptNumber},
                                                                       {QStringLiteral("pool_fp"), r->poolFp},
                                                                       {QStringLiteral("result_fp"), r->resultFp},
                                                                       {QStringLiteral("tasks_fp"), r->tasksFp},
                                                                       {QStringLiteral("tasks"), tasks},
                                                                       {QStringLiteral("errors"), QJsonArray::fromStringList(r->errors)}})
                                                 .toJson(QJsonDocument::Indented));
            } else {
                for (const DrawTask &t : r->tasks)
                    ctx.out << t.seq << '\t' << t.key << '\t' << t.name << '\t' << t.month << '\t' << t.inspectors.join(QLatin1Char(',')) << '\n';
                for (const QString &e : r->errors)
                    ctx.err << e << '\n';
            }
            ctx.out.flush();
            ctx.err << (r->committed
                            ? Cli::tr("Committed: %n target(s), seed %1, result_fp %2.", nullptr, int(r->tasks.size()))
                            : Cli::tr("Preview (attempt %1): %n target(s), seed %2, result_fp %3.", nullptr, int(r->tasks.size())).arg(r->attemptNumber))
                           .arg(r->seed, r->resultFp.left(16))
                    << Qt::endl;
            return Done;
        }
        // task done ID KEY
        const auto d = dateOf(date);
        if (!d)
            return Usage;
        auto t = service.taskDone(cid, pos[3], *d, p.value(result), who);
        if (!t)
            return ctx.fail(t.error());
        ctx.err << Cli::tr("Target %1 of campaign %2 inspected on %3.").arg(t->key, cid, t->inspectionDate.toString(Qt::ISODate)) << Qt::endl;
        return Done;
    }

private:
    static int list(Context &ctx, const Database &db, const QCommandLineParser &p, const QCommandLineOption &bureau, bool json)
    {
        const auto b = ctx.optionalBureau(p, bureau);
        if (!b)
            return Usage;
        auto all = CampaignRepository(db).list(*b);
        if (!all)
            return ctx.fail(all.error());
        auto tasks = CampaignRepository(db).tasksOfBureau(*b);
        if (!tasks)
            return ctx.fail(tasks.error());
        QHash<QString, QPair<int, int>> counts;
        for (const CampaignTask &t : tasks.value()) {
            auto &c = counts[t.campaign];
            ++c.first;
            if (t.status == QLatin1String("done"))
                ++c.second;
        }
        QJsonArray out;
        for (const Campaign &c : all.value()) {
            const auto n = counts.value(c.id);
            if (json)
                out.append(campaignJson(c, n.first, n.second));
            else
                ctx.out << c.id << '\t' << c.name << '\t' << c.bureau << '\t' << c.from.toString(Qt::ISODate) << QStringLiteral("…")
                        << c.to.toString(Qt::ISODate) << '\t' << Campaign::stateName(c.state, n.first > 0) << '\t' << n.second << '/' << n.first << '\n';
        }
        if (json)
            ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeCampaignCommand()
{
    return std::make_unique<CampaignCommand>();
}

} // namespace suiji::cli
