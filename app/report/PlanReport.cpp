// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReport.h"

#include "draw/DrawService.h"
#include "draw/Sampler.h"
#include "io/Exporters.h"
#include "model/Bureau.h"
#include "report/PdfDocument.h"
#include "rules/QuotaService.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <qrencode.h>

namespace suiji::report {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::PlanReport)
};
} // namespace

void writeVoidedLocks(PdfDocument &doc, const QList<ChainRecord> &voids, int headingLevel)
{
    if (voids.isEmpty())
        return;
    QStringList lines;
    for (const ChainRecord &v : voids)
        lines << Tr::tr("Lock %1 voided on %2: %3")
                     .arg(v.freezeHash.left(16), v.fields().value(QStringLiteral("created_at")).toString(),
                          v.fields().value(QStringLiteral("reason")).toString());
    doc.heading(Tr::tr("Voided locks"), headingLevel);
    doc.paragraph(lines.join(QLatin1Char('\n')), 9);
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString verificationPayload(const Quarter &q, const QString &bureau, const QString &seed, const QString &lastRecordHash)
{
    return QStringLiteral("suiji-draw-v1|%1|%2|seed=%3|record=%4").arg(q.toString(), bureau, seed, lastRecordHash);
}

QString verificationPayloadV2(const Quarter &q, const QString &bureau, const QString &seed, const QString &commitHash)
{
    return QStringLiteral("suiji-draw-v2|%1|%2|seed=%3|commit=%4").arg(q.toString(), bureau, seed, commitHash);
}

QImage qrCode(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4, n = code->width, size = (n + 2 * quiet) * moduleSize;
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                p.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize, Qt::black);
    p.end();
    QRcode_free(code);
    return img;
}

