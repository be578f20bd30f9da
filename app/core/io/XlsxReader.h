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

// The XML of a workbook part as the reader sees it: one tag longer than kMaxTagBytes, text between
// two tags longer than kMaxTextBytes, or a DTD stops the reading (a hostile file cannot make
// QXmlStreamReader hold gigabytes or spend minutes on one element). Every byte passes through once.
class XmlGuardDevice : public QIODevice {
public:
    static constexpr qint64 kMaxTagBytes = 64 << 10;
    static constexpr qint64 kMaxTextBytes = 1 << 20; // a cell of 32,767 characters, escaped, is < 200 KB
    enum class Fault { None, LongTag, LongText };
    explicit XmlGuardDevice(ZipEntryDevice *inner);
    bool isSequential() const override { return true; }
    Fault fault() const { return m_fault; }
    ZipEntryDevice *inner() const { return m_inner; }

protected:
    qint64 readData(char *data, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ZipEntryDevice *m_inner;
    Fault m_fault = Fault::None;
    bool m_inTag = false;
    qint64 m_run = 0; // bytes of the current tag or text run
};

class XlsxReader : public TableReader {
public:
    // Limits beyond which a workbook is refused, not read (see docs/limits.md).
    static constexpr qsizetype kMaxSharedStrings = 4'000'000;
    static constexpr qsizetype kMaxSharedChars = 64'000'000;
    static constexpr int kMaxRows = 1'048'576;    // Excel's own
    static constexpr int kMaxColumns = 16'384;    // Excel's own (XFD)
    static constexpr int kMaxReadColumns = 1'024; // a value further right is refused

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
    // Why a part could not be read to its end: the zip's fault or the guard's, in words.
    QString partFault(const QString &part, const ZipEntryDevice *zip, const XmlGuardDevice *guard) const;

    std::unique_ptr<ZipReader> m_zip;
    std::unique_ptr<ZipEntryDevice> m_sheet;
    std::unique_ptr<XmlGuardDevice> m_guard;
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
