// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignService.h"

#include "draw/FreezeSnapshot.h"
#include "draw/Matcher.h"
#include "draw/Sampler.h"
#include "draw/Sha256.h"
#include "io/TableReader.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "model/Quarter.h"
#include "rules/Classifier.h"
#include "store/Backups.h"
#include "store/CampaignRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "util/Sort.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CampaignService)
};
const QString kPool = QStringLiteral("campaign");

QString stepNeeds(const Campaign &c, const QString &from)
{
    return Tr::tr("Campaign %1 is %2; this step needs it %3 (the order is: draft, approved, filed, published, closed).")
        .arg(c.id, Campaign::stateName(c.state), Campaign::stateName(from));
}
} // namespace

// ---- the frozen lists -------------------------------------------------------------------------

QByteArray CampaignSnapshot::toJson() const
{
    QJsonArray ms;
    for (const Member &m : members)
        ms.append(QJsonObject{{QStringLiteral("key"), m.key}, {QStringLiteral("category"), m.category}, {QStringLiteral("name"), m.name}});
    QJsonArray r;
    for (const Inspector &i : roster)
        r.append(QJsonObject{
            {QStringLiteral("badge"), i.badge}, {QStringLiteral("name"), i.name}, {QStringLiteral("conflicts"), QJsonArray::fromStringList(i.conflicts)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("campaign"), campaign},
                                     {QStringLiteral("bureau"), bureau},
                                     {QStringLiteral("members"), ms},
                                     {QStringLiteral("k"), k},
                                     {QStringLiteral("all"), all},
                                     {QStringLiteral("months"), months},
                                     {QStringLiteral("offsite"), offsite},
                                     {QStringLiteral("roster"), r},
                                     {QStringLiteral("team_size"), teamSize},
                                     {QStringLiteral("cap_slack"), capSlack}})
        .toJson(QJsonDocument::Compact);
}

Result<CampaignSnapshot> CampaignSnapshot::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    if (err.error != QJsonParseError::NoError || o.isEmpty())
        return Error{Tr::tr("The frozen lists of the campaign cannot be read: %1.").arg(err.errorString())};
    CampaignSnapshot s;
    s.campaign = o.value(QStringLiteral("campaign")).toString();
    s.bureau = o.value(QStringLiteral("bureau")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        s.members << Member{m.value(QStringLiteral("key")).toString(), m.value(QStringLiteral("category")).toString(),
                            m.value(QStringLiteral("name")).toString()};
    }
    s.k = o.value(QStringLiteral("k")).toInt();
    s.all = o.value(QStringLiteral("all")).toBool();
    s.months = std::max(1, o.value(QStringLiteral("months")).toInt());
    s.offsite = o.value(QStringLiteral("offsite")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("roster")).toArray()) {
        const QJsonObject i = v.toObject();
        Inspector in;
        in.badge = i.value(QStringLiteral("badge")).toString();
        in.name = i.value(QStringLiteral("name")).toString();
        in.bureau = s.bureau;
        for (const QJsonValue &c : i.value(QStringLiteral("conflicts")).toArray())
            in.conflicts << c.toString();
        s.roster << in;
    }
    s.teamSize = o.value(QStringLiteral("team_size")).toInt(2);
    s.capSlack = o.value(QStringLiteral("cap_slack")).toInt();
    return s;
}

QString CampaignSnapshot::context() const
{
    return QStringLiteral("suiji-campaign-v1|%1|%2").arg(campaign, bureau);
}

QString CampaignSnapshot::matchContext() const
{
    return QStringLiteral("suiji-match-v1|%1|%2").arg(campaign, bureau);
}

QStringList CampaignSnapshot::keys() const
{
    QStringList out;
    out.reserve(members.size());
    for (const Member &m : members)
        out << m.key;
    return out;
}

QString CampaignSnapshot::rosterFp() const
{
    QStringList lines;
    for (const Inspector &i : roster)
        lines << i.badge + QLatin1Char('|') + i.conflicts.join(QLatin1Char(','));
    return draw::listFingerprint(lines);
}

