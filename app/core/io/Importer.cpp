// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "io/XlsxReader.h"
#include "store/Backups.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace suiji {

namespace {
class Imp {
    Q_DECLARE_TR_FUNCTIONS(suiji::Importer)
};
} // namespace

QString Importer::normalizeHeader(const QString &h)
{
    QString t = text::clean(h).toLower();
    static const QRegularExpression marks(QStringLiteral("[\\*＊]|\\((必填|选填|required|optional)\\)|（(必填|选填)）|\\s+"));
    t.remove(marks);
    return t;
}

bool Importer::refuseInvisible(int row, ImportReport &report, const QString &field, const QString &raw) const
{
    const QString bad = text::firstInvisible(raw);
    if (bad.isEmpty())
        return false;
    report.addError(row, header(field),
                    Imp::tr("\"%1\" holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another "
                            "code. Type the code again.")
                        .arg(text::clean(raw), bad));
    return true;
}

void Importer::warnInvisible(int row, ImportReport &report, const QString &field, const QString &raw) const
{
    if (const QString bad = text::firstInvisible(raw); !bad.isEmpty())
        report.addWarning(row, header(field), Imp::tr("An invisible character (%1) was removed from \"%2\".").arg(bad, text::clean(raw)));
}

QString Importer::cell(const QString &field) const
{
    const int i = m_fieldIndex.value(field, -1);
    return i >= 0 && i < m_cells.size() ? m_cells.at(i) : QString();
}

Result<ImportPreview> Importer::preview(const QString &path, const ReadOptions &read, const QList<ColumnSpec> &specs, int rows)
{
    auto opened = TableReader::open(path, read);
    if (!opened)
        return opened.error();
    TableReader &reader = *opened.value();
    ImportPreview p;
    p.source = reader.description();
    if (auto *x = dynamic_cast<XlsxReader *>(&reader))
        p.sheets = x->sheetNames();
    if (!reader.next(p.headers, p.headerRow))
        return Error{reader.failed() ? reader.error() : Imp::tr("The file is empty: it has no header row and no data."), 3};
    QHash<QString, QString> byName;
    for (const ColumnSpec &c : specs)
        for (const QString &n : c.names)
            byName.insert(normalizeHeader(n), c.field);
    for (int i = 0; i < p.headers.size(); ++i) {
        const QString field = byName.value(normalizeHeader(p.headers.at(i).trimmed()));
        if (!field.isEmpty() && !p.mapping.contains(field))
            p.mapping.insert(field, i);
    }
    QStringList cells;
    int row = 0;
    while (p.rows.size() < rows && reader.next(cells, row))
        p.rows << cells;
    return p;
}

// Which column holds which field: the caller's mapping, else the header's names (any of each
// field's names, normalised); a column named twice and a missing required column are errors.
void Importer::mapHeader(const QStringList &headerCells, int rowNumber, ImportReport &report)
{
    if (m_options->mapping) {
        QHash<int, QString> byColumn;
        for (auto it = m_options->mapping->begin(); it != m_options->mapping->end(); ++it)
            if (it.value() >= 0 && it.value() < headerCells.size())
                byColumn.insert(it.value(), it.key());
        for (int i = 0; i < headerCells.size(); ++i) {
            const QString raw = headerCells.at(i).trimmed();
            const QString field = byColumn.value(i);
            if (field.isEmpty()) {
                if (!raw.isEmpty())
                    report.ignoredColumns << raw;
                continue;
            }
            m_fieldIndex.insert(field, i);
            m_fieldHeader.insert(field, raw.isEmpty() ? field : raw);
        }
    } else {
        QHash<QString, QString> byName; // normalised name → field
        for (const ColumnSpec &c : columns())
            for (const QString &n : c.names)
                byName.insert(normalizeHeader(n), c.field);
        for (int i = 0; i < headerCells.size(); ++i) {
            const QString raw = headerCells.at(i).trimmed();
            if (raw.isEmpty())
                continue;
            const QString field = byName.value(normalizeHeader(raw));
            if (field.isEmpty()) {
                report.ignoredColumns << raw;
            } else if (m_fieldIndex.contains(field)) {
                report.addError(rowNumber, raw, Imp::tr("This column appears twice (also as \"%1\"). Keep one of them.").arg(m_fieldHeader.value(field)));
            } else {
                m_fieldIndex.insert(field, i);
                m_fieldHeader.insert(field, raw);
            }
        }
    }
    const QList<ColumnSpec> specs = columns();
    m_specCell.clear();
    for (const ColumnSpec &c : specs)
        m_specCell << m_fieldIndex.value(c.field, -1);
    for (const ColumnSpec &c : specs)
        if (c.required && !m_fieldIndex.contains(c.field))
            report.addError(
                rowNumber, c.names.first(),
                Imp::tr("The required column \"%1\" is missing. The first row must name the columns; the template shows them.").arg(c.names.first()));
}

