// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "model/Bureau.h"
#include "store/Backups.h"
#include "store/FactRepository.h"
#include "util/Clock.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace suiji {

namespace {
QAtomicInt g_connectionCounter;
constexpr qint64 kCopyWaitMs = 30000; // how long a backup or restore waits for another writer
std::function<void(const QString &)> g_busyNotifier;

class Db {
    Q_DECLARE_TR_FUNCTIONS(suiji::Database)
};

bool fileLooksReadOnly(const QString &path)
{
    QFileInfo fi(path);
    // Root passes access(W_OK) on any file, so look at the permission bits as well.
    const auto p = QFile::permissions(path);
    if (!(p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)))
        return true;
    return !fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable();
}

QString lockedMessage(const QString &path)
{
    return Db::tr("%1 is locked by another program that is writing to it. Wait for it to finish (or close the other Suiji window or program) and try again.")
        .arg(path);
}

// SQLite's URI form, so the open mode (ro, rw, rwc) is SQLite's own: "rw" never creates a file.
QString sqliteUri(const QString &absolutePath, const char *mode, bool immutable)
{
    QString uri = QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=") + QLatin1String(mode);
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}
} // namespace

FileIdentity FileIdentity::of(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {quint64(st.st_dev), quint64(st.st_ino)};
#else
    Q_UNUSED(path);
    return {}; // no identity: the checks below are skipped
#endif
}

// Lives on the heap so its address, which SQLite keeps for the callbacks, survives moves.
struct Database::Hooks {
    QString path;
    FileIdentity identity;
    int timeoutMs = 0;
    bool notified = false;
    QElapsedTimer waited;
};

