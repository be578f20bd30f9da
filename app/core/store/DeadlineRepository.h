// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When a bureau (or, with an empty bureau, the city) submitted each of the year's reports.

#include "store/Database.h"

#include <QDate>
#include <QHash>

namespace suiji {

class DeadlineRepository {
public:
    explicit DeadlineRepository(const Database &db) : m_db(db) {}
    // id → the day it was submitted.
    Result<QHash<QString, QDate>> done(const QString &bureau, int year) const;
    // Records (or, with an invalid date, clears) the day a report was submitted.
    Status setDone(const QString &bureau, int year, const QString &id, const QDate &on) const;

private:
    const Database &m_db;
};

} // namespace suiji