// Reads, checks and stages the rows on a worker thread while this thread writes each batch it
// hands over (inside the caller's transaction); at most a few batches wait, so memory stays flat
// however long the file is. Returns the first failed write.
Status Importer::readAndWrite(TableReader &reader, int &rowNumber, ImportReport &report)
{
    struct Pipe {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<std::function<Status()>> batches;
        std::deque<std::function<Status()>> spent; // written: freed by the worker, which allocated them
        bool done = false;
        std::atomic<bool> stop{false};
        std::atomic<qint64> position{0};
    } pipe;
    constexpr size_t kMaxWaiting = 3;
    const qint64 total = reader.size(); // read here: the reader belongs to the worker from now on
    auto handOver = [&]() {
        std::function<Status()> job = takeStaged();
        std::deque<std::function<Status()>> spent;
        std::unique_lock lock(pipe.mutex);
        spent.swap(pipe.spent);
        pipe.changed.wait(lock, [&] { return pipe.batches.size() < kMaxWaiting || pipe.stop; });
        pipe.batches.push_back(std::move(job));
        pipe.changed.notify_all();
    };
    std::thread worker([&]() {
        int staged = 0;
        while (!pipe.stop && reader.next(m_cells, rowNumber)) {
            ++report.rows;
            if (stageRow(rowNumber, report) && m_writing) {
                ++staged;
            } else if (m_writing) {
                m_writing = false;
                takeStaged(); // dropped: nothing will be written
            }
            if (report.rows == kBatchRows && total > 0 && reader.position() > 0)
                expectRows(qint64(1.1 * double(kBatchRows) * double(total) / double(reader.position())));
            if (m_writing && (staged >= kBatchRows || stagedFull())) {
                handOver();
                staged = 0;
            }
            if ((report.rows & 1023) == 0)
                pipe.position = reader.position();
        }
        if (m_writing && staged > 0 && !pipe.stop)
            handOver();
        endRows();
        std::lock_guard lock(pipe.mutex);
        pipe.done = true;
        pipe.changed.notify_all();
    });

    Status written = Ok{};
    for (;;) {
        std::function<Status()> job;
        bool finished = false;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.changed.wait_for(lock, std::chrono::milliseconds(100), [&] { return !pipe.batches.empty() || pipe.done; });
            if (!pipe.batches.empty()) {
                job = std::move(pipe.batches.front());
                pipe.batches.pop_front();
                pipe.changed.notify_all();
            } else {
                finished = pipe.done;
            }
        }
        if (finished)
            break;
        if (job && written.ok() && !report.cancelled) {
            written = job();
            std::lock_guard lock(pipe.mutex);
            pipe.spent.push_back(std::move(job));
            if (!written.ok()) {
                pipe.stop = true;
                pipe.changed.notify_all();
            }
        }
        if (m_options->progress && !report.cancelled) {
            const int percent = total > 0 ? int(100 * pipe.position / total) : 0;
            if (!m_options->progress(std::min(99, percent))) {
                report.cancelled = true;
                std::lock_guard lock(pipe.mutex);
                pipe.stop = true;
                pipe.changed.notify_all();
            }
        }
    }
    worker.join();
    endWrites();
    return written;
}

ImportReport Importer::run(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.file = QFileInfo(path).fileName();
    report.kind = kind();
    report.dryRun = options.dryRun;
    m_options = &options;
    m_writing = true;

    auto opened = TableReader::open(path, options.read);
    if (!opened) {
        report.addError(0, QString(), opened.message());
        report.runtimeFailure = opened.error().code == 1;
        return report;
    }
    TableReader &reader = *opened.value();
    report.source = reader.description();

    // Header: the first non-empty row.
    int rowNumber = 0;
    QStringList headerCells;
    if (!reader.next(headerCells, rowNumber)) {
        report.addError(0, QString(), reader.failed() ? reader.error() : Imp::tr("The file is empty: it has no header row and no data."));
        return report;
    }
    mapHeader(headerCells, rowNumber, report);
    checkHeader(report);
    if (report.errorCount() > 0)
        return report;

    if (auto s = loadExisting(); !s) {
        report.addError(0, QString(), s.message());
        report.runtimeFailure = true;
        return report;
    }

    if (!options.dryRun) {
        if (auto b = Backups::before(m_db, QStringLiteral("import")); !b) {
            report.addError(0, QString(), b.message());
            report.runtimeFailure = true;
            return report;
        }
    }
    Transaction tx(m_db);
    if (!tx.ok()) {
        report.addError(0, QString(), tx.error());
        report.runtimeFailure = true;
        return report;
    }
    const Status written = readAndWrite(reader, rowNumber, report);
    if (report.cancelled)
        return report; // the transaction rolls back
    if (!written.ok()) {
        const QString disk = m_db.diskProblem(); // the disk full or read-only, in plain words
        report.addError(0, QString(), disk.isEmpty() ? written.message() : Imp::tr("Nothing was imported. %1").arg(disk));
        report.runtimeFailure = true;
        return report;
    }
    if (reader.failed()) {
        report.addError(0, QString(), reader.error()); // the reader's message names the row
        return report;
    }
    if (report.rows == 0) {
        report.addError(0, QString(), Imp::tr("The file has a header row but no data rows."));
        return report;
    }
    if (report.errorCount() > 0 || !m_writing)
        return report;
    if (options.dryRun)
        return report; // counts are what a real import would do; the transaction rolls back
    if (auto s = tx.commit(); !s) {
        report.addError(0, QString(), s.message());
        report.runtimeFailure = true;
        return report;
    }
    report.written = true;
    if (options.progress)
        options.progress(100);
    return report;
}

} // namespace suiji
