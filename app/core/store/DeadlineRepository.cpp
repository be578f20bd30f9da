// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::DeadlineRepository)
};
// The city's own reports are stored under bureau "" (never NULL: the key must compare equal).
QString key(const QString &bureau)
{
    return bureau.isEmpty() ? QStringLiteral("") : bureau;
}
} // namespace

Result<QHash<QString, QDate>> DeadlineRepository::done(const QString &bureau, int year) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, done_on FROM deadline_done WHERE bureau = ? AND year = ?"));
    q.addBindValue(key(bureau));
    q.addBindValue(year);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the submitted reports."), q.lastError().text())};
    QHash<QString, QDate> out;
    while (q.next())
        out.insert(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return out;
}

Status DeadlineRepository::setDone(const QString &bureau, int year, const QString &id, const QDate &on) const
{
    QSqlQuery q(m_db.db());
    if (on.isValid()) {
        q.prepare(QStringLiteral("INSERT INTO deadline_done(bureau, year, id, done_on) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(bureau, year, id) DO UPDATE SET done_on = excluded.done_on"));
        q.addBindValue(key(bureau));
        q.addBindValue(year);
        q.addBindValue(id);
        q.addBindValue(on.toString(Qt::ISODate));
    } else {
        q.prepare(QStringLiteral("DELETE FROM deadline_done WHERE bureau = ? AND year = ? AND id = ?"));
        q.addBindValue(key(bureau));
        q.addBindValue(year);
        q.addBindValue(id);
    }
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot record the submitted report."), q.lastError().text())};
    return Ok{};
}

} // namespace suiji
