// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a table as .xlsx (libxlsxwriter: bold frozen header, column widths) or .csv (UTF-8 with
// BOM for Excel, RFC 4180 quoting), chosen by the file's extension. Text that looks like a
// formula stays text in both.

#include "util/Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace suiji {

struct Table {
    QString sheet;
    QStringList header;
    QList<QList<QVariant>> rows; // numbers stay numbers in .xlsx
    QList<double> widths;        // optional, in characters
};

Status writeTable(const QString &path, const Table &table);

} // namespace suiji
