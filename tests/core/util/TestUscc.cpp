// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Uscc.h"

#include <QtTest>

using namespace suiji;

class TestUscc : public QObject {
    Q_OBJECT
private slots:
    void realCodesValidate_data()
    {
        QTest::addColumn<QString>("code");
        // Real codes from domain.md (published registrations).
        QTest::newRow("shenzhen-1") << QStringLiteral("914403001922038216");
        QTest::newRow("shenzhen-2") << QStringLiteral("91440300587917503A");
        QTest::newRow("fuzhou") << QStringLiteral("91350100M000100Y43");
    }
    void realCodesValidate()
    {
        QFETCH(QString, code);
        QCOMPARE(uscc::validate(code), uscc::Check::Valid);
        QCOMPARE(uscc::checkCharacter(code.left(17)), code.at(17));
    }

    void wrongCheckCharacterIsCaught()
    {
        const QString good = QStringLiteral("914403001922038216");
        const QString alphabet = QString::fromLatin1(uscc::kAlphabet);
        int wrong = 0;
        for (QChar c : alphabet) {
            if (c == good.at(17))
                continue;
            QCOMPARE(uscc::validate(good.left(17) + c), uscc::Check::BadCheckCharacter);
            ++wrong;
        }
        QCOMPARE(wrong, 30);
        // A single changed body character also breaks the check.
        QCOMPARE(uscc::validate(QStringLiteral("914403001922038226")), uscc::Check::BadCheckCharacter);
    }

    void malformedCodes()
    {
        QCOMPARE(uscc::validate(QStringLiteral("91440300192203821")), uscc::Check::BadLength);
        QCOMPARE(uscc::validate(QStringLiteral("9144030019220382160")), uscc::Check::BadLength);
        QCOMPARE(uscc::validate(QString()), uscc::Check::BadLength);
        // I, O, S, V, Z are not in the code's alphabet.
        QCOMPARE(uscc::validate(QStringLiteral("91440300192203821I")), uscc::Check::BadCharacter);
        QCOMPARE(uscc::validate(QStringLiteral("9144030019220O8216")), uscc::Check::BadCharacter);
        QCOMPARE(uscc::checkCharacter(QStringLiteral("9144030019220O821")), QChar());
    }

    void normalisation()
    {
        // Full-width digits and letters, lower case and stray spaces, as pasted from Word or a web page.
        QCOMPARE(uscc::normalize(QStringLiteral(" ９１４４０３００５８７９１７５０３ａ ")), QStringLiteral("91440300587917503A"));
        QVERIFY(uscc::isValid(uscc::normalize(QStringLiteral("91440300587917503a"))));
    }

    void checkCharacterByHand()
    {
        // 91350100M000100Y4: Σ(value × weight) = 1640 by GB 32100-2015's table (M = 21, Y = 30);
        // 1640 mod 31 = 28, (31 − 28) mod 31 = 3 → check character '3', as the real code has.
        const QString body = QStringLiteral("91350100M000100Y4");
        const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        const QString alphabet = QString::fromLatin1(uscc::kAlphabet);
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += int(alphabet.indexOf(body.at(i))) * weights[i];
        QCOMPARE(sum, 1640);
        QCOMPARE(uscc::checkCharacter(body), QLatin1Char('3'));
    }
};

QTEST_GUILESS_MAIN(TestUscc)
#include "TestUscc.moc"
