#pragma once
// Shenzhen's eleven district bureaus (管理局) with the ASCII ids used in draw contexts.

#include <QList>
#include <QString>

namespace suiji {

struct Bureau {
    QString id;     // ascii code, e.g. "nanshan"
    QString nameZh; // 南山
    QString nameEn; // Nanshan
    QString areaCode; // administrative division code, e.g. 440305
    bool coastal = false;

    QString displayName(bool chinese = true) const;

    static const QList<Bureau> &all();
    static const Bureau *byId(const QString &id);
    // Accepts 南山, 南山区, 南山管理局, 南山区管理局, nanshan (any case).
    static const Bureau *parse(const QString &text);
};

} // namespace suiji
