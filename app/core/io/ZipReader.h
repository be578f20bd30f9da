// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads entries of a zip archive (the container of .xlsx) with zlib, streaming each entry.
// Written here rather than taken from QuaZip: Debian's QuaZip exports minizip's symbol names
// with another ABI, and libxlsxwriter (which links the real minizip) then crashes in one process.

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <memory>

namespace suiji {

// Streams one entry: reads compressed bytes and inflates on demand, checks its CRC-32 at the end,
// and stops (failed, Fault::TooLarge) past the reader's limits: a zip bomb is refused, not read.
class ZipEntryDevice : public QIODevice {
public:
    enum class Fault { None, Damaged, Checksum, TooLarge };
    bool failed() const { return fault() != Fault::None; }
    virtual Fault fault() const = 0;
    virtual qint64 compressedRead() const = 0; // for progress
};

class ZipReader {
public:
    struct Entry {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflate
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 localHeaderOffset = 0;
        quint32 crc32 = 0;
    };
    // An entry inflates to at most its declared size, kMaxInflated bytes, and (past
    // kRatioFreeBytes) kMaxRatio times its compressed size: a worksheet of a million rows is a few
    // hundred megabytes at a ratio of 10–30; a zip bomb is thousands.
    static constexpr quint64 kMaxInflated = quint64(1) << 30;
    static constexpr quint64 kRatioFreeBytes = quint64(16) << 20;
    static constexpr quint64 kMaxRatio = 500;

    explicit ZipReader(const QString &path);
    // False if the file is not a zip archive (or its directory is damaged).
    bool open();
    QString errorString() const { return m_error; }
    const Entry *find(const QString &name) const; // case-insensitive
    QStringList names() const;                    // every entry, in no particular order
    // A sequential device that inflates the entry as it is read; nullptr if it cannot.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString &name);
    // Whole entry in memory (for the small parts of a workbook), refused past maxBytes.
    ZipEntryDevice::Fault readAll(const QString &name, QByteArray &out, qint64 maxBytes = 16 << 20);

private:
    QString m_path;
    QString m_error;
    qint64 m_fileSize = 0;
    QHash<QString, Entry> m_entries; // lower-case name → entry
};

} // namespace suiji
