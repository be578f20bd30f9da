// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Fonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace suiji::report {

QString cjkFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *name : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei"})
            if (families.contains(QLatin1String(name)))
                return QString::fromLatin1(name);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QStringList printFamilies()
{
    static const QStringList families = [] {
        const QString cjk = QFontDatabase::families().contains(QStringLiteral("WenQuanYi Micro Hei")) ? QStringLiteral("WenQuanYi Micro Hei") : cjkFamily();
        return QStringList{QStringLiteral("DejaVu Sans"), cjk, cjkFamily()};
    }();
    return families;
}

QFont cjkFont(qreal pointSize, int weight)
{
    QFont f(cjkFamily());
    f.setPointSizeF(pointSize);
    f.setWeight(QFont::Weight(weight));
    return f;
}

} // namespace suiji::report
