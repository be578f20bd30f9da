// SPDX-License-Identifier: GPL-3.0-or-later
// util/Sort: keys in UTF-8 byte order (draw-spec v1 §sorting), which differs from UTF-16 order
// for characters beyond U+FFFF against U+E000–U+FFFF.

#include "util/Sort.h"

#include <QtTest>
#include <algorithm>

using namespace suiji;

class TestSort : public QObject {
    Q_OBJECT
private slots:
    void asciiIsCodeOrder()
    {
        QStringList k{QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("a1"), QStringLiteral("a"), QStringLiteral("9"), QStringLiteral("-")};
        sortByBytes(k);
        QCOMPARE(k,
                 (QStringList{QStringLiteral("-"), QStringLiteral("9"), QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("b")}));
    }

    void utf8BytesNotUtf16Units()
    {
        // U+1F600 is D83D DE00 in UTF-16 (before U+FF71) but F0 9F 98 80 in UTF-8 (after EF BD B1).
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        const QString halfKana = QString::fromUtf8("\xEF\xBD\xB1");
        QStringList k{emoji, halfKana, QStringLiteral("中"), QStringLiteral("z")};
        QStringList utf16 = k;
        std::sort(utf16.begin(), utf16.end());
        QCOMPARE(utf16.indexOf(emoji) < utf16.indexOf(halfKana), true); // the order the spec does not use
        sortByBytes(k);
        QCOMPARE(k, (QStringList{QStringLiteral("z"), QStringLiteral("中"), halfKana, emoji}));
    }

    void agreesWithByteComparison()
    {
        // A mixed list: the result is sorted by the UTF-8 bytes and is a permutation of the input.
        QStringList k;
        for (const char *s : {"91440300X", "深圳", "shenzhen", "\xF0\xA0\x80\x80", "\xEF\xBF\xBD", "Ab", "aB", "", "深", "\xC3\xA9"})
            k << QString::fromUtf8(s);
        const QStringList before = k;
        sortByBytes(k);
        for (qsizetype i = 1; i < k.size(); ++i)
            QVERIFY2(k[i - 1].toUtf8() <= k[i].toUtf8(), qPrintable(k[i - 1] + QStringLiteral(" > ") + k[i]));
        QStringList a = before, b = k;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(a, b);
    }
};

QTEST_APPLESS_MAIN(TestSort)
#include "TestSort.moc"
