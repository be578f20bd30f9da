// SPDX-License-Identifier: GPL-3.0-or-later
#include "Case.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CaseItem)
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

const QStringList &CaseItem::sources()
{
    static const QStringList s{QStringLiteral("国发平台"), QStringLiteral("省物联网平台"), QStringLiteral("智慧环保平台"), QStringLiteral("VOCs工况监控"),
                               QStringLiteral("投诉举报"), QStringLiteral("转办交办"),     QStringLiteral("企业申请"),     QStringLiteral("其他")};
    return s;
}

const QStringList &CaseItem::states()
{
    static const QStringList s{QStringLiteral("pending"), QStringLiteral("assigned"), QStringLiteral("checked"),
                               QStringLiteral("handled"), QStringLiteral("fed_back"), QStringLiteral("closed")};
    return s;
}

const QStringList &CaseItem::outcomes()
{
    static const QStringList s{QStringLiteral("无问题"), QStringLiteral("责令改正"), QStringLiteral("立案处罚"), QStringLiteral("移送")};
    return s;
}

bool CaseItem::isPlatform(const QString &source)
{
    static const QSet<QString> platforms(sources().cbegin(), sources().cbegin() + 4);
    return platforms.contains(source);
}

QString CaseItem::stateName(const QString &state)
{
    if (state == QLatin1String("pending"))
        return Tr::tr("pending dispatch");
    if (state == QLatin1String("assigned"))
        return Tr::tr("dispatched");
    if (state == QLatin1String("checked"))
        return Tr::tr("checked");
    if (state == QLatin1String("handled"))
        return Tr::tr("handled");
    if (state == QLatin1String("fed_back"))
        return Tr::tr("fed back");
    if (state == QLatin1String("closed"))
        return Tr::tr("closed");
    return state;
}

QJsonObject CaseItem::stateJson() const
{
    return QJsonObject{{QStringLiteral("state"), state},
                       {QStringLiteral("team"), team.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(team))},
                       {QStringLiteral("due"), dateOrNull(due)},
                       {QStringLiteral("checked_on"), dateOrNull(checkedOn)},
                       {QStringLiteral("mode"), textOrNull(mode)},
                       {QStringLiteral("finding"), textOrNull(finding)},
                       {QStringLiteral("outcome"), textOrNull(outcome)},
                       {QStringLiteral("case_number"), textOrNull(caseNumber)},
                       {QStringLiteral("handled_on"), dateOrNull(handledOn)},
                       {QStringLiteral("feedback_on"), dateOrNull(feedbackOn)},
                       {QStringLiteral("closed_on"), dateOrNull(closedOn)}};
}

} // namespace suiji
