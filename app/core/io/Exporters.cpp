// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporters.h"
#include "draw/JointMarker.h"
#include "rules/YearView.h"
#include "store/AssignedRepository.h"
#include <QSet>

#include "calendar/WorkCalendar.h"
#include "draw/MonthPlanner.h"
#include "io/TableWriter.h"
#include "ledger/CampaignService.h"
#include "ledger/CaseService.h"
#include "ledger/TaskService.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "rules/Classifier.h"
#include "store/CampaignRepository.h"
#include "store/CaseRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"
#include "util/I18n.h"

#include <QCoreApplication>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Exporters)
};

QString bureauName(const QString &id)
{
    const Bureau *b = Bureau::byId(id);
    return b ? b->displayName(true) : id;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<int> Exporters::entities(EntityFilter f, const Quarter &q, const QString &path) const
{
    f.offset = 0;
    f.limit = -1;
    Table t;
    t.sheet = Tr::tr("Entities");
    t.header = {Tr::tr("USCC / code"), Tr::tr("Name"),         Tr::tr("Bureau"),    Tr::tr("Category"), Tr::tr("Level"),
                Tr::tr("Class"),       Tr::tr("Industry"),     Tr::tr("Street"),    Tr::tr("Address"),  Tr::tr("Credit grade"),
                Tr::tr("VOCs grade"),  Tr::tr("Last penalty"), Tr::tr("Complaints")};
    std::unique_ptr<Classifier> classifier = q.isValid() ? std::make_unique<Classifier>(m_profile, q) : nullptr;
    const bool zh = i18n::isChinese();
    auto s = EntityRepository(m_db).forEach(f, [&](const Entity &e) {
        const Bureau *b = Bureau::byId(e.bureau);
        const Category *c = Category::byId(e.category);
        t.rows << QList<QVariant>{e.key,
                                  e.name,
                                  b ? b->displayName(zh) : e.bureau,
                                  c ? (zh ? c->nameZh : c->nameEn) : e.category,
                                  e.isKey() ? Tr::tr("Key") : Tr::tr("General"),
                                  classifier ? Classifier::className(classifier->classify(e).cls) : QString(),
                                  e.industry,
                                  e.street,
                                  e.address,
                                  e.credit,
                                  e.vocs,
                                  e.penaltyDate.toString(Qt::ISODate),
                                  e.complaints};
        return true;
    });
    if (!s)
        return s.error();
    if (auto w = writeTable(path, t); !w)
        return w.error();
    return int(t.rows.size());
}

Result<int> Exporters::cases(const Quarter &q, const QString &bureau, const QString &path) const
{
    auto cal = WorkCalendar::load(m_db);
    if (!cal)
        return cal.error();
    auto all = CaseRepository(m_db).list(CaseFilter{bureau, {}, {}});
    if (!all)
        return all.error();
    auto names = InspectorRepository(m_db).names(bureau);
    if (!names)
        return names.error();
    const CaseService service(m_db, m_profile, cal.value());
    Table t;
    t.sheet = QStringLiteral("个案");
    t.header = {QStringLiteral("来源"),       QStringLiteral("编号"),       QStringLiteral("预警级别"),
                QStringLiteral("类型"),       QStringLiteral("单位名称"),   QStringLiteral("统一社会信用代码"),
                QStringLiteral("所属管理局"), QStringLiteral("接收时间"),   QStringLiteral("内容"),
                QStringLiteral("办结期限"),   QStringLiteral("应办结日期"), QStringLiteral("状态"),
                QStringLiteral("执法人员"),   QStringLiteral("核查日期"),   QStringLiteral("核查方式"),
                QStringLiteral("核查情况"),   QStringLiteral("处置结果"),   QStringLiteral("案件编号"),
                QStringLiteral("反馈日期"),   QStringLiteral("闭环日期"),   QStringLiteral("是否超期")};
    t.widths = {12, 18, 8, 10, 30, 22, 10, 17, 30, 12, 12, 10, 18, 12, 8, 30, 10, 20, 12, 12, 8};
    static const QStringList stateZh{QStringLiteral("待分拨"), QStringLiteral("已分拨"), QStringLiteral("已核查"),
                                     QStringLiteral("已处置"), QStringLiteral("已反馈"), QStringLiteral("已闭环")};
    auto day = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const CaseItem &c : all.value()) {
        const QDate r = c.received.date();
        if (q.isValid() && (r < q.firstDay() || r > q.lastDay()))
            continue;
        const CaseTiming timing = service.timing(c);
        QStringList team;
        for (const QString &b : c.team)
            team << names->value(b, b);
        const Bureau *b = Bureau::byId(c.bureau);
        t.rows << QList<QVariant>{c.source,
                                  c.number,
                                  c.level,
                                  c.type,
                                  c.name,
                                  c.uscc,
                                  b ? b->displayName(true) : c.bureau,
                                  c.received.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  c.content,
                                  day(c.dueGiven), // the source's own due date, as imported
                                  day(timing.closeDue),
                                  stateZh.value(int(CaseItem::states().indexOf(c.state))),
                                  team.join(QStringLiteral("、")),
                                  day(c.checkedOn),
                                  c.mode == QLatin1String("onsite")    ? QStringLiteral("现场")
                                  : c.mode == QLatin1String("offsite") ? QStringLiteral("非现场")
                                                                       : QString(),
                                  c.finding,
                                  c.outcome,
                                  c.caseNumber,
                                  day(c.feedbackOn),
                                  day(c.closedOn),
                                  timing.overdue ? QStringLiteral("是") : QStringLiteral("否")};
    }
    if (auto w = writeTable(path, t); !w)
        return w.error();
    return int(t.rows.size());
}

