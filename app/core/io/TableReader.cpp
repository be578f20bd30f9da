// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableReader.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace suiji {

bool TableReader::isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

Result<std::unique_ptr<TableReader>> TableReader::open(const QString &path, const ReadOptions &options)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{QCoreApplication::translate("suiji::TableReader", "%1 does not exist.").arg(path), 1};
    // A pipe would block the reading forever, a device never end: only a saved file is a list.
    if (!fi.isFile())
        return Error{
            QCoreApplication::translate("suiji::TableReader",
                                        "%1 is not a regular file (it is a folder, pipe or device). Save the list as a .csv or .xlsx file and import that.")
                .arg(path),
            3};
    const QString ext = fi.suffix().toLower();
    if (ext == QLatin1String("xlsx") || ext == QLatin1String("xlsm")) {
        auto r = XlsxReader::open(path, options);
        if (!r)
            return r.error();
        return std::unique_ptr<TableReader>(std::move(r.value()));
    }
    if (ext == QLatin1String("xls"))
        return Error{
            QCoreApplication::translate("suiji::TableReader", "%1 is an old Excel 97–2003 file. Save it as .xlsx (Excel workbook) or as CSV and import that.")
                .arg(fi.fileName()),
            3};
    auto r = CsvReader::open(path, options);
    if (!r)
        return r.error();
    return std::unique_ptr<TableReader>(std::move(r.value()));
}

} // namespace suiji
