// SPDX-License-Identifier: GPL-3.0-or-later
// backup --out FILE | backup --list, and restore FILE: checked copies through SQLite's online
// backup API (Database::backupTo, restoreFrom), never a copy of a live file's bytes.
#include "Command.h"

#include "store/Backups.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace suiji::cli {

class BackupCommand : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return Cli::tr("Write a checked copy of the database (--out FILE), or list the automatic backups (--list)."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption out = outOption(Cli::tr("The backup file to write (it must not exist)."));
        const QCommandLineOption listOpt(QStringLiteral("list"), Cli::tr("List the automatic backups kept beside the database, newest first."));
        const QCommandLineOption json = jsonOption();
        p.addOptions({out, listOpt, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        if (p.isSet(out) == p.isSet(listOpt))
            return ctx.fail(Cli::tr("backup needs either --out FILE or --list."), Usage);
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        if (p.isSet(listOpt)) {
            auto all = Backups(db->path()).list();
            if (!all)
                return ctx.fail(all.error());
            QJsonArray rows;
            for (const BackupEntry &e : all.value()) {
                rows << QJsonObject{{QStringLiteral("number"), e.number},
                                    {QStringLiteral("file"), e.path},
                                    {QStringLiteral("made"), e.made.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), e.reason},
                                    {QStringLiteral("bytes"), e.bytes}};
                if (!p.isSet(json))
                    ctx.out << Cli::tr("#%1  %2  %3  %4  %5")
                                   .arg(e.number)
                                   .arg(e.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), reasonText(e.reason), QLocale().formattedDataSize(e.bytes),
                                        e.path)
                            << '\n';
            }
            if (p.isSet(json))
                ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << '\n';
            else if (all->isEmpty())
                ctx.err << Cli::tr("No automatic backups yet (they are made before each import, committed draw and upgrade, in %1).")
                               .arg(Backups(db->path()).folder())
                        << '\n';
            ctx.out.flush();
            ctx.err.flush();
            return Done;
        }
        const QString target = QFileInfo(p.value(out)).absoluteFilePath();
        if (auto s = db->backupTo(target, Database::CopyCheck::Full); !s)
            return ctx.fail(s.error());
        ctx.err << Cli::tr("Backed up %1 to %2 (%3; SQLite's integrity check of the copy: ok).")
                       .arg(db->path(), target, QLocale().formattedDataSize(QFileInfo(target).size()))
                << Qt::endl;
        return Done;
    }

    static QString reasonText(const QString &reason)
    {
        if (reason == QLatin1String("import"))
            return Cli::tr("before an import");
        if (reason == QLatin1String("commit"))
            return Cli::tr("before a committed draw");
        if (reason == QLatin1String("upgrade"))
            return Cli::tr("before an upgrade");
        if (reason == QLatin1String("restore"))
            return Cli::tr("before a restore");
        return reason;
    }
};

class RestoreCommand : public Command {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return Cli::tr("Replace the database with a backup (checked first; the file as it was is backed up)."); }
    // The file is opened (or made) by run itself: a missing --db becomes the backup's copy.
    Database::Mode databaseMode(const QStringList &) const override { return Database::Mode::ReadWrite; }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The backup to restore."));
        if (auto code = parse(ctx, p, args))
            return *code;
        if (p.positionalArguments().size() != 1)
            return ctx.fail(Cli::tr("restore takes one backup file."), Usage);
        const QString source = QFileInfo(p.positionalArguments().first()).absoluteFilePath();
        auto check = Database::checkCopy(source, true);
        if (!check)
            return ctx.fail(Error{check.message(), Rejected});
        if (!check->sound())
            return ctx.fail(
                Cli::tr("%1 is damaged (SQLite's integrity check: %2); nothing was restored.").arg(source, check->problems.join(QStringLiteral("; "))),
                Rejected);
        const QString target = QFileInfo(ctx.dbPath).absoluteFilePath();
        QString before;
        if (!QFileInfo::exists(target)) {
            if (check->schema == 0 || check->schema > Database::kSchemaVersion)
                return ctx.fail(Cli::tr("%1 is not a Suiji database this version can open (schema %2); nothing was restored.").arg(source).arg(check->schema),
                                Rejected);
            if (auto s = Database::copyFile(source, target); !s)
                return ctx.fail(s.error());
        } else {
            auto opened = Database::open(target, Database::Mode::ReadWrite);
            if (!opened)
                return ctx.fail(opened.error());
            // Always, also with SUIJI_NO_AUTO_BACKUP: a restore replaces everything.
            auto made = Backups(target).make(opened.value(), QStringLiteral("restore"), ctx.clock().now());
            if (!made)
                return ctx.fail(Cli::tr("Nothing was restored: the file as it is could not be backed up first. %1").arg(made.message()));
            before = made->path;
            if (auto s = opened->restoreFrom(source); !s)
                return ctx.fail(s.error());
        }
        // Opened again for writing: an older backup is upgraded now, and the result checked.
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        auto problems = db->quickCheck();
        if (!problems)
            return ctx.fail(problems.error());
        if (!problems->isEmpty())
            return ctx.fail(Cli::tr("The restored file fails SQLite's check: %1").arg(problems->join(QStringLiteral("; "))));
        ctx.err << Cli::tr("Restored %1 from %2.").arg(target, source) << '\n';
        if (!before.isEmpty())
            ctx.err << Cli::tr("The file as it was before is kept as %1.").arg(before) << '\n';
        ctx.err.flush();
        return Done;
    }
};

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace suiji::cli
