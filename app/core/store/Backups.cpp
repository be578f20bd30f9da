// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Backups)
};

// 0007-20250915-101500-import.db
thread_local int t_paused = 0;

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4,})-(\\d{8}-\\d{6})-([a-z]+)\\.db$"));
    return re;
}
} // namespace

Backups::Backups(const QString &databasePath) : m_folder(QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups"))
{
}

Result<QList<BackupEntry>> Backups::list() const
{
    QList<BackupEntry> out;
    const QFileInfo dir(m_folder);
    if (!dir.exists())
        return out;
    if (!dir.isDir() || !dir.isReadable())
        return Error{Tr::tr("The backup folder %1 cannot be read.").arg(m_folder)};
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto m = namePattern().match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupEntry e;
        e.path = f.absoluteFilePath();
        e.number = m.captured(1).toInt();
        e.made = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        e.reason = m.captured(3);
        e.bytes = f.size();
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry &a, const BackupEntry &b) { return a.number > b.number; });
    return out;
}

Result<BackupEntry> Backups::make(const Database &db, const QString &reason, const QDateTime &now, Database::CopyCheck check) const
{
    auto existing = list();
    if (!existing)
        return existing.error();
    if (!QDir().mkpath(m_folder))
        return Error{Tr::tr("The backup folder %1 cannot be created. Check the permissions of its folder.").arg(m_folder)};
    BackupEntry e;
    e.number = existing->isEmpty() ? 1 : existing->first().number + 1;
    e.made = now;
    e.reason = reason;
    e.path = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-%3.db").arg(e.number, 4, 10, QLatin1Char('0')).arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")), reason));
    if (auto s = db.backupTo(e.path, check); !s)
        return s.error();
    e.bytes = QFileInfo(e.path).size();
    // The oldest beyond kKept go; a backup that cannot be removed is left (it is only space).
    for (qsizetype i = kKept - 1; i < existing->size(); ++i)
        QFile::remove(existing->at(i).path);
    return e;
}

Result<std::optional<BackupEntry>> Backups::newestSound() const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const BackupEntry &e : all.value()) {
        auto c = Database::checkCopy(e.path, false);
        if (c && c->sound() && c->schema > 0 && c->schema <= Database::kSchemaVersion)
            return std::optional<BackupEntry>(e);
    }
    return std::optional<BackupEntry>();
}

bool Backups::automatic()
{
    static const bool off = qEnvironmentVariableIntValue("SUIJI_NO_AUTO_BACKUP") == 1;
    return !off;
}

Status Backups::before(const Database &db, const QString &reason)
{
    // Inside a larger transaction (the demo city) the work is one unit: backed up before it, if at all.
    if (!automatic() || t_paused > 0 || db.inTransaction())
        return Ok{};
    auto made = Backups(db.path()).make(db, reason, Clock::process().now());
    if (!made)
        return Error{Tr::tr("Nothing was written: the automatic backup before this change could not be made. %1").arg(made.message())};
    return Ok{};
}

Backups::Paused::Paused()
{
    ++t_paused;
}

Backups::Paused::~Paused()
{
    --t_paused;
}

} // namespace suiji
