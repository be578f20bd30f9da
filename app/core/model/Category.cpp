// SPDX-License-Identifier: GPL-3.0-or-later
#include "Category.h"

namespace suiji {

const QList<Category> &Category::all()
{
    static const QList<Category> list = {
        {category::Fixed, QStringLiteral("固定源"), QStringLiteral("Fixed source"), false},
        {category::Construction, QStringLiteral("建设项目"), QStringLiteral("Construction project"), false},
        {category::Outfall, QStringLiteral("入海排污口"), QStringLiteral("Sea outfall"), true},
        {category::SoilUnit, QStringLiteral("土壤污染重点监管单位"), QStringLiteral("Soil-pollution key unit"), false},
        {category::SoilPlot, QStringLiteral("风险管控和修复地块"), QStringLiteral("Risk-control / remediation plot"), true},
        {category::MonitoringAgency, QStringLiteral("社会生态环境监测机构"), QStringLiteral("Environmental monitoring agency"), false},
        {category::DieselFleet, QStringLiteral("柴油车用车大户"), QStringLiteral("Diesel fleet operator"), false},
        {category::EmissionStation, QStringLiteral("机动车排放检验机构"), QStringLiteral("Vehicle emission test station"), false},
        {category::PetrolStation, QStringLiteral("加油站"), QStringLiteral("Petrol station"), false},
        {category::OilDepot, QStringLiteral("储油库"), QStringLiteral("Oil depot"), false},
    };
    return list;
}

const Category *Category::byId(const QString &id)
{
    for (const Category &c : all())
        if (c.id == id)
            return &c;
    return nullptr;
}

const Category *Category::parse(const QString &text)
{
    const QString t = text.trimmed();
    for (const Category &c : all())
        if (c.nameZh == t || c.id == t || c.nameEn.compare(t, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

} // namespace suiji
