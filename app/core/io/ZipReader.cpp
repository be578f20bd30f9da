// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipReader.h"

#include <QtEndian>
#include <zlib.h>

namespace suiji {

namespace {
quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

class EntryDevice : public ZipEntryDevice {
public:
    EntryDevice(const QString &path, const ZipReader::Entry &e) : m_file(path), m_entry(e) {}
    ~EntryDevice() override
    {
        if (m_inflating)
            inflateEnd(&m_z);
    }

    bool start()
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(qint64(m_entry.localHeaderOffset)))
            return false;
        const QByteArray h = m_file.read(30);
        if (h.size() != 30 || u32(h.constData()) != 0x04034b50)
            return false;
        const qint64 dataStart = qint64(m_entry.localHeaderOffset) + 30 + u16(h.constData() + 26) + u16(h.constData() + 28);
        if (!m_file.seek(dataStart))
            return false;
        m_remainingIn = m_entry.compressedSize;
        if (m_entry.method == 8) {
            m_z = {};
            if (inflateInit2(&m_z, -MAX_WBITS) != Z_OK)
                return false;
            m_inflating = true;
        } else if (m_entry.method != 0) {
            return false;
        }
        return QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    Fault fault() const override { return m_fault; }
    qint64 compressedRead() const override { return qint64(m_entry.compressedSize - m_remainingIn); }

protected:
    qint64 writeData(const char *, qint64) override { return -1; }
    qint64 readData(char *data, qint64 max) override
    {
        if (m_done || max <= 0)
            return m_done ? -1 : 0;
        if (m_entry.method == 0) {
            const qint64 n = m_remainingIn > 0 ? m_file.read(data, qint64(std::min<quint64>(quint64(max), m_remainingIn))) : 0;
            if (n <= 0) {
                m_done = true;
                if (m_remainingIn > 0)
                    m_fault = Fault::Damaged;
                else
                    finish();
                return -1;
            }
            m_remainingIn -= quint64(n);
            return produced(data, n);
        }
        m_z.next_out = reinterpret_cast<Bytef *>(data);
        m_z.avail_out = uInt(std::min<qint64>(max, 1 << 30));
        while (m_z.avail_out > 0 && !m_done) {
            if (m_z.avail_in == 0) {
                const qint64 n = m_remainingIn > 0 ? m_file.read(m_in, qint64(std::min<quint64>(sizeof(m_in), m_remainingIn))) : 0;
                if (n <= 0) {
                    m_fault = Fault::Damaged; // the archive ends before the entry does
                    m_done = true;
                    break;
                }
                m_remainingIn -= quint64(n);
                m_z.next_in = reinterpret_cast<Bytef *>(m_in);
                m_z.avail_in = uInt(n);
            }
            const int r = inflate(&m_z, Z_NO_FLUSH);
            if (r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR) {
                m_fault = Fault::Damaged;
                m_done = true;
            } else if (r == Z_STREAM_END) {
                m_done = true;
            }
        }
        const qint64 n = qint64(reinterpret_cast<char *>(m_z.next_out) - data);
        const qint64 out = produced(data, n);
        if (m_done && m_fault == Fault::None)
            finish();
        return out == 0 && m_done ? -1 : out;
    }

private:
    // Counts and checksums what was produced; past a limit, the entry fails as too large.
    qint64 produced(const char *data, qint64 n)
    {
        if (n <= 0 || m_fault != Fault::None)
            return m_fault != Fault::None ? -1 : n;
        m_out += quint64(n);
        const quint64 ratioLimit = std::max<quint64>(ZipReader::kRatioFreeBytes, m_entry.compressedSize * ZipReader::kMaxRatio);
        if (m_out > m_entry.size || m_out > ZipReader::kMaxInflated || m_out > ratioLimit) {
            m_fault = Fault::TooLarge;
            m_done = true;
            return -1;
        }
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(n));
        return n;
    }
    void finish()
    {
        if (m_out != m_entry.size)
            m_fault = Fault::Damaged;
        else if (m_crc != m_entry.crc32)
            m_fault = Fault::Checksum;
    }

public:
private:
    QFile m_file;
    ZipReader::Entry m_entry;
    z_stream m_z{};
    bool m_inflating = false;
    bool m_done = false;
    Fault m_fault = Fault::None;
    quint64 m_remainingIn = 0;
    quint64 m_out = 0;
    uLong m_crc = crc32(0L, Z_NULL, 0);
    char m_in[1 << 16];
};
} // namespace

ZipReader::ZipReader(const QString &path) : m_path(path)
{
}

