// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
// Reading and writing supervised entities. All SQL for the entity table lives here.

#include "model/Entity.h"
#include "store/Database.h"

#include <QList>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace suiji {

// What cases write on an entity (个案): its last penalty date and its violation clue with the
// times the clues arrived, in every list that holds its key. A case step's undo puts them back.
struct EntityMarks {
    QString key;
    struct Row {
        QString category;
        QDate penaltyDate;
        bool violationClue = false;
        bool operator==(const Row &) const = default;
    };
    QList<Row> rows;                         // by category
    QList<QPair<QString, QString>> arrivals; // (category, arrived_at) of entity_clue, in order
    bool operator==(const EntityMarks &) const = default;
};

struct EntityFilter {
    QString bureau;                            // empty: all
    QString category;                          // empty: all
    QStringList categories;                    // any of these (empty: no restriction), e.g. the division's pools' categories
    QString text;                              // matched against name, key and street
    std::optional<QList<qint64>> ids;          // only these rows (e.g. a class or pool chosen by the rules)
    QString sortColumn = QStringLiteral("id"); // one of EntityRepository::sortableColumns()
    bool descending = false;
    int offset = 0;
    int limit = -1;
};

class EntityRepository {
public:
    explicit EntityRepository(const Database &db) : m_db(db) {}

    static QStringList sortableColumns();

    // A failed read is an error, never "no entities".
    Result<int> count(const EntityFilter &f = {}) const;
    Result<QList<Entity>> list(const EntityFilter &f = {}) const;
    // Streams rows without holding them all; return false from the callback to stop.
    Status forEach(const EntityFilter &f, const std::function<bool(const Entity &)> &fn) const;
    std::optional<Entity> find(const QString &category, const QString &key) const;

    // Every row's columns as stored, UTF-8 bytes without a QString per cell (empty for NULL): what an
    // import compares a list against. The views live until the callback returns.
    struct StoredRow {
        qint64 id = 0;
        QByteArrayView category, key, name, uscc, code, bureau, level, industry, street, address, credit, vocs, penaltyDate, waiverDate, removedDate;
        int complaints = 0;
        bool positiveList = false, violationClue = false, badCheck = false;
    };
    Status forEachStored(const std::function<bool(const StoredRow &)> &fn) const;

    // Bulk insert-or-update by (category, key) through the raw SQLite API on the same connection.
    // The caller owns the transaction.
    // One entity edited by hand, in its own transaction (stamp: the edit's time, as an import's).
    Status saveOne(const Entity &entity, const QString &stamp);
    // A penalty case (个案 立案处罚) on the entity: its last penalty date becomes `date` unless a
    // later one is stored. The caller owns the transaction.
    Status setPenaltyDate(const QString &key, const QDate &date);
    // A check found a violation clue (违法线索) at a monitoring agency: the clue is set and arrived
    // on `date` (draw rules: a must-check in the first quarter committed after it). False when
    // no monitoring agency has the key. The caller owns the transaction.
    Result<bool> setViolationClue(const QString &key, const QDate &date);
    Result<EntityMarks> marks(const QString &key) const;
    // Writes the marks back as they were read (the caller owns the transaction).
    Status setMarks(const EntityMarks &marks);
    Status upsert(const QList<Entity> &entities, const QString &importedAt);
    // When each violation clue still set arrived (the latest arrival), "category|key" → ISO time;
    // empty bureau: every bureau. Kept by schema 4's triggers.
    Result<QHash<QString, QString>> clueArrivals(const QString &bureau = {}) const;

    // Entities to write, with their text columns already in UTF-8: built where the rows are
    // checked (an import's worker thread), so the writing thread only hands bytes to SQLite.
    class Batch {
    public:
        static constexpr int kTextColumns = 12; // category … vocs, in the table's column order
        void reserve(qsizetype rows);
        void append(Entity e);
        void clear(); // empties the batch but keeps its memory for the next
        qsizetype size() const { return m_rows.size(); }
        qsizetype textBytes() const { return m_utf8.size(); } // offsets are 32-bit: a caller hands over well before 4 GB
        bool isEmpty() const { return m_rows.isEmpty(); }
        const Entity &at(qsizetype row) const { return m_rows.at(row); }
        // Text column c (0 … kTextColumns-1) of a row, as UTF-8; empty for an empty field.
        QByteArrayView text(qsizetype row, int column) const
        {
            const size_t i = size_t(row) * kTextColumns + size_t(column);
            return QByteArrayView(m_utf8.constData() + m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
        }

    private:
        QList<Entity> m_rows;
        QByteArray m_utf8;
        std::vector<quint32> m_offsets{0};
    };

    // Bulk writes for an import that already knows which rows exist (by id). New rows go in with
    // one INSERT … SELECT per batch from a virtual table over the batch itself (a statement per
    // row costs twice as much); changed rows are UPDATEd by id. The caller owns the transaction.
    class Writer {
    public:
        Writer(const Database &db, const QString &importedAt);
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;
        // Entities with id 0 are inserted; the others update row id.
        Status write(const Batch &batch);
        // Violation clues dated in the file (违法线索日期): each arrived on its date, not at this
        // import's stamp that schema 4's trigger gave it.
        struct ClueDate {
            QString category, key;
            QDate date;
        };
        Status recordClueDates(const std::vector<ClueDate> &clues);

    private:
        Status writeOne(const Batch &batch, qsizetype row);
        sqlite3 *m_handle = nullptr;
        sqlite3_stmt *m_insertBatch = nullptr;
        sqlite3_stmt *m_insert = nullptr;
        sqlite3_stmt *m_update = nullptr;
        QByteArray m_stamp;
        QString m_error;
    };

private:
    const Database &m_db;
};

} // namespace suiji
