// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignReport.h"

#include "io/Exporters.h"
#include "ledger/CampaignService.h"
#include "model/Category.h"
#include "report/PdfDocument.h"
#include "report/PlanReport.h"
#include "rules/Classifier.h"
#include "store/CampaignRepository.h"
#include "store/ChainRepository.h"
#include "store/InspectorRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace suiji::report {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CampaignReport)
};

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString scopeText(const CampaignScope &s)
{
    QStringList parts;
    if (!s.categories.isEmpty()) {
        QStringList names;
        for (const QString &id : s.categories) {
            const Category *c = Category::byId(id);
            names << (c ? c->nameZh : id);
        }
        parts << Tr::tr("lists: %1").arg(names.join(QStringLiteral("、")));
    }
    if (!s.level.isEmpty())
        parts << Tr::tr("level: %1").arg(s.level == QLatin1String("key") ? Tr::tr("key") : Tr::tr("general"));
    if (!s.cls.isEmpty())
        parts << Tr::tr("class: %1").arg(Classifier::className(s.cls));
    if (!s.industry.isEmpty())
        parts << Tr::tr("industry contains “%1”").arg(s.industry);
    if (!s.street.isEmpty())
        parts << Tr::tr("street contains “%1”").arg(s.street);
    if (!s.keys.isEmpty())
        parts << Tr::tr("%n key(s) of an imported list", nullptr, int(s.keys.size()));
    return parts.isEmpty() ? Tr::tr("every entity of the bureau's lists") : parts.join(Tr::tr("; "));
}

QString stepName(const QString &step)
{
    if (step == QLatin1String("create"))
        return Tr::tr("Drafted (草拟)");
    if (step == QLatin1String("scope"))
        return Tr::tr("Scope set");
    if (step == QLatin1String("approve"))
        return Tr::tr("Approved (批准)");
    if (step == QLatin1String("file"))
        return Tr::tr("Filed (备案)");
    if (step == QLatin1String("publish"))
        return Tr::tr("Published (公布)");
    if (step == QLatin1String("close"))
        return Tr::tr("Closed (完结)");
    return step;
}
} // namespace

