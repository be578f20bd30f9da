// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace suiji {

namespace {
class Rep {
    Q_DECLARE_TR_FUNCTIONS(suiji::ImportReport)
};
} // namespace

void ImportReport::addError(int row, const QString &column, const QString &message, const QString &code)
{
    if (issues.size() >= kMaxListedIssues) {
        ++unlistedIssues;
        return;
    }
    issues.append({row, column, message, false, code});
}

int ImportReport::errorCount(const QString &code) const
{
    int n = 0;
    for (const ImportIssue &i : issues)
        n += !i.warning && i.code == code;
    return n;
}

void ImportReport::addWarning(int row, const QString &column, const QString &message)
{
    if (issues.size() >= kMaxListedIssues)
        return;
    issues.append({row, column, message, true, {}});
}

int ImportReport::errorCount() const
{
    int n = unlistedIssues;
    for (const ImportIssue &i : issues)
        n += !i.warning;
    return n;
}

int ImportReport::warningCount() const
{
    int n = 0;
    for (const ImportIssue &i : issues)
        n += i.warning;
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray errors, warnings;
    for (const ImportIssue &i : issues) {
        const QJsonObject o{{QStringLiteral("row"), i.row}, {QStringLiteral("column"), i.column}, {QStringLiteral("message"), i.message}};
        (i.warning ? warnings : errors).append(o);
    }
    return {
        {QStringLiteral("file"), file},           {QStringLiteral("kind"), kind},
        {QStringLiteral("source"), source},       {QStringLiteral("rows"), rows},
        {QStringLiteral("added"), added},         {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns)},
        {QStringLiteral("errors"), errors},       {QStringLiteral("errors_not_listed"), unlistedIssues},
        {QStringLiteral("warnings"), warnings},   {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("written"), written},     {QStringLiteral("cancelled"), cancelled},
    };
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines << Rep::tr("File: %1 (%2)").arg(file, source);
    lines << Rep::tr("Rows read: %1 · added %2 · updated %3 · unchanged %4").arg(rows).arg(added).arg(updated).arg(unchanged);
    if (!ignoredColumns.isEmpty())
        lines << Rep::tr("Columns ignored: %1").arg(ignoredColumns.join(QStringLiteral(", ")));
    for (const ImportIssue &i : issues) {
        const QString where =
            i.row > 0 ? (i.column.isEmpty() ? Rep::tr("Row %1").arg(i.row) : Rep::tr("Row %1, column %2").arg(i.row).arg(i.column)) : Rep::tr("File");
        lines << (i.warning ? Rep::tr("Warning — %1: %2") : Rep::tr("Error — %1: %2")).arg(where, i.message);
    }
    if (unlistedIssues > 0)
        lines << Rep::tr("… and %1 more errors not listed.").arg(unlistedIssues);
    if (cancelled)
        lines << Rep::tr("Cancelled: nothing was written.");
    else if (errorCount() > 0)
        lines << Rep::tr("%1 errors: nothing was written. Correct the file and import it again.").arg(errorCount());
    else if (dryRun)
        lines << Rep::tr("Check only (--dry-run): the file is valid; nothing was written.");
    else if (written)
        lines << Rep::tr("Imported.");
    return lines.join(QLatin1Char('\n'));
}

QByteArray ImportReport::issuesCsv() const
{
    auto q = [](QString s) {
        // Text that Excel would take for a formula is prefixed with a quote mark.
        if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.at(0)))
            s.prepend(QLatin1Char('\''));
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QString out = Rep::tr("Row") + QLatin1Char(',') + Rep::tr("Column") + QLatin1Char(',') + Rep::tr("Problem") + QLatin1Char(',') + Rep::tr("Severity") +
                  QStringLiteral("\r\n");
    for (const ImportIssue &i : issues)
        out += QString::number(i.row) + QLatin1Char(',') + q(i.column) + QLatin1Char(',') + q(i.message) + QLatin1Char(',') +
               (i.warning ? Rep::tr("warning") : Rep::tr("error")) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace suiji
