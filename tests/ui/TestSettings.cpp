// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: defaults, round trips, the operator name trimmed, the versioned migration.
#include "Settings.h"

#include <QSettings>
#include <QtTest>

using namespace suiji;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SuijiTestSettings"));
        QSettings().clear();
    }

    void defaultsAndRoundTrips()
    {
        QCOMPARE(Settings::language(), QStringLiteral("zh"));
        QCOMPARE(Settings::theme(), QStringLiteral("light"));
        QCOMPARE(Settings::windowPage(), QStringLiteral("dashboard"));
        QCOMPARE(Settings::scopeBureau(), QStringLiteral("futian"));
        QCOMPARE(Settings::databasePath(QStringLiteral("/x/suiji.db")), QStringLiteral("/x/suiji.db"));
        Settings::setScope(QStringLiteral("nanshan"), QStringLiteral("2025Q3"));
        QCOMPARE(Settings::scopeBureau(), QStringLiteral("nanshan"));
        QCOMPARE(Settings::scopeQuarter(QStringLiteral("2026Q1")), QStringLiteral("2025Q3"));
        Settings::setOperatorName(QStringLiteral("  张科长 "));
        QCOMPARE(Settings::operatorName(), QStringLiteral("张科长"));
        Settings::setOperatorName(QStringLiteral("   "));
        QVERIFY(!QSettings().contains(QStringLiteral("operator/name")));
    }

    void migrationStampsTheVersionOnce()
    {
        QSettings().remove(QStringLiteral("settings/version"));
        Settings::setLanguage(QStringLiteral("en"));
        Settings::migrate();
        QCOMPARE(QSettings().value(QStringLiteral("settings/version")).toInt(), 1);
        QCOMPARE(Settings::language(), QStringLiteral("en")); // nothing renamed, nothing lost
        Settings::migrate();
        QCOMPARE(QSettings().value(QStringLiteral("settings/version")).toInt(), 1);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