namespace {
// Waits for another connection's lock with short sleeps, up to the timeout; after a second it
// tells the front end once, so a long import elsewhere is a message, not a frozen command.
int busyHandler(void *context, int count)
{
    auto *h = static_cast<Database::Hooks *>(context);
    if (count == 0) {
        h->waited.start();
        h->notified = false;
    }
    const qint64 elapsed = h->waited.elapsed();
    if (elapsed >= h->timeoutMs)
        return 0;
    if (!h->notified && elapsed >= 1000) {
        h->notified = true;
        if (g_busyNotifier)
            g_busyNotifier(h->path);
    }
    const int step = count < 10 ? 2 : count < 50 ? 10 : 25;
    sqlite3_sleep(int(std::min<qint64>(step, h->timeoutMs - elapsed)));
    return 1;
}

// Every commit of every connection, autocommit statements included: refuse it when the path no
// longer names the file we opened, so nothing is written into a file that was moved or deleted.
int commitHook(void *context)
{
    auto *h = static_cast<Database::Hooks *>(context);
    if (!h->identity.valid())
        return 0;
    return FileIdentity::of(h->path) == h->identity ? 0 : 1;
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
    , m_identity(other.m_identity)
    , m_readOnly(other.m_readOnly)
    , m_hooks(std::move(other.m_hooks))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
        m_path = std::move(other.m_path);
        m_lastBackup = std::move(other.m_lastBackup);
        m_identity = other.m_identity;
        m_readOnly = other.m_readOnly;
        m_hooks = std::move(other.m_hooks);
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
    m_hooks.reset(); // after the connection: SQLite no longer calls back into it
}

QString Database::defaultPath()
{
    // $XDG_DATA_HOME/suiji/suiji.db, the same for the GUI, the CLI and the README's run command.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/suiji/suiji.db");
}

void Database::setBusyNotifier(std::function<void(const QString &)> notifier)
{
    g_busyNotifier = std::move(notifier);
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

bool Database::inTransaction() const
{
    sqlite3 *h = isOpen() ? handle() : nullptr;
    return h && sqlite3_get_autocommit(h) == 0;
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

Status Database::checkFile() const
{
    if (!m_identity.valid())
        return Ok{};
    const FileIdentity now = FileIdentity::of(m_path);
    if (now == m_identity)
        return Ok{};
    if (!now.valid())
        return Error{Db::tr("The database file %1 has been moved or deleted since it was opened. Nothing was written. "
                            "Open the file where it is now (File › Open database).")
                         .arg(m_path)};
    return Error{Db::tr("The database file %1 has been replaced by another file since it was opened. Nothing was written. "
                        "Open it again (File › Open database) to work on the new file.")
                     .arg(m_path)};
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

void Database::installHooks(int busyTimeoutMs)
{
    m_hooks = std::make_unique<Hooks>();
    m_hooks->path = m_path;
    m_hooks->timeoutMs = std::max(0, busyTimeoutMs);
    sqlite3 *h = handle();
    sqlite3_busy_handler(h, &busyHandler, m_hooks.get()); // replaces the driver's busy timeout
    sqlite3_commit_hook(h, &commitHook, m_hooks.get());
}

Result<Database> Database::open(const Location &where, Mode mode, int busyTimeoutMs)
{
    Q_ASSERT(mode != Mode::CreateIfMissing);
    Database probe;
    probe.m_path = where.path;
    probe.m_identity = where.identity;
    if (auto s = probe.checkFile(); !s)
        return s.error();
    auto r = open(where.path, mode == Mode::CreateIfMissing ? Mode::ReadWrite : mode, busyTimeoutMs);
    if (!r)
        return r;
    if (where.identity.valid() && r->m_identity != where.identity) {
        const Status now = probe.checkFile();
        return now ? Error{Db::tr("The database file %1 changed while it was being opened. Nothing was written; try again.").arg(where.path)} : now.error();
    }
    return r;
}

Result<Database> Database::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    // Only the file system's metadata (stat) before SQLite opens the file: never a descriptor of
    // our own, whose close would drop this process's locks on a file it already has open.
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QFileInfo fi(abs);
    const bool readOnly = mode == Mode::ReadOnly;
    if (!fi.exists()) {
        if (mode != Mode::CreateIfMissing)
            return Error{
                Db::tr("Database file %1 does not exist. Check the path, or create a new database (File › New database, or suiji-cli init).").arg(abs)};
        if (!QDir().mkpath(fi.absolutePath()))
            return Error{Db::tr("Cannot create the folder for %1. Check the path and your permissions.").arg(abs)};
    } else if (!fi.isFile()) {
        return Error{Db::tr("%1 is not a database file (it is a folder, pipe or device). It was left untouched; choose a database file.").arg(abs)};
    } else if (!readOnly && fileLooksReadOnly(abs)) {
        return Error{
            Db::tr("%1 is read-only. Suiji can show and verify it, but needs to write to its database: copy it somewhere writable or change its permissions.")
                .arg(abs)};
    }

    Database d;
    d.m_path = abs;
    d.m_readOnly = readOnly;
    const char *uriMode = readOnly ? "ro" : mode == Mode::ReadWrite ? "rw" : "rwc";
    QSqlQuery q;
    int code = SQLITE_OK;
    QString text;
    for (bool immutable : {false, true}) {
        q = QSqlQuery();
        d.close();
        d.m_connection = QStringLiteral("suiji-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase s = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.m_connection);
            s.setDatabaseName(sqliteUri(abs, uriMode, immutable));
            s.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY") : QStringLiteral("QSQLITE_OPEN_URI"));
            if (!s.open())
                return Error{sqlErrorMessage(Db::tr("Cannot open %1.").arg(abs), s.lastError().text())};
        }
        d.installHooks(busyTimeoutMs);
        // Read-only probes first: nothing below may change a file we are going to refuse.
        q = QSqlQuery(d.db());
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            code = SQLITE_OK;
            break;
        }
        code = sqlite3_errcode(d.handle()) & 0xFF;
        text = q.lastError().text();
        // A published read-only copy in WAL format, in a folder we may not write: SQLite cannot
        // make its shared-memory file. With no WAL beside it nobody is writing it: read it as is.
        if (!(readOnly && !immutable && code == SQLITE_CANTOPEN && !QFileInfo::exists(abs + QStringLiteral("-wal"))))
            break;
    }
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error{lockedMessage(abs)};
    if (code == SQLITE_NOTADB)
        return Error{Db::tr("%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.").arg(abs)};
    if (code != SQLITE_OK)
        return Error{sqlErrorMessage(Db::tr("%1 cannot be read as a database; it was left untouched.").arg(abs), text)};
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
    if (readOnly && version == 0)
        return Error{Db::tr("%1 is an empty file, not a Suiji database. Create a database with File › New database or suiji-cli init.").arg(abs)};
    if (readOnly && version < kSchemaVersion)
        return Error{Db::tr("%1 has schema %2, older than this version of Suiji (%3). Open it once to upgrade it (a copy of the old file is kept), "
                            "or run suiji-cli --db FILE init; then try again.")
                         .arg(abs)
                         .arg(version)
                         .arg(kSchemaVersion)};
    // The file SQLite has open now (it exists by this point, also when it was just created).
    d.m_identity = FileIdentity::of(abs);
    d.m_hooks->identity = d.m_identity;

    if (readOnly) {
        for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32768"})
            q.exec(QString::fromLatin1(pragma));
        q.finish();
        return d;
    }

    if (version == 0) {
        // A new file: 16 KB pages rather than SQLite's 4 KB. A city's list is written in bulk and
        // read in whole bureaus; bigger pages cut an import of 100,000 rows by a tenth (fewer
        // pages to split, log in the WAL and copy back at the checkpoint). Fixed once written.
        q.exec(QStringLiteral("PRAGMA page_size=16384"));
        q.finish();
    }

    if (version > 0 && version < kSchemaVersion) {
        // Always, also with SUIJI_NO_AUTO_BACKUP: an upgrade cannot be taken back otherwise.
        auto b = Backups(abs).make(d, QStringLiteral("upgrade"), Clock::process().now());
        if (!b)
            return Error{Db::tr("Could not back up %1 before upgrading it; nothing was changed. %2").arg(abs, b.message())};
        d.m_lastBackup = b->path;
    }

    // synchronous=FULL: with WAL, NORMAL may lose the last commits to a power cut, and a committed
    // draw or ledger entry is a legal record. Its cost is one fsync of the WAL per commit (the
    // figures are in docs/storage.md).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-32768"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const int c = sqlite3_errcode(d.handle()) & 0xFF;
            if (c == SQLITE_BUSY || c == SQLITE_LOCKED)
                return Error{lockedMessage(abs)};
            return Error{sqlErrorMessage(Db::tr("Cannot configure %1.").arg(abs), q.lastError().text())};
        }
        // SQLite answers with the mode it chose: a file system that cannot share memory maps
        // (some network shares) keeps the old journal, and the file is then unsafe to share.
        if (QByteArrayView(pragma).startsWith("PRAGMA journal_mode") &&
            (!q.next() || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0))
            return Error{Db::tr("%1 cannot use write-ahead logging here (the journal mode is \"%2\"), which Suiji needs so that several windows and programs "
                                "can share the file safely. "
                                "Copy it to a local disk, or open it read-only.")
                             .arg(abs, q.value(0).toString())};
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
    if (from >= 1 && from < 6) {
        // Schema 6 chains the facts an older file already holds (prior draws, reports submitted,
        // assigned targets): each gets its first `fact` record, dated the upgrade.
        if (auto s = FactRepository(*this).adoptUnchained(QStringLiteral("schema 6"), Clock::process().now().toString(Qt::ISODate)); !s) {
            execScript(QStringLiteral("ROLLBACK"));
            return Error{Db::tr("Upgrading %1 to schema %2 failed; the file was left at its old version. %3").arg(m_path).arg(6).arg(s.message())};
        }
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
    QList<Bureau> rows = Bureau::all();
    rows << Bureau::mobile(); // its roster and draws, never entities
    for (const Bureau &b : rows) {
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

namespace {
// A connection of our own to a file that is not the live database (a backup, a copy being made).
struct RawConnection {
    sqlite3 *handle = nullptr;
    RawConnection() = default;
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    ~RawConnection() { close(); }
    int open(const QString &path, int flags) { return sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr); }
    int close()
    {
        const int rc = handle ? sqlite3_close(handle) : SQLITE_OK;
        handle = nullptr;
        return rc;
    }
    QString error() const { return QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "out of memory"); }
};

// Every page of SRC into DST in one step (one read transaction of the source: a consistent
// snapshot, while other connections go on writing); waits up to 30 s for a lock.
int copyPages(sqlite3 *src, sqlite3 *dst)
{
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b)
        return sqlite3_errcode(dst);
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < kCopyWaitMs);
    const int finished = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? finished : rc;
}

// The problems PRAGMA integrity_check (or quick_check) lists, at most 20; empty when sound.
int checkPages(sqlite3 *h, bool full, QStringList &problems)
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(h, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)", -1, &st, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString storageText(const QString &folder)
{
    const QStorageInfo disk(folder);
    if (!disk.isValid())
        return {};
    return Db::tr("%1 free of %2").arg(QLocale().formattedDataSize(disk.bytesAvailable()), QLocale().formattedDataSize(disk.bytesTotal()));
}

// Why writing FILE failed, when the disk is the reason: the folder and the space left.
QString diskFailureText(int code, const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return Db::tr("The disk is full: %1 cannot grow (the disk of %2 has %3). Free some space or move the file, then try again.")
            .arg(file, folder, storageText(folder));
    case SQLITE_CANTOPEN:
        return Db::tr("%1 cannot be created or opened for writing: the folder %2 does not exist or is read-only for you.").arg(file, folder);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Db::tr("%1 cannot be written: the file or its folder %2 is read-only for you. Check the permissions, or copy the file somewhere writable.")
            .arg(file, folder);
    case SQLITE_IOERR:
        return Db::tr("The disk of %1 reported an input/output error (%2). The disk or network share may be failing; copy your work elsewhere.")
            .arg(file, storageText(folder));
    default:
        return {};
    }
}

