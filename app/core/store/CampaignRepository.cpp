// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CampaignRepository)
};

const char *kColumns = "id, name, bureau, basis, field, date_from, date_to, mode, state, scope, scope_fp, scope_count, approved_by, approved_on, "
                       "approval_doc, filed_with, filed_on, published_where, published_on, closed_on";
const char *kTaskColumns = "campaign, seq, entity_key, category, name, month, mode, inspectors, status, inspection_date, result";

QDate date(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Campaign campaignAt(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.bureau = q.value(2).toString();
    c.basis = q.value(3).toString();
    c.field = q.value(4).toString();
    c.from = date(q.value(5));
    c.to = date(q.value(6));
    c.offsite = q.value(7).toString() == QLatin1String("offsite");
    c.state = q.value(8).toString();
    const QString scope = q.value(9).toString();
    c.scopeSet = !scope.isEmpty();
    if (c.scopeSet)
        c.scope = CampaignScope::fromJson(QJsonDocument::fromJson(scope.toUtf8()).object());
    c.scopeFp = q.value(10).toString();
    c.scopeCount = q.value(11).toInt();
    c.approvedBy = q.value(12).toString();
    c.approvedOn = date(q.value(13));
    c.approvalDoc = q.value(14).toString();
    c.filedWith = q.value(15).toString();
    c.filedOn = date(q.value(16));
    c.publishedWhere = q.value(17).toString();
    c.publishedOn = date(q.value(18));
    c.closedOn = date(q.value(19));
    return c;
}

CampaignTask taskAt(const QSqlQuery &q)
{
    CampaignTask t;
    t.campaign = q.value(0).toString();
    t.seq = q.value(1).toInt();
    t.key = q.value(2).toString();
    t.category = q.value(3).toString();
    t.name = q.value(4).toString();
    t.month = q.value(5).toInt();
    t.mode = q.value(6).toString();
    t.inspectors = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    t.status = q.value(8).toString();
    t.inspectionDate = date(q.value(9));
    t.result = q.value(10).toString();
    return t;
}

void bindFields(QSqlQuery &q, const Campaign &c)
{
    q.addBindValue(c.name);
    q.addBindValue(c.bureau);
    q.addBindValue(notNullText(c.basis));
    q.addBindValue(notNullText(c.field));
    q.addBindValue(dateOrNull(c.from));
    q.addBindValue(dateOrNull(c.to));
    q.addBindValue(c.offsite ? QStringLiteral("offsite") : QStringLiteral("onsite"));
    q.addBindValue(c.state);
    q.addBindValue(c.scopeSet ? QString::fromUtf8(QJsonDocument(c.scope.toJson()).toJson(QJsonDocument::Compact)) : QStringLiteral(""));
    q.addBindValue(notNullText(c.scopeFp));
    q.addBindValue(c.scopeCount);
    q.addBindValue(notNullText(c.approvedBy));
    q.addBindValue(dateOrNull(c.approvedOn));
    q.addBindValue(notNullText(c.approvalDoc));
    q.addBindValue(notNullText(c.filedWith));
    q.addBindValue(dateOrNull(c.filedOn));
    q.addBindValue(notNullText(c.publishedWhere));
    q.addBindValue(dateOrNull(c.publishedOn));
    q.addBindValue(dateOrNull(c.closedOn));
}
} // namespace

Result<QList<Campaign>> CampaignRepository::list(const QString &bureau) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM campaign WHERE ? = '' OR bureau = ? ORDER BY id").arg(QLatin1String(kColumns)));
    q.addBindValue(notNullText(bureau));
    q.addBindValue(notNullText(bureau));
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the campaigns."), q.lastError().text())};
    QList<Campaign> out;
    while (q.next())
        out << campaignAt(q);
    return out;
}

Result<std::optional<Campaign>> CampaignRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM campaign WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read campaign %1.").arg(id), q.lastError().text())};
    if (!q.next())
        return std::optional<Campaign>{};
    return std::optional<Campaign>{campaignAt(q)};
}

