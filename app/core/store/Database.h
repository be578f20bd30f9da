// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one SQLite file: opening it safely, pragmas, numbered migrations and consistent backups.
//
// Sharing rules (SQLite's "How To Corrupt An SQLite Database File", §2): the file is only ever
// touched through SQLite, never through a second descriptor of our own (closing one would drop
// the process's POSIX locks and let another process delete the live WAL); only an explicit
// "create" makes a file; every later connection checks it still has the file it was given.

#include "util/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

struct sqlite3;

namespace suiji {

// Which file on disk a path named when it was opened: device and inode. A file moved away,
// deleted or replaced by another under the same name no longer matches.
struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    bool valid() const { return inode != 0; }
    bool operator==(const FileIdentity &) const = default;
    static FileIdentity of(const QString &path); // invalid when the path names nothing
};

class Database {
public:
    static constexpr int kSchemaVersion = 9;
    // How long a writer waits for another program's write to finish before giving up.
    static constexpr int kDefaultBusyTimeoutMs = 30000;

    enum class Mode {
        ReadOnly,        // SQLITE_OPEN_READONLY: for commands and pages that only read; no write probe, no pragma that writes
        ReadWrite,       // an existing file only: a missing file is an error, never silently recreated
        CreateIfMissing, // "new database", `init`, `demo`: the only modes that make a file
    };

    // Where a database is and which file it was: what a background job needs to open the same one.
    struct Location {
        QString path;
        FileIdentity identity;
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (in CreateIfMissing also creates; in the writing modes migrates) the file. A missing
    // file (unless creating), a newer schema, a non-database file, a read-only file opened for
    // writing each fail with a message and leave the file byte for byte as it was.
    static Result<Database> open(const QString &path, Mode mode, int busyTimeoutMs = kDefaultBusyTimeoutMs);
    // Opens the file another connection has open, for a background job: it must still be the same
    // file (not moved, deleted or replaced), and every commit checks that again.
    static Result<Database> open(const Location &where, Mode mode, int busyTimeoutMs = kDefaultBusyTimeoutMs);

    // Where the GUI and the CLI keep their database when --db is not given.
    static QString defaultPath();

    // Called (from the waiting thread) when a write has waited a second for another program's
    // lock, so a front end can say so; once per wait. Set it once at start-up.
    static void setBusyNotifier(std::function<void(const QString &path)> notifier);

    bool isOpen() const { return !m_connection.isEmpty(); }
    bool readOnly() const { return m_readOnly; }
    QSqlDatabase db() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    Location location() const { return {m_path, m_identity}; }
    int schemaVersion() const;
    // SQLite's data_version: changes when another connection (another program, a worker thread)
    // has committed since this connection last looked. -1 if it cannot be read.
    qint64 dataVersion() const;
    // The backup made before the last migration, if any.
    QString lastBackup() const { return m_lastBackup; }
    // Whether a transaction of this connection is open (the automatic backups are taken only
    // outside one: inside, the copy would hold the work not yet committed).
    bool inTransaction() const;

    // Ok while the path still names the file this connection opened; else a message saying the
    // file was moved, deleted or replaced (nothing is written then: commits are refused).
    Status checkFile() const;

    // A consistent, checked copy of the live file, never a copy of its bytes: SQLite's online
    // backup API into TARGET.part (a self-contained file, no WAL), then PRAGMA integrity_check of
    // the copy (as CHECK says), then renamed to TARGET. TARGET must not exist.
    enum class CopyCheck {
        Full,  // integrity_check
        Quick, // quick_check
        None,  // a copy of a damaged file, kept as it is
    };
    Status backupTo(const QString &target, CopyCheck check = CopyCheck::Full) const;
    // Replaces the whole content of this database with the file's (which must pass
    // integrity_check and be a Suiji database no newer than this version), through the backup
    // API into this connection: other programs that have the file open see the restored lists.
    // An older schema is upgraded when the file is next opened for writing.
    Status restoreFrom(const QString &source) const;

    // What a database file on disk holds and whether it is sound, read without a lock for
    // writing: its schema version and the problems integrity_check (quick_check) lists.
    struct FileCheck {
        int schema = 0;
        QStringList problems;
        bool sound() const { return problems.isEmpty(); }
    };
    static Result<FileCheck> checkCopy(const QString &path, bool full);
    // A checked copy of a file nobody is writing (a backup) as a new file TARGET.
    static Status copyFile(const QString &source, const QString &target);

    // When this connection's last failure was the disk's (full, read-only, input/output), a
    // sentence that says so in plain words, with the folder and the space left; else empty.
    QString diskProblem() const;

    // SQLite's PRAGMA quick_check: the problems it lists (empty when the file is sound; at most
    // 20). An error when the check itself cannot run.
    Result<QStringList> quickCheck() const;

    // Runs several statements (no bound values): for migrations and fixed DDL.
    Status execScript(const QString &sql) const;

    void close();

    struct Hooks; // busy handler and commit hook state; a stable address for SQLite's callbacks

private:
    Status migrate(int from);
    Status seedReferenceData();
    void installHooks(int busyTimeoutMs);

    QString m_connection;
    QString m_path;
    QString m_lastBackup;
    FileIdentity m_identity;
    bool m_readOnly = false;
    std::unique_ptr<Hooks> m_hooks;
};

// RAII transaction: rolls back unless committed.
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    bool ok() const { return m_ok; }
    // Why the transaction could not start (file gone, locked, read-only), for the message.
    QString error() const { return m_error; }
    Status commit();

private:
    const Database &m_database;
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_done = false;
    QString m_error;
};

// Message for a failed query, translated, with SQLite's own words appended.
QString sqlErrorMessage(const QString &what, const QString &driverText);

// Bound values for the repositories: a date as YYYY-MM-DD or SQL NULL; an empty, never a null,
// string for a NOT NULL text column.
inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QString notNullText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace suiji
