#pragma once
// Reading and writing supervised entities. All SQL for the entity table lives here.

#include "model/Entity.h"
#include "store/Database.h"

#include <QList>
#include <optional>
#include <functional>

namespace suiji {

struct EntityFilter {
    QString bureau;   // empty: all
    QString category; // empty: all
    QString text;     // matched against name, key and street
    std::optional<QList<qint64>> ids; // only these rows (e.g. a class or pool chosen by the rules)
    QString sortColumn = QStringLiteral("id"); // one of EntityRepository::sortableColumns()
    bool descending = false;
    int offset = 0;
    int limit = -1;
};

class EntityRepository {
public:
    explicit EntityRepository(const Database &db) : m_db(db) {}

    static QStringList sortableColumns();

    int count(const EntityFilter &f = {}) const;
    QList<Entity> list(const EntityFilter &f = {}) const;
    // Streams rows without holding them all; return false from the callback to stop.
    Status forEach(const EntityFilter &f, const std::function<bool(const Entity &)> &fn) const;
    std::optional<Entity> find(const QString &category, const QString &key) const;
    QHash<QString, int> countByCategory(const QString &bureau = {}) const;

    // Bulk insert-or-update by (category, key) through the raw SQLite API on the same connection.
    // The caller owns the transaction.
    Status upsert(const QList<Entity> &entities, const QString &importedAt);

private:
    const Database &m_db;
};

} // namespace suiji
