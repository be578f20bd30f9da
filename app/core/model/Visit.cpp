// SPDX-License-Identifier: GPL-3.0-or-later
#include "Visit.h"

#include <QJsonArray>

namespace suiji {

QJsonObject Visit::stateJson() const
{
    QJsonArray list;
    for (const VisitItem &i : items)
        list.append(QJsonObject{{QStringLiteral("origin"), i.origin}, {QStringLiteral("ref"), i.ref}});
    return QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("inspectors"), inspectors.join(QLatin1Char(','))},
                       {QStringLiteral("items"), list},
                       {QStringLiteral("accepted_on"), acceptedOn.toString(Qt::ISODate)}};
}

QString Visit::makeId(const QString &bureau, const QDate &month, const QString &key)
{
    return bureau + QLatin1Char('|') + month.toString(QStringLiteral("yyyy-MM")) + QLatin1Char('|') + key;
}

} // namespace suiji
