#include "Database.h"

#include "model/Bureau.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <sqlite3.h>

namespace suiji {

namespace {
QAtomicInt g_connectionCounter;

class Db {
    Q_DECLARE_TR_FUNCTIONS(suiji::Database)
};

enum class FileKind { Missing, Empty, Sqlite, NotSqlite, Unreadable };

FileKind inspectFile(const QString &path)
{
    QFileInfo fi(path);
    if (!fi.exists())
        return FileKind::Missing;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    if (f.size() == 0)
        return FileKind::Empty;
    const QByteArray header = f.read(16);
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::Sqlite : FileKind::NotSqlite;
}

bool fileLooksReadOnly(const QString &path)
{
    QFileInfo fi(path);
    // Root passes access(W_OK) on any file, so look at the permission bits as well.
    const auto p = QFile::permissions(path);
    if (!(p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)))
        return true;
    return !fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable();
}
} // namespace

QString sqlErrorMessage(const QString &what, const QString &driverText)
{
    return what + QStringLiteral(" (SQLite: ") + driverText + QLatin1Char(')');
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
    , m_path(std::move(other.m_path))
    , m_lastBackup(std::move(other.m_lastBackup))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
        m_path = std::move(other.m_path);
        m_lastBackup = std::move(other.m_lastBackup);
    }
    return *this;
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString Database::defaultPath()
{
    // $XDG_DATA_HOME/suiji/suiji.db, the same for the GUI, the CLI and the README's run command.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/suiji/suiji.db");
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = db().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::execScript(const QString &sql) const
{
    char *err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return Error{msg};
    }
    return Ok{};
}

Result<Database> Database::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    const FileKind kind = inspectFile(abs);
    switch (kind) {
    case FileKind::Missing:
        if (mode != Mode::CreateIfMissing)
            return Error{Db::tr("Database file %1 does not exist.").arg(abs)};
        if (!QDir().mkpath(QFileInfo(abs).absolutePath()))
            return Error{Db::tr("Cannot create the folder for %1. Check the path and your permissions.").arg(abs)};
        break;
    case FileKind::Unreadable:
        return Error{Db::tr("Cannot read %1. Check that the file exists and that you may read it.").arg(abs)};
    case FileKind::NotSqlite:
        return Error{Db::tr("%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.").arg(abs)};
    case FileKind::Empty:
    case FileKind::Sqlite:
        if (fileLooksReadOnly(abs))
            return Error{Db::tr("%1 is read-only. Suiji needs to write to its database: copy it somewhere writable or change its permissions.").arg(abs)};
        break;
    }

    Database d;
    d.m_path = abs;
    d.m_connection = QStringLiteral("suiji-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase s = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.m_connection);
        s.setDatabaseName(abs);
        s.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!s.open())
            return Error{sqlErrorMessage(Db::tr("Cannot open %1.").arg(abs), s.lastError().text())};
    }

    // Read-only probes first: nothing below may change a file we are going to refuse.
    QSqlQuery q(d.db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) || text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
            return Error{Db::tr("%1 is locked by another program. Close the other Suiji window or program using it and try again.").arg(abs)};
        return Error{sqlErrorMessage(Db::tr("%1 cannot be read as a database; it was left untouched.").arg(abs), text)};
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return Error{Db::tr("%1 was written by a newer version of Suiji (schema %2; this version knows up to %3). It was left untouched: please update Suiji.")
                         .arg(abs)
                         .arg(version)
                         .arg(kSchemaVersion)};
    if (version == 0) {
        // A file with tables but no version is somebody else's database.
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0)
            return Error{Db::tr("%1 is an SQLite database of another program, not a Suiji database. It was left untouched.").arg(abs)};
        q.finish();
    }

    if (version == 0) {
        // A new file: 16 KB pages rather than SQLite's 4 KB. A city's list is written in bulk and
        // read in whole bureaus; bigger pages cut an import of 100,000 rows by a tenth (fewer
        // pages to split, log in the WAL and copy back at the checkpoint). Fixed once written.
        q.exec(QStringLiteral("PRAGMA page_size=16384"));
        q.finish();
    }
    // The one write probe: fails fast if another process holds the write lock.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Error{Db::tr("%1 is locked by another program. Close the other Suiji window or program using it and try again.").arg(abs)};
    }
    q.exec(QStringLiteral("ROLLBACK"));

    if (version < kSchemaVersion) {
        if (version > 0) {
            const QString backup = abs + QStringLiteral(".v%1-%2.bak").arg(version).arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (auto b = d.backupTo(backup); !b)
                return Error{Db::tr("Could not back up %1 before upgrading it; nothing was changed. %2").arg(abs, b.message())};
            d.m_lastBackup = backup;
        }
    }

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-32768"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{sqlErrorMessage(Db::tr("Cannot configure %1.").arg(abs), q.lastError().text())};
    }
    q.finish();

    if (version < kSchemaVersion) {
        if (auto m = d.migrate(version); !m)
            return m.error();
    }
    return d;
}

