// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing inspectors, their conflicts of interest and the quarter's inspector count.

#include "model/Inspector.h"
#include "model/Quarter.h"
#include "store/Database.h"

#include <QList>

namespace suiji {

class InspectorRepository {
public:
    explicit InspectorRepository(const Database &db) : m_db(db) {}

    // A failed read is an error, never an empty roster.
    Result<QList<Inspector>> list(const QString &bureau = {}) const;
    Result<int> count(const QString &bureau = {}, bool activeOnly = false) const;
    // Badge → name of the bureau's roster (every bureau when empty): how teams are shown.
    Result<QHash<QString, QString>> names(const QString &bureau = {}) const;
    // Insert or update by badge, replacing the conflict list. The caller owns the transaction.
    // One inspector edited by hand, in its own transaction.
    Status saveOne(const Inspector &inspector);
    Status upsert(const QList<Inspector> &inspectors);

    // The stored I for a bureau and quarter, if one was saved.
    Result<std::optional<int>> storedCount(const QString &bureau, const Quarter &q) const;
    Status saveCount(const QString &bureau, const Quarter &q, int count);
    // I as the rules use it: the stored value, else the bureau's active inspectors.
    Result<int> effectiveCount(const QString &bureau, const Quarter &q) const;

private:
    const Database &m_db;
};

} // namespace suiji
