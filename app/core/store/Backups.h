// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The automatic backups of one database file: a checked copy (Database::backupTo, SQLite's online
// backup API) before each import, each committed draw and each upgrade, kept in a folder beside
// the file, the newest kKept of them.

#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace suiji {

struct BackupEntry {
    QString path;
    int number = 0; // 1, 2, 3 …: the order they were made in (a fixed test clock gives one time)
    QDateTime made; // from the name: when it was made
    QString reason; // import, commit, upgrade, restore
    qint64 bytes = 0;
};

class Backups {
public:
    static constexpr int kKept = 10;

    // The backups of the database file at PATH: in PATH.backups/ (suiji.db → suiji.db.backups/).
    explicit Backups(const QString &databasePath);
    QString folder() const { return m_folder; }

    // Newest first. No folder yet: no backups. A folder that cannot be read is an error.
    Result<QList<BackupEntry>> list() const;
    // Makes one now (quick_check of the copy) and removes the oldest beyond kKept. An error says
    // why (the disk is full, the folder cannot be written): the caller then writes nothing.
    // REASON names what comes next: import, commit, upgrade, restore, damaged (a damaged file kept
    // before a backup replaces it: CopyCheck::None), manual.
    Result<BackupEntry> make(const Database &db, const QString &reason, const QDateTime &now, Database::CopyCheck check = Database::CopyCheck::Quick) const;
    // The newest backup that passes quick_check, if any.
    Result<std::optional<BackupEntry>> newestSound() const;

    // SUIJI_NO_AUTO_BACKUP=1 turns the automatic ones off (benchmarks of the import itself).
    static bool automatic();
    // The automatic backup before a write of REASON, when they are on: an error stops the write.
    static Status before(const Database &db, const QString &reason);

    // While one lives, this thread makes no automatic backups: the demo city writes generated
    // lists and draws into a new file, with nothing to keep.
    class Paused {
    public:
        Paused();
        ~Paused();
        Paused(const Paused &) = delete;
        Paused &operator=(const Paused &) = delete;
    };

private:
    QString m_folder;
};

} // namespace suiji