Result<int> writePlanReport(const Database &db, const RuleProfile &profile, const Quarter &q, const QString &bureau, const QString &path,
                            const std::function<void(int, int)> &progress)
{
    auto all = DrawRepository(db).all(true);
    if (!all)
        return all.error();
    // Each chain that drew the quarter has a plan: a district's own, and the mobile-source
    // division's (the mobile pools of every district).
    QList<Bureau> candidates = Bureau::all();
    candidates << Bureau::mobile();

    // Everything the pages need, read before painting.
    struct Section {
        QString bureau;
        QList<DrawRecord> records;
        QList<LedgerTask> tasks;
        QHash<QString, QString> inspectorNames;
        QHash<QString, Entity> entities; // key → entity
        std::optional<QuarterPlan> plan;
        std::optional<QuarterState> state; // draw-spec v2: the lock, the seeds tried, the commit
        QHash<QString, int> prior;         // drawn elsewhere earlier in the year, per pool
        int divisionTasks = 0;             // a district's tasks the division drew for it
        QString divisionCommit;
    };
    QList<Section> sections;
    std::optional<QString> divisionCommit;
    for (const Bureau &bb : std::as_const(candidates)) {
        const QString &b = bb.id;
        if (!bureau.isEmpty() && b != bureau)
            continue;
        Section s;
        s.bureau = b;
        auto st = DrawService(db, profile).state(b, q);
        if (!st)
            return st.error();
        // The draws of this chain: its v1 records, and the index rows of its v2 commit.
        const QString commitHash = st->commit ? st->commit->recordHash : QString();
        for (const DrawRecord &r : all.value())
            if (r.quarter == q && ((r.spec == QLatin1String(draw::kSpec) && r.bureau == b) || (!commitHash.isEmpty() && r.prevHash == commitHash)))
                s.records << r;
        if (s.records.isEmpty())
            continue;
        auto drawn = TaskRepository(db).drawnIn(q, b);
        if (!drawn)
            return drawn.error();
        s.tasks = drawn.value();
        auto names = InspectorRepository(db).names(b);
        if (!names)
            return names.error();
        s.inspectorNames = names.value();
        EntityFilter f;
        f.bureau = bb.division ? QString() : b;
        QSet<QString> keys;
        for (const DrawRecord &r : std::as_const(s.records))
            for (const QString &k : r.selected + r.mustCheck)
                keys.insert(k);
        EntityRepository(db).forEach(f, [&](const Entity &e) {
            if (keys.contains(e.key))
                s.entities.insert(e.key, e);
            return true;
        });
        auto prior = DrawRepository(db).priorDraws(b, q.year);
        if (!prior)
            return prior.error();
        s.prior = prior.value();
        if (st->commit) {
            s.state = st.value();
            // The quotas as they were locked, not as the lists stand today.
            auto committed = DrawService(db, profile).committed(b, q);
            if (!committed)
                return committed.error();
            if (committed.value())
                s.plan = committed.value()->plan;
        } else if (auto plan = QuotaService(db, profile).plan(b, q)) {
            s.plan = plan.value();
        }
        if (!bb.division) {
            auto ledger = TaskRepository(db).list(q, b);
            if (!ledger)
                return ledger.error();
            for (const LedgerTask &t : ledger.value())
                if (!t.drawnBy.isEmpty())
                    ++s.divisionTasks;
            if (s.divisionTasks > 0) {
                if (!divisionCommit) {
                    auto ds = DrawService(db, profile).state(Bureau::mobile().id, q);
                    if (!ds)
                        return ds.error();
                    divisionCommit = ds->commit ? ds->commit->recordHash : QString();
                }
                s.divisionCommit = *divisionCommit;
            }
        }
        sections << s;
    }
    if (sections.isEmpty())
        return Error{Tr::tr("No draw is committed for %1 %2: there is no plan to print yet.").arg(bureau.isEmpty() ? Tr::tr("the city") : bureau, q.toString()),
                     3};

    const bool city = bureau.isEmpty();
    const QString header = city ? Tr::tr("Shenzhen · %1 quarter plans of every bureau").arg(q.toString())
                                : QStringLiteral("%1 · %2").arg(Exporters::planName(q, bureau), Exporters::planNumber(q, bureau));
    const QString title = city ? Tr::tr("Quarter plans %1").arg(q.toString()) : Exporters::planName(q, bureau);
    int pass = 0;
    const int pages = PdfDocument::render(path, title, header, [&](PdfDocument &doc) {
        bool first = true;
        ++pass;
        int done = 0;
        for (const Section &s : sections) {
            if (progress && pass == 2) // the second pass paints
                progress(done++, int(sections.size()));
            if (!first)
                doc.newPage();
            first = false;
            doc.heading(Exporters::planName(q, s.bureau), 1);
            const DrawRecord &r0 = s.records.first();
            QList<QPair<QString, QString>> facts{
                {Tr::tr("Plan number"), Exporters::planNumber(q, s.bureau)},
                {Tr::tr("Authority"), Exporters::authority(s.bureau)},
                {Tr::tr("Rule profile"), profile.year != 0 && profile.year != q.year
                                             ? Tr::tr("%1 · %2 (a profile for %3, used for %4)").arg(profile.id, r0.profileHash).arg(profile.year).arg(q.year)
                                             : QStringLiteral("%1 · %2").arg(profile.id, r0.profileHash)},
                {Tr::tr("Inspectors taking part"), s.plan ? QString::number(s.plan->inspectors) : QString()},
                {Tr::tr("Seed"), r0.seed},
                {Tr::tr("Committed"), Tr::tr("%1 by %2").arg(r0.createdAt, r0.op)}};
            if (s.state) {
                const std::optional<ChainRecord> locked = s.state->committedFreeze();
                const QJsonObject freeze = locked ? locked->fields() : QJsonObject();
                facts << QPair<QString, QString>{Tr::tr("Lists locked"), Tr::tr("%1 by %2")
                                                                             .arg(freeze.value(QStringLiteral("created_at")).toString(),
                                                                                  freeze.value(QStringLiteral("operator")).toString())}
                      << QPair<QString, QString>{Tr::tr("Seed source"), freeze.value(QStringLiteral("seed_source")).toString()};
            }
            doc.keyValues(facts);
            if (s.state) {
                // Every hash a reader should keep, and every seed tried, next to the committed one.
                doc.keyValues(
                    {{Tr::tr("Lock (freeze) record"), s.state->commit->freezeHash}, {Tr::tr("Commit record — keep this hash"), s.state->commit->recordHash}},
                    true);
                doc.heading(Tr::tr("Seeds tried"), 2);
                QList<QStringList> tried;
                int n = 0;
                for (const ChainRecord &a : s.state->attempts) {
                    const QJsonObject f = a.fields();
                    const bool current = a.freezeHash == s.state->commit->freezeHash;
                    const bool chosen = current && a.recordHash == s.state->commit->fields().value(QStringLiteral("attempt")).toString();
                    tried << QStringList{QString::number(++n),
                                         f.value(QStringLiteral("seed")).toString(),
                                         f.value(QStringLiteral("created_at")).toString(),
                                         f.value(QStringLiteral("operator")).toString(),
                                         f.value(QStringLiteral("staffed")).toBool() ? Tr::tr("yes") : Tr::tr("no"),
                                         chosen    ? Tr::tr("committed")
                                         : current ? QString()
                                                   : Tr::tr("against a voided lock")};
                }
                doc.table({Tr::tr("No."), Tr::tr("Seed"), Tr::tr("Tried at"), Tr::tr("Operator"), Tr::tr("All staffed"), Tr::tr("")}, {6, 30, 22, 14, 10, 18},
                          tried, 8.5, {1});
                const QString reason = s.state->commit->fields().value(QStringLiteral("reason")).toString();
                if (!reason.isEmpty())
                    doc.paragraph(Tr::tr("The committed seed is not the first one tried against the lock. Reason recorded with the commit: %1").arg(reason),
                                  9.5);
                else
                    doc.paragraph(Tr::tr("The committed seed is the first one tried against the lock."), 9.5);
                if (!s.state->voids.isEmpty()) {
                    doc.heading(Tr::tr("Voided locks"), 2);
                    QList<QStringList> voids;
                    for (const ChainRecord &v : s.state->voids) {
                        const QJsonObject f = v.fields();
                        voids << QStringList{v.freezeHash, f.value(QStringLiteral("created_at")).toString(), f.value(QStringLiteral("operator")).toString(),
                                             f.value(QStringLiteral("reason")).toString()};
                    }
                    doc.table({Tr::tr("Lock record"), Tr::tr("Voided at"), Tr::tr("Operator"), Tr::tr("Reason")}, {40, 18, 12, 30}, voids, 7.5, {0});
                }
            }
            // A pool as this chain names it (`district/pool` in the division's), and in words.
            auto chainPool = [&](const DrawRecord &r) { return chainPoolName(r.bureau == s.bureau ? QString() : r.bureau, r.pool); };
            auto poolName = [&](const DrawRecord &r) {
                const PoolRule *rule = profile.pool(r.pool);
                const QString name = rule ? rule->name.text() : r.pool;
                const Bureau *district = r.bureau == s.bureau ? nullptr : Bureau::byId(r.bureau);
                return district ? QStringLiteral("%1 · %2").arg(district->displayName(QLocale().language() == QLocale::Chinese), name) : name;
            };
            doc.heading(Tr::tr("Quotas"), 2);
            QList<QStringList> quota;
            for (const DrawRecord &r : s.records) {
                const PoolPlan *pp = s.plan ? s.plan->pool(chainPool(r)) : nullptr;
                quota << QStringList{poolName(r),
                                     pp ? QString::number(pp->base) : QString(),
                                     QString::number(r.poolKeys.size()),
                                     QString::number(r.mustCheck.size()),
                                     pp ? pp->formula : QString(),
                                     QString::number(r.k)};
            }
            doc.table({Tr::tr("Pool"), Tr::tr("Eligible N"), Tr::tr("Random pool"), Tr::tr("Must-check"), Tr::tr("Formula"), Tr::tr("k")}, {22, 8, 9, 8, 40, 6},
                      quota);
            // What the bureau drew elsewhere this year (entered by hand): the catch-up counts it.
            if (!s.prior.isEmpty()) {
                QStringList parts;
                for (const PoolRule &r : profile.pools)
                    if (s.prior.contains(r.id))
                        parts << Tr::tr("%1 %2").arg(r.name.text()).arg(s.prior.value(r.id));
                doc.paragraph(Tr::tr("Drawn elsewhere earlier in %1 (entered by hand, counted towards the year targets): %2.")
                                  .arg(q.year)
                                  .arg(parts.join(QStringLiteral("、"))),
                              9.5);
            }

            if (s.divisionTasks > 0)
                doc.paragraph(Tr::tr("The mobile-source division (移动源处) drew %1 tasks of the mobile pools for this district in its own ceremony; "
                                     "they are in this district's ledger and progress, and in the division's plan (commit record %2).")
                                  .arg(s.divisionTasks)
                                  .arg(s.divisionCommit.isEmpty() ? Tr::tr("drawn under draw-spec v1") : s.divisionCommit),
                              9.5);

            QHash<QString, QList<const LedgerTask *>> tasksByPoolKey;
            for (const LedgerTask &t : s.tasks)
                tasksByPoolKey[t.chainPool() + QLatin1Char('|') + t.key] << &t;
            for (const DrawRecord &r : s.records) {
                doc.heading(QStringLiteral("%1 (%2)").arg(poolName(r), chainPool(r)), 2);
                QList<QPair<QString, QString>> kv{{Tr::tr("Context"), r.context},
                                                  {Tr::tr("k of pool"), Tr::tr("%1 of %2").arg(r.k).arg(r.poolKeys.size())},
                                                  {QStringLiteral("pool_fp"), r.poolFp},
                                                  {QStringLiteral("result_fp"), r.resultFp}};
                if (r.spec == QLatin1String(draw::kSpec))
                    kv << QPair<QString, QString>{QStringLiteral("record_hash"), r.recordHash};
                doc.keyValues(kv, true);
                QList<QStringList> rows;
                auto addRows = [&](const QStringList &keys, bool must) {
                    for (const QString &key : keys) {
                        const Entity e = s.entities.value(key);
                        const QList<const LedgerTask *> ts = tasksByPoolKey.value(chainPool(r) + QLatin1Char('|') + key);
                        QStringList months, teams, partners;
                        QString mode;
                        for (const LedgerTask *t : ts) {
                            months << QStringLiteral("%1月").arg(t->month);
                            QStringList team;
                            for (const QString &b : t->inspectors)
                                team << QStringLiteral("%1 %2").arg(s.inspectorNames.value(b, b), b);
                            // One inspector per line: a name and badge never break across lines.
                            if (!teams.contains(team.join(QLatin1Char('\n'))))
                                teams << team.join(QLatin1Char('\n'));
                            mode = t->mode == QLatin1String("offsite") ? Tr::tr("off-site") : Tr::tr("on-site");
                            if (t->joint)
                                partners = t->partners;
                        }
                        rows << QStringList{(must ? Tr::tr("must ") : QString()) + QString::number(rows.size() + 1),
                                            e.name.isEmpty() ? key : e.name,
                                            key,
                                            e.street,
                                            teams.join(QStringLiteral("；\n")),
                                            months.join(QStringLiteral("、")),
                                            mode,
                                            partners.join(QStringLiteral("、"))};
                    }
                };
                addRows(r.mustCheck, true);
                addRows(r.selected, false);
                if (rows.isEmpty())
                    doc.paragraph(Tr::tr("Nothing drawn from this pool."), 9);
                else
                    doc.table({Tr::tr("No."), Tr::tr("Entity"), Tr::tr("USCC / code"), Tr::tr("Street"), Tr::tr("Team"), Tr::tr("Month"), Tr::tr("Mode"),
                               Tr::tr("Joint with")},
                              {5, 23, 21, 8, 22, 7, 7, 11}, rows, 7.5, {2});
            }

            // How anyone checks it.
            doc.heading(Tr::tr("Verification"), 2);
            const DrawRecord &last = s.records.last();
            QString example;
            for (const DrawRecord &r : s.records)
                if (!r.selected.isEmpty()) {
                    example = QStringLiteral("printf '%s' %1 | sha256sum")
                                  .arg(shellQuote(r.seed + QLatin1Char('|') + r.context + QLatin1Char('|') + r.selected.first()));
                    break;
                }
            doc.paragraph(
                Tr::tr("Each draw follows the public algorithm suiji-draw-v1: every key of a pool gets the ticket SHA-256(seed|context|key); the pool is "
                       "ordered by ticket and the first k are selected. The fingerprints are SHA-256 of the pool's keys and of the selected keys, "
                       "one per line. Anyone can recompute a ticket with the shell; the first selected key of the first non-empty pool gives:"),
                9.5);
            doc.paragraph(example, 8.5, true);
            if (s.state) {
                doc.paragraph(Tr::tr("The lists were locked before the seed existed (draw-spec v2); the months, joint inspections and teams follow from "
                                     "the locked lists and the seed as well. suiji-cli publish writes a bundle that anyone can check offline with "
                                     "verify.py or verify.html; suiji-cli verify --anchor with the commit record's hash below checks that the "
                                     "database still holds this draw unchanged, with every record before it. The QR code holds the seed and that hash."),
                              9.5);
                const QString payload = verificationPayloadV2(q, s.bureau, last.seed, s.state->commit->recordHash);
                doc.image(qrCode(payload), 32, payload);
            } else {
                doc.paragraph(Tr::tr("suiji-cli draw … --json prints every pool's keys; suiji-cli verify recomputes every draw and the record chain. "
                                     "The QR code holds the seed and the last record hash of this quarter, which commits to every record before it."),
                              9.5);
                doc.image(qrCode(verificationPayload(q, s.bureau, last.seed, last.recordHash)), 32,
                          verificationPayload(q, s.bureau, last.seed, last.recordHash));
            }
            doc.signatures({Tr::tr("Prepared by:"), Tr::tr("Reviewed by:"), Tr::tr("Approved by:"), Tr::tr("Date:")});
        }
    });
    if (pages < 0)
        return Error{Tr::tr("Cannot write %1.").arg(path)};
    return pages;
}