Status Database::migrate(int from)
{
    // All steps in one transaction: a failed upgrade leaves the file at its old version.
    if (auto s = execScript(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return Error{Db::tr("Cannot start the upgrade of %1: %2").arg(m_path, s.message())};
    for (int v = from + 1; v <= kSchemaVersion; ++v) {
        // Migrations are resources/sql/NNN_name.sql, found by their number.
        const QString prefix = QStringLiteral("%1_").arg(v, 3, 10, QLatin1Char('0'));
        const QStringList found = QDir(QStringLiteral(":/sql")).entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
        QFile f(found.isEmpty() ? QString() : QStringLiteral(":/sql/") + found.first());
        if (!f.open(QIODevice::ReadOnly)) {
            execScript(QStringLiteral("ROLLBACK"));
            return Error{Db::tr("Migration %1 is missing from this build.").arg(v)};
        }
        if (auto s = execScript(QString::fromUtf8(f.readAll())); !s) {
            execScript(QStringLiteral("ROLLBACK"));
            return Error{Db::tr("Upgrading %1 to schema %2 failed; the file was left at its old version. %3").arg(m_path).arg(v).arg(s.message())};
        }
    }
    if (auto s = seedReferenceData(); !s) {
        execScript(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (auto s = execScript(QStringLiteral("PRAGMA user_version=%1; COMMIT").arg(kSchemaVersion)); !s) {
        execScript(QStringLiteral("ROLLBACK"));
        return Error{Db::tr("Could not finish the upgrade of %1: %2").arg(m_path, s.message())};
    }
    return Ok{};
}

Status Database::seedReferenceData()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO bureau(id, name_zh, name_en, area_code, sort) VALUES(?,?,?,?,?) "
                             "ON CONFLICT(id) DO UPDATE SET name_zh=excluded.name_zh, name_en=excluded.name_en, "
                             "area_code=excluded.area_code, sort=excluded.sort"));
    int sort = 0;
    for (const Bureau &b : Bureau::all()) {
        q.addBindValue(b.id);
        q.addBindValue(b.nameZh);
        q.addBindValue(b.nameEn);
        q.addBindValue(b.areaCode);
        q.addBindValue(sort++);
        if (!q.exec())
            return Error{sqlErrorMessage(Db::tr("Cannot write the bureau table."), q.lastError().text())};
    }
    return Ok{};
}

Status Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error{Db::tr("Backup file %1 already exists.").arg(target)};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Error{sqlErrorMessage(Db::tr("Backup to %1 failed.").arg(target), q.lastError().text())};
    return Ok{};
}

// BEGIN IMMEDIATE: take the write lock up front. A deferred transaction that reads first and
// writes later gets SQLITE_BUSY at once (no busy wait) if another connection wrote in between,
// and the GUI's background readers make that likely.
Transaction::Transaction(const Database &db) : m_db(db.db())
{
    QSqlQuery q(m_db);
    m_ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_ok && !m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_ok)
        return Error{QCoreApplication::translate("suiji::Database", "No transaction is open.")};
    m_done = true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString text = q.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::Database", "Saving failed; nothing was written."), text)};
    }
    return Ok{};
}

} // namespace suiji
