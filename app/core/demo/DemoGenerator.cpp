// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "calendar/WorkCalendar.h"
#include "draw/DrawService.h"
#include "ledger/CampaignService.h"
#include "ledger/CaseService.h"
#include "ledger/TaskService.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "store/Backups.h"
#include "store/CaseRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"
#include "util/Rng.h"
#include "util/Uscc.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace suiji {

namespace {

// Relative size of each bureau's caseload, in Bureau::all() order.
const QHash<QString, int> kBureauWeight = {
    {QStringLiteral("futian"), 5},    {QStringLiteral("luohu"), 4},     {QStringLiteral("yantian"), 3},  {QStringLiteral("nanshan"), 10},
    {QStringLiteral("baoan"), 22},    {QStringLiteral("longgang"), 20}, {QStringLiteral("longhua"), 13}, {QStringLiteral("pingshan"), 6},
    {QStringLiteral("guangming"), 8}, {QStringLiteral("dapeng"), 3},    {QStringLiteral("shenshan"), 6},
};

const QDate kEarliest(2024, 1, 1); // event dates fall between these, so the data is
const QDate kLatest(2025, 9, 30);  // the same on every day it is generated

struct Pools {
    QString surnames, given, trade1, trade2;
    QList<QPair<QString, QString>> fixedKinds;
    QSet<QString> vocsIndustries;
    QStringList constructionKinds, roads, sections;
    QHash<QString, QStringList> streets;
};

Pools loadPools()
{
    QFile f(QStringLiteral(":/demo/names.json"));
    f.open(QIODevice::ReadOnly);
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Pools p;
    p.surnames = o.value(QLatin1String("surnames")).toString();
    p.given = o.value(QLatin1String("given")).toString();
    p.trade1 = o.value(QLatin1String("tradeChars1")).toString();
    p.trade2 = o.value(QLatin1String("tradeChars2")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("fixedKinds")).toArray())
        p.fixedKinds.append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    for (const QJsonValue &v : o.value(QLatin1String("vocsIndustries")).toArray())
        p.vocsIndustries.insert(v.toString());
    auto strings = [&](const char *name) {
        QStringList l;
        for (const QJsonValue &v : o.value(QLatin1String(name)).toArray())
            l << v.toString();
        return l;
    };
    p.constructionKinds = strings("constructionKinds");
    p.roads = strings("roads");
    p.sections = strings("sections");
    const QJsonObject s = o.value(QLatin1String("streets")).toObject();
    for (auto it = s.begin(); it != s.end(); ++it)
        for (const QJsonValue &v : it.value().toArray())
            p.streets[it.key()].append(v.toString());
    return p;
}

// Largest-remainder split of total over weights: deterministic and sums exactly to total.
QList<int> allocate(int total, const QList<int> &weights)
{
    QList<int> out(weights.size(), 0);
    long sum = 0;
    for (int w : weights)
        sum += w;
    if (sum == 0 || total <= 0)
        return out;
    QList<QPair<double, int>> rema;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = double(total) * weights[i] / double(sum);
        out[i] = int(std::floor(exact));
        given += out[i];
        rema.append({exact - out[i], i});
    }
    std::stable_sort(rema.begin(), rema.end(), [](auto a, auto b) { return a.first > b.first; });
    for (int i = 0; given < total; ++i, ++given)
        out[rema[i % rema.size()].second] += 1;
    return out;
}

class Builder {
public:
    Builder(quint64 seed, const Pools &pools) : rng(seed), p(pools) {}

    QChar pickChar(const QString &s) { return s.at(int(rng.below(uint32_t(s.size())))); }
    QString pickString(const QStringList &l) { return l.at(int(rng.below(uint32_t(l.size())))); }

    QString uniqueUscc(const Bureau &b)
    {
        static const QString alphabet = QString::fromLatin1(uscc::kAlphabet);
        for (;;) {
            // 9 = registered by the market regulator, 1 = enterprise; then the division code.
            QString s = QStringLiteral("91") + (rng.chance(0.7) ? QStringLiteral("440300") : b.areaCode);
            // Post-2016 codes often carry "MA" in the organisation part.
            if (rng.chance(0.6))
                s += QStringLiteral("MA");
            while (s.size() < 17)
                s += alphabet.at(int(rng.below(31)));
            s += uscc::checkCharacter(s);
            if (!usedKeys.contains(s)) {
                usedKeys.insert(s);
                return s;
            }
        }
    }