Result<int> Exporters::campaign(const QString &id, const QString &path) const
{
    const CampaignService service(m_db, m_profile);
    auto c = service.find(id);
    if (!c)
        return c.error();
    auto st = service.ceremony(c.value());
    if (!st)
        return st.error();
    auto tasks = CampaignRepository(m_db).tasks(c->id);
    if (!tasks)
        return tasks.error();
    auto names = InspectorRepository(m_db).names(c->bureau);
    if (!names)
        return names.error();
    Table t;
    t.sheet = QStringLiteral("专项");
    t.header = {QStringLiteral("专项编号"),
                QStringLiteral("专项名称"),
                QStringLiteral("所属管理局"),
                QStringLiteral("依据"),
                QStringLiteral("批准"),
                QStringLiteral("备案"),
                QStringLiteral("公布"),
                QStringLiteral("抽取种子"),
                QStringLiteral("序号"),
                QStringLiteral("单位名称"),
                QStringLiteral("统一社会信用代码"),
                QStringLiteral("检查月份"),
                QStringLiteral("检查方式"),
                QStringLiteral("执法人员"),
                QStringLiteral("状态"),
                QStringLiteral("检查日期"),
                QStringLiteral("检查结果")};
    t.widths = {16, 30, 10, 30, 36, 26, 30, 22, 6, 30, 22, 10, 8, 18, 8, 12, 30};
    auto day = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const Bureau *b = Bureau::byId(c->bureau);
    const QString approval = c->approvedOn.isValid() ? QStringLiteral("%1 %2 %3").arg(c->approvedBy, day(c->approvedOn), c->approvalDoc) : QString();
    const QString filing = c->filedOn.isValid() ? QStringLiteral("%1 %2").arg(c->filedWith, day(c->filedOn)) : QString();
    const QString publication = c->publishedOn.isValid() ? QStringLiteral("%1 %2").arg(c->publishedWhere, day(c->publishedOn)) : QString();
    const QString seed = st->commit ? st->commit->fields().value(QStringLiteral("seed")).toString() : QString();
    for (const CampaignTask &k : tasks.value()) {
        QStringList team;
        for (const QString &badge : k.inspectors)
            team << names->value(badge, badge);
        t.rows << QList<QVariant>{c->id,
                                  c->name,
                                  b ? b->displayName(true) : c->bureau,
                                  c->basis,
                                  approval,
                                  filing,
                                  publication,
                                  seed,
                                  k.seq,
                                  k.name,
                                  k.key,
                                  c->monthStart(k.month).toString(QStringLiteral("yyyy-MM")),
                                  k.mode == QLatin1String("offsite") ? QStringLiteral("非现场") : QStringLiteral("现场"),
                                  team.join(QStringLiteral("、")),
                                  k.status == QLatin1String("done") ? QStringLiteral("已检查") : QStringLiteral("待检查"),
                                  day(k.inspectionDate),
                                  k.result};
    }
    if (auto w = writeTable(path, t); !w)
        return w.error();
    return int(t.rows.size());
}

