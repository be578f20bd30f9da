// SPDX-License-Identifier: GPL-3.0-or-later
// util/Text: the normalisation every imported cell goes through.

#include "util/Text.h"

#include <QtTest>

using namespace suiji;

class TestText : public QObject {
    Q_OBJECT
private slots:
    void halfWidth_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("ascii unchanged") << QStringLiteral("RHPWK-440305-1234") << QStringLiteral("RHPWK-440305-1234");
        QTest::newRow("full-width letters and digits") << QStringLiteral("ＲＨＰＷＫ－４４０３０５") << QStringLiteral("RHPWK-440305");
        QTest::newRow("first and last of the block") << QStringLiteral("！～") << QStringLiteral("!~");
        QTest::newRow("ideographic space") << QStringLiteral("南山\u3000区") << QStringLiteral("南山 区");
        QTest::newRow("Chinese untouched") << QStringLiteral("深圳市生态环境局") << QStringLiteral("深圳市生态环境局");
        QTest::newRow("outside the block") << QStringLiteral("\uFF00\uFF5F") << QStringLiteral("\uFF00\uFF5F");
        QTest::newRow("empty") << QString() << QString();
    }
    void halfWidth()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(text::toHalfWidth(in), out);
    }

    void cleanTrimsAfterConverting()
    {
        QCOMPARE(text::clean(QStringLiteral("  91440300MA5ＦＡ  ")), QStringLiteral("91440300MA5FA"));
        QCOMPARE(text::clean(QStringLiteral("\u3000福田\u3000")), QStringLiteral("福田")); // full-width spaces are trimmed too
        QCOMPARE(text::clean(QStringLiteral("\t重点\n")), QStringLiteral("重点"));
        QCOMPARE(text::clean(QStringLiteral("a  b")), QStringLiteral("a  b")); // inner spaces stay
        QCOMPARE(text::clean(QString()), QString());
        // Nothing to change: the very same data is shared, not copied.
        const QString plain = QStringLiteral("plain");
        QCOMPARE(text::clean(plain).constData(), plain.constData());
    }

    void formulas()
    {
        for (const char *f : {"=1+1", "+86 755", "-5", "@SUM(A1)"})
            QVERIFY2(text::looksLikeFormula(QString::fromLatin1(f)), f);
        for (const char *t : {"", "1=1", " =1", "南山"})
            QVERIFY2(!text::looksLikeFormula(QString::fromUtf8(t)), t);
    }
    void invisibleCharacters()
    {
        QCOMPARE(text::firstInvisible(QStringLiteral("RHPWK-440305-\u202E1234")), QStringLiteral("U+202E"));
        QCOMPARE(text::firstInvisible(QStringLiteral("盐田\u200B码头")), QStringLiteral("U+200B"));
        QCOMPARE(text::firstInvisible(QString(QChar(0)) + QStringLiteral("a")), QStringLiteral("U+0000"));
        QCOMPARE(text::firstInvisible(QStringLiteral("\uFEFFkey")), QStringLiteral("U+FEFF"));
        QCOMPARE(text::firstInvisible(QStringLiteral("深圳市 南山区\t1号\n")), QString()); // tab and line breaks are text
        QCOMPARE(text::clean(QStringLiteral(" 盐田\u200B码头\u2066 ")), QStringLiteral("盐田码头"));
        QCOMPARE(text::clean(QStringLiteral("ＡＢ\u200D")), QStringLiteral("AB"));
        const QString plain = QStringLiteral("深圳市示例电子有限公司");
        QCOMPARE(text::clean(plain).constData(), plain.constData()); // nothing to change: shared, not copied
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "TestText.moc"
