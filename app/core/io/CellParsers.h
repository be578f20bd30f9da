// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parsing of one cell's text as the import formats allow it (import-format.md).

#include <QDate>
#include <QString>
#include <optional>

namespace suiji::cells {

// 2025-03-31, 2025/3/31, 2025.3.31, 2025年3月31日, 20250331. Empty → invalid date with ok = true.
struct DateParse {
    QDate date;
    bool ok = true;
};
DateParse parseDate(const QString &text);

// The entity list's rule for a date cell, for the importer and the edit dialog alike: it parses,
// and lies at most a year after today. The problem in words; empty when the cell is fine.
QString dateProblem(const QString &text, const QDate &today);
QString futureDateProblem(const QDate &date, const QDate &today);

// 是/否, Y/N, 1/0, true/false, yes/no (any case); empty → std::nullopt with ok.
struct BoolParse {
    std::optional<bool> value;
    bool ok = true;
};
BoolParse parseBool(const QString &text);

} // namespace suiji::cells
