// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for the test suite: temporary folders, file hashes, running suiji-cli.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace suiji::test {

QString dataPath(const QString &name);
QByteArray fileSha256(const QString &path);
QByteArray sha256Hex(const QByteArray &data);

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
};
// Runs suiji-cli with the given arguments and optional stdin, waiting up to timeoutMs.
CliRun runCli(const QStringList &args, int timeoutMs = 120000);

// Runs SQL with the sqlite3 shell (as someone editing the file outside Suiji would); its output, trimmed.
QString sqlite(const QString &dbPath, const QString &sql);

// Hashes every row of every table, for "the file is exactly as it was" and determinism checks.
QByteArray dumpHash(const QString &dbPath);

// Runs a Python script with Debian's python3 (where packaging/install-deps.sh puts openpyxl; a
// python3 earlier in PATH may lack it) and the arguments; its stdout, or empty after a warning.
QByteArray python(const QByteArray &script, const QStringList &args = {});

// The verdict a bundle's verify.html writes into #verdict (PASS …/FAIL …), read from the DOM
// headless Chromium dumps; a sentence saying why when there is none.
QString chromiumVerdict(const QString &html);

} // namespace suiji::test