// SRC's pages into a new file TARGET: TARGET.part first, checked, then renamed.
Status copyToNewFile(sqlite3 *src, const QString &target, Database::CopyCheck check)
{
    if (QFileInfo::exists(target))
        return Error{Db::tr("Backup file %1 already exists.").arg(target)};
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    auto failed = [&](const QString &why, int code) {
        QFile::remove(part);
        const QString disk = diskFailureText(code, target);
        return Error{Db::tr("Backup to %1 failed: %2").arg(target, disk.isEmpty() ? why : disk)};
    };
    RawConnection dst;
    if (int rc = dst.open(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); rc != SQLITE_OK)
        return failed(dst.error(), rc);
    if (int rc = copyPages(src, dst.handle); rc != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errstr(rc)), rc);
    // One self-contained file: the copy of a WAL database keeps no WAL of its own.
    if (int rc = sqlite3_exec(dst.handle, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return failed(dst.error(), rc);
    QStringList problems;
    if (check != Database::CopyCheck::None) {
        if (int rc = checkPages(dst.handle, check == Database::CopyCheck::Full, problems); rc != SQLITE_OK)
            return failed(dst.error(), rc);
    }
    if (!problems.isEmpty())
        return failed(Db::tr("the copy fails SQLite's integrity check (%1)").arg(problems.join(QStringLiteral("; "))), SQLITE_CORRUPT);
    if (int rc = dst.close(); rc != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errstr(rc)), rc);
    if (!QFile::rename(part, target))
        return failed(Db::tr("the finished copy could not be renamed"), SQLITE_CANTOPEN);
    return Ok{};
}
} // namespace

