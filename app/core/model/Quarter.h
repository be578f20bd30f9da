// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A calendar quarter, written YYYYQn.

#include <QDate>
#include <QString>
#include <optional>

namespace suiji {

struct Quarter {
    int year = 0;
    int q = 0; // 1..4

    static std::optional<Quarter> parse(const QString &text);
    static Quarter containing(const QDate &d) { return {d.year(), (d.month() - 1) / 3 + 1}; }

    bool isValid() const { return year >= 2000 && year <= 2100 && q >= 1 && q <= 4; }
    QString toString() const { return QString::number(year) + QLatin1Char('Q') + QString::number(q); }
    QDate firstDay() const { return QDate(year, (q - 1) * 3 + 1, 1); }
    QDate lastDay() const { return firstDay().addMonths(3).addDays(-1); }
    int firstMonth() const { return (q - 1) * 3 + 1; }
    Quarter next() const { return q == 4 ? Quarter{year + 1, 1} : Quarter{year, q + 1}; }
    bool operator==(const Quarter &) const = default;
    auto operator<=>(const Quarter &) const = default;
};

inline std::optional<Quarter> Quarter::parse(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t.size() != 6 || t.at(4) != QLatin1Char('Q'))
        return std::nullopt;
    bool okY = false, okQ = false;
    Quarter r{t.left(4).toInt(&okY), t.mid(5, 1).toInt(&okQ)};
    if (!okY || !okQ || !r.isValid())
        return std::nullopt;
    return r;
}

} // namespace suiji