QString Exporters::planNumber(const Quarter &q, const QString &bureau)
{
    const Bureau *b = Bureau::byId(bureau);
    return QStringLiteral("SZSTHJ-%1-%2Q%3")
        .arg(b && !b->areaCode.isEmpty() ? b->areaCode
             : b && b->division          ? QStringLiteral("YDY")
                                         : bureau)
        .arg(q.year)
        .arg(q.q);
}

QString Exporters::planName(const Quarter &q, const QString &bureau)
{
    // The name as the bureau files it with the provincial platform: always in Chinese.
    return QStringLiteral("%1%2年第%3季度“双随机、一公开”抽查计划").arg(authority(bureau)).arg(q.year).arg(q.q);
}

QString Exporters::authority(const QString &bureau)
{
    const Bureau *b = Bureau::byId(bureau);
    if (b && b->division)
        return QStringLiteral("深圳市生态环境局%1").arg(b->nameZh); // 移动源处
    return QStringLiteral("深圳市生态环境局%1管理局").arg(bureauName(bureau));
}

Result<int> Exporters::ledger(const Quarter &q, const QString &bureau, const QString &path) const
{
    auto cal = WorkCalendar::load(m_db);
    if (!cal)
        return cal.error();
    auto roster = InspectorRepository(m_db).names(bureau);
    if (!roster)
        return roster.error();
    const QHash<QString, QString> names = roster.value();
    QHash<QString, QString> pools;
    for (const PoolRule &p : m_profile.pools)
        pools.insert(p.id, p.name.zh);
    Table t;
    t.sheet = Tr::tr("Ledger");
    t.header = {Tr::tr("Bureau"),          Tr::tr("No."),         Tr::tr("Pool"),         Tr::tr("Entity"),
                Tr::tr("USCC / code"),     Tr::tr("Month"),       Tr::tr("Mode"),         Tr::tr("Inspectors"),
                Tr::tr("Joint with"),      Tr::tr("Status"),      Tr::tr("Inspected on"), Tr::tr("Result"),
                Tr::tr("Publication due"), Tr::tr("Published on")};
    t.widths = {10, 6, 22, 36, 22, 8, 10, 30, 24, 10, 12, 24, 14, 12};
    auto tasks = TaskRepository(m_db).list(q, bureau);
    if (!tasks)
        return tasks.error();
    for (const LedgerTask &x : tasks.value()) {
        QStringList team;
        for (const QString &b : x.inspectors)
            team << QStringLiteral("%1（%2）").arg(names.value(b, b), b);
        const QDate due = x.inspectionDate.isValid() ? cal->addWorkingDays(x.inspectionDate, m_profile.deadlines.publicationWorkingDays) : QDate();
        QString mode = x.mode == QLatin1String("offsite") ? Tr::tr("off-site") : Tr::tr("on-site");
        if (x.origin == QLatin1String("must"))
            mode += Tr::tr(", must-check");
        t.rows << QList<QVariant>{bureauName(x.bureau),
                                  x.seq,
                                  pools.value(x.pool, x.pool),
                                  x.name,
                                  x.key,
                                  QStringLiteral("%1-%2").arg(x.quarter.year).arg(x.month, 2, 10, QLatin1Char('0')),
                                  QString(mode),
                                  team.join(QStringLiteral("、")),
                                  x.joint ? x.partners.join(QStringLiteral("、")) : QString(),
                                  TaskService::statusName(x.status),
                                  date(x.inspectionDate),
                                  x.result,
                                  date(due),
                                  date(x.publishedDate)};
    }
    if (auto s = writeTable(path, t); !s)
        return s.error();
    return int(t.rows.size());
}