    QString companyName(const QString &kind)
    {
        QString n = QStringLiteral("深圳市") + pickChar(p.trade1) + pickChar(p.trade2) + kind;
        n += rng.chance(0.15) ? QStringLiteral("股份有限公司") : QStringLiteral("有限公司");
        return n;
    }

    QString personName()
    {
        QString n = pickChar(p.surnames);
        n += pickChar(p.given);
        if (rng.chance(0.7))
            n += pickChar(p.given);
        return n;
    }

    QString address(const Bureau &b, const QString &street)
    {
        return QStringLiteral("深圳市") + b.nameZh + (b.id == QLatin1String("shenshan") ? QStringLiteral("特别合作区") : QStringLiteral("区")) + street +
               QStringLiteral("街道") + pickString(p.roads) + QStringLiteral("路") + QString::number(rng.range(1, 999)) + QStringLiteral("号");
    }

    QDate dateBetween(const QDate &a, const QDate &b) { return a.addDays(rng.range(0, int(a.daysTo(b)))); }

    Entity base(const Bureau &b, const QString &cat)
    {
        Entity e;
        e.category = cat;
        e.bureau = b.id;
        e.street = pickString(p.streets.value(b.id));
        e.address = address(b, e.street);
        return e;
    }

    SplitMix64 rng;
    const Pools &p;
    QSet<QString> usedKeys;
};

} // namespace

QHash<QString, int> DemoGenerator::cityTotals()
{
    return {
        {category::Fixed, 91500},       {category::Construction, 5000},   {category::SoilUnit, 320},     {category::SoilPlot, 130},
        {category::Outfall, 19},        {category::MonitoringAgency, 94}, {category::DieselFleet, 1145}, {category::EmissionStation, 172},
        {category::PetrolStation, 281}, {category::OilDepot, 5},
    };
}

QHash<QString, int> DemoGenerator::scaledTotals() const
{
    QHash<QString, int> out;
    const auto totals = cityTotals();
    for (auto it = totals.begin(); it != totals.end(); ++it)
        out.insert(it.key(), int(std::lround(it.value() * m_scale)));
    return out;
}

