// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A spreadsheet-like file read row by row: CSV or .xlsx, streamed so memory stays flat.

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace suiji {

struct ReadOptions {
    QString encoding; // CSV: "" detect, or "UTF-8", "GB18030", "GBK"
    QString sheet;    // .xlsx: "" the first sheet, else its name
};

class TableReader {
public:
    // Excel's own limit for one cell; longer cells are refused rather than held in memory.
    static constexpr int kMaxCellChars = 32767;

    virtual ~TableReader() = default;
    // Reads the next non-empty row. rowNumber is the row as Excel numbers it (header = 1).
    // Returns false at the end or on an error (then error() is set).
    virtual bool next(QStringList &cells, int &rowNumber) = 0;
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    // What was detected, for the import report: e.g. "UTF-8 (BOM), comma" or "sheet 名录".
    virtual QString description() const = 0;
    // Bytes consumed so far and the total, for progress.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // Picks the reader by extension (.csv/.txt/.tsv or .xlsx) and opens the file.
    static Result<std::unique_ptr<TableReader>> open(const QString &path, const ReadOptions &options = {});

protected:
    // A row whose cells are all empty or spaces: skipped, as Excel users expect.
    static bool isBlank(const QStringList &cells);
    QString m_error;
};

} // namespace suiji
