// SPDX-License-Identifier: GPL-3.0-or-later
// io/CellParsers: the date and yes/no cells of import-format.md, and the entity list's date rule
// shared by the importer and the edit dialog.

#include "io/CellParsers.h"

#include <QtTest>

using namespace suiji;

class TestCellParsers : public QObject {
    Q_OBJECT
private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("ok");
        const QDate d(2025, 3, 31);
        QTest::newRow("ISO") << QStringLiteral("2025-03-31") << d << true;
        QTest::newRow("slashes, no zero") << QStringLiteral("2025/3/31") << d << true;
        QTest::newRow("dots") << QStringLiteral("2025.3.31") << d << true;
        QTest::newRow("Chinese") << QStringLiteral("2025年3月31日") << d << true;
        QTest::newRow("Chinese without 日") << QStringLiteral("2025年3月31") << d << true;
        QTest::newRow("compact") << QStringLiteral("20250331") << d << true;
        QTest::newRow("with a time") << QStringLiteral("2025-03-31 14:05:09") << d << true;
        QTest::newRow("ISO time") << QStringLiteral("2025-03-31T14:05") << d << true;
        QTest::newRow("spaces around") << QStringLiteral("  2025 - 3 - 31  ") << d << true;
        QTest::newRow("empty is no date, fine") << QString() << QDate() << true;
        QTest::newRow("blank is no date, fine") << QStringLiteral("   ") << QDate() << true;
        QTest::newRow("31 February") << QStringLiteral("2025-02-31") << QDate() << false;
        QTest::newRow("month 13") << QStringLiteral("2025/13/1") << QDate() << false;
        QTest::newRow("day first") << QStringLiteral("31/03/2025") << QDate() << false;
        QTest::newRow("two-digit year") << QStringLiteral("25-3-31") << QDate() << false;
        QTest::newRow("words") << QStringLiteral("去年") << QDate() << false;
        QTest::newRow("seven digits") << QStringLiteral("2025331") << QDate() << false;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29) << true;
        QTest::newRow("not a leap year") << QStringLiteral("2025-02-29") << QDate() << false;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(bool, ok);
        const cells::DateParse p = cells::parseDate(text);
        QCOMPARE(p.ok, ok);
        QCOMPARE(p.date, date);
    }

    void bools_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // -1 none, 0 false, 1 true
        QTest::addColumn<bool>("ok");
        for (const char *y : {"是", "Y", "yes", "YES", "1", "true", "True", "√", " 是 "})
            QTest::newRow(y) << QString::fromUtf8(y) << 1 << true;
        for (const char *n : {"否", "n", "No", "0", "FALSE", "×"})
            QTest::newRow(n) << QString::fromUtf8(n) << 0 << true;
        QTest::newRow("empty") << QString() << -1 << true;
        QTest::newRow("maybe") << QStringLiteral("可能") << -1 << false;
        QTest::newRow("2") << QStringLiteral("2") << -1 << false;
    }
    void bools()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QFETCH(bool, ok);
        const cells::BoolParse p = cells::parseBool(text);
        QCOMPARE(p.ok, ok);
        QCOMPARE(p.value.has_value() ? int(*p.value) : -1, value);
    }

    // A date may lie up to a year after today (a planned penalty date is a typing error beyond).
    void theEntityListsDateRule()
    {
        const QDate today(2025, 7, 1);
        QVERIFY(cells::dateProblem(QStringLiteral("2025-06-30"), today).isEmpty());
        QVERIFY(cells::dateProblem(QStringLiteral("2026-07-01"), today).isEmpty()); // exactly a year
        QVERIFY(cells::dateProblem(QString(), today).isEmpty());
        const QString future = cells::dateProblem(QStringLiteral("2026-07-02"), today);
        QVERIFY2(future.contains(QStringLiteral("2026-07-02")), qPrintable(future));
        const QString bad = cells::dateProblem(QStringLiteral(" 7/1/25 "), today);
        QVERIFY2(bad.contains(QStringLiteral("\"7/1/25\"")), qPrintable(bad)); // the cell as typed, trimmed
        QVERIFY(cells::futureDateProblem(QDate(), today).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCellParsers)
#include "TestCellParsers.moc"
