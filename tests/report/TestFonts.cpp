// SPDX-License-Identifier: GPL-3.0-or-later
// report/Fonts: with the fonts packaging/install-deps.sh installs, the CJK face is the Simplified
// Chinese one of Noto CJK (never its Japanese face), it covers Chinese, and PDF text is set in
// DejaVu Sans for Latin and WenQuanYi Micro Hei for Chinese (Noto's shared glyphs would break the
// text layer).

#include "report/Fonts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QRawFont>
#include <QtTest>

using namespace suiji::report;

class TestFonts : public QObject {
    Q_OBJECT
private slots:
    void theChineseFaceIsSimplifiedChinese()
    {
        const QString family = cjkFamily();
        QCOMPARE(family, QStringLiteral("Noto Sans CJK SC"));
        QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese));
        const QRawFont raw = QRawFont::fromFont(cjkFont(12));
        for (QChar c : QStringLiteral("双随机抽查南山区食品"))
            QVERIFY2(raw.supportsCharacter(c), qPrintable(QString(c)));
    }

    void cjkFontHasTheSizeAndWeightAsked()
    {
        const QFont f = cjkFont(14, QFont::Bold);
        QCOMPARE(f.family(), cjkFamily());
        QCOMPARE(f.pointSizeF(), 14.0);
        QCOMPARE(f.weight(), QFont::Bold);
        QVERIFY(QFontMetricsF(f).horizontalAdvance(QStringLiteral("南山")) > QFontMetricsF(cjkFont(7)).horizontalAdvance(QStringLiteral("南山")));
    }

    void printFacesLatinFirstThenWenQuanYi()
    {
        const QStringList p = printFamilies();
        QCOMPARE(p.size(), 3);
        QCOMPARE(p.at(0), QStringLiteral("DejaVu Sans"));
        QVERIFY(QFontDatabase::families().contains(p.at(0)));
        QCOMPARE(p.at(1), QStringLiteral("WenQuanYi Micro Hei"));
        QCOMPARE(p.at(2), cjkFamily());
    }
};

QTEST_MAIN(TestFonts)
#include "TestFonts.moc"
