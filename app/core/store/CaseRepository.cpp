// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>
#include <sqlite3.h>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CaseRepository)
};

const char *kColumns = "id, source, number, level, type, name, uscc, entity_key, bureau, received_at, content, due_given, state, team, due, "
                       "checked_on, mode, finding, outcome, case_number, handled_on, feedback_on, closed_on";

} // namespace

namespace {
// Reads cases on the raw handle: a city's 100,000 cases are read for every measure, and
// QSqlQuery's per-cell QVariant and QDateTime::fromString cost several times the reading itself.
// brief: only what the measures and deadlines read.
Result<QList<CaseItem>> readCases(sqlite3 *h, const QByteArray &sql, const std::function<void(sqlite3_stmt *)> &bind, bool brief)
{
    sqlite3_stmt *st = nullptr;
    const auto done = qScopeGuard([&] { sqlite3_finalize(st); });
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
        return Error{sqlErrorMessage(Tr::tr("Cannot read the cases."), QString::fromUtf8(sqlite3_errmsg(h)))};
    bind(st);
    QHash<QByteArray, QString> interned; // sources, levels, bureaus, states: a handful of values
    auto raw = [&](int c) { return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c)); };
    auto text = [&](int c) { return QString::fromUtf8(raw(c)); };
    auto word = [&](int c) {
        const QByteArrayView v = raw(c);
        auto it = interned.constFind(QByteArray(v.data(), v.size()));
        if (it == interned.constEnd())
            it = interned.insert(QByteArray(v.data(), v.size()), QString::fromUtf8(v));
        return *it;
    };
    auto num = [](QByteArrayView v, int from, int n) {
        int x = 0;
        for (int i = from; i < from + n; ++i)
            x = x * 10 + (v[i] - '0');
        return x;
    };
    auto date = [&](int c) {
        const QByteArrayView v = raw(c);
        return v.size() >= 10 ? QDate(num(v, 0, 4), num(v, 5, 2), num(v, 8, 2)) : QDate();
    };
    QList<CaseItem> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        CaseItem c;
        c.id = sqlite3_column_int64(st, 0);
        c.source = word(1);
        c.number = text(2);
        c.level = word(3);
        c.bureau = word(8);
        const QByteArrayView at = raw(9);
        c.received = at.size() >= 19
                         ? QDateTime(QDate(num(at, 0, 4), num(at, 5, 2), num(at, 8, 2)), QTime(num(at, 11, 2), num(at, 14, 2), num(at, 17, 2)), Qt::UTC)
                         : QDateTime(date(9), QTime(0, 0), Qt::UTC);
        c.dueGiven = date(11);
        c.state = word(12);
        c.due = date(14);
        c.checkedOn = date(15);
        c.handledOn = date(20);
        c.feedbackOn = date(21);
        if (!brief) {
            c.type = word(4);
            c.name = text(5);
            c.uscc = text(6);
            c.key = text(7);
            c.content = text(10);
            c.team = text(13).split(QLatin1Char(','), Qt::SkipEmptyParts);
            c.mode = word(16);
            c.finding = text(17);
            c.outcome = word(18);
            c.caseNumber = text(19);
        }
        c.closedOn = date(22);
        out << std::move(c);
    }
    if (rc != SQLITE_DONE)
        return Error{sqlErrorMessage(Tr::tr("Cannot read the cases."), QString::fromUtf8(sqlite3_errmsg(h)))};
    return out;
}
} // namespace