Result<int> writeCampaignReport(const Database &db, const RuleProfile &profile, const QString &campaign, const QString &path)
{
    const CampaignService service(db, profile);
    auto c = service.find(campaign);
    if (!c)
        return c.error();
    auto st = service.ceremony(c.value());
    if (!st)
        return st.error();
    auto records = ChainRepository(db).forQuarter(c->bureau, c->id);
    if (!records)
        return records.error();
    auto tasks = CampaignRepository(db).tasks(c->id);
    if (!tasks)
        return tasks.error();
    auto names = InspectorRepository(db).names(c->bureau);
    if (!names)
        return names.error();
    // The lock the targets come from: the committed one, else the one in force.
    std::optional<ChainRecord> freeze = st->freeze;
    if (st->commit)
        for (const ChainRecord &r : records.value())
            if (r.kind == QLatin1String("freeze") && r.recordHash == st->commit->freezeHash)
                freeze = r;
    std::optional<CampaignSnapshot> snap;
    if (freeze) {
        auto json = ChainRepository(db).snapshot(freeze->id);
        if (!json)
            return json.error();
        auto s = CampaignSnapshot::fromJson(json.value());
        if (!s)
            return s.error();
        snap = s.value();
    }
    const QString title = Tr::tr("Special campaign summary: %1").arg(c->name);
    int done = 0, offsite = 0, findings = 0;
    for (const CampaignTask &t : tasks.value()) {
        offsite += t.mode == QLatin1String("offsite");
        done += t.status == QLatin1String("done");
        findings += t.foundSomething();
    }
    const QString header = QStringLiteral("%1 · %2").arg(Exporters::authority(c->bureau), c->id);
    const int pages = PdfDocument::render(path, title, header, [&](PdfDocument &doc) {
        doc.heading(title, 1);
        doc.keyValues({{Tr::tr("Campaign"), QStringLiteral("%1 (%2)").arg(c->name, c->id)},
                       {Tr::tr("Authority"), Exporters::authority(c->bureau)},
                       {Tr::tr("Field or region"), c->field},
                       {Tr::tr("Legal basis"), c->basis},
                       {Tr::tr("Period"), QStringLiteral("%1 – %2").arg(day(c->from), day(c->to))},
                       {Tr::tr("Checked"), c->offsite ? Tr::tr("off site (书面核查、信息共享、智慧监管)") : Tr::tr("on site")},
                       {Tr::tr("State"), Campaign::stateName(c->state, st->commit.has_value())}});

        doc.heading(Tr::tr("Procedure"), 2);
        QList<QStringList> steps;
        for (const ChainRecord &r : records.value()) {
            if (r.kind != QLatin1String("campaign"))
                continue;
            const QJsonObject f = r.fields();
            const QString step = f.value(QStringLiteral("step")).toString();
            QString what, on;
            if (step == QLatin1String("approve")) {
                what = Tr::tr("%1, document %2").arg(f.value(QStringLiteral("approved_by")).toString(), f.value(QStringLiteral("approval_doc")).toString());
                on = f.value(QStringLiteral("approved_on")).toString();
            } else if (step == QLatin1String("file")) {
                what = Tr::tr("with %1").arg(f.value(QStringLiteral("filed_with")).toString());
                on = f.value(QStringLiteral("filed_on")).toString();
            } else if (step == QLatin1String("publish")) {
                what = Tr::tr("in %1").arg(f.value(QStringLiteral("published_where")).toString());
                on = f.value(QStringLiteral("published_on")).toString();
            } else if (step == QLatin1String("close")) {
                on = f.value(QStringLiteral("closed_on")).toString();
            } else if (step == QLatin1String("create")) {
                what = QStringLiteral("%1 – %2").arg(f.value(QStringLiteral("from")).toString(), f.value(QStringLiteral("to")).toString());
            } else if (step == QLatin1String("scope")) {
                what = Tr::tr("%n entity(ies)", nullptr, f.value(QStringLiteral("scope_count")).toInt());
            }
            steps << QStringList{stepName(step),
                                 on,
                                 what,
                                 f.value(QStringLiteral("operator")).toString(),
                                 f.value(QStringLiteral("created_at")).toString().replace(QLatin1Char('T'), QLatin1Char(' ')),
                                 r.recordHash.left(16)};
        }
        doc.table({Tr::tr("Step"), Tr::tr("Date"), Tr::tr("By, document, where"), Tr::tr("Operator"), Tr::tr("Recorded"), Tr::tr("Record")},
                  {11, 10, 33, 9, 18, 19}, steps, 7.5, {5});

        doc.heading(Tr::tr("Scope"), 2);
        if (c->scopeSet) {
            doc.keyValues({{Tr::tr("Filter"), scopeText(c->scope)}, {Tr::tr("In scope"), Tr::tr("%n entity(ies), one per company", nullptr, c->scopeCount)}});
            doc.keyValues({{QStringLiteral("scope_fp"), c->scopeFp}}, true);
        } else {
            doc.paragraph(Tr::tr("The scope is not set yet."), 9.5);
        }

        doc.heading(Tr::tr("Targets and their proof"), 2);
        if (!snap) {
            doc.paragraph(Tr::tr("The targets are not locked yet."), 9.5);
        } else {
            const QJsonObject ff = freeze->fields();
            const QJsonObject pool = ff.value(QStringLiteral("pools")).toArray().first().toObject();
            doc.keyValues(
                {{Tr::tr("Targets"), snap->all ? Tr::tr("every entity in scope (%n)", nullptr, int(snap->members.size()))
                                               : Tr::tr("a random sample of %1 of %2 in scope").arg(snap->k).arg(snap->members.size())},
                 {Tr::tr("Locked"), Tr::tr("%1 by %2").arg(ff.value(QStringLiteral("created_at")).toString(), ff.value(QStringLiteral("operator")).toString())},
                 {Tr::tr("Seed source"), ff.value(QStringLiteral("seed_source")).toString()},
                 {Tr::tr("Context"), snap->context()},
                 {Tr::tr("Inspectors taking part"), QString::number(snap->roster.size())}});
            doc.keyValues({{Tr::tr("Lock record"), freeze->recordHash},
                           {QStringLiteral("pool_fp"), pool.value(QStringLiteral("pool_fp")).toString()},
                           {QStringLiteral("roster_fp"), ff.value(QStringLiteral("roster_fp")).toString()}},
                          true);
            // Every seed tried, against every lock of the campaign (voided ones too): none is ever deleted.
            QSet<QString> voidedLocks;
            for (const ChainRecord &v : st->voids)
                voidedLocks.insert(v.freezeHash);
            QList<QStringList> tries;
            const QString committedAttempt = st->commit ? st->commit->fields().value(QStringLiteral("attempt")).toString() : QString();
            int n = 0;
            for (const ChainRecord &r : records.value()) {
                if (r.kind != QLatin1String("attempt"))
                    continue;
                const QJsonObject f = r.fields();
                const QString note = r.recordHash == committedAttempt     ? Tr::tr("committed")
                                     : voidedLocks.contains(r.freezeHash) ? Tr::tr("lock voided")
                                     : r.freezeHash == freeze->recordHash ? QString()
                                                                          : Tr::tr("earlier lock");
                tries << QStringList{QString::number(++n),
                                     f.value(QStringLiteral("seed")).toString(),
                                     r.freezeHash.left(16),
                                     f.value(QStringLiteral("created_at")).toString().replace(QLatin1Char('T'), QLatin1Char(' ')),
                                     f.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("result_fp")).toString().left(16),
                                     note};
            }
            if (!tries.isEmpty()) {
                doc.paragraph(Tr::tr("Every seed tried, in order:"), 9.5);
                doc.table({Tr::tr("No."), Tr::tr("Seed"), Tr::tr("Lock"), Tr::tr("Tried"), QStringLiteral("result_fp"), QString()}, {6, 24, 18, 20, 18, 14},
                          tries, 8, {1, 2, 4});
            }
            if (st->commit) {
                const QJsonObject f = st->commit->fields();
                const QString reason = f.value(QStringLiteral("reason")).toString();
                doc.keyValues({{Tr::tr("Committed"),
                                Tr::tr("%1 by %2").arg(f.value(QStringLiteral("created_at")).toString(), f.value(QStringLiteral("operator")).toString())},
                               {Tr::tr("Seed"), f.value(QStringLiteral("seed")).toString()},
                               {Tr::tr("Why not the first seed"), reason.isEmpty() ? Tr::tr("— (the first seed tried)") : reason}});
                doc.keyValues({{Tr::tr("Commit record"), st->commit->recordHash}, {QStringLiteral("tasks_fp"), f.value(QStringLiteral("tasks_fp")).toString()}},
                              true);
            }
            writeVoidedLocks(doc, st->voids, 3);
            if (st->commit && !tasks->isEmpty()) {
                const QString seed = st->commit->fields().value(QStringLiteral("seed")).toString();
                doc.paragraph(Tr::tr("The targets follow the public algorithm of the quarter's draws: every key in scope gets the ticket "
                                     "SHA-256(seed|context|key), the lowest tickets are the targets. Anyone can recompute a ticket with the shell; "
                                     "the first target gives:"),
                              9.5);
                doc.paragraph(QStringLiteral("printf '%s' %1 | sha256sum")
                                  .arg(shellQuote(seed + QLatin1Char('|') + snap->context() + QLatin1Char('|') + tasks->first().key)),
                              8.5, true);
            }
        }

        doc.heading(Tr::tr("Results"), 2);
        doc.keyValues({{Tr::tr("Targets"), QString::number(tasks->size())},
                       {Tr::tr("Inspected"), tasks->isEmpty() ? QStringLiteral("0") : QStringLiteral("%1 (%2%)").arg(done).arg(done * 100 / tasks->size())},
                       {Tr::tr("Off site"), QString::number(offsite)},
                       {Tr::tr("Found something"), QString::number(findings)}});
        if (!tasks->isEmpty()) {
            QList<QStringList> rows;
            for (const CampaignTask &t : tasks.value()) {
                QStringList team;
                for (const QString &badge : t.inspectors)
                    team << names->value(badge, badge);
                rows << QStringList{QString::number(t.seq),
                                    t.name,
                                    t.key,
                                    c->monthStart(t.month).toString(QStringLiteral("yyyy-MM")),
                                    team.join(QStringLiteral("、")),
                                    t.status == QLatin1String("done") ? day(t.inspectionDate) : Tr::tr("to do"),
                                    t.result};
            }
            doc.table({Tr::tr("No."), Tr::tr("Entity"), Tr::tr("USCC / code"), Tr::tr("Month"), Tr::tr("Team"), Tr::tr("Inspected"), Tr::tr("Result")},
                      {5, 24, 20, 8, 15, 10, 18}, rows, 7.5, {2});
        }
        if (!records->isEmpty()) {
            const QString payload = QStringLiteral("suiji-campaign-v1|%1|%2|record=%3").arg(c->id, c->bureau, records->last().recordHash);
            doc.paragraph(Tr::tr("suiji-cli verify recomputes the targets from the lock and the seed and checks every record of the procedure and "
                                 "every inspection; suiji-cli publish --campaign writes a bundle anyone can check offline. The QR code holds the "
                                 "campaign's last record hash, which commits to every record before it."),
                          9.5);
            doc.image(qrCode(payload), 30, payload);
        }
        doc.signatures({Tr::tr("Prepared by:"), Tr::tr("Reviewed by:"), Tr::tr("Approved by:"), Tr::tr("Date:")});
    });
    if (pages < 0)
        return Error{Tr::tr("Cannot write %1.").arg(path)};
    return pages;
}

} // namespace suiji::report
