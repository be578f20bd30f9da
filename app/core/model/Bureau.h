// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shenzhen's eleven district bureaus (管理局) with the ASCII ids used in draw contexts, and the
// mobile-source division (移动源处, `mobile`): it has a roster and a chain of draws of its own
// (it draws the districts' mobile pools) but no entities and no district of its own.

#include <QList>
#include <QString>

namespace suiji {

struct Bureau {
    QString id;       // ascii code, e.g. "nanshan"
    QString nameZh;   // 南山
    QString nameEn;   // Nanshan
    QString areaCode; // administrative division code, e.g. 440305
    bool coastal = false;
    bool division = false; // the mobile-source division, not a district

    QString displayName(bool chinese = true) const;

    // The eleven districts (the city's views and every per-district loop).
    static const QList<Bureau> &all();
    static const Bureau &mobile();
    static inline const char *kMobile = "mobile";
    // A district or the division.
    static const Bureau *byId(const QString &id);
    // Accepts 南山, 南山区, 南山管理局, 南山区管理局, nanshan (any case); 移动源处, mobile.
    static const Bureau *parse(const QString &text);
};

} // namespace suiji