DemoCity DemoGenerator::generate() const
{
    const Pools pools = loadPools();
    Builder g(m_seed, pools);
    DemoCity city;
    const QList<Bureau> &bureaus = Bureau::all();
    QList<int> weights, coastalWeights;
    for (const Bureau &b : bureaus) {
        weights << kBureauWeight.value(b.id, 1);
        coastalWeights << (b.coastal ? kBureauWeight.value(b.id, 1) : 0);
    }
    const QHash<QString, int> totals = scaledTotals();

    for (const Category &cat : Category::all()) {
        const QList<int> perBureau = allocate(totals.value(cat.id), cat.id == category::Outfall ? coastalWeights : weights);
        for (int bi = 0; bi < bureaus.size(); ++bi) {
            const Bureau &b = bureaus[bi];
            for (int n = 0; n < perBureau[bi]; ++n) {
                Entity e = g.base(b, cat.id);
                if (cat.keyedByCode) {
                    const QString prefix = cat.id == category::Outfall ? QStringLiteral("RHPWK-") : QStringLiteral("DK");
                    do {
                        e.code = prefix + b.areaCode + QLatin1Char('-') + QStringLiteral("%1").arg(g.rng.range(1, 9999), 4, 10, QLatin1Char('0'));
                    } while (g.usedKeys.contains(e.code));
                    g.usedKeys.insert(e.code);
                    e.key = e.code;
                } else {
                    e.uscc = g.uniqueUscc(b);
                    e.key = e.uscc;
                }

                if (cat.id == category::Fixed) {
                    const auto &kind = pools.fixedKinds.at(int(g.rng.below(uint32_t(pools.fixedKinds.size()))));
                    e.name = g.companyName(kind.first);
                    e.industry = kind.second;
                    e.level = g.rng.chance(0.03) ? QStringLiteral("key") : QStringLiteral("general");
                    const double c = g.rng.unit();
                    e.credit = c < 0.08   ? QStringLiteral("诚信")
                               : c < 0.28 ? QStringLiteral("良好")
                               : c < 0.31 ? QStringLiteral("警示")
                               : c < 0.32 ? QStringLiteral("不良")
                                          : QString();
                    if (pools.vocsIndustries.contains(e.industry)) {
                        const double v = g.rng.unit();
                        e.vocs = v < 0.15 ? QStringLiteral("A") : v < 0.65 ? QStringLiteral("B") : v < 0.80 ? QStringLiteral("C") : QString();
                    }
                    if (g.rng.chance(0.04))
                        e.penaltyDate = g.dateBetween(kEarliest, kLatest);
                    if (g.rng.chance(0.015))
                        e.waiverDate = g.dateBetween(kEarliest, kLatest);
                    const double k = g.rng.unit();
                    e.complaints = k < 0.015 ? g.rng.range(10, 25) : k < 0.10 ? g.rng.range(1, 9) : 0;
                    e.positiveList = g.rng.chance(e.isKey() ? 0.15 : 0.02);
                } else if (cat.id == category::Construction) {
                    e.name = g.companyName(QStringLiteral("实业")).chopped(4) +
                             pools.constructionKinds.at(int(g.rng.below(uint32_t(pools.constructionKinds.size()))));
                    e.industry = QStringLiteral("建设项目");
                    e.level = g.rng.chance(0.05) ? QStringLiteral("key") : QStringLiteral("general");
                } else if (cat.id == category::Outfall) {
                    e.name = b.nameZh + e.street + QStringLiteral("入海排污口") + QString::number(n + 1);
                    e.industry = QStringLiteral("入海排污口");
                    e.level = g.rng.chance(0.3) ? QStringLiteral("key") : QStringLiteral("general");
                    if (g.rng.chance(0.2))
                        e.penaltyDate = g.dateBetween(kEarliest, kLatest);
                } else if (cat.id == category::SoilUnit) {
                    e.name = g.companyName(QStringLiteral("化工"));
                    e.industry = QStringLiteral("化学原料和化学制品制造");
                    e.level = QStringLiteral("key");
                    if (g.rng.chance(0.06)) {
                        e.level = QStringLiteral("general");
                        e.removedDate = g.dateBetween(QDate(2024, 6, 1), QDate(2025, 6, 30));
                    }
                } else if (cat.id == category::SoilPlot) {
                    e.name = b.nameZh + e.street + QStringLiteral("原") + g.companyName(QStringLiteral("化工")).mid(3).chopped(4) + QStringLiteral("厂地块");
                    e.industry = QStringLiteral("风险管控和修复地块");
                } else if (cat.id == category::MonitoringAgency) {
                    e.name = g.companyName(QStringLiteral("检测技术"));
                    e.industry = QStringLiteral("生态环境监测");
                    e.violationClue = g.rng.chance(0.05);
                } else if (cat.id == category::DieselFleet) {
                    e.name = g.companyName(g.rng.chance(0.5) ? QStringLiteral("物流") : QStringLiteral("运输"));
                    e.industry = QStringLiteral("道路货物运输");
                } else if (cat.id == category::EmissionStation) {
                    e.name = g.companyName(QStringLiteral("机动车检测"));
                    e.industry = QStringLiteral("机动车排放检验");
                } else if (cat.id == category::PetrolStation) {
                    e.name = (g.rng.chance(0.5) ? QStringLiteral("中国石化销售股份有限公司广东深圳") : QStringLiteral("中国石油天然气股份有限公司深圳")) +
                             e.street + QStringLiteral("加油站");
                    e.industry = QStringLiteral("机动车燃油零售");
                } else if (cat.id == category::OilDepot) {
                    e.name = g.companyName(QStringLiteral("石油储运"));
                    e.industry = QStringLiteral("油气仓储");
                }
                city.entities.append(std::move(e));
            }
        }
    }

    // Inspectors: 20–60 per bureau by size; a few with conflicts of interest on local fixed sources.
    QHash<QString, QStringList> fixedKeysByBureau;
    for (const Entity &e : std::as_const(city.entities))
        if (e.category == category::Fixed)
            fixedKeysByBureau[e.bureau].append(e.key);
    QSet<QString> badges;
    for (const Bureau &b : bureaus) {
        const int w = kBureauWeight.value(b.id, 1);
        const int n = std::clamp(20 + w * 2 + g.rng.range(-2, 2), 20, 60);
        for (int i = 0; i < n; ++i) {
            Inspector ins;
            ins.bureau = b.id;
            ins.name = g.personName();
            do {
                ins.badge = QStringLiteral("19%1%2").arg(b.areaCode.mid(4)).arg(g.rng.range(1, 9999), 4, 10, QLatin1Char('0'));
            } while (badges.contains(ins.badge));
            badges.insert(ins.badge);
            ins.section = g.pickString(pools.sections);
            ins.active = !g.rng.chance(0.08);
            const QStringList &keys = fixedKeysByBureau.value(b.id);
            if (!keys.isEmpty() && g.rng.chance(0.06)) {
                const int c = g.rng.range(1, 2);
                for (int k = 0; k < c; ++k)
                    ins.conflicts.append(keys.at(int(g.rng.below(uint32_t(keys.size())))));
            }
            city.inspectors.append(ins);
        }
    }
    // The mobile-source division's own roster: it draws and staffs the mobile pools of every district.
    for (int i = 0; i < 24; ++i) {
        Inspector ins;
        ins.bureau = Bureau::mobile().id;
        ins.name = g.personName();
        do {
            ins.badge = QStringLiteral("1900%1").arg(g.rng.range(1, 9999), 4, 10, QLatin1Char('0'));
        } while (badges.contains(ins.badge));
        badges.insert(ins.badge);
        ins.section = QStringLiteral("移动源执法科");
        ins.active = !g.rng.chance(0.05);
        city.inspectors.append(ins);
    }
    return city;
}

