// SPDX-License-Identifier: GPL-3.0-or-later
#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace suiji::i18n {

namespace {
QString g_lang = QStringLiteral("zh");
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

void install(const QString &lang)
{
    g_lang = lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en") : QStringLiteral("zh");
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString locale = g_lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QLocale::setDefault(QLocale(locale));
    g_app = new QTranslator(app);
    if (g_app->load(QStringLiteral(":/i18n/suiji_") + locale + QStringLiteral(".qm")))
        app->installTranslator(g_app);
    g_qt = new QTranslator(app);
    if (g_qt->load(QStringLiteral("qtbase_") + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(g_qt);
}

QString current()
{
    return g_lang;
}

bool isChinese()
{
    return g_lang == QLatin1String("zh");
}

QString monthName(int month)
{
    return isChinese() ? QStringLiteral("%1月").arg(month) : QLocale(QLocale::English).monthName(month, QLocale::ShortFormat);
}

} // namespace suiji::i18n
