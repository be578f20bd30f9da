// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kinds of supervised entity (监管类别) an import may carry, with their fixed ids.

#include <QList>
#include <QString>

namespace suiji {

struct Category {
    QString id;     // "fixed", "construction", ...
    QString nameZh; // 固定源
    QString nameEn;
    bool keyedByCode = false; // outfalls and plots are keyed by their code, not a USCC

    static const QList<Category> &all();
    static const Category *byId(const QString &id);
    // Accepts the Chinese name, the id, or the English name.
    static const Category *parse(const QString &text);
};

namespace category {
inline const QString Fixed = QStringLiteral("fixed");
inline const QString Construction = QStringLiteral("construction");
inline const QString Outfall = QStringLiteral("outfall");
inline const QString SoilUnit = QStringLiteral("soil_unit");
inline const QString SoilPlot = QStringLiteral("soil_plot");
inline const QString MonitoringAgency = QStringLiteral("monitoring_agency");
inline const QString DieselFleet = QStringLiteral("diesel_fleet");
inline const QString EmissionStation = QStringLiteral("emission_station");
inline const QString PetrolStation = QStringLiteral("petrol_station");
inline const QString OilDepot = QStringLiteral("oil_depot");
} // namespace category

} // namespace suiji
