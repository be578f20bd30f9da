// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Combined visits accepted (综合查一次, schema 9). Callers own the transaction.

#include "model/Visit.h"
#include "store/Database.h"

namespace suiji {

class VisitRepository {
public:
    explicit VisitRepository(const Database &db) : m_db(db) {}

    // The visits of the months [first, last] (YYYY-MM), of one bureau or every one (empty), by id.
    Result<QList<Visit>> list(const QString &bureau, const QDate &first, const QDate &last) const;
    // Code 3 when the visit is accepted already.
    Status insert(const Visit &v);

private:
    const Database &m_db;
};

} // namespace suiji