Status Database::backupTo(const QString &target, CopyCheck check) const
{
    return copyToNewFile(handle(), QFileInfo(target).absoluteFilePath(), check);
}

Result<Database::FileCheck> Database::checkCopy(const QString &path, bool full)
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        return Error{Db::tr("%1 is not a file.").arg(path)};
    RawConnection c;
    if (int rc = c.open(fi.absoluteFilePath(), SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return Error{Db::tr("%1 cannot be read as a database (SQLite: %2).").arg(path, c.error())};
    FileCheck check;
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(c.handle, "PRAGMA user_version", -1, &st, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        check.schema = sqlite3_column_int(st, 0);
    else
        rc = sqlite3_errcode(c.handle);
    sqlite3_finalize(st);
    if ((rc & 0xFF) == SQLITE_NOTADB)
        return Error{Db::tr("%1 is not an SQLite database.").arg(path)};
    if (rc != SQLITE_OK) {
        check.problems << c.error(); // a file whose first page is damaged
        return check;
    }
    if (checkPages(c.handle, full, check.problems) != SQLITE_OK && check.problems.isEmpty())
        check.problems << c.error();
    return check;
}

Status Database::copyFile(const QString &source, const QString &target)
{
    RawConnection src;
    if (int rc = src.open(QFileInfo(source).absoluteFilePath(), SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return Error{Db::tr("%1 cannot be read as a database (SQLite: %2).").arg(source, src.error())};
    return copyToNewFile(src.handle, QFileInfo(target).absoluteFilePath(), CopyCheck::Quick);
}

Status Database::restoreFrom(const QString &source) const
{
    if (m_readOnly)
        return Error{Db::tr("%1 is open for reading only; nothing can be written.").arg(m_path)};
    if (auto s = checkFile(); !s)
        return s;
    auto check = checkCopy(source, true);
    if (!check)
        return check.error();
    if (!check->sound())
        return Error{Db::tr("%1 is damaged (SQLite's integrity check: %2); it was not restored.").arg(source, check->problems.join(QStringLiteral("; "))), 3};
    if (check->schema == 0)
        return Error{Db::tr("%1 is not a Suiji database; it was not restored.").arg(source), 3};
    if (check->schema > kSchemaVersion)
        return Error{Db::tr("%1 was written by a newer version of Suiji (schema %2); it was not restored.").arg(source).arg(check->schema), 3};
    RawConnection src;
    if (int rc = src.open(QFileInfo(source).absoluteFilePath(), SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return Error{Db::tr("%1 cannot be read as a database (SQLite: %2).").arg(source, src.error())};
    const int rc = copyPages(src.handle, handle());
    if (rc == SQLITE_OK)
        return Ok{};
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{lockedMessage(m_path)};
    if (rc == SQLITE_READONLY)
        return Error{Db::tr("%1 has another page size than %2, so it cannot be restored into the open file. Restore it as a new file "
                            "(suiji-cli --db NEW.db restore %1) and open that.")
                         .arg(source, m_path)};
    const QString disk = diskFailureText(rc, m_path);
    return Error{Db::tr("Restoring %1 failed; %2 was left as it was. %3").arg(source, m_path, disk.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : disk)};
}

QString Database::diskProblem() const
{
    sqlite3 *h = isOpen() ? handle() : nullptr;
    return h ? diskFailureText(sqlite3_extended_errcode(h), m_path) : QString();
}

Result<QStringList> Database::quickCheck() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(20)")))
        return Error{sqlErrorMessage(Db::tr("The file %1 cannot be checked.").arg(path()), q.lastError().text())};
    QStringList problems;
    while (q.next())
        if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
            problems << line;
    return problems;
}

// BEGIN IMMEDIATE: take the write lock up front. A deferred transaction that reads first and
// writes later gets SQLITE_BUSY at once (no busy wait) if another connection wrote in between,
// and the GUI's background readers make that likely.
Transaction::Transaction(const Database &db) : m_database(db), m_db(db.db())
{
    if (auto s = db.checkFile(); !s) {
        m_error = s.message();
        return;
    }
    if (db.readOnly()) {
        m_error = QCoreApplication::translate("suiji::Database", "%1 is open for reading only; nothing can be written.").arg(db.path());
        return;
    }
    QSqlQuery q(m_db);
    m_ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_ok) {
        const int code = sqlite3_errcode(db.handle()) & 0xFF;
        const QString disk = db.diskProblem();
        m_error = code == SQLITE_BUSY || code == SQLITE_LOCKED ? lockedMessage(db.path())
                  : !disk.isEmpty()
                      ? QCoreApplication::translate("suiji::Database", "Cannot start writing to %1.").arg(db.path()) + QLatin1Char(' ') + disk
                      : sqlErrorMessage(QCoreApplication::translate("suiji::Database", "Cannot start writing to %1.").arg(db.path()), q.lastError().text());
    }
}

Transaction::~Transaction()
{
    if (m_ok && !m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_ok)
        return Error{m_error.isEmpty() ? QCoreApplication::translate("suiji::Database", "No transaction is open.") : m_error};
    m_done = true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString text = q.lastError().text();
        const QString disk = m_database.diskProblem();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (auto s = m_database.checkFile(); !s)
            return s.error(); // the commit hook refused it: say why in words
        if (!disk.isEmpty())
            return Error{QCoreApplication::translate("suiji::Database", "Saving failed; nothing was written.") + QLatin1Char(' ') + disk};
        return Error{sqlErrorMessage(QCoreApplication::translate("suiji::Database", "Saving failed; nothing was written."), text)};
    }
    return Ok{};
}

} // namespace suiji
