// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shared frame of every list import: read, map headers, validate every row, and write all
// rows in one transaction or nothing. Subclasses say which columns exist and what a row means.
// Reading and checking run on a worker thread, writing on the caller's (which owns the
// connection), so a large file costs the slower of the two rather than their sum.

#include "io/ImportReport.h"
#include "io/TableReader.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QHash>
#include <functional>
#include <optional>

namespace suiji {

struct ImportOptions {
    ReadOptions read;
    bool dryRun = false;
    bool acceptBadCheck = false;
    // Called now and then with 0–100; return false to cancel (nothing is written).
    std::function<bool(int percent)> progress;
    // Field → column index (0-based), as the user adjusted it; replaces mapping by header names.
    // A field absent from the map is treated as a missing column.
    std::optional<QHash<QString, int>> mapping;
};

// The first rows of a file and how its columns map, for the import wizard.
struct ImportPreview {
    QString source;     // detected encoding and delimiter, or the sheet
    QStringList sheets; // .xlsx: every sheet's name
    int headerRow = 1;
    QStringList headers;
    QList<QStringList> rows;     // the first few data rows
    QHash<QString, int> mapping; // field → column index, by header names and synonyms
};

struct ColumnSpec {
    QString field;     // internal name, e.g. "uscc"
    QStringList names; // Chinese name first, then English and synonyms
    bool required = false;
};

class Importer {
public:
    Importer(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    virtual ~Importer() = default;

    ImportReport run(const QString &path, const ImportOptions &options);

    // Header text → field, after trimming, half-width, lower case and dropping "*" and "(必填)".
    static QString normalizeHeader(const QString &h);
    // Reads the header and the first rows without validating or writing anything.
    static Result<ImportPreview> preview(const QString &path, const ReadOptions &read, const QList<ColumnSpec> &specs, int rows = 8);

protected:
    static constexpr int kBatchRows = 5000; // rows handed to the writing thread at a time
    virtual QString kind() const = 0;
    virtual QList<ColumnSpec> columns() const = 0;
    // Checks the mapped header as a whole (e.g. "USCC or code"); adds file-level errors.
    virtual void checkHeader(ImportReport &report) = 0;
    virtual Status loadExisting() = 0;
    // Validates one row; reports problems; returns true if the row is valid and was staged.
    virtual bool stageRow(int row, ImportReport &report) = 0;
    // Hands over what was staged so far as a write to run later inside the import's transaction.
    // Rows are read and checked on a worker thread while the calling thread writes the batches
    // handed over before: the job must not touch anything stageRow() changes.
    virtual std::function<Status()> takeStaged() = 0;
    // True when what is staged should be handed over before kBatchRows rows (very long cells).
    virtual bool stagedFull() const { return false; }
    // Called on the calling thread once the last batch is written (or abandoned).
    virtual void endWrites() {}
    // On the worker: an estimate of the file's rows, once the first batch was read; and the end
    // of the rows, before the last batches are written.
    virtual void expectRows(qint64) {}
    virtual void endRows() {}

    // The cell of a field in the current row ("" if the column is absent).
    QString cell(const QString &field) const;
    // The same by the field's index in columns(): no hashing on the per-cell hot path.
    QString cell(int spec) const
    {
        const int i = m_specCell.value(spec, -1);
        return i >= 0 && i < m_cells.size() ? m_cells.at(i) : QString();
    }
    bool hasColumn(const QString &field) const { return m_fieldIndex.contains(field); }
    QString header(const QString &field) const { return m_fieldHeader.value(field, field); }
    // Keys identify: one holding an invisible character (text::isInvisible) is refused with an
    // error naming it; true when it was. Names and other texts lose such characters (text::clean)
    // with a warning, so the row is kept but the change is said.
    bool refuseInvisible(int row, ImportReport &report, const QString &field, const QString &raw) const;
    void warnInvisible(int row, ImportReport &report, const QString &field, const QString &raw) const;

    const Database &m_db;
    const Clock &m_clock;
    const ImportOptions *m_options = nullptr;
    bool m_writing = true; // false once any row is invalid: keep checking, stop writing

private:
    void mapHeader(const QStringList &headerCells, int rowNumber, ImportReport &report);
    Status readAndWrite(TableReader &reader, int &rowNumber, ImportReport &report);
    QHash<QString, int> m_fieldIndex;
    QHash<QString, QString> m_fieldHeader;
    QStringList m_cells;
    QList<int> m_specCell; // columns() index → cell index, -1 if absent
};

} // namespace suiji
