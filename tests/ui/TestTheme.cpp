// SPDX-License-Identifier: GPL-3.0-or-later
// The three themes in numbers: every text colour against its ground at least 4.5:1 (WCAG AA),
// in the palette, the status colours, the panels (banners, badges) and the charts.

#include "report/ProgressCharts.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QtTest>

using namespace suiji;

class TestTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void textMeetsWcagAa_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : theme::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void textMeetsWcagAa()
    {
        QFETCH(QString, id);
        theme::apply(id);
        QCOMPARE(theme::current(), id);
        const QPalette p = QApplication::palette();
        const struct {
            QPalette::ColorRole text, ground;
            const char *what;
        } pairs[] = {{QPalette::WindowText, QPalette::Window, "window text"},   {QPalette::Text, QPalette::Base, "view text"},
                     {QPalette::ButtonText, QPalette::Button, "button text"},   {QPalette::HighlightedText, QPalette::Highlight, "selected text"},
                     {QPalette::ToolTipText, QPalette::ToolTipBase, "tooltip"}, {QPalette::Text, QPalette::AlternateBase, "alternate rows"}};
        for (const auto &pair : pairs) {
            const double r = theme::contrast(p.color(pair.text), p.color(pair.ground));
            QVERIFY2(r >= 4.5, qPrintable(QStringLiteral("%1 %2: %3").arg(id, QLatin1String(pair.what)).arg(r, 0, 'f', 2)));
        }
        for (auto role : {theme::Role::Error, theme::Role::Warning, theme::Role::Success, theme::Role::Muted, theme::Role::Info})
            for (auto ground : {QPalette::Window, QPalette::Base}) {
                const double r = theme::contrast(theme::color(role), p.color(ground));
                QVERIFY2(r >= 4.5, qPrintable(QStringLiteral("%1 status colour %2 on %3: %4").arg(id).arg(int(role)).arg(int(ground)).arg(r, 0, 'f', 2)));
            }
        for (auto tone : {theme::Tone::Success, theme::Tone::Warning, theme::Tone::Neutral, theme::Tone::Info, theme::Tone::Error}) {
            const theme::Panel panel = theme::panel(tone);
            const double r = theme::contrast(panel.text, panel.ground);
            QVERIFY2(r >= 4.5, qPrintable(QStringLiteral("%1 panel %2: %3").arg(id).arg(int(tone)).arg(r, 0, 'f', 2)));
            QVERIFY(theme::panelStyle(tone).contains(panel.text.name()));
        }
        // Charts take a dark ground in the dark themes; text, done and target read on it, and
        // "done" and the target are never one colour.
        const report::ChartStyle chart{false, false, theme::dark()};
        QCOMPARE(chart.background().lightness() < 128, id != QLatin1String("light"));
        QVERIFY(theme::contrast(chart.foreground(), chart.background()) >= 4.5);
        QVERIFY(theme::contrast(chart.done(), chart.background()) >= 3.0);
        QVERIFY(theme::contrast(chart.target(), chart.background()) >= 3.0);
        QVERIFY(chart.done() != chart.target());
    }

    // The projector's black ground, whatever the desk's theme.
    void projectorColoursReadOnBlack()
    {
        for (auto role : {theme::Role::Error, theme::Role::Warning, theme::Role::Success, theme::Role::Muted, theme::Role::Info})
            QVERIFY(theme::contrast(theme::colorOnBlack(role), Qt::black) >= 4.5);
        const report::ChartStyle projector{true};
        QVERIFY(theme::contrast(projector.foreground(), projector.background()) >= 4.5);
        QVERIFY(projector.done() != projector.target());
        QVERIFY(projector.behind() != projector.target()); // a late bureau is never the target's colour
        QVERIFY(report::ChartStyle{}.behind() != report::ChartStyle{}.target());
    }

    void contrastFormula()
    {
        QCOMPARE(qRound(theme::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(theme::contrast(Qt::red, Qt::red), 1.0);
        QVERIFY(qAbs(theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01); // the usual AA grey
    }
};

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
