// SPDX-License-Identifier: GPL-3.0-or-later
#include "Campaign.h"

#include "model/Quarter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Campaign)
};
QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

bool CampaignScope::isEmpty() const
{
    return categories.isEmpty() && level.isEmpty() && cls.isEmpty() && industry.isEmpty() && street.isEmpty() && keys.isEmpty();
}

QJsonObject CampaignScope::toJson() const
{
    QJsonObject o;
    if (!categories.isEmpty())
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    if (!level.isEmpty())
        o.insert(QStringLiteral("level"), level);
    if (!cls.isEmpty())
        o.insert(QStringLiteral("class"), cls);
    if (!industry.isEmpty())
        o.insert(QStringLiteral("industry"), industry);
    if (!street.isEmpty())
        o.insert(QStringLiteral("street"), street);
    if (!keys.isEmpty())
        o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(keys));
    return o;
}

CampaignScope CampaignScope::fromJson(const QJsonObject &o)
{
    CampaignScope s;
    for (const QJsonValue &v : o.value(QStringLiteral("categories")).toArray())
        s.categories << v.toString();
    s.level = o.value(QStringLiteral("level")).toString();
    s.cls = o.value(QStringLiteral("class")).toString();
    s.industry = o.value(QStringLiteral("industry")).toString();
    s.street = o.value(QStringLiteral("street")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("keys")).toArray())
        s.keys << v.toString();
    return s;
}

QJsonObject Campaign::stateJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("bureau"), bureau},
                       {QStringLiteral("basis"), textOrNull(basis)},
                       {QStringLiteral("field"), textOrNull(field)},
                       {QStringLiteral("from"), dateOrNull(from)},
                       {QStringLiteral("to"), dateOrNull(to)},
                       {QStringLiteral("mode"), offsite ? QStringLiteral("offsite") : QStringLiteral("onsite")},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("scope"), scopeSet ? QJsonValue(scope.toJson()) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("scope_fp"), textOrNull(scopeFp)},
                       {QStringLiteral("scope_count"), scopeCount},
                       {QStringLiteral("approved_by"), textOrNull(approvedBy)},
                       {QStringLiteral("approved_on"), dateOrNull(approvedOn)},
                       {QStringLiteral("approval_doc"), textOrNull(approvalDoc)},
                       {QStringLiteral("filed_with"), textOrNull(filedWith)},
                       {QStringLiteral("filed_on"), dateOrNull(filedOn)},
                       {QStringLiteral("published_where"), textOrNull(publishedWhere)},
                       {QStringLiteral("published_on"), dateOrNull(publishedOn)},
                       {QStringLiteral("closed_on"), dateOrNull(closedOn)}};
}

int Campaign::months() const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 1;
    return (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
}

QDate Campaign::monthStart(int month) const
{
    return QDate(from.year(), from.month(), 1).addMonths(month - 1);
}

const QStringList &Campaign::states()
{
    static const QStringList s{QStringLiteral("draft"), QStringLiteral("approved"), QStringLiteral("filed"), QStringLiteral("published"),
                               QStringLiteral("closed")};
    return s;
}

QString Campaign::stateName(const QString &state, bool running)
{
    if (state == QLatin1String("draft"))
        return Tr::tr("draft");
    if (state == QLatin1String("approved"))
        return Tr::tr("approved");
    if (state == QLatin1String("filed"))
        return Tr::tr("filed");
    if (state == QLatin1String("published"))
        return running ? Tr::tr("under way") : Tr::tr("published");
    if (state == QLatin1String("closed"))
        return Tr::tr("closed");
    return state;
}

QString Campaign::checkId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    if (!re.match(id).hasMatch())
        return Tr::tr("A campaign's id is 1 to 40 letters, digits, - or _ (e.g. ZX2025-VOCS): \"%1\" is not.").arg(id);
    if (Quarter::parse(id))
        return Tr::tr("A campaign's id cannot be a quarter's name (%1): its records are filed under it.").arg(id);
    return {};
}

QString CampaignTask::ledgerId() const
{
    return QStringLiteral("campaign|%1|%2").arg(key).arg(month);
}

bool CampaignTask::foundSomething() const
{
    const QString r = result.trimmed();
    return status == QLatin1String("done") && !r.isEmpty() && !r.startsWith(QStringLiteral("未发现")) && !r.startsWith(QStringLiteral("无问题"));
}

} // namespace suiji