QJsonObject CampaignSnapshot::freezeRecord(const QString &profileHash, const QString &seedSource) const
{
    const QJsonArray pools{QJsonObject{{QStringLiteral("pool"), kPool},
                                       {QStringLiteral("context"), context()},
                                       {QStringLiteral("k"), k},
                                       {QStringLiteral("pool_fp"), draw::listFingerprint(keys())},
                                       {QStringLiteral("must_fp"), draw::listFingerprint({})}}};
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("freeze")},
                       {QStringLiteral("spec"), QLatin1String(draw::kSpecV2)},
                       {QStringLiteral("quarter"), campaign},
                       {QStringLiteral("bureau"), bureau},
                       {QStringLiteral("profile_hash"), profileHash},
                       {QStringLiteral("pools"), pools},
                       {QStringLiteral("roster_fp"), rosterFp()},
                       {QStringLiteral("team_size"), teamSize},
                       {QStringLiteral("cap_slack"), capSlack},
                       {QStringLiteral("seed_source"), seedSource}};
}

// ---- the draw ---------------------------------------------------------------------------------

QJsonArray CampaignDraw::resultsJson() const
{
    return QJsonArray{QJsonObject{{QStringLiteral("pool"), kPool}, {QStringLiteral("result_fp"), resultFp}}};
}

QStringList CampaignDraw::taskLines() const
{
    QStringList lines;
    for (const DrawTask &t : tasks)
        lines << draw::taskLine(kPool, t.key, t.month, t.offsite, false, {}, t.inspectors);
    return lines;
}

CampaignDraw CampaignDraw::compute(const CampaignSnapshot &snap, const QString &seed)
{
    CampaignDraw out;
    out.seed = seed;
    const draw::Selection sel = draw::Sampler::select(seed, snap.context(), snap.keys(), snap.k);
    out.selected = sel.selected;
    out.poolFp = sel.poolFp;
    out.resultFp = sel.resultFp;
    QHash<QString, const CampaignSnapshot::Member *> byKey;
    for (const CampaignSnapshot::Member &m : snap.members)
        byKey.insert(m.key, &m);
    // Spread over the period in selection order: target j of n in month floor(j × months / n) + 1.
    const qsizetype n = sel.selected.size();
    for (qsizetype j = 0; j < n; ++j) {
        const CampaignSnapshot::Member *m = byKey.value(sel.selected[j]);
        DrawTask t;
        t.seq = int(j) + 1;
        t.pool = kPool;
        t.key = m->key;
        t.category = m->category;
        t.name = m->name;
        t.origin = kPool;
        t.month = int(j * snap.months / n) + 1;
        t.offsite = snap.offsite;
        out.tasks << t;
    }
    const draw::MatchOutcome match = draw::matchInspectors(out.tasks, snap.roster, snap.teamSize, seed, snap.matchContext(), snap.capSlack);
    out.errors = match.errors;
    out.tasksFp = draw::listFingerprint(out.taskLines());
    return out;
}

// ---- the procedure ----------------------------------------------------------------------------

Result<Campaign> CampaignService::find(const QString &id) const
{
    auto c = CampaignRepository(m_db).find(id.trimmed());
    if (!c)
        return c.error();
    if (!c.value())
        return Error{Tr::tr("There is no campaign %1.").arg(id), 3};
    return *c.value();
}