Result<int> Exporters::publicity(const Quarter &q, const QString &bureau, const QString &path) const
{
    QHash<QString, const PoolRule *> pools;
    for (const PoolRule &p : m_profile.pools)
        pools.insert(p.id, &p);
    Table t;
    t.sheet = QStringLiteral("抽查结果公示");
    // The national credit system's field names, in Chinese whatever the UI language.
    t.header = {QStringLiteral("抽查计划编号"), QStringLiteral("抽查计划名称"),     QStringLiteral("抽查任务编号"), QStringLiteral("抽查任务名称"),
                QStringLiteral("抽查类型"),     QStringLiteral("抽查机关"),         QStringLiteral("抽查完成日期"), QStringLiteral("抽查结果"),
                QStringLiteral("检查对象名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("检查事项"),     QStringLiteral("执法人员执法证号")};
    t.widths = {24, 48, 28, 30, 10, 28, 14, 24, 36, 22, 30, 22};
    auto tasks = TaskRepository(m_db).list(q, bureau);
    if (!tasks)
        return tasks.error();
    for (const LedgerTask &x : tasks.value()) {
        if (x.status == QLatin1String("planned") || !x.inspectionDate.isValid())
            continue; // only inspected tasks have a result to publish
        const PoolRule *p = pools.value(x.pool);
        const QString plan = planNumber(q, x.bureau);
        const bool uscc = x.key.size() == 18;
        t.rows << QList<QVariant>{plan,
                                  planName(q, x.bureau),
                                  QStringLiteral("%1-%2").arg(plan).arg(x.seq, 4, 10, QLatin1Char('0')),
                                  QString((p ? p->name.zh : x.pool) + QStringLiteral("检查")),
                                  QString(x.origin == QLatin1String("must") ? QStringLiteral("定向抽查（必查）") : QStringLiteral("定向抽查")),
                                  authority(x.bureau),
                                  date(x.inspectionDate),
                                  x.result.isEmpty() ? QStringLiteral("未发现问题") : QString(x.result),
                                  x.name,
                                  uscc ? x.key : QString(),
                                  p ? QString(p->item.zh) : QString(),
                                  x.inspectors.join(QStringLiteral("、"))};
    }
    if (auto s = writeTable(path, t); !s)
        return s.error();
    return int(t.rows.size());
}

Result<int> Exporters::breakdown(const Quarter &q, const QString &bureau, const QString &path) const
{
    // 《目标任务分解表》: per bureau, the year's targets (general ≥ 10 × I, key units ≥ 50 %,
    // joint ≥ 30 % of the share's base), planned and done per quarter, and where the year stands.
    const int year = q.year;
    QStringList bureaus;
    if (bureau.isEmpty())
        for (const Bureau &b : Bureau::all())
            bureaus << b.id;
    else
        bureaus << bureau;
    Table t;
    t.sheet = QStringLiteral("目标任务分解表");
    t.header = {Tr::tr("Bureau"), Tr::tr("Target"), Tr::tr("Year target")};
    for (int i = 1; i <= 4; ++i)
        t.header << Tr::tr("Q%1 planned").arg(i) << Tr::tr("Q%1 done").arg(i);
    t.header << Tr::tr("Done this year") << Tr::tr("Where the year stands");
    t.widths = {10, 26, 16, 9, 9, 9, 9, 9, 9, 9, 9, 10, 60};
    const YearTargets &yt = m_profile.targets;
    for (const QString &b : bureaus) {
        auto report = YearView(m_db, m_profile).report(b, year);
        if (!report)
            return report.error();
        QHash<QString, const YearTarget *> target;
        for (const YearTarget &x : report->targets)
            target.insert(x.id, &x);
        struct Counts {
            int planned = 0, done = 0;
        };
        Counts general[4], key[4], joint[4], all[4];
        QSet<QString> keysDone;
        int jointBase = 0;
        for (int i = 0; i < 4; ++i) {
            QSet<QString> keysPlanned, keysDoneQ;
            auto tasks = TaskRepository(m_db).list(Quarter{year, i + 1}, b);
            if (!tasks)
                return tasks.error();
            for (const LedgerTask &x : tasks.value()) {
                const bool done = x.status != QLatin1String("planned") && x.inspectionDate.isValid();
                ++all[i].planned;
                all[i].done += done;
                if (x.pool == yt.generalPool) {
                    ++general[i].planned;
                    general[i].done += done;
                }
                if (x.pool == yt.keyPool) {
                    keysPlanned.insert(x.key);
                    if (done)
                        keysDoneQ.insert(x.key), keysDone.insert(x.key);
                }
                if (x.joint) {
                    ++joint[i].planned;
                    joint[i].done += done;
                }
                jointBase += draw::inJointBase(m_profile, x.origin);
            }
            key[i] = {int(keysPlanned.size()), int(keysDoneQ.size())};
        }
        const Bureau *bb = Bureau::byId(b);
        const QString name = bb ? bb->displayName(true) : b;
        auto row = [&](const QString &what, const QVariant &goal, const Counts *c, int doneYear, const QString &detail) {
            QList<QVariant> r{name, what, goal};
            for (int i = 0; i < 4; ++i)
                r << c[i].planned << c[i].done;
            r << doneYear << detail;
            t.rows << r;
        };
        auto doneOf = [](const Counts *c) { return c[0].done + c[1].done + c[2].done + c[3].done; };
        const YearTarget *g = target.value(QStringLiteral("general_tasks"));
        row(Tr::tr("General fixed-source tasks (≥ %1 × inspectors)").arg(yt.generalPerInspector), g ? QVariant(int(g->target)) : QVariant(), general,
            doneOf(general), g ? g->detail : QString());
        const YearTarget *k = target.value(QStringLiteral("key_coverage"));
        row(Tr::tr("Key units checked (≥ %1%)").arg(yt.keyCoveragePct), Tr::tr("%1%").arg(yt.keyCoveragePct), key, int(keysDone.size()),
            k ? k->detail : QString());
        const YearTarget *j = target.value(QStringLiteral("joint_share"));
        row(Tr::tr("Joint inspections (≥ %1% of %2)").arg(yt.jointPct).arg(draw::jointBaseWords(m_profile, jointBase)), Tr::tr("%1%").arg(yt.jointPct), joint,
            doneOf(joint), j ? j->detail : QString());
        row(Tr::tr("All tasks"), QVariant(), all, doneOf(all), QString());
        // Assigned (下达) targets: handed down, not drawn: only what is done per quarter.
        auto assigned = AssignedRepository(m_db).list(b, year);
        if (!assigned)
            return assigned.error();
        for (const AssignedTarget &a : assigned.value()) {
            Counts c[4];
            for (int i = 0; i < 4; ++i)
                c[i].done = a.doneBetween(Quarter{year, i + 1}.firstDay(), Quarter{year, i + 1}.lastDay());
            row(Tr::tr("Assigned: %1").arg(a.item), a.count, c, a.doneTotal(),
                a.due.isValid() ? Tr::tr("%1 of %2 done; due %3").arg(a.doneTotal()).arg(a.count).arg(a.due.toString(Qt::ISODate))
                                : Tr::tr("%1 of %2 done").arg(a.doneTotal()).arg(a.count));
        }
    }
    if (auto s = writeTable(path, t); !s)
        return s.error();
    return int(t.rows.size());
}

} // namespace suiji
