// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made lists shared by the core tests: keys, inspectors, entities, tasks, stored as an import would.

#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "draw/DrawService.h"
#include "draw/JointMarker.h"
#include "draw/Matcher.h"
#include "draw/MonthPlanner.h"
#include "draw/Sampler.h"
#include "draw/Sha256.h"
#include "ledger/TaskService.h"
#include "progress/ProgressService.h"
#include "rules/QuotaService.h"
#include "rules/YearView.h"
#include "store/ChainRepository.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "store/InspectorRepository.h"
#include "store/TaskRepository.h"
#include "util/I18n.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtTest>
#include <algorithm>

using namespace suiji;

namespace drawfixtures {
// The shell's answer: printf '%s' TEXT | sha256sum
inline QString shellSha256(const QString &text)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' \"$1\" | sha256sum"), QStringLiteral("sh"), text});
    p.waitForFinished();
    return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

inline QStringList keys(int n, const QString &prefix = QStringLiteral("914403000000"))
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << prefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
    return out;
}

inline Inspector inspector(const QString &badge, const QStringList &conflicts = {})
{
    Inspector i;
    i.badge = badge;
    i.name = badge;
    i.bureau = QStringLiteral("nanshan");
    i.conflicts = conflicts;
    return i;
}

// n inspectors of yantian, badges PREFIX0000, PREFIX0001, …
inline QList<Inspector> yantianRoster(int n, const QString &prefix)
{
    QList<Inspector> people;
    for (int i = 0; i < n; ++i) {
        Inspector p = inspector(prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
        p.bureau = QStringLiteral("yantian");
        people << p;
    }
    return people;
}

// An entity of the bureau named 单位KEY; plots are named by their code, the others by their USCC.
inline Entity entity(const QString &bureau, const QString &category, const QString &key, const QString &level = QStringLiteral("general"))
{
    Entity e;
    e.category = category;
    e.key = key;
    e.uscc = category == QLatin1String("soil_plot") ? QString() : key;
    e.code = category == QLatin1String("soil_plot") ? key : QString();
    e.name = QStringLiteral("单位") + key;
    e.bureau = bureau;
    e.level = level;
    return e;
}

// n entities of one category in 盐田, keys 91440308{tag}000000000, …001, …
inline QList<Entity> yantianEntities(int n, const QString &category, QChar tag, const QString &level = QStringLiteral("general"))
{
    QList<Entity> list;
    for (int i = 0; i < n; ++i)
        list << entity(QStringLiteral("yantian"), category, QStringLiteral("91440308%1%2").arg(tag).arg(i, 9, 10, QLatin1Char('0')), level);
    return list;
}

// Writes the lists as an import would, in one transaction.
inline Status storeLists(const Database &db, const QList<Entity> &entities, const QList<Inspector> &people)
{
    Transaction tx(db);
    if (!tx.ok())
        return Error{tx.error()};
    if (auto s = EntityRepository(db).upsert(entities, QStringLiteral("2025-06-01T00:00:00")); !s)
        return s;
    if (auto s = InspectorRepository(db).upsert(people); !s)
        return s;
    return tx.commit();
}

inline DrawTask task(int seq, const QString &pool, const QString &key, const QString &origin = QStringLiteral("random"))
{
    DrawTask t;
    t.seq = seq;
    t.pool = pool;
    t.key = key;
    t.name = key;
    t.origin = origin;
    return t;
}
} // namespace drawfixtures
using namespace drawfixtures;
