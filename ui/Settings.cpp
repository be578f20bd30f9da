// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

namespace suiji {

namespace {
// Every key the workbench stores, in one place.
const QString kDatabasePath = QStringLiteral("database/path");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kPage = QStringLiteral("window/page");
const QString kBureau = QStringLiteral("scope/bureau");
const QString kQuarter = QStringLiteral("scope/quarter");
const QString kOperator = QStringLiteral("operator/name");
const QString kVersion = QStringLiteral("settings/version");
constexpr int kCurrentVersion = 1;
} // namespace

void Settings::migrate()
{
    QSettings s;
    const int version = s.value(kVersion, 0).toInt();
    if (version >= kCurrentVersion)
        return;
    // Version 1 is the first versioned layout: every key as the releases so far wrote it, so
    // nothing is renamed yet. A key renamed later adds a step here, {old name, new name}, applied
    // to files of a lower version (a value already under the new name wins).
    const std::pair<const char *, QString> renamed[] = {{nullptr, QString()}};
    for (const auto &[from, to] : renamed) {
        if (!from)
            continue;
        const QString old = QLatin1String(from);
        if (s.contains(old)) {
            if (!s.contains(to))
                s.setValue(to, s.value(old));
            s.remove(old);
        }
    }
    s.setValue(kVersion, kCurrentVersion);
}

QString Settings::databasePath(const QString &fallback)
{
    return QSettings().value(kDatabasePath, fallback).toString();
}
void Settings::setDatabasePath(const QString &path)
{
    QSettings().setValue(kDatabasePath, path);
}
QString Settings::language()
{
    return QSettings().value(kLanguage, QStringLiteral("zh")).toString();
}
void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}
QString Settings::theme()
{
    return QSettings().value(kTheme, QStringLiteral("light")).toString();
}
void Settings::setTheme(const QString &theme)
{
    QSettings().setValue(kTheme, theme);
}
QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}
QString Settings::windowPage()
{
    return QSettings().value(kPage, QStringLiteral("dashboard")).toString();
}
void Settings::setWindowPage(const QString &page)
{
    QSettings().setValue(kPage, page);
}
QString Settings::scopeBureau()
{
    return QSettings().value(kBureau, QStringLiteral("futian")).toString();
}
QString Settings::scopeQuarter(const QString &fallback)
{
    return QSettings().value(kQuarter, fallback).toString();
}

void Settings::setScope(const QString &bureau, const QString &quarter)
{
    QSettings s;
    s.setValue(kBureau, bureau);
    s.setValue(kQuarter, quarter);
}

QString Settings::operatorName()
{
    return QSettings().value(kOperator).toString().trimmed();
}

void Settings::setOperatorName(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(kOperator);
    else
        QSettings().setValue(kOperator, name.trimmed());
}

} // namespace suiji