Result<int> writeFreezeReport(const Database &db, const RuleProfile &profile, const Quarter &q, const QString &bureau, const QString &path)
{
    DrawService service(db, profile);
    auto st = service.state(bureau, q);
    if (!st)
        return st.error();
    const std::optional<ChainRecord> freeze = st->commit ? st->committedFreeze() : st->freeze;
    if (!freeze)
        return Error{Tr::tr("The lists of %1 %2 are not locked: there is no notice to print. Lock them first.").arg(bureau, q.toString()), 3};
    auto snap = service.frozen(*freeze);
    if (!snap)
        return snap.error();
    const QJsonObject f = freeze->fields();
    const Bureau *b = Bureau::byId(bureau);
    const QString who = b ? b->nameZh : bureau;
    const QString title = Tr::tr("Draw notice %1 %2").arg(who, q.toString());
    const int pages = PdfDocument::render(path, title, QStringLiteral("%1 · %2").arg(Exporters::planName(q, bureau), title), [&](PdfDocument &doc) {
        doc.heading(title, 1);
        doc.paragraph(Tr::tr("The lists below were locked before the seed was made. The quarter's draw takes its entities from these pools and its "
                             "teams from this roster only; the seed will be made as stated and published with the plan."),
                      10);
        doc.keyValues(
            {{Tr::tr("Authority"), Exporters::authority(bureau)},
             {Tr::tr("Locked"), Tr::tr("%1 by %2").arg(f.value(QStringLiteral("created_at")).toString(), f.value(QStringLiteral("operator")).toString())},
             {Tr::tr("Seed source"), f.value(QStringLiteral("seed_source")).toString()},
             {Tr::tr("Inspectors taking part"), QString::number(snap->roster.size())},
             {Tr::tr("Rule profile"), f.value(QStringLiteral("profile_hash")).toString()}});
        doc.heading(Tr::tr("Lock record — keep this hash"), 2);
        doc.paragraph(freeze->recordHash, 12, true);
        QList<QStringList> rows;
        for (const QJsonValue &v : f.value(QStringLiteral("pools")).toArray()) {
            const QJsonObject p = v.toObject();
            const PoolRule *rule = profile.pool(p.value(QStringLiteral("pool")).toString());
            const PoolPlan *plan = snap->plan.pool(p.value(QStringLiteral("pool")).toString());
            rows << QStringList{rule ? rule->name.text() : p.value(QStringLiteral("pool")).toString(), QString::number(plan ? plan->pool.size() : 0),
                                QString::number(p.value(QStringLiteral("k")).toInt()), QString::number(plan ? plan->mustCheck.size() : 0),
                                p.value(QStringLiteral("pool_fp")).toString()};
        }
        doc.table({Tr::tr("Pool"), Tr::tr("Random pool"), Tr::tr("k"), Tr::tr("Must-check"), QStringLiteral("pool_fp")}, {26, 10, 6, 9, 49}, rows, 7.5, {4});
        doc.keyValues({{QStringLiteral("roster_fp"), f.value(QStringLiteral("roster_fp")).toString()}}, true);
        writeVoidedLocks(doc, st->voids, 2);
        const QString payload = QStringLiteral("suiji-freeze-v2|%1|%2|freeze=%3").arg(q.toString(), bureau, freeze->recordHash);
        doc.image(qrCode(payload), 30, payload);
        doc.signatures({Tr::tr("Locked by:"), Tr::tr("Witness:"), Tr::tr("Date:")});
    });
    if (pages < 0)
        return Error{Tr::tr("Cannot write %1.").arg(path)};
    return pages;
}

} // namespace suiji::report
