// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::ProfileRepository)
};
} // namespace

Result<RuleProfile> ProfileRepository::active() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT json, name, version FROM rule_profile WHERE active = 1 ORDER BY id DESC LIMIT 1")))
        return Error{Tr::tr("Cannot read the rule profiles: %1").arg(q.lastError().text())};
    if (!q.next())
        return RuleProfile::shipped();
    auto p = RuleProfile::fromJson(q.value(0).toString().toUtf8());
    if (!p)
        return Error{Tr::tr("The active rule profile %1 (version %2) in this database is invalid: %3")
                         .arg(q.value(1).toString())
                         .arg(q.value(2).toInt())
                         .arg(p.message())};
    return p;
}

Result<RuleProfile> ProfileRepository::byHash(const QString &hash) const
{
    if (RuleProfile::shipped().hash == hash)
        return RuleProfile::shipped();
    for (const RuleProfile &p : RuleProfile::shippedEarlier())
        if (p.hash == hash)
            return p;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT json FROM rule_profile WHERE hash = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(hash);
    if (!q.exec())
        return Error{Tr::tr("Cannot read the rule profiles: %1").arg(q.lastError().text())};
    if (!q.next())
        return Error{Tr::tr("The rule profile %1 is neither the shipped one nor saved in this file.").arg(hash.left(16))};
    return RuleProfile::fromJson(q.value(0).toString().toUtf8());
}

Result<QList<ProfileVersion>> ProfileRepository::versions() const
{
    QList<ProfileVersion> out;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT id, name, version, hash, created_at, active FROM rule_profile ORDER BY name, version")))
        return Error{sqlErrorMessage(Tr::tr("Cannot read the saved rule profiles."), q.lastError().text())};
    while (q.next())
        out << ProfileVersion{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                              q.value(3).toString(),   q.value(4).toString(), q.value(5).toBool()};
    return out;
}

Result<ProfileVersion> ProfileRepository::save(const RuleProfile &profile, const QString &createdAt)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error{tx.error()};
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM rule_profile WHERE name = ?"));
    q.addBindValue(profile.id);
    if (!q.exec() || !q.next())
        return Error{Tr::tr("Cannot save the rule profile: %1").arg(q.lastError().text())};
    ProfileVersion v{0, profile.id, q.value(0).toInt(), profile.hash, createdAt, true};
    QSqlQuery off(m_db.db());
    if (!off.exec(QStringLiteral("UPDATE rule_profile SET active = 0 WHERE active = 1")))
        return Error{Tr::tr("Cannot save the rule profile: %1").arg(off.lastError().text())};
    QSqlQuery ins(m_db.db());
    ins.prepare(QStringLiteral("INSERT INTO rule_profile(name, version, hash, json, created_at, active) VALUES(?, ?, ?, ?, ?, 1)"));
    ins.addBindValue(v.name);
    ins.addBindValue(v.version);
    ins.addBindValue(v.hash);
    ins.addBindValue(QString::fromUtf8(profile.canonicalJson()));
    ins.addBindValue(createdAt);
    if (!ins.exec())
        return Error{Tr::tr("Cannot save the rule profile: %1").arg(ins.lastError().text())};
    v.id = ins.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return Error{s.message()};
    return v;
}

} // namespace suiji