Result<QList<CaseItem>> CaseRepository::list(const CaseFilter &f) const
{
    QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM enforcement_case WHERE (?1 = '' OR bureau = ?1) AND (?2 = '' OR state = ?2) AND (?3 = '' OR source = ?3)";
    if (!f.brief)
        sql += " ORDER BY received_at, id"; // the measures count: no order to sort 100,000 rows into
    const QByteArray b = f.bureau.toUtf8(), state = f.state.toUtf8(), source = f.source.toUtf8();
    return readCases(
        m_db.handle(), sql,
        [&](sqlite3_stmt *st) {
            sqlite3_bind_text(st, 1, b.constData(), int(b.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 2, state.constData(), int(state.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 3, source.constData(), int(source.size()), SQLITE_STATIC);
        },
        f.brief);
}

Result<std::optional<CaseItem>> CaseRepository::find(const QString &ref) const
{
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    const QByteArray source = ref.section(QLatin1Char(':'), 0, 0).trimmed().toUtf8(), number = ref.section(QLatin1Char(':'), 1).trimmed().toUtf8();
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM enforcement_case WHERE " + (isId ? "id = ?1" : "source = ?1 AND number = ?2");
    auto found = readCases(
        m_db.handle(), sql,
        [&](sqlite3_stmt *st) {
            if (isId) {
                sqlite3_bind_int64(st, 1, id);
            } else {
                sqlite3_bind_text(st, 1, source.constData(), int(source.size()), SQLITE_STATIC);
                sqlite3_bind_text(st, 2, number.constData(), int(number.size()), SQLITE_STATIC);
            }
        },
        false);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<CaseItem>() : std::optional<CaseItem>(found->first());
}

Status CaseRepository::upsertImported(const QList<CaseItem> &cases, const QString &importedAt)
{
    static const char *sql =
        "INSERT INTO enforcement_case (source, number, level, type, name, uscc, entity_key, bureau, received_at, content, due_given, imported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (source, number) DO UPDATE SET level = excluded.level, type = excluded.type, "
        "name = excluded.name, uscc = excluded.uscc, entity_key = excluded.entity_key, bureau = excluded.bureau, received_at = excluded.received_at, "
        "content = excluded.content, due_given = excluded.due_given, imported_at = excluded.imported_at";
    sqlite3 *h = m_db.handle();
    sqlite3_stmt *st = nullptr;
    const auto done = qScopeGuard([&] { sqlite3_finalize(st); });
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return Error{sqlErrorMessage(Tr::tr("Cannot save the cases."), QString::fromUtf8(sqlite3_errmsg(h)))};
    const QByteArray stamp = importedAt.toUtf8();
    QByteArray cells[11];
    for (const CaseItem &c : cases) {
        cells[0] = c.source.toUtf8();
        cells[1] = c.number.toUtf8();
        cells[2] = c.level.toUtf8();
        cells[3] = c.type.toUtf8();
        cells[4] = c.name.toUtf8();
        cells[5] = c.uscc.toUtf8();
        cells[6] = c.key.toUtf8();
        cells[7] = c.bureau.toUtf8();
        cells[8] = c.receivedIso().toUtf8();
        cells[9] = c.content.toUtf8();
        cells[10] = c.dueGiven.isValid() ? c.dueGiven.toString(Qt::ISODate).toUtf8() : QByteArray();
        for (int k = 0; k < 10; ++k)
            sqlite3_bind_text(st, k + 1, cells[k].constData(), int(cells[k].size()), SQLITE_STATIC); // "" never NULL: the columns are NOT NULL
        if (cells[10].isEmpty())
            sqlite3_bind_null(st, 11);
        else
            sqlite3_bind_text(st, 11, cells[10].constData(), int(cells[10].size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 12, stamp.constData(), int(stamp.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return Error{sqlErrorMessage(Tr::tr("Cannot save case %1.").arg(c.ref()), QString::fromUtf8(sqlite3_errmsg(h)))};
    }
    return Ok{};
}

Status CaseRepository::saveState(const CaseItem &c)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE enforcement_case SET state = ?, team = ?, due = ?, checked_on = ?, mode = ?, finding = ?, outcome = ?, "
                             "case_number = ?, handled_on = ?, feedback_on = ?, closed_on = ? WHERE id = ?"));
    q.addBindValue(c.state);
    q.addBindValue(notNullText(c.team.join(QLatin1Char(','))));
    q.addBindValue(dateOrNull(c.due));
    q.addBindValue(dateOrNull(c.checkedOn));
    q.addBindValue(notNullText(c.mode));
    q.addBindValue(notNullText(c.finding));
    q.addBindValue(notNullText(c.outcome));
    q.addBindValue(notNullText(c.caseNumber));
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

Result<qint64> CaseRepository::insert(const CaseItem &c, const QString &enteredAt)
{
    if (auto known = find(c.ref()); !known)
        return known.error();
    else if (known.value())
        return Error{Tr::tr("%1 already has a case numbered %2.").arg(c.source, c.number), 3};
    CaseItem pending = c;
    pending.id = 0;
    if (auto s = upsertImported({pending}, enteredAt); !s)
        return s.error();
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    pending.id = id;
    if (c.state != QLatin1String("pending") || !c.team.isEmpty())
        if (auto s = saveState(pending); !s)
            return s.error();
    return id;
}

Status CaseRepository::put(const CaseItem &c)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE enforcement_case SET level = ?, type = ?, name = ?, uscc = ?, entity_key = ?, bureau = ?, received_at = ?, "
                             "content = ?, due_given = ? WHERE id = ?"));
    q.addBindValue(notNullText(c.level));
    q.addBindValue(notNullText(c.type));
    q.addBindValue(notNullText(c.name));
    q.addBindValue(notNullText(c.uscc));
    q.addBindValue(notNullText(c.key));
    q.addBindValue(c.bureau);
    q.addBindValue(c.receivedIso());
    q.addBindValue(notNullText(c.content));
    q.addBindValue(dateOrNull(c.dueGiven));
    q.addBindValue(c.id);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot save case %1.").arg(c.ref()), q.lastError().text())};
    return saveState(c);
}

Status CaseRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM enforcement_case WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot remove the case."), q.lastError().text())};
    return Ok{};
}

Result<QString> CaseRepository::nextNumber(const QString &source, const QString &prefix) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT number FROM enforcement_case WHERE source = ? AND substr(number, 1, ?) = ?"));
    q.addBindValue(source);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return Error{sqlErrorMessage(Tr::tr("Cannot read the cases."), q.lastError().text())};
    int last = 0;
    while (q.next()) {
        bool ok = false;
        const int n = q.value(0).toString().mid(prefix.size()).toInt(&ok);
        if (ok)
            last = std::max(last, n);
    }
    return QString(prefix + QStringLiteral("%1").arg(last + 1, 3, 10, QLatin1Char('0')));
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
