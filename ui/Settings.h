// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench's preferences, one typed accessor per key with its default (qBittorrent's
// Preferences): no other file names a QSettings key. migrate() renames keys of older versions.

#include <QByteArray>
#include <QString>

namespace suiji {

class Settings {
public:
    // Renames the keys older versions wrote; run once at start-up, before any other read.
    static void migrate();

    static QString databasePath(const QString &fallback);
    static void setDatabasePath(const QString &path);
    static QString language(); // zh (default) | en
    static void setLanguage(const QString &language);
    static QString theme(); // light (default) | dark | contrast
    static void setTheme(const QString &theme);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QString windowPage(); // dashboard (default)
    static void setWindowPage(const QString &page);
    static QString scopeBureau(); // futian (default)
    static QString scopeQuarter(const QString &fallback);
    static void setScope(const QString &bureau, const QString &quarter);
    // The name recorded as the operator of records and ledger changes ("" unless set).
    static QString operatorName();
    static void setOperatorName(const QString &name);
};

} // namespace suiji
