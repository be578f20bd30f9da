// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::VisitRepository)
};
} // namespace

Result<QList<Visit>> VisitRepository::list(const QString &bureau, const QDate &first, const QDate &last) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, bureau, month, entity_key, name, visit_date, inspectors, items, accepted_on FROM visit "
                             "WHERE (? = '' OR bureau = ?) AND month >= ? AND month <= ? ORDER BY id"));
    const QString b = bureau.isNull() ? QStringLiteral("") : bureau;
    q.addBindValue(b);
    q.addBindValue(b);
    q.addBindValue(first.toString(QStringLiteral("yyyy-MM")));
    q.addBindValue(last.toString(QStringLiteral("yyyy-MM")));
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the combined visits."), q.lastError().text())};
    QList<Visit> out;
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toString();
        v.bureau = q.value(1).toString();
        v.month = QDate::fromString(q.value(2).toString() + QStringLiteral("-01"), Qt::ISODate);
        v.key = q.value(3).toString();
        v.name = q.value(4).toString();
        v.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        v.inspectors = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QJsonValue &i : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
            VisitItem item;
            item.origin = i.toObject().value(QStringLiteral("origin")).toString();
            item.ref = i.toObject().value(QStringLiteral("ref")).toString();
            v.items << item;
        }
        v.acceptedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        out << v;
    }
    return out;
}

Status VisitRepository::insert(const Visit &v)
{
    QJsonArray items;
    for (const VisitItem &i : v.items)
        items.append(QJsonObject{{QStringLiteral("origin"), i.origin}, {QStringLiteral("ref"), i.ref}});
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO visit(id, bureau, month, entity_key, name, visit_date, inspectors, items, accepted_on) VALUES(?,?,?,?,?,?,?,?,?) "
                             "ON CONFLICT(id) DO NOTHING"));
    q.addBindValue(v.id);
    q.addBindValue(v.bureau);
    q.addBindValue(v.month.toString(QStringLiteral("yyyy-MM")));
    q.addBindValue(v.key);
    q.addBindValue(v.name.isNull() ? QStringLiteral("") : v.name);
    q.addBindValue(v.date.toString(Qt::ISODate));
    q.addBindValue(v.inspectors.join(QLatin1Char(',')));
    q.addBindValue(QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
    q.addBindValue(v.acceptedOn.toString(Qt::ISODate));
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save the combined visit %1.").arg(v.id), q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("The visit %1 is accepted already.").arg(v.id), 3};
    return Ok{};
}

} // namespace suiji
