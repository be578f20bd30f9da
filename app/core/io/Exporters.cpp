#include "Exporters.h"

#include "calendar/WorkCalendar.h"
#include "draw/MonthPlanner.h"
#include "io/TableWriter.h"
#include "ledger/TaskService.h"
#include "model/Bureau.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"

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

QString Exporters::planNumber(const Quarter &q, const QString &bureau)
{
    const Bureau *b = Bureau::byId(bureau);
    return QStringLiteral("SZSTHJ-%1-%2Q%3").arg(b ? b->areaCode : bureau).arg(q.year).arg(q.q);
}

QString Exporters::planName(const Quarter &q, const QString &bureau)
{
    // The name as the bureau files it with the provincial platform: always in Chinese.
    return QStringLiteral("深圳市生态环境局%1管理局%2年第%3季度“双随机、一公开”抽查计划").arg(bureauName(bureau)).arg(q.year).arg(q.q);
}

QString Exporters::authority(const QString &bureau)
{
    return QStringLiteral("深圳市生态环境局%1管理局").arg(bureauName(bureau));
}

Result<int> Exporters::ledger(const Quarter &q, const QString &bureau, const QString &path) const
{
    auto cal = WorkCalendar::load(m_db);
    if (!cal)
        return cal.error();
    QHash<QString, QString> names, pools;
    for (const Inspector &i : InspectorRepository(m_db).list(bureau))
        names.insert(i.badge, i.name);
    for (const PoolRule &p : m_profile.pools)
        pools.insert(p.id, p.name.zh);
    Table t;
    t.sheet = Tr::tr("Ledger");
    t.header = {Tr::tr("Bureau"), Tr::tr("No."), Tr::tr("Pool"), Tr::tr("Entity"), Tr::tr("USCC / code"), Tr::tr("Month"), Tr::tr("Mode"), Tr::tr("Inspectors"),
                Tr::tr("Joint with"), Tr::tr("Status"), Tr::tr("Inspected on"), Tr::tr("Result"), Tr::tr("Publication due"), Tr::tr("Published on")};
    t.widths = {10, 6, 22, 36, 22, 8, 10, 30, 24, 10, 12, 24, 14, 12};
    for (const LedgerTask &x : TaskRepository(m_db).list(q, bureau)) {
        QStringList team;
        for (const QString &b : x.inspectors)
            team << QStringLiteral("%1（%2）").arg(names.value(b, b), b);
        const QDate due = x.inspectionDate.isValid() ? cal->addWorkingDays(x.inspectionDate, m_profile.deadlines.publicationWorkingDays) : QDate();
        QString mode = x.mode == QLatin1String("offsite") ? Tr::tr("off-site") : Tr::tr("on-site");
        if (x.origin == QLatin1String("must"))
            mode += Tr::tr(", must-check");
        t.rows << QList<QVariant>{bureauName(x.bureau), x.seq, pools.value(x.pool, x.pool), x.name, x.key, QStringLiteral("%1-%2").arg(x.quarter.year).arg(x.month, 2, 10, QLatin1Char('0')),
                                 QString(mode), team.join(QStringLiteral("、")), x.joint ? x.partners.join(QStringLiteral("、")) : QString(), TaskService::statusName(x.status),
                                 date(x.inspectionDate), x.result, date(due), date(x.publishedDate)};
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
    t.header = {QStringLiteral("抽查计划编号"), QStringLiteral("抽查计划名称"), QStringLiteral("抽查任务编号"), QStringLiteral("抽查任务名称"), QStringLiteral("抽查类型"),
                QStringLiteral("抽查机关"),     QStringLiteral("抽查完成日期"), QStringLiteral("抽查结果"),     QStringLiteral("检查对象名称"), QStringLiteral("统一社会信用代码"),
                QStringLiteral("检查事项"),     QStringLiteral("执法人员执法证号")};
    t.widths = {24, 48, 28, 30, 10, 28, 14, 24, 36, 22, 30, 22};
    for (const LedgerTask &x : TaskRepository(m_db).list(q, bureau)) {
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
    struct Row {
        int tasks = 0, must = 0;
        int planned[3] = {0, 0, 0};
        int done[3] = {0, 0, 0};
        int doneAll = 0;
    };
    QHash<QString, Row> rows;
    for (const LedgerTask &x : TaskRepository(m_db).list(q, bureau)) {
        Row &r = rows[x.pool];
        ++r.tasks;
        r.must += x.origin == QLatin1String("must");
        const int m = x.month - q.firstMonth();
        if (m >= 0 && m < 3)
            ++r.planned[m];
        if (x.status != QLatin1String("planned") && x.inspectionDate.isValid()) {
            ++r.doneAll;
            const int dm = x.inspectionDate.month() - q.firstMonth();
            ++r.done[std::clamp(dm, 0, 2)];
        }
    }
    Table t;
    t.sheet = QStringLiteral("目标任务分解表");
    const QString m1 = QString::number(q.firstMonth()), m2 = QString::number(q.firstMonth() + 1), m3 = QString::number(q.firstMonth() + 2);
    t.header = {Tr::tr("Pool"), Tr::tr("Task count"), Tr::tr("of which must-checks"), Tr::tr("Planned %1月").arg(m1), Tr::tr("Planned %1月").arg(m2), Tr::tr("Planned %1月").arg(m3),
                Tr::tr("Done %1月").arg(m1), Tr::tr("Done %1月").arg(m2), Tr::tr("Done %1月").arg(m3), Tr::tr("Done"), Tr::tr("Done %")};
    t.widths = {26, 8, 10, 10, 10, 10, 10, 10, 10, 8, 8};
    Row total;
    for (const PoolRule &p : m_profile.pools) {
        const Row r = rows.value(p.id);
        t.rows << QList<QVariant>{p.name.text(), r.tasks, r.must, r.planned[0], r.planned[1], r.planned[2], r.done[0], r.done[1], r.done[2], r.doneAll,
                                  r.tasks ? std::round(1000.0 * r.doneAll / r.tasks) / 10.0 : 0.0};
        total.tasks += r.tasks;
        total.must += r.must;
        total.doneAll += r.doneAll;
        for (int i = 0; i < 3; ++i) {
            total.planned[i] += r.planned[i];
            total.done[i] += r.done[i];
        }
    }
    t.rows << QList<QVariant>{Tr::tr("Total"), total.tasks, total.must, total.planned[0], total.planned[1], total.planned[2], total.done[0], total.done[1], total.done[2],
                              total.doneAll, total.tasks ? std::round(1000.0 * total.doneAll / total.tasks) / 10.0 : 0.0};
    if (auto s = writeTable(path, t); !s)
        return s.error();
    return int(t.rows.size());
}

} // namespace suiji
