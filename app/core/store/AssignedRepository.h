// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Assigned targets (下达任务): counts handed down per bureau and year (e.g. 深圳蓝 new-vehicle and
// non-road machinery inspections), not drawn, with the inspections recorded against them.

#include "store/Database.h"

#include <QDate>
#include <QList>

namespace suiji {

struct AssignedTarget {
    QString bureau;
    int year = 0;
    QString item;
    int count = 0;
    QString source;
    QDate due;
    QList<QPair<QDate, int>> done; // (date, count), in date order
    int doneTotal() const;
    int doneBy(const QDate &day) const;                        // up to and including day
    int doneBetween(const QDate &from, const QDate &to) const; // both included
};

class AssignedRepository {
public:
    explicit AssignedRepository(const Database &db) : m_db(db) {}
    // Empty bureau: every bureau.
    Result<QList<AssignedTarget>> list(const QString &bureau, int year) const;
    // Hands down (or changes) a target. One statement.
    Status set(const AssignedTarget &target) const;
    // Records inspections against a target (it must exist); the new row's id. One statement.
    Result<qint64> record(const QString &bureau, int year, const QString &item, int count, const QDate &on) const;

private:
    const Database &m_db;
};

} // namespace suiji
