// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::FactRepository)
};

QJsonValue orNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QString join(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(QLatin1Char('|'));
}
} // namespace

QString FactRepository::yearKey(const QString &bureau, int year, const QString &name)
{
    return join({chainOf(bureau), QString::number(year), name});
}

QString FactRepository::assignedDoneKey(const QString &bureau, int year, const QString &item, qint64 rowId)
{
    return join({yearKey(bureau, year, item), QStringLiteral("#") + QString::number(rowId)});
}

QString FactRepository::typicalKey(const QString &bureau, const QString &quarter, const QString &pool, const QString &entityKey, int month)
{
    return join({bureau, quarter, pool, entityKey, QString::number(month)});
}

Result<QHash<QString, Fact>> FactRepository::current() const
{
    QHash<QString, Fact> out;
    auto read = [&](const char *sql, const std::function<Fact(const QSqlQuery &)> &make) -> Status {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        if (!q.exec(QLatin1String(sql)))
            return Error{sqlErrorMessage(Tr::tr("Cannot read the recorded facts (drawn elsewhere, reports submitted, assigned targets, typical cases)."),
                                         q.lastError().text())};
        while (q.next()) {
            const Fact f = make(q);
            out.insert(f.id(), f);
        }
        return Ok{};
    };
    if (auto s = read("SELECT bureau, year, pool, count FROM prior_draw",
                      [](const QSqlQuery &q) {
                          Fact f{QStringLiteral("prior_draw"), q.value(0).toString(), q.value(1).toInt(), {}, {}};
                          f.key = yearKey(f.bureau, f.year, q.value(2).toString());
                          f.state = {{QStringLiteral("count"), q.value(3).toInt()}};
                          return f;
                      });
        !s)
        return s.error();
    if (auto s = read("SELECT bureau, year, id, done_on FROM deadline_done",
                      [](const QSqlQuery &q) {
                          Fact f{QStringLiteral("deadline_done"), q.value(0).toString(), q.value(1).toInt(), {}, {}};
                          f.key = yearKey(f.bureau, f.year, q.value(2).toString());
                          f.state = {{QStringLiteral("done_on"), q.value(3).toString()}};
                          return f;
                      });
        !s)
        return s.error();
    if (auto s = read("SELECT bureau, year, item, count, source, due FROM assigned_target",
                      [](const QSqlQuery &q) {
                          Fact f{QStringLiteral("assigned_target"), q.value(0).toString(), q.value(1).toInt(), {}, {}};
                          f.key = yearKey(f.bureau, f.year, q.value(2).toString());
                          f.state = {{QStringLiteral("count"), q.value(3).toInt()},
                                     {QStringLiteral("source"), orNull(q.value(4))},
                                     {QStringLiteral("due"), orNull(q.value(5))}};
                          return f;
                      });
        !s)
        return s.error();
    if (auto s = read("SELECT id, bureau, year, item, count, done_on FROM assigned_done",
                      [](const QSqlQuery &q) {
                          Fact f{QStringLiteral("assigned_done"), q.value(1).toString(), q.value(2).toInt(), {}, {}};
                          f.key = assignedDoneKey(f.bureau, f.year, q.value(3).toString(), q.value(0).toLongLong());
                          f.state = {{QStringLiteral("item"), q.value(3).toString()},
                                     {QStringLiteral("count"), q.value(4).toInt()},
                                     {QStringLiteral("done_on"), q.value(5).toString()}};
                          return f;
                      });
        !s)
        return s.error();
    if (auto s = read("SELECT t.bureau, t.quarter, t.pool, t.entity_key, t.month, c.text, c.marked_on FROM typical_case c JOIN task t ON t.id = c.task_id",
                      [](const QSqlQuery &q) {
                          Fact f{QStringLiteral("typical_case"), q.value(0).toString(), q.value(1).toString().left(4).toInt(), {}, {}};
                          f.key = typicalKey(f.bureau, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt());
                          f.state = {{QStringLiteral("text"), q.value(5).toString()}, {QStringLiteral("marked_on"), q.value(6).toString()}};
                          return f;
                      });
        !s)
        return s.error();
    if (auto s = read("SELECT id, bureau, month, visit_date, inspectors, items, accepted_on FROM visit",
                      [](const QSqlQuery &q) {
                          Fact f{QStringLiteral("visit"), q.value(1).toString(), q.value(2).toString().left(4).toInt(), q.value(0).toString(), {}};
                          f.state = {{QStringLiteral("date"), q.value(3).toString()},
                                     {QStringLiteral("inspectors"), q.value(4).toString()},
                                     {QStringLiteral("items"), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()},
                                     {QStringLiteral("accepted_on"), q.value(6).toString()}};
                          return f;
                      });
        !s)
        return s.error();
    return out;
}

Result<ChainRecord> FactRepository::chain(const QString &fact, const QString &bureau, int year, const QString &key, const QString &op, const QString &at) const
{
    auto now = current();
    if (!now)
        return now.error();
    const auto it = now->constFind(fact + QLatin1Char('|') + key);
    const QJsonObject record{{QStringLiteral("kind"), QStringLiteral("fact")},
                             {QStringLiteral("fact"), fact},
                             {QStringLiteral("key"), key},
                             {QStringLiteral("year"), year},
                             {QStringLiteral("state"), it == now->constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(it->state)},
                             {QStringLiteral("operator"), op},
                             {QStringLiteral("created_at"), at}};
    return ChainRepository(m_db).append(chainOf(bureau), QString::number(year), QString(), record);
}

Status FactRepository::adoptUnchained(const QString &op, const QString &at) const
{
    auto records = ChainRepository(m_db).all();
    if (!records)
        return records.error();
    QSet<QString> chained;
    for (const ChainRecord &r : records.value())
        if (r.kind == QLatin1String("fact")) {
            const QJsonObject f = r.fields();
            chained.insert(f.value(QStringLiteral("fact")).toString() + QLatin1Char('|') + f.value(QStringLiteral("key")).toString());
        }
    auto now = current();
    if (!now)
        return now.error();
    QStringList ids = now->keys();
    ids.sort(); // a stable order: the same file upgraded twice gives the same chain
    for (const QString &id : std::as_const(ids)) {
        if (chained.contains(id))
            continue;
        const Fact &f = now->value(id);
        if (auto r = chain(f.fact, f.bureau, f.year, f.key, op, at); !r)
            return r.error();
    }
    return Ok{};
}

} // namespace suiji
