// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// .xlsx read by streaming: ZipReader inflates the sheet, QXmlStreamReader walks it cell by cell.
// Shared and inline strings, numbers, booleans, date serials (1900 and 1904 systems).

#include "io/TableReader.h"
#include "io/ZipReader.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>
#include <memory>

namespace suiji {

class XlsxReader : public TableReader {
public:
    ~XlsxReader() override;
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const ReadOptions &options = {});

    bool next(QStringList &cells, int &rowNumber) override;
    QString description() const override;
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QStringList sheetNames() const { return m_sheetNames; }
    bool date1904() const { return m_date1904; }

    // Excel's serial day number to a date in the given system; invalid for 1900-02-29 and < 1.
    static QDate serialToDate(double serial, bool date1904);
    // "_x000D_" style escapes in OOXML strings.
    static QString decodeEscapes(const QString &s);
    // Column letters of a reference like "AB12" to a 0-based index.
    static int columnIndex(QStringView ref);

private:
    XlsxReader() = default;
    Status loadWorkbook(const QString &wantedSheet);
    Status loadSharedStrings();
    Status loadStyles();
    QString readCellValue(const QString &type, int style);

    std::unique_ptr<ZipReader> m_zip;
    std::unique_ptr<ZipEntryDevice> m_sheet;
    QXmlStreamReader m_xml;
    QString m_path;
    qint64 m_size = 0;
    QStringList m_sheetNames;
    QString m_sheetName;
    QString m_sheetPath;
    bool m_date1904 = false;
    QStringList m_shared;
    QList<bool> m_styleIsDate; // by cellXfs index
};

} // namespace suiji
