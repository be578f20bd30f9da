// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::InspectorRepository)
};
} // namespace

Result<QList<Inspector>> InspectorRepository::list(const QString &bureau) const
{
    QList<Inspector> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    const QString where = bureau.isEmpty() ? QString() : QStringLiteral(" WHERE bureau = ?");
    q.prepare(QStringLiteral("SELECT id, badge, name, bureau, section, active FROM inspector") + where + QStringLiteral(" ORDER BY bureau, badge"));
    if (!bureau.isEmpty())
        q.addBindValue(bureau);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the inspectors."), q.lastError().text())};
    while (q.next()) {
        Inspector i;
        i.id = q.value(0).toLongLong();
        i.badge = q.value(1).toString();
        i.name = q.value(2).toString();
        i.bureau = q.value(3).toString();
        i.section = q.value(4).toString();
        i.active = q.value(5).toBool();
        index.insert(i.id, int(out.size()));
        out.append(i);
    }
    QSqlQuery c(m_db.db());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT c.inspector_id, c.entity_key FROM inspector_conflict c JOIN inspector i ON i.id = c.inspector_id") +
              (bureau.isEmpty() ? QString() : QStringLiteral(" WHERE i.bureau = ?")) + QStringLiteral(" ORDER BY c.entity_key"));
    if (!bureau.isEmpty())
        c.addBindValue(bureau);
    if (!c.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the inspectors' conflicts of interest."), c.lastError().text())};
    while (c.next())
        if (auto it = index.find(c.value(0).toLongLong()); it != index.end())
            out[*it].conflicts.append(c.value(1).toString());
    return out;
}

Result<QHash<QString, QString>> InspectorRepository::names(const QString &bureau) const
{
    auto roster = list(bureau);
    if (!roster)
        return roster.error();
    QHash<QString, QString> out;
    for (const Inspector &i : roster.value())
        out.insert(i.badge, i.name);
    return out;
}

Result<int> InspectorRepository::count(const QString &bureau, bool activeOnly) const
{
    QSqlQuery q(m_db.db());
    QStringList where;
    if (!bureau.isEmpty())
        where << QStringLiteral("bureau = ?");
    if (activeOnly)
        where << QStringLiteral("active = 1");
    q.prepare(QStringLiteral("SELECT count(*) FROM inspector") +
              (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!bureau.isEmpty())
        q.addBindValue(bureau);
    if (!q.exec() || !q.next())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the inspectors."), q.lastError().text())};
    return q.value(0).toInt();
}

Status InspectorRepository::upsert(const QList<Inspector> &inspectors)
{
    auto fail = [](const QString &what, const QSqlQuery &q) { return Error{sqlErrorMessage(what, q.lastError().text())}; };
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO inspector(badge, name, bureau, section, active) VALUES(?,?,?,?,?) "
                             "ON CONFLICT(badge) DO UPDATE SET name=excluded.name, bureau=excluded.bureau, "
                             "section=excluded.section, active=excluded.active RETURNING id"));
    QSqlQuery del(m_db.db());
    del.prepare(QStringLiteral("DELETE FROM inspector_conflict WHERE inspector_id = ?"));
    QSqlQuery ins(m_db.db());
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO inspector_conflict(inspector_id, entity_key) VALUES(?, ?)"));
    for (const Inspector &i : inspectors) {
        q.addBindValue(i.badge);
        q.addBindValue(i.name);
        q.addBindValue(i.bureau);
        q.addBindValue(i.section.isEmpty() ? QVariant() : QVariant(i.section));
        q.addBindValue(i.active ? 1 : 0);
        if (!q.exec() || !q.next())
            return fail(QCoreApplication::translate("suiji::InspectorRepository", "Cannot save inspector %1.").arg(i.badge), q);
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        del.addBindValue(id);
        if (!del.exec())
            return fail(QCoreApplication::translate("suiji::InspectorRepository", "Cannot save inspector %1.").arg(i.badge), del);
        for (const QString &key : i.conflicts) {
            ins.addBindValue(id);
            ins.addBindValue(key);
            if (!ins.exec())
                return fail(QCoreApplication::translate("suiji::InspectorRepository", "Cannot save inspector %1.").arg(i.badge), ins);
        }
    }
    return Ok{};
}

Result<std::optional<int>> InspectorRepository::storedCount(const QString &bureau, const Quarter &quarter) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT count FROM quarter_inspectors WHERE bureau = ? AND quarter = ?"));
    q.addBindValue(bureau);
    q.addBindValue(quarter.toString());
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the inspector count."), q.lastError().text())};
    if (q.next())
        return std::optional<int>(q.value(0).toInt());
    return std::optional<int>();
}

Status InspectorRepository::saveCount(const QString &bureau, const Quarter &quarter, int count)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO quarter_inspectors(bureau, quarter, count) VALUES(?,?,?) "
                             "ON CONFLICT(bureau, quarter) DO UPDATE SET count=excluded.count"));
    q.addBindValue(bureau);
    q.addBindValue(quarter.toString());
    q.addBindValue(count);
    if (!q.exec())
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::InspectorRepository", "Cannot save the inspector count."), q.lastError().text())};
    return Ok{};
}

Result<int> InspectorRepository::effectiveCount(const QString &bureau, const Quarter &quarter) const
{
    auto stored = storedCount(bureau, quarter);
    if (!stored)
        return stored.error();
    if (stored.value())
        return *stored.value();
    return count(bureau, true);
}

} // namespace suiji

namespace suiji {

Status InspectorRepository::saveOne(const Inspector &inspector)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = upsert({inspector}); !s)
        return s;
    return tx.commit();
}

} // namespace suiji