bool ZipReader::open()
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = f.errorString();
        return false;
    }
    m_fileSize = f.size();
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    const qint64 tail = std::min<qint64>(m_fileSize, 65536 + 22);
    f.seek(m_fileSize - tail);
    const QByteArray buf = f.read(tail);
    qsizetype eocd = -1;
    for (qsizetype i = buf.size() - 22; i >= 0; --i)
        if (u32(buf.constData() + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0) {
        m_error = QStringLiteral("no zip directory");
        return false;
    }
    quint64 count = u16(buf.constData() + eocd + 10);
    quint64 dirSize = u32(buf.constData() + eocd + 12);
    quint64 dirOffset = u32(buf.constData() + eocd + 16);
    // Zip64: the locator sits just before the record.
    if ((dirOffset == 0xFFFFFFFF || count == 0xFFFF) && eocd >= 20 && u32(buf.constData() + eocd - 20) == 0x07064b50) {
        const quint64 z64 = u64(buf.constData() + eocd - 20 + 8);
        f.seek(qint64(z64));
        const QByteArray r = f.read(56);
        if (r.size() == 56 && u32(r.constData()) == 0x06064b50) {
            count = u64(r.constData() + 32);
            dirSize = u64(r.constData() + 40);
            dirOffset = u64(r.constData() + 48);
        }
    }
    if (dirOffset + dirSize > quint64(m_fileSize) || dirSize > (1u << 30)) {
        m_error = QStringLiteral("zip directory outside the file");
        return false;
    }
    f.seek(qint64(dirOffset));
    const QByteArray dir = f.read(qint64(dirSize));
    qsizetype p = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (p + 46 > dir.size() || u32(dir.constData() + p) != 0x02014b50) {
            m_error = QStringLiteral("damaged zip directory");
            return false;
        }
        const char *h = dir.constData() + p;
        Entry e;
        e.method = u16(h + 10);
        e.crc32 = u32(h + 16);
        e.compressedSize = u32(h + 20);
        e.size = u32(h + 24);
        const quint16 nameLen = u16(h + 28), extraLen = u16(h + 30), commentLen = u16(h + 32);
        e.localHeaderOffset = u32(h + 42);
        if (p + 46 + nameLen + extraLen + commentLen > dir.size()) {
            m_error = QStringLiteral("damaged zip directory");
            return false;
        }
        e.name = QString::fromUtf8(h + 46, nameLen);
        // Zip64 extra field: sizes and offset that did not fit in 32 bits.
        const char *x = h + 46 + nameLen;
        for (qsizetype k = 0; k + 4 <= extraLen;) {
            const quint16 id = u16(x + k), len = u16(x + k + 2);
            if (id == 0x0001) {
                qsizetype q = k + 4;
                if (e.size == 0xFFFFFFFF && q + 8 <= k + 4 + len) {
                    e.size = u64(x + q);
                    q += 8;
                }
                if (e.compressedSize == 0xFFFFFFFF && q + 8 <= k + 4 + len) {
                    e.compressedSize = u64(x + q);
                    q += 8;
                }
                if (e.localHeaderOffset == 0xFFFFFFFF && q + 8 <= k + 4 + len) {
                    e.localHeaderOffset = u64(x + q);
                }
            }
            k += 4 + len;
        }
        if (e.localHeaderOffset + e.compressedSize > quint64(m_fileSize)) {
            m_error = QStringLiteral("zip entry outside the file");
            // Keep it: reading it reports the truncation where it happens.
        }
        m_entries.insert(e.name.toLower(), e);
        p += 46 + nameLen + extraLen + commentLen;
    }
    return true;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    const auto it = m_entries.constFind(name.toLower());
    return it == m_entries.constEnd() ? nullptr : &*it;
}

QStringList ZipReader::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

std::unique_ptr<ZipEntryDevice> ZipReader::openEntry(const QString &name)
{
    const Entry *e = find(name);
    if (!e)
        return nullptr;
    auto d = std::make_unique<EntryDevice>(m_path, *e);
    if (!d->start())
        return nullptr;
    return d;
}

ZipEntryDevice::Fault ZipReader::readAll(const QString &name, QByteArray &out, qint64 maxBytes)
{
    out.clear();
    const Entry *e = find(name);
    if (!e)
        return ZipEntryDevice::Fault::Damaged;
    if (e->size > quint64(maxBytes))
        return ZipEntryDevice::Fault::TooLarge;
    auto d = openEntry(name);
    if (!d)
        return ZipEntryDevice::Fault::Damaged;
    // As large as the entry says (the device stops past that), plus one byte to see it is not more.
    out = d->read(qint64(e->size) + 1);
    while (!d->failed() && out.size() <= maxBytes) { // a sequential device may return less than asked
        const QByteArray more = d->read(std::min<qint64>(maxBytes + 1 - out.size(), 1 << 16));
        if (more.isEmpty())
            break;
        out += more;
    }
    if (out.size() > maxBytes)
        return ZipEntryDevice::Fault::TooLarge;
    return d->fault();
}

} // namespace suiji
