#pragma once
// The one SQLite file: opening it safely, pragmas, numbered migrations and consistent backups.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace suiji {

class Database {
public:
    static constexpr int kSchemaVersion = 2;

    enum class Mode { ReadWrite, CreateIfMissing };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (and creates, migrates) the file. A newer schema, a non-database file, a locked or
    // read-only file each fail with a message and leave the file byte for byte as it was.
    static Result<Database> open(const QString &path, Mode mode = Mode::CreateIfMissing, int busyTimeoutMs = 3000);

    // Where the GUI and the CLI keep their database when --db is not given.
    static QString defaultPath();

    bool isOpen() const { return !m_connection.isEmpty(); }
    QSqlDatabase db() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    int schemaVersion() const;
    // The backup made before the last migration, if any.
    QString lastBackup() const { return m_lastBackup; }

    // Consistent copy of the live file (VACUUM INTO).
    Status backupTo(const QString &target) const;

    // Runs several statements (no bound values): for migrations and fixed DDL.
    Status execScript(const QString &sql) const;

    void close();

private:
    Status migrate(int from);
    Status seedReferenceData();

    QString m_connection;
    QString m_path;
    QString m_lastBackup;
};

// RAII transaction: rolls back unless committed.
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    bool ok() const { return m_ok; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_done = false;
};

// Message for a failed query, translated, with SQLite's own words appended.
QString sqlErrorMessage(const QString &what, const QString &driverText);

} // namespace suiji
