#include "Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

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
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd8));
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
}

} // namespace suiji::theme
