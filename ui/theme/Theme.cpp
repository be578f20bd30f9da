// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <array>
#include <cmath>

namespace suiji::theme {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Theme)
};
QString g_current = QStringLiteral("light");
QPalette g_original;
bool g_saved = false;
} // namespace

QStringList ids()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("contrast")};
}

QString name(const QString &id)
{
    if (id == QLatin1String("dark"))
        return Tr::tr("Dark");
    if (id == QLatin1String("contrast"))
        return Tr::tr("High contrast");
    return Tr::tr("Light");
}

QString current()
{
    return g_current;
}

void apply(const QString &id)
{
    if (!g_saved) {
        g_original = QApplication::palette();
        g_saved = true;
    }
    g_current = ids().contains(id) ? id : QStringLiteral("light");
    QPalette p = g_original;
    // Fusion's selection blue leaves white text at 3.7:1; one a shade darker reads at AA.
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x66, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    if (g_current == QLatin1String("dark")) {
        const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x66, 0xb8)); // white on it ≥ 4.5:1
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    } else if (g_current == QLatin1String("contrast")) {
        p.setColor(QPalette::Window, Qt::black);
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, Qt::black);
        p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, Qt::black);
        p.setColor(QPalette::ButtonText, QColor(0xff, 0xff, 0x00));
        p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::ToolTipBase, Qt::black);
        p.setColor(QPalette::ToolTipText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    }
    QApplication::setPalette(p);
    // Fusion draws a control's frame a shade darker than the window: on a dark or black window the
    // frames of inputs and buttons vanish (the seed field could not be seen). Give them a visible one.
    QString sheet;
    if (g_current != QLatin1String("light")) {
        const QString edge = g_current == QLatin1String("contrast") ? QStringLiteral("#ffffff") : QStringLiteral("#8c8c8c");
        const QString focus = p.color(QPalette::Highlight).name();
        sheet = QStringLiteral("QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit { border: 1px solid %1; border-radius: 2px; padding: 2px; }"
                               "QPushButton, QToolButton { border: 1px solid %1; border-radius: 3px; padding: 3px 6px; }"
                               "QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled { border-color: #5a5a5a; }"
                               "QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QPushButton:focus { border: 2px solid %2; }")
                    .arg(edge, focus);
    }
    qApp->setStyleSheet(sheet);
}

bool dark()
{
    return g_current != QLatin1String("light");
}

namespace {
QColor roleColor(Role role, const QString &themeId)
{
    const int i = int(role);
    static const QColor light[] = {QColor(0xb0, 0x00, 0x20), QColor(0x8a, 0x51, 0x00), QColor(0x1b, 0x6e, 0x20), QColor(0x5f, 0x5f, 0x5f),
                                   QColor(0x0d, 0x47, 0xa1)};
    static const QColor darkSet[] = {QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xcc, 0x80), QColor(0xa5, 0xd6, 0xa7), QColor(0xb8, 0xb8, 0xb8),
                                     QColor(0x90, 0xca, 0xf9)};
    static const QColor contrastSet[] = {QColor(0xff, 0x80, 0x80), QColor(0xff, 0xff, 0x00), QColor(0x66, 0xff, 0x99), QColor(0xd0, 0xd0, 0xd0),
                                         QColor(0x80, 0xd8, 0xff)};
    if (themeId == QLatin1String("dark"))
        return darkSet[i];
    if (themeId == QLatin1String("contrast"))
        return contrastSet[i];
    return light[i];
}
} // namespace

QColor color(Role role)
{
    return roleColor(role, g_current);
}

QColor colorOnBlack(Role role)
{
    return roleColor(role, QStringLiteral("contrast"));
}

QString textStyle(Role role)
{
    return QStringLiteral("color: %1;").arg(color(role).name());
}

Panel panel(Tone tone)
{
    const int i = int(tone);
    static const Panel light[] = {{QColor(0xe8, 0xf5, 0xe9), QColor(0x1b, 0x5e, 0x20), QColor(0x1b, 0x5e, 0x20)},
                                  {QColor(0xff, 0xf8, 0xe1), QColor(0x6d, 0x4c, 0x00), QColor(0xb2, 0x87, 0x04)},
                                  {QColor(0xec, 0xef, 0xf1), QColor(0x26, 0x32, 0x38), QColor(0x60, 0x7d, 0x8b)},
                                  {QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x47, 0xa1), QColor(0x0d, 0x47, 0xa1)},
                                  {QColor(0xff, 0xeb, 0xee), QColor(0xb7, 0x1c, 0x1c), QColor(0xb7, 0x1c, 0x1c)}};
    static const Panel darkSet[] = {{QColor(0x1b, 0x3a, 0x1e), QColor(0xc8, 0xe6, 0xc9), QColor(0x66, 0xbb, 0x6a)},
                                    {QColor(0x3e, 0x2f, 0x00), QColor(0xff, 0xe0, 0x82), QColor(0xff, 0xb3, 0x00)},
                                    {QColor(0x26, 0x32, 0x38), QColor(0xec, 0xef, 0xf1), QColor(0x90, 0xa4, 0xae)},
                                    {QColor(0x0d, 0x2a, 0x4a), QColor(0xbb, 0xde, 0xfb), QColor(0x64, 0xb5, 0xf6)},
                                    {QColor(0x4a, 0x14, 0x14), QColor(0xff, 0xcd, 0xd2), QColor(0xef, 0x53, 0x50)}};
    if (g_current == QLatin1String("dark"))
        return darkSet[i];
    if (g_current == QLatin1String("contrast")) {
        const QColor fg =
            i == int(Tone::Neutral) ? QColor(Qt::white) : color(std::array{Role::Success, Role::Warning, Role::Muted, Role::Info, Role::Error}[size_t(i)]);
        return {QColor(Qt::black), fg, fg};
    }
    return light[i];
}

QString panelStyle(Tone tone)
{
    const Panel p = panel(tone);
    return QStringLiteral("background: %1; color: %2; border: 1px solid %3;").arg(p.ground.name(), p.text.name(), p.border.name());
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace suiji::theme
