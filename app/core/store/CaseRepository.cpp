// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CaseRepository)
};

const char *kColumns = "id, source, number, level, type, name, uscc, entity_key, bureau, received_at, content, due_given, state, team, due, "
                       "checked_on, mode, finding, outcome, case_number, handled_on, feedback_on, closed_on";

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// An empty, never a null, string: the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

CaseItem fromQuery(const QSqlQuery &q)
{
    CaseItem c;
    c.id = q.value(0).toLongLong();
    c.source = q.value(1).toString();
    c.number = q.value(2).toString();
    c.level = q.value(3).toString();
    c.type = q.value(4).toString();
    c.name = q.value(5).toString();
    c.uscc = q.value(6).toString();
    c.key = q.value(7).toString();
    c.bureau = q.value(8).toString();
    c.received = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    c.content = q.value(10).toString();
    c.dueGiven = date(q.value(11));
    c.state = q.value(12).toString();
    c.team = q.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.due = date(q.value(14));
    c.checkedOn = date(q.value(15));
    c.mode = q.value(16).toString();
    c.finding = q.value(17).toString();
    c.outcome = q.value(18).toString();
    c.caseNumber = q.value(19).toString();
    c.handledOn = date(q.value(20));
    c.feedbackOn = date(q.value(21));
    c.closedOn = date(q.value(22));
    return c;
}
} // namespace

Result<QList<CaseItem>> CaseRepository::list(const CaseFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (!f.bureau.isEmpty()) {
        where << QStringLiteral("bureau = ?");
        binds << f.bureau;
    }
    if (!f.state.isEmpty()) {
        where << QStringLiteral("state = ?");
        binds << f.state;
    }
    if (!f.source.isEmpty()) {
        where << QStringLiteral("source = ?");
        binds << f.source;
    }
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM enforcement_case%2 ORDER BY received_at, id")
                  .arg(QLatin1String(kColumns), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the cases."), q.lastError().text())};
    QList<CaseItem> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Result<std::optional<CaseItem>> CaseRepository::find(const QString &ref) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    if (isId) {
        q.prepare(QStringLiteral("SELECT %1 FROM enforcement_case WHERE id = ?").arg(QLatin1String(kColumns)));
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM enforcement_case WHERE source = ? AND number = ?").arg(QLatin1String(kColumns)));
        q.addBindValue(ref.section(QLatin1Char(':'), 0, 0).trimmed());
        q.addBindValue(ref.section(QLatin1Char(':'), 1).trimmed());
    }
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the cases."), q.lastError().text())};
    if (q.next())
        return std::optional<CaseItem>(fromQuery(q));
    return std::optional<CaseItem>();
}

Status CaseRepository::upsertImported(const QList<CaseItem> &cases, const QString &importedAt)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO enforcement_case (source, number, level, type, name, uscc, entity_key, bureau, received_at, content, due_given, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, number) DO UPDATE SET level = excluded.level, type = excluded.type, "
        "name = excluded.name, uscc = excluded.uscc, entity_key = excluded.entity_key, bureau = excluded.bureau, received_at = excluded.received_at, "
        "content = excluded.content, due_given = excluded.due_given, imported_at = excluded.imported_at"));
    for (const CaseItem &c : cases) {
        q.addBindValue(text(c.source));
        q.addBindValue(text(c.number));
        q.addBindValue(text(c.level));
        q.addBindValue(text(c.type));
        q.addBindValue(text(c.name));
        q.addBindValue(text(c.uscc));
        q.addBindValue(text(c.key));
        q.addBindValue(text(c.bureau));
        q.addBindValue(c.received.toString(Qt::ISODate));
        q.addBindValue(text(c.content));
        q.addBindValue(dateOrNull(c.dueGiven));
        q.addBindValue(importedAt);
        if (!q.exec())
            return Error{sqlErrorMessage(Tr::tr("Cannot save case %1.").arg(c.ref()), q.lastError().text())};
    }
    return Ok{};
}

Status CaseRepository::saveState(const CaseItem &c)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE enforcement_case SET state = ?, team = ?, due = ?, checked_on = ?, mode = ?, finding = ?, outcome = ?, "
                             "case_number = ?, handled_on = ?, feedback_on = ?, closed_on = ? WHERE id = ?"));
    q.addBindValue(c.state);
    q.addBindValue(text(c.team.join(QLatin1Char(','))));
    q.addBindValue(dateOrNull(c.due));
    q.addBindValue(dateOrNull(c.checkedOn));
    q.addBindValue(text(c.mode));
    q.addBindValue(text(c.finding));
    q.addBindValue(text(c.outcome));
    q.addBindValue(text(c.caseNumber));
    q.addBindValue(dateOrNull(c.handledOn));
    q.addBindValue(dateOrNull(c.feedbackOn));
    q.addBindValue(dateOrNull(c.closedOn));
    q.addBindValue(c.id);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save case %1.").arg(c.ref()), q.lastError().text())};
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("Case %1 is no longer in the file (another program may have changed it). Reload and try again.").arg(c.ref()), 3};
    return Ok{};
}

Result<QHash<QString, QString>> CaseRepository::entityKeys() const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, bureau FROM entity")))
        return Error{sqlErrorMessage(Tr::tr("Cannot read the entity list."), q.lastError().text())};
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace suiji