Status CampaignRepository::insert(const Campaign &c)
{
    auto known = find(c.id);
    if (!known)
        return known.error();
    if (known.value())
        return Error{Tr::tr("There is already a campaign %1 (%2).").arg(c.id, known.value()->name), 3};
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO campaign(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
    q.addBindValue(c.id);
    bindFields(q, c);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save campaign %1.").arg(c.id), q.lastError().text())};
    return Ok{};
}

Status CampaignRepository::save(const Campaign &c)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE campaign SET name = ?, bureau = ?, basis = ?, field = ?, date_from = ?, date_to = ?, mode = ?, state = ?, scope = ?, "
                             "scope_fp = ?, scope_count = ?, approved_by = ?, approved_on = ?, approval_doc = ?, filed_with = ?, filed_on = ?, "
                             "published_where = ?, published_on = ?, closed_on = ? WHERE id = ?"));
    bindFields(q, c);
    q.addBindValue(c.id);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save campaign %1.").arg(c.id), q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("Campaign %1 is no longer in the file (another program may have changed it).").arg(c.id), 3};
    return Ok{};
}

Result<QList<CampaignTask>> CampaignRepository::tasks(const QString &campaign) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM campaign_task WHERE campaign = ? ORDER BY seq").arg(QLatin1String(kTaskColumns)));
    q.addBindValue(campaign);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the targets of campaign %1.").arg(campaign), q.lastError().text())};
    QList<CampaignTask> out;
    while (q.next())
        out << taskAt(q);
    return out;
}

Result<QList<CampaignTask>> CampaignRepository::tasksOfBureau(const QString &bureau) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT t.campaign, t.seq, t.entity_key, t.category, t.name, t.month, t.mode, t.inspectors, t.status, t.inspection_date, "
                             "t.result FROM campaign_task t JOIN campaign c ON c.id = t.campaign WHERE ? = '' OR c.bureau = ? ORDER BY t.campaign, t.seq"));
    q.addBindValue(notNullText(bureau));
    q.addBindValue(notNullText(bureau));
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the campaigns' targets."), q.lastError().text())};
    QList<CampaignTask> out;
    while (q.next())
        out << taskAt(q);
    return out;
}

Result<QList<QPair<Campaign, CampaignTask>>> CampaignRepository::targets(const QString &bureau) const
{
    auto campaigns = list(bureau);
    if (!campaigns)
        return campaigns.error();
    QHash<QString, Campaign> byId;
    for (const Campaign &c : campaigns.value())
        byId.insert(c.id, c);
    auto tasks = tasksOfBureau(bureau);
    if (!tasks)
        return tasks.error();
    QList<QPair<Campaign, CampaignTask>> out;
    out.reserve(tasks->size());
    for (const CampaignTask &t : tasks.value())
        out.append({byId.value(t.campaign), t});
    return out;
}

Status CampaignRepository::insertTasks(const QList<CampaignTask> &tasks)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO campaign_task(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kTaskColumns)));
    for (const CampaignTask &t : tasks) {
        q.addBindValue(t.campaign);
        q.addBindValue(t.seq);
        q.addBindValue(t.key);
        q.addBindValue(t.category);
        q.addBindValue(notNullText(t.name));
        q.addBindValue(t.month);
        q.addBindValue(t.mode);
        q.addBindValue(t.inspectors.join(QLatin1Char(',')));
        q.addBindValue(t.status);
        q.addBindValue(dateOrNull(t.inspectionDate));
        q.addBindValue(notNullText(t.result));
        if (!q.exec())
            return Error{sqlErrorMessage(Tr::tr("Cannot save the targets of campaign %1.").arg(t.campaign), q.lastError().text())};
    }
    return Ok{};
}

Status CampaignRepository::saveTask(const CampaignTask &t)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE campaign_task SET status = ?, inspection_date = ?, result = ? WHERE campaign = ? AND entity_key = ?"));
    q.addBindValue(t.status);
    q.addBindValue(dateOrNull(t.inspectionDate));
    q.addBindValue(notNullText(t.result));
    q.addBindValue(t.campaign);
    q.addBindValue(t.key);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save target %1 of campaign %2.").arg(t.key, t.campaign), q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("%1 is not a target of campaign %2.").arg(t.key, t.campaign), 3};
    return Ok{};
}

} // namespace suiji