Result<DemoCity> DemoGenerator::writeTo(const Database &db, const std::function<void(int)> &progress) const
{
    const Backups::Paused noBackups; // generated data in a new file: nothing to keep
    EntityRepository entities(db);
    InspectorRepository inspectors(db);
    const auto existing = entities.count();
    if (!existing)
        return existing.error();
    const auto people = inspectors.count();
    if (!people)
        return people.error();
    if (existing.value() > 0 || people.value() > 0)
        return Error{
            QCoreApplication::translate("suiji::DemoGenerator",
                                        "The database %1 already holds entities or inspectors. The demo city goes into an empty database: choose a new file.")
                .arg(db.path()),
            3};
    if (progress)
        progress(0);
    DemoCity city = generate();
    if (progress)
        progress(40);
    Transaction tx(db);
    const QString stamp = QStringLiteral("demo");
    const qsizetype chunk = 10000;
    for (qsizetype i = 0; i < city.entities.size(); i += chunk) {
        if (auto s = entities.upsert(city.entities.mid(i, chunk), stamp); !s)
            return s.error();
        if (progress)
            progress(40 + int(50 * std::min(i + chunk, city.entities.size()) / std::max<qsizetype>(1, city.entities.size())));
    }
    if (auto s = inspectors.upsert(city.inspectors); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (m_withQuarter)
        if (auto s = writeQuarter(db); !s)
            return s.error();
    if (progress)
        progress(100);
    return city;
}

Status DemoGenerator::writeQuarter(const Database &db) const
{
    const Quarter q{2025, 3};
    const RuleProfile &profile = RuleProfile::shipped();
    FixedClock lockDay(QDateTime(QDate(2025, 6, 24), QTime(10, 0)));
    FixedClock drawDay(QDateTime(QDate(2025, 6, 25), QTime(15, 0)));
    FixedClock mid(QDateTime(QDate(2025, 9, 15), QTime(18, 0)));
    const WorkCalendar &cal = WorkCalendar::shipped();
    SplitMix64 rng(m_seed * 7919 + 17);
    QList<Bureau> drawing = Bureau::all();
    drawing << Bureau::mobile(); // the division draws the districts' mobile pools in its own ceremony
    for (const Bureau &b : std::as_const(drawing)) {
        // The ceremony of draw-spec v2: the lists are locked the day before the meeting, the
        // meeting rolls a seed, previews it (an attempt) and commits it. 福田's first roll was
        // written down wrong and rolled again, with the reason on record; a seed whose tasks
        // cannot all be staffed is rolled again too, with that reason.
        DrawRequest request;
        request.bureau = b.id;
        request.quarter = q;
        request.op = QStringLiteral("演示");
        request.seedSource = QStringLiteral("会上掷十面骰 20 次");
        if (auto f = DrawService(db, profile, lockDay).freeze(request); !f)
            continue;
        DrawService service(db, profile, drawDay);
        QString reason;
        bool drawn = false;
        for (int attempt = 1; attempt <= 40 && !drawn; ++attempt) {
            const QString seed = QStringLiteral("%1%2").arg(m_seed, 6, 10, QLatin1Char('0')).arg(rng.next() % 100000000000000ULL, 14, 10, QLatin1Char('0'));
            request.seed = seed;
            auto preview = service.preview(request);
            if (!preview)
                break;
            if (!preview->errors.isEmpty()) {
                reason = QStringLiteral("种子 %1 无法配齐执法人员，会上重新掷骰").arg(seed);
                continue;
            }
            if (b.id == QLatin1String("futian") && attempt == 1) {
                reason = QStringLiteral("第一次掷骰的第 7 位记录有误，经在场见证人确认后重新掷骰");
                continue;
            }
            request.reason = reason;
            drawn = service.commit(request).ok();
        }
        if (!drawn)
            continue; // a bureau too small to staff its quarter stays undrawn, as it would in life
        // Completion: month 1 mostly done, month 2 partly, month 3 begun; each bureau its own pace.
        const double pace = 0.88 + 0.17 * rng.unit();
        TaskService tasks(db, mid);
        QHash<QDate, QList<qint64>> doneOn;
        auto drawnTasks = TaskRepository(db).list(q, b.id);
        if (!drawnTasks)
            return drawnTasks.error();
        for (const LedgerTask &t : drawnTasks.value()) {
            const int m = t.month - q.firstMonth(); // 0, 1, 2
            const double share = std::min(1.0, m == 0 ? 0.99 * pace : m == 1 ? 0.93 * pace : 0.35 * pace);
            if (rng.unit() >= share)
                continue;
            const QDate first(2025, t.month, 1);
            const QDate last = m == 2 ? QDate(2025, 9, 15) : first.addMonths(1).addDays(-1);
            QDate d = first.addDays(int(rng.below(uint32_t(first.daysTo(last) + 1))));
            while (!cal.isWorkingDay(d) && d > first)
                d = d.addDays(-1);
            doneOn[d] << t.id;
        }
        for (auto it = doneOn.begin(); it != doneOn.end(); ++it) {
            if (auto s = tasks.markDone(it.value(), it.key(), QStringLiteral("未发现环境违法行为"), QStringLiteral("演示")); !s)
                return s;
            // Most results go out within the 18 working days; some late, some still waiting.
            QHash<QDate, QList<qint64>> pubOn;
            for (qint64 id : it.value()) {
                const double u = rng.unit();
                if (u < 0.15)
                    continue;
                const int days = u < 0.9 ? 3 + int(rng.below(14)) : 19 + int(rng.below(6));
                const QDate p = cal.addWorkingDays(it.key(), days);
                if (p <= QDate(2025, 9, 15))
                    pubOn[p] << id;
            }
            for (auto pit = pubOn.begin(); pit != pubOn.end(); ++pit)
                if (auto s = tasks.markPublished(pit.value(), pit.key(), QStringLiteral("演示")); !s)
                    return s;
        }
    }
    if (auto s = writeCases(db); !s)
        return s;
    return writeCampaigns(db);
}

Status DemoGenerator::writeCases(const Database &db) const
{
    const WorkCalendar &cal = WorkCalendar::shipped();
    const RuleProfile &profile = RuleProfile::shipped();
    SplitMix64 rng(m_seed * 104729 + 3);
    const QDate start(2025, 7, 1), end(2025, 9, 15);
    // Shares of a district's cases by source, and the alerts' levels.
    const QList<QPair<QString, double>> shares{{QStringLiteral("国发平台"), 0.10},     {QStringLiteral("省物联网平台"), 0.14},
                                               {QStringLiteral("智慧环保平台"), 0.20}, {QStringLiteral("VOCs工况监控"), 0.10},
                                               {QStringLiteral("投诉举报"), 0.34},     {QStringLiteral("转办交办"), 0.08},
                                               {QStringLiteral("企业申请"), 0.04}};
    const QStringList alertTypes{QStringLiteral("超标"), QStringLiteral("异常"), QStringLiteral("断线"), QStringLiteral("数据缺失")};
    const QStringList complaintTypes{QStringLiteral("噪声"), QStringLiteral("废气异味"), QStringLiteral("污水排放"), QStringLiteral("扬尘")};
    FixedClock clock(QDateTime(end, QTime(18, 0)));
    for (const Bureau &b : Bureau::all()) {
        EntityFilter f;
        f.bureau = b.id;
        f.category = QStringLiteral("fixed");
        auto fixed = EntityRepository(db).list(f);
        if (!fixed)
            return fixed.error();
        if (fixed->isEmpty())
            continue;
        const int n = std::max(6, int(std::lround(90 * m_scale * std::sqrt(double(fixed->size()) / 900.0 + 0.2))));
        QList<CaseItem> cases;
        QHash<QString, int> numbers;
        for (int i = 0; i < n; ++i) {
            CaseItem c;
            double u = rng.unit();
            c.source = shares.last().first;
            for (const auto &[source, share] : shares) {
                if (u < share) {
                    c.source = source;
                    break;
                }
                u -= share;
            }
            const Entity &e = fixed->at(int(rng.below(uint32_t(fixed->size()))));
            const bool platform = CaseItem::isPlatform(c.source);
            const double lv = rng.unit();
            c.level = platform ? (lv < 0.1 ? QStringLiteral("红") : lv < 0.4 ? QStringLiteral("橙") : QStringLiteral("黄")) : QString();
            c.type = platform ? alertTypes.at(int(rng.below(4))) : c.source == QStringLiteral("投诉举报") ? complaintTypes.at(int(rng.below(4))) : QString();
            c.number =
                QStringLiteral("%1-%2-%3").arg(b.id.toUpper()).arg(CaseItem::sources().indexOf(c.source) + 1).arg(++numbers[c.source], 4, 10, QLatin1Char('0'));
            c.name = e.name;
            c.uscc = e.uscc;
            c.key = e.key;
            c.bureau = b.id;
            c.received = QDateTime(start.addDays(int(rng.below(uint32_t(start.daysTo(end) + 1)))), QTime(8 + int(rng.below(10)), int(rng.below(60))), Qt::UTC);
            c.content = platform ? QStringLiteral("%1：%2").arg(c.type, QStringLiteral("在线监测数据触发预警")) : QStringLiteral("群众反映%1问题").arg(c.type);
            if (c.source == QStringLiteral("转办交办"))
                c.dueGiven = cal.addWorkingDays(c.received.date(), 10);
            cases << c;
        }
        // One red alert of the district's last days, still waiting: the dashboard's first alarm.
        cases.last().source = QStringLiteral("智慧环保平台");
        cases.last().level = QStringLiteral("红");
        cases.last().type = QStringLiteral("超标");
        cases.last().number = QStringLiteral("%1-3-9999").arg(b.id.toUpper());
        cases.last().received = QDateTime(cal.addWorkingDays(end.addDays(-4), 1), QTime(9, 20), Qt::UTC);
        cases.last().dueGiven = QDate();
        if (auto s = CaseRepository(db).upsertImported(cases, QStringLiteral("demo")); !s)
            return s;
        const CaseService service(db, profile, cal, clock);
        auto roster = InspectorRepository(db).list(b.id);
        if (!roster)
            return roster.error();
        QList<Inspector> free;
        for (const Inspector &p : roster.value())
            if (p.active)
                free << p;
        for (qsizetype i = 0; i + 1 < cases.size(); ++i) {
            const CaseItem &c = cases.at(i);
            const CaseDeadline d = profile.cases.deadline(c.source, c.level);
            const QDate closeBy = c.dueGiven.isValid() ? c.dueGiven : cal.addWorkingDays(c.received.date(), d.closeDays);
            // Dispatched the day it came (or the next working day); most checked and closed in
            // time, a few late; the last weeks' cases still under way.
            const QDate dispatched = cal.isWorkingDay(c.received.date()) ? c.received.date() : cal.addWorkingDays(c.received.date(), 1);
            if (dispatched > end)
                continue;
            clock.set(QDateTime(dispatched, QTime(17, 0)));
            // Two of the district's inspectors, at random (the workbench suggests by load; the demo
            // does not need to read the whole ledger for every case).
            QStringList team;
            for (int tries = 0; tries < 20 && team.size() < 2 && free.size() >= 2; ++tries) {
                const Inspector &p = free.at(int(rng.below(uint32_t(free.size()))));
                if (!team.contains(p.badge) && !p.conflicts.contains(c.key))
                    team << p.badge;
            }
            if (team.size() < 2 || !service.assign(c.ref(), team, {}, QStringLiteral("演示")))
                continue; // a district without two inspectors free of conflicts leaves it pending
            const bool late = rng.chance(0.06);
            const int span = std::max(1, cal.workingDaysBetween(c.received.date(), closeBy));
            const QDate checked =
                cal.addWorkingDays(dispatched, std::max(1, int(rng.below(uint32_t(std::max(1, d.checkDays ? d.checkDays : span / 2)))) + (late ? span : 0)));
            const QDate fed = cal.addWorkingDays(checked, 1 + int(rng.below(2)));
            const QDate closed = cal.addWorkingDays(fed, int(rng.below(2)) + (late ? 2 : 0));
            CaseUpdate u;
            if (checked <= end) {
                u.checkedOn = checked;
                u.mode = rng.chance(0.3) ? QStringLiteral("offsite") : QStringLiteral("onsite");
                const double o = rng.unit();
                u.outcome = o < 0.62   ? QStringLiteral("无问题")
                            : o < 0.88 ? QStringLiteral("责令改正")
                            : o < 0.97 ? QStringLiteral("立案处罚")
                                       : QStringLiteral("移送");
                u.finding = u.outcome == QStringLiteral("无问题")
                                ? QStringLiteral("现场核查未发现环境违法行为")
                                : QStringLiteral("核查发现%1问题属实").arg(c.type.isEmpty() ? QStringLiteral("反映") : c.type);
                if (u.outcome == QStringLiteral("立案处罚") || u.outcome == QStringLiteral("移送"))
                    u.caseNumber = QStringLiteral("深环%1罚〔2025〕%2号").arg(b.displayName(true).left(2)).arg(100 + i);
            }
            if (fed <= end && u.checkedOn.isValid())
                u.feedbackOn = fed;
            if (closed <= end && u.feedbackOn.isValid())
                u.closedOn = closed;
            if (!u.checkedOn.isValid())
                continue;
            clock.set(QDateTime(std::max({checked, u.feedbackOn, u.closedOn}), QTime(17, 30)));
            if (auto r = service.update(c.ref(), u, QStringLiteral("演示")); !r)
                return r.error();
        }
    }
    return Ok{};
}

Status DemoGenerator::writeCampaigns(const Database &db) const
{
    const RuleProfile &profile = RuleProfile::shipped();
    // Referrals about companies due on site in September: one visit each instead of two.
    const Quarter q{2025, 3};
    for (const Bureau &b : Bureau::all()) {
        auto tasks = TaskRepository(db).list(q, b.id);
        if (!tasks)
            return tasks.error();
        QList<CaseItem> referrals;
        for (const LedgerTask &t : tasks.value()) {
            if (referrals.size() == 3)
                break;
            if (t.month != 9 || t.status != QLatin1String("planned") || t.mode != QLatin1String("onsite") || t.pool.startsWith(QLatin1String("soil")))
                continue;
            CaseItem c;
            c.source = QStringLiteral("转办交办");
            c.number = QStringLiteral("%1-6-8%2").arg(b.id.toUpper()).arg(referrals.size() + 1, 3, 10, QLatin1Char('0'));
            c.type = QStringLiteral("上级转办");
            c.name = t.name;
            c.key = t.key;
            c.uscc = t.key.size() == 18 ? t.key : QString();
            c.bureau = b.id;
            c.received = QDateTime(QDate(2025, 9, 10), QTime(10, 30), Qt::UTC);
            c.content = QStringLiteral("市局转办：群众反映该单位夜间排放异味，请核查处理");
            c.dueGiven = QDate(2025, 9, 26);
            referrals << c;
        }
        if (!referrals.isEmpty())
            if (auto s = CaseRepository(db).upsertImported(referrals, QStringLiteral("demo")); !s)
                return s;
    }

    // 福田: every coating maker (涂料) of the fixed sources, Aug–Oct, published; a third inspected.
    FixedClock planned(QDateTime(QDate(2025, 7, 25), QTime(10, 0), Qt::UTC));
    FixedClock mid(QDateTime(QDate(2025, 9, 15), QTime(18, 0), Qt::UTC));
    const QString op = QStringLiteral("演示");
    {
        const CampaignService service(db, profile, planned);
        Campaign c;
        c.id = QStringLiteral("ZX2025-FT-VOCS");
        c.name = QStringLiteral("涂料制造企业挥发性有机物专项执法");
        c.bureau = QStringLiteral("futian");
        c.basis = QStringLiteral("《中华人民共和国大气污染防治法》第四十五条");
        c.field = QStringLiteral("涂料制造 · VOCs 无组织排放");
        c.from = QDate(2025, 8, 1);
        c.to = QDate(2025, 10, 31);
        if (auto r = service.create(c, op); !r)
            return r.error();
        CampaignScope scope;
        scope.categories = {QStringLiteral("fixed")};
        scope.industry = QStringLiteral("涂");
        if (auto r = service.setScope(c.id, scope, op); !r)
            return r.error();
        if (auto r = service.approve(c.id, QStringLiteral("福田管理局局务会"), QDate(2025, 7, 25), QStringLiteral("深环福〔2025〕58号"), op); !r)
            return r.error();
        if (auto r = service.file(c.id, QStringLiteral("深圳市生态环境局"), QDate(2025, 7, 28), op); !r)
            return r.error();
        if (auto r = service.publish(c.id, QStringLiteral("福田管理局政府信息公开专栏"), QDate(2025, 7, 30), op); !r)
            return r.error();
        if (auto r = service.freeze(c.id, std::nullopt, QStringLiteral("会上掷十面骰 20 次"), op); !r)
            return r.error();
        auto drawn = service.draw(c.id, QStringLiteral("%1").arg(m_seed * 31 + 20250730), true, {}, op);
        if (!drawn)
            return drawn.error();
        const CampaignService later(db, profile, mid);
        int n = 0;
        for (const DrawTask &t : drawn->tasks)
            if (t.month == 1 && n++ % 3 != 2)
                if (auto r = later.taskDone(c.id, t.key, QDate(2025, 8, 12 + n % 15), QStringLiteral("未发现环境违法行为"), op); !r)
                    return r.error();
    }
    // 南山: a sample of 12 soil key units (专项随机抽查, the route for units removed from the list), Sep–Nov.
    {
        FixedClock day(QDateTime(QDate(2025, 8, 26), QTime(10, 0), Qt::UTC));
        const CampaignService service(db, profile, day);
        Campaign c;
        c.id = QStringLiteral("ZX2025-NS-SOIL");
        c.name = QStringLiteral("土壤污染重点监管单位专项随机抽查");
        c.bureau = QStringLiteral("nanshan");
        c.basis = QStringLiteral("《中华人民共和国土壤污染防治法》");
        c.field = QStringLiteral("土壤污染重点监管单位");
        c.from = QDate(2025, 9, 1);
        c.to = QDate(2025, 11, 30);
        if (auto r = service.create(c, op); !r)
            return r.error();
        CampaignScope scope;
        scope.categories = {QStringLiteral("soil_unit")};
        if (auto r = service.setScope(c.id, scope, op); !r)
            return r.error();
        if (auto r = service.approve(c.id, QStringLiteral("南山管理局局务会"), QDate(2025, 8, 26), QStringLiteral("深环南〔2025〕71号"), op); !r)
            return r.error();
        if (auto r = service.file(c.id, QStringLiteral("深圳市生态环境局"), QDate(2025, 8, 28), op); !r)
            return r.error();
        if (auto r = service.publish(c.id, QStringLiteral("南山管理局政府信息公开专栏"), QDate(2025, 8, 29), op); !r)
            return r.error();
        auto members = service.inScope(c, scope);
        if (!members)
            return members.error();
        if (!members->isEmpty()) {
            if (auto r = service.freeze(c.id, std::min<int>(12, int(members->size())), QStringLiteral("会上掷十面骰 20 次"), op); !r)
                return r.error();
            const QString seed = QStringLiteral("%1").arg(m_seed * 17 + 20250829);
            if (auto r = service.draw(c.id, seed, false, {}, op); !r)
                return r.error();
            if (auto r = service.draw(c.id, seed, true, {}, op); !r)
                return r.error();
        }
    }
    return Ok{};
}

} // namespace suiji