Result<QStringList> CampaignService::readKeys(const QString &path)
{
    auto reader = TableReader::open(path);
    if (!reader)
        return reader.error();
    QStringList cells, out;
    int row = 0, column = -1;
    static const QStringList heads{QStringLiteral("统一社会信用代码"),
                                   QStringLiteral("信用代码"),
                                   QStringLiteral("编码"),
                                   QStringLiteral("代码"),
                                   QStringLiteral("uscc"),
                                   QStringLiteral("key")};
    while (reader.value()->next(cells, row)) {
        if (column < 0) {
            for (const QString &h : heads) {
                for (qsizetype i = 0; i < cells.size() && column < 0; ++i)
                    if (cells[i].trimmed().compare(h, Qt::CaseInsensitive) == 0)
                        column = int(i);
                if (column >= 0)
                    break;
            }
            if (column >= 0)
                continue; // the header
            column = 0;
        }
        const QString key = cells.value(column).trimmed().toUpper();
        if (!key.isEmpty())
            out << key;
    }
    if (reader.value()->failed())
        return Error{reader.value()->error(), 3};
    if (out.isEmpty())
        return Error{Tr::tr("%1 holds no keys.").arg(path), 3};
    return out;
}

Status CampaignService::record(const Campaign &c, const QString &stepName, const QString &op) const
{
    QJsonObject rec = c.stateJson();
    rec.insert(QStringLiteral("kind"), QStringLiteral("campaign"));
    rec.insert(QStringLiteral("campaign"), c.id);
    rec.insert(QStringLiteral("step"), stepName);
    rec.insert(QStringLiteral("operator"), op);
    rec.insert(QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate));
    if (auto r = ChainRepository(m_db).append(c.bureau, c.id, QString(), rec); !r)
        return r.error();
    return Ok{};
}

