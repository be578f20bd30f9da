// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an import found and did: every problem with its Excel row and column, and the counts.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace suiji {

struct ImportIssue {
    int row = 0;     // as Excel numbers it: the header is row 1; 0 for the file as a whole
    QString column;  // the header text as the file has it
    QString message; // plain words, in the chosen language
    bool warning = false;
    QString code; // machine-readable kind where the UI acts on it: "bad_check"
};

struct ImportReport {
    static constexpr int kMaxListedIssues = 10000;

    QString file;
    QString kind;   // "entities" or "inspectors"
    QString source; // what the reader detected: encoding and delimiter, or the sheet
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList ignoredColumns;
    QMap<QString, int> byBureau; // valid rows per bureau id: the window follows an import of another bureau
    QList<ImportIssue> issues;
    int unlistedIssues = 0; // problems beyond kMaxListedIssues, counted only
    bool dryRun = false;
    bool written = false;
    bool cancelled = false;
    bool runtimeFailure = false; // the file could not be read at all, or the database refused

    void addError(int row, const QString &column, const QString &message, const QString &code = {});
    int errorCount(const QString &code) const;
    void addWarning(int row, const QString &column, const QString &message);
    int errorCount() const;
    int warningCount() const;
    bool ok() const { return errorCount() == 0 && !cancelled; }

    QJsonObject toJson() const;
    // The report as text lines for a terminal or a saved .txt, in the current language.
    QString toText() const;
    // The problems as CSV rows (row, column, message, severity) for the user to open in Excel.
    QByteArray issuesCsv() const;
};

} // namespace suiji