Result<Campaign> CampaignService::create(Campaign c, const QString &op) const
{
    c.id = c.id.trimmed();
    c.name = c.name.trimmed();
    QStringList errors;
    if (const QString e = Campaign::checkId(c.id); !e.isEmpty())
        errors << e;
    if (c.name.isEmpty())
        errors << Tr::tr("A campaign needs a name.");
    if (!Bureau::byId(c.bureau))
        errors << Tr::tr("\"%1\" is not a bureau.").arg(c.bureau);
    if (!c.from.isValid() || !c.to.isValid() || c.to < c.from)
        errors << Tr::tr("A campaign needs a period: a first and a last day, the last not before the first.");
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n')), 3};
    c.state = QStringLiteral("draft");
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = CampaignRepository(m_db).insert(c); !s)
        return s.error();
    if (auto s = record(c, QStringLiteral("create"), op); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<QList<Entity>> CampaignService::inScope(const Campaign &c, const CampaignScope &scope) const
{
    EntityFilter f;
    f.bureau = c.bureau;
    f.categories = scope.categories;
    auto all = EntityRepository(m_db).list(f);
    if (!all)
        return all.error();
    const QDate start = c.from.isValid() ? c.from : m_clock.today();
    Classifier classifier(m_profile, Quarter{start.year(), (start.month() - 1) / 3 + 1});
    classifier.setReasonsInWords(false);
    const QSet<QString> keys(scope.keys.cbegin(), scope.keys.cend());
    // One per key, the first category in the shipped order (a key fixed source that is also a
    // soil key unit is one company).
    QHash<QString, int> order;
    for (const Category &cat : Category::all())
        order.insert(cat.id, int(order.size()));
    QHash<QString, Entity> byKey;
    for (const Entity &e : all.value()) {
        if (!scope.keys.isEmpty() && !keys.contains(e.key))
            continue;
        if (!scope.level.isEmpty() && e.level != scope.level)
            continue;
        if (!scope.industry.isEmpty() && !e.industry.contains(scope.industry))
            continue;
        if (!scope.street.isEmpty() && !e.street.contains(scope.street))
            continue;
        if (!scope.cls.isEmpty() && classifier.classify(e).cls != scope.cls)
            continue;
        auto it = byKey.find(e.key);
        if (it == byKey.end())
            byKey.insert(e.key, e);
        else if (order.value(e.category, 999) < order.value(it->category, 999))
            *it = e;
    }
    QStringList sorted = byKey.keys();
    sortByBytes(sorted);
    QList<Entity> out;
    out.reserve(sorted.size());
    for (const QString &k : std::as_const(sorted))
        out << byKey.value(k);
    return out;
}

Result<Campaign> CampaignService::step(const QString &id, const QString &from, const std::function<Status(Campaign &)> &change, const QString &stepName,
                                       const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = find(id);
    if (!c)
        return c;
    if (c->state != from)
        return Error{stepNeeds(c.value(), from), 3};
    if (auto s = change(c.value()); !s)
        return s.error();
    if (auto s = CampaignRepository(m_db).save(c.value()); !s)
        return s.error();
    if (auto s = record(c.value(), stepName, op); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Campaign> CampaignService::setScope(const QString &id, const CampaignScope &given, const QString &op) const
{
    CampaignScope scope = given;
    sortByBytes(scope.keys);
    scope.keys.removeDuplicates();
    if (!scope.level.isEmpty() && scope.level != QLatin1String("general") && scope.level != QLatin1String("key"))
        return Error{Tr::tr("--level takes general or key."), 3};
    static const QStringList classes{QStringLiteral("general"), QStringLiteral("key"), QStringLiteral("special"), QStringLiteral("offsite")};
    if (!scope.cls.isEmpty() && !classes.contains(scope.cls))
        return Error{Tr::tr("--class takes general, key, special or offsite."), 3};
    for (const QString &cat : std::as_const(scope.categories))
        if (!Category::byId(cat))
            return Error{Tr::tr("\"%1\" is not a category of the entity list.").arg(cat), 3};
    return step(
        id, QStringLiteral("draft"),
        [&](Campaign &c) -> Status {
            auto keys = inScope(c, scope);
            if (!keys)
                return keys.error();
            QStringList list;
            for (const Entity &e : keys.value())
                list << e.key;
            c.scope = scope;
            c.scopeSet = true;
            c.scopeCount = int(list.size());
            c.scopeFp = draw::listFingerprint(list);
            return Ok{};
        },
        QStringLiteral("scope"), op);
}

Result<Campaign> CampaignService::approve(const QString &id, const QString &by, const QDate &on, const QString &doc, const QString &op) const
{
    return step(
        id, QStringLiteral("draft"),
        [&](Campaign &c) -> Status {
            if (!c.scopeSet)
                return Error{Tr::tr("Set the scope of campaign %1 before its approval: the approval is of a scope.").arg(c.id), 3};
            if (by.trimmed().isEmpty() || doc.trimmed().isEmpty() || !on.isValid())
                return Error{Tr::tr("An approval needs who approved it, the date and the document's number."), 3};
            c.state = QStringLiteral("approved");
            c.approvedBy = by.trimmed();
            c.approvedOn = on;
            c.approvalDoc = doc.trimmed();
            return Ok{};
        },
        QStringLiteral("approve"), op);
}

Result<Campaign> CampaignService::file(const QString &id, const QString &with, const QDate &on, const QString &op) const
{
    return step(
        id, QStringLiteral("approved"),
        [&](Campaign &c) -> Status {
            if (with.trimmed().isEmpty() || !on.isValid())
                return Error{Tr::tr("A filing needs where it was filed and the date."), 3};
            if (on < c.approvedOn)
                return Error{Tr::tr("The filing (%1) cannot come before the approval (%2).").arg(on.toString(Qt::ISODate), c.approvedOn.toString(Qt::ISODate)),
                             3};
            c.state = QStringLiteral("filed");
            c.filedWith = with.trimmed();
            c.filedOn = on;
            return Ok{};
        },
        QStringLiteral("file"), op);
}

Result<Campaign> CampaignService::publish(const QString &id, const QString &where, const QDate &on, const QString &op) const
{
    return step(
        id, QStringLiteral("filed"),
        [&](Campaign &c) -> Status {
            if (where.trimmed().isEmpty() || !on.isValid())
                return Error{Tr::tr("A publication needs where it was published and the date."), 3};
            if (on < c.filedOn)
                return Error{Tr::tr("The publication (%1) cannot come before the filing (%2).").arg(on.toString(Qt::ISODate), c.filedOn.toString(Qt::ISODate)),
                             3};
            c.state = QStringLiteral("published");
            c.publishedWhere = where.trimmed();
            c.publishedOn = on;
            return Ok{};
        },
        QStringLiteral("publish"), op);
}

Result<Campaign> CampaignService::close(const QString &id, const QDate &on, const QString &op) const
{
    const QDate day = on.isValid() ? on : m_clock.today();
    return step(
        id, QStringLiteral("published"),
        [&](Campaign &c) -> Status {
            if (day < c.publishedOn)
                return Error{
                    Tr::tr("The closure (%1) cannot come before the publication (%2).").arg(day.toString(Qt::ISODate), c.publishedOn.toString(Qt::ISODate)), 3};
            c.state = QStringLiteral("closed");
            c.closedOn = day;
            return Ok{};
        },
        QStringLiteral("close"), op);
}

// ---- the ceremony -----------------------------------------------------------------------------

Result<CampaignCeremony> CampaignService::ceremony(const Campaign &c) const
{
    auto records = ChainRepository(m_db).forQuarter(c.bureau, c.id);
    if (!records)
        return records.error();
    CampaignCeremony out;
    for (const ChainRecord &r : records.value()) {
        if (r.kind == QLatin1String("freeze")) {
            out.freeze = r;
            out.attempts.clear();
        } else if (r.kind == QLatin1String("void")) {
            out.voids << r;
            if (out.freeze && r.freezeHash == out.freeze->recordHash) {
                out.freeze.reset();
                out.attempts.clear();
            }
        } else if (r.kind == QLatin1String("attempt") && out.freeze && r.freezeHash == out.freeze->recordHash) {
            out.attempts << r;
        } else if (r.kind == QLatin1String("commit")) {
            out.commit = r;
        }
    }
    return out;
}

Result<ChainRecord> CampaignService::freeze(const QString &id, std::optional<int> sample, const QString &seedSource, const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = find(id);
    if (!c)
        return c.error();
    if (c->state == QLatin1String("closed"))
        return Error{Tr::tr("Campaign %1 is closed.").arg(c->id), 3};
    if (!c->scopeSet)
        return Error{Tr::tr("Set the scope of campaign %1 before its targets are locked.").arg(c->id), 3};
    auto st = ceremony(c.value());
    if (!st)
        return st.error();
    if (st->commit)
        return Error{Tr::tr("The targets of campaign %1 are committed already.").arg(c->id), 3};
    if (st->freeze)
        return Error{Tr::tr("The targets of campaign %1 are locked already (%2).").arg(c->id, st->freeze->recordHash.left(16)), 3};
    auto members = inScope(c.value(), c->scope);
    if (!members)
        return members.error();
    if (members->isEmpty())
        return Error{Tr::tr("No entity of the list is in the scope of campaign %1.").arg(c->id), 3};
    if (sample && (*sample < 1 || *sample > members->size()))
        return Error{Tr::tr("A sample of campaign %1 is 1 to %2 of the entities in scope.").arg(c->id).arg(members->size()), 3};
    auto roster = InspectorRepository(m_db).list(c->bureau);
    if (!roster)
        return roster.error();
    CampaignSnapshot snap;
    snap.campaign = c->id;
    snap.bureau = c->bureau;
    for (const Entity &e : members.value())
        snap.members << CampaignSnapshot::Member{e.key, e.category, e.name};
    snap.all = !sample;
    snap.k = sample ? *sample : int(members->size());
    snap.months = c->months();
    snap.offsite = c->offsite;
    for (Inspector i : roster.value())
        if (i.active) {
            sortByBytes(i.conflicts);
            snap.roster << i;
        }
    std::sort(snap.roster.begin(), snap.roster.end(), [](const Inspector &a, const Inspector &b) { return a.badge.toUtf8() < b.badge.toUtf8(); });
    snap.teamSize = m_profile.teamSize;
    snap.capSlack = m_profile.capSlack;
    QJsonObject rec = snap.freezeRecord(m_profile.hash, seedSource);
    rec.insert(QStringLiteral("operator"), op);
    rec.insert(QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate));
    ChainRepository chain(m_db);
    auto r = chain.append(c->bureau, c->id, QString(), rec);
    if (!r)
        return r.error();
    if (auto s = chain.putSnapshot(r->id, snap.toJson()); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<ChainRecord> CampaignService::voidFreeze(const QString &id, const QString &reason, const QString &op) const
{
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Say why the lock is voided: the reason is recorded and printed on the campaign's report."), 3};
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = find(id);
    if (!c)
        return c.error();
    auto st = ceremony(c.value());
    if (!st)
        return st.error();
    if (st->commit)
        return Error{Tr::tr("The targets of campaign %1 are committed; their lock cannot be voided.").arg(c->id), 3};
    if (!st->freeze)
        return Error{Tr::tr("The targets of campaign %1 are not locked: there is no lock to void.").arg(c->id), 3};
    const QJsonObject rec{{QStringLiteral("kind"), QStringLiteral("void")},
                          {QStringLiteral("freeze"), st->freeze->recordHash},
                          {QStringLiteral("reason"), reason.trimmed()},
                          {QStringLiteral("operator"), op},
                          {QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate)}};
    auto r = ChainRepository(m_db).append(c->bureau, c->id, st->freeze->recordHash, rec);
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<CampaignDraw> CampaignService::draw(const QString &id, const QString &seed, bool commit, const QString &reason, const QString &op) const
{
    if (const QString e = draw::checkSeed(seed); !e.isEmpty())
        return Error{e, 3};
    if (commit) {
        if (auto b = Backups::before(m_db, QStringLiteral("commit")); !b)
            return b.error();
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = find(id);
    if (!c)
        return c.error();
    if (c->state == QLatin1String("closed"))
        return Error{Tr::tr("Campaign %1 is closed.").arg(c->id), 3};
    auto st = ceremony(c.value());
    if (!st)
        return st.error();
    if (st->commit)
        return Error{Tr::tr("The targets of campaign %1 are committed already.").arg(c->id), 3};
    if (!st->freeze)
        return Error{
            Tr::tr("Lock the targets of campaign %1 first (campaign freeze): a seed may only be tried once the scope and the roster are fixed.").arg(c->id), 3};
    ChainRepository chain(m_db);
    auto json = chain.snapshot(st->freeze->id);
    if (!json)
        return json.error();
    auto snap = CampaignSnapshot::fromJson(json.value());
    if (!snap)
        return snap.error();
    CampaignDraw out = CampaignDraw::compute(snap.value(), seed);
    out.freezeHash = st->freeze->recordHash;
    for (int i = 0; i < st->attempts.size(); ++i) {
        const QString s = st->attempts[i].fields().value(QStringLiteral("seed")).toString();
        if (i == 0)
            out.firstSeed = s;
        if (s == seed && out.attemptHash.isEmpty()) {
            out.attemptHash = st->attempts[i].recordHash;
            out.attemptNumber = i + 1;
        }
    }
    const bool first = out.firstSeed.isEmpty() || out.firstSeed == seed;
    if (commit) {
        if (!out.errors.isEmpty())
            return Error{out.errors.join(QLatin1Char('\n')), 3};
        if (!first && reason.trimmed().isEmpty())
            return Error{Tr::tr("The seed %1 is not the first one tried (%2): a commit with it needs a reason.").arg(seed, out.firstSeed), 3};
    }
    const QString now = m_clock.now().toString(Qt::ISODate);
    if (out.attemptHash.isEmpty()) {
        const QJsonObject attempt{{QStringLiteral("kind"), QStringLiteral("attempt")},
                                  {QStringLiteral("freeze"), out.freezeHash},
                                  {QStringLiteral("seed"), seed},
                                  {QStringLiteral("results"), out.resultsJson()},
                                  {QStringLiteral("tasks_fp"), out.tasksFp},
                                  {QStringLiteral("staffed"), out.errors.isEmpty()},
                                  {QStringLiteral("operator"), op},
                                  {QStringLiteral("created_at"), now}};
        auto a = chain.append(c->bureau, c->id, out.freezeHash, attempt);
        if (!a)
            return a.error();
        out.attemptHash = a->recordHash;
        out.attemptNumber = int(st->attempts.size()) + 1;
        if (out.firstSeed.isEmpty())
            out.firstSeed = seed;
    }
    if (commit) {
        const QJsonObject rec{{QStringLiteral("kind"), QStringLiteral("commit")},
                              {QStringLiteral("freeze"), out.freezeHash},
                              {QStringLiteral("attempt"), out.attemptHash},
                              {QStringLiteral("seed"), seed},
                              {QStringLiteral("quarter"), c->id},
                              {QStringLiteral("bureau"), c->bureau},
                              {QStringLiteral("results"), out.resultsJson()},
                              {QStringLiteral("tasks_fp"), out.tasksFp},
                              {QStringLiteral("tasks"), int(out.tasks.size())},
                              {QStringLiteral("reason"), first ? QJsonValue(QJsonValue::Null) : QJsonValue(reason.trimmed())},
                              {QStringLiteral("operator"), op},
                              {QStringLiteral("created_at"), now}};
        auto r = chain.append(c->bureau, c->id, out.freezeHash, rec);
        if (!r)
            return r.error();
        out.commitHash = r->recordHash;
        QList<CampaignTask> tasks;
        for (const DrawTask &t : std::as_const(out.tasks)) {
            CampaignTask ct;
            ct.campaign = c->id;
            ct.seq = t.seq;
            ct.key = t.key;
            ct.category = t.category;
            ct.name = t.name;
            ct.month = t.month;
            ct.mode = t.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite");
            ct.inspectors = t.inspectors;
            tasks << ct;
        }
        if (auto s = CampaignRepository(m_db).insertTasks(tasks); !s)
            return s.error();
        out.committed = true;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<CampaignTask> CampaignService::taskDone(const QString &id, const QString &key, const QDate &on, const QString &result, const QString &op) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    auto c = find(id);
    if (!c)
        return c.error();
    if (c->state != QLatin1String("published"))
        return Error{c->state == QLatin1String("closed")
                         ? Tr::tr("Campaign %1 is closed: no more inspections are recorded in it.").arg(c->id)
                         : Tr::tr("Campaign %1 is %2: inspections are recorded only once it is published (批准、备案、公布 first).")
                               .arg(c->id, Campaign::stateName(c->state)),
                     3};
    if (!on.isValid() || on < c->publishedOn || on > m_clock.today())
        return Error{Tr::tr("The inspection date must lie between the publication (%1) and today.").arg(c->publishedOn.toString(Qt::ISODate)), 3};
    auto tasks = CampaignRepository(m_db).tasks(c->id);
    if (!tasks)
        return tasks.error();
    auto it = std::find_if(tasks->begin(), tasks->end(), [&](const CampaignTask &t) { return t.key == key.trimmed(); });
    if (it == tasks->end())
        return Error{Tr::tr("%1 is not a target of campaign %2.").arg(key, c->id), 3};
    CampaignTask t = *it;
    t.status = QStringLiteral("done");
    t.inspectionDate = on;
    t.result = result.trimmed();
    if (auto s = CampaignRepository(m_db).saveTask(t); !s)
        return s.error();
    const QJsonObject rec{{QStringLiteral("kind"), QStringLiteral("ledger")},
                          {QStringLiteral("task"), t.ledgerId()},
                          {QStringLiteral("quarter"), c->id},
                          {QStringLiteral("status"), t.status},
                          {QStringLiteral("inspection_date"), on.toString(Qt::ISODate)},
                          {QStringLiteral("result"), t.result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.result)},
                          {QStringLiteral("published_date"), QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("operator"), op},
                          {QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate)}};
    if (auto r = ChainRepository(m_db).append(c->bureau, c->id, QString(), rec); !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return t;
}

} // namespace suiji
