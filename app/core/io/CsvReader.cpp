// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace suiji {

namespace {
class Csv {
    Q_DECLARE_TR_FUNCTIONS(suiji::CsvReader)
};

// One pass over the whole file: is it strict UTF-8, is it well-formed GB18030, where is the first
// byte UTF-8 does not allow and the first NUL. ASCII runs are skipped eight bytes at a time.
struct EncodingScan {
    bool utf8 = true, gb18030 = true;
    qint64 badUtf8 = -1, nul = -1;
    uchar badByte = 0;
};

EncodingScan scanEncoding(QFile &file, qint64 from)
{
    EncodingScan out;
    int need = 0;               // UTF-8 continuation bytes still expected
    uchar lo = 0x80, hi = 0xBF; // the range of the next continuation byte
    int gb = 0;                 // GB18030: 0 start, 1 after a lead, 2 after lead+digit, 3 after lead+digit+lead
    QByteArray buf(qsizetype(std::clamp<qint64>(file.size() - from, 16, 1 << 20)), Qt::Uninitialized);
    qint64 offset = from;
    file.seek(from);
    for (qint64 n; (n = file.read(buf.data(), buf.size())) > 0; offset += n) {
        const auto *p = reinterpret_cast<const uchar *>(buf.constData());
        for (qint64 i = 0; i < n; ++i) {
            if (need == 0 && gb == 0) {
                while (i + 8 <= n) { // eight ASCII bytes, none of them NUL
                    quint64 w;
                    memcpy(&w, p + i, 8);
                    if ((w & 0x8080808080808080ULL) || ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
                        break;
                    i += 8;
                }
                if (i >= n)
                    break;
            }
            const uchar b = p[i];
            if (b == 0 && out.nul < 0)
                out.nul = offset + i;
            if (out.utf8) {
                bool bad = false;
                if (need > 0) {
                    if (b < lo || b > hi)
                        bad = true;
                    else {
                        --need;
                        lo = 0x80;
                        hi = 0xBF;
                    }
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF)
                        need = 1;
                    else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        lo = b == 0xE0 ? 0xA0 : 0x80;
                        hi = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        lo = b == 0xF0 ? 0x90 : 0x80;
                        hi = b == 0xF4 ? 0x8F : 0xBF;
                    } else
                        bad = true;
                }
                if (bad) {
                    need = 0;
                    out.utf8 = false;
                    out.badUtf8 = offset + i;
                    out.badByte = b;
                }
            }
            if (out.gb18030) {
                switch (gb) {
                case 0:
                    if (b >= 0x81 && b <= 0xFE)
                        gb = 1;
                    else if (b >= 0x80)
                        out.gb18030 = false;
                    break;
                case 1:
                    if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE))
                        gb = 0;
                    else if (b >= 0x30 && b <= 0x39)
                        gb = 2;
                    else
                        out.gb18030 = false;
                    break;
                case 2:
                    gb = 3;
                    out.gb18030 = b >= 0x81 && b <= 0xFE;
                    break;
                default:
                    gb = 0;
                    out.gb18030 = b >= 0x30 && b <= 0x39;
                    break;
                }
                if (!out.gb18030)
                    gb = 0;
            }
            if (!out.utf8 && !out.gb18030 && out.nul >= 0)
                return out;
        }
    }
    if (need > 0 && out.utf8) { // the file ends inside a character
        out.utf8 = false;
        out.badUtf8 = offset;
    }
    if (gb != 0)
        out.gb18030 = false;
    return out;
}

// The common case at memory speed: strict UTF-8 (Qt's validator, chunk by chunk with a character
// cut at a chunk's end carried over) and no NUL. Anything else goes to scanEncoding.
bool plainUtf8(QFile &file, qint64 from)
{
    QByteArray buf(qsizetype(std::clamp<qint64>(file.size() - from, 16, 1 << 20)), Qt::Uninitialized);
    qsizetype carried = 0;
    file.seek(from);
    for (;;) {
        const qint64 n = file.read(buf.data() + carried, buf.size() - carried);
        if (n < 0)
            return false;
        const qsizetype len = carried + qsizetype(n);
        if (len == 0)
            return true;
        if (memchr(buf.constData(), 0, size_t(len)))
            return false;
        // Hold back a character cut at the end (1–3 bytes after its lead), unless the file ended.
        qsizetype keep = 0;
        if (n > 0) {
            qsizetype i = len - 1;
            while (i > 0 && len - i < 4 && (uchar(buf[i]) & 0xC0) == 0x80)
                --i;
            const uchar lead = uchar(buf[i]);
            const qsizetype want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (lead >= 0xC0 && len - i < want)
                keep = len - i;
        }
        if (!QByteArrayView(buf.constData(), len - keep).isValidUtf8())
            return false;
        if (n == 0)
            return keep == 0;
        memmove(buf.data(), buf.constData() + len - keep, size_t(keep));
        carried = keep;
    }
}

// The line (1-based) and character in it of a byte offset, counted in UTF-8 characters.
QPair<qint64, qint64> lineAndColumn(QFile &file, qint64 from, qint64 at)
{
    qint64 line = 1, col = 1;
    file.seek(from);
    QByteArray buf(qsizetype(std::clamp<qint64>(file.size() - from, 16, 1 << 20)), Qt::Uninitialized);
    for (qint64 pos = from; pos < at;) {
        const qint64 n = file.read(buf.data(), std::min<qint64>(buf.size(), at - pos));
        if (n <= 0)
            break;
        for (qint64 i = 0; i < n; ++i) {
            const uchar b = uchar(buf[i]);
            if (b == '\n') {
                ++line;
                col = 1;
            } else if ((b & 0xC0) != 0x80) {
                ++col;
            }
        }
        pos += n;
    }
    return {line, col};
}

QChar detectDelimiter(const QString &firstLine)
{
    int counts[3] = {0, 0, 0};
    const QChar cands[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == cands[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return cands[best];
}
} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const ReadOptions &options)
{
    std::unique_ptr<CsvReader> r(new CsvReader);
    r->m_file.setFileName(path);
    if (!r->m_file.open(QIODevice::ReadOnly))
        return Error{Csv::tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), r->m_file.errorString()), 1};

    const QByteArray head = r->m_file.peek(1 << 16);
    QString enc = options.encoding.trimmed().toUpper();
    if (head.startsWith("\xEF\xBB\xBF")) {
        r->m_bom = true;
        r->m_file.read(3);
        if (enc.isEmpty())
            enc = QStringLiteral("UTF-8");
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return Error{Csv::tr("%1 is saved as UTF-16. Save it again as \"CSV UTF-8\" or as an Excel workbook.").arg(QFileInfo(path).fileName()), 3};
    }
    // The whole file decides (issue 20): UTF-8, unless the whole file is well-formed GB18030 and not
    // UTF-8. A byte UTF-8 does not allow is then an error naming its line, never a silent U+FFFD;
    // a NUL byte means the file is not a text list.
    const QString name = QFileInfo(path).fileName();
    const qint64 start = r->m_file.pos();
    const EncodingScan scan = plainUtf8(r->m_file, start) ? EncodingScan{} : scanEncoding(r->m_file, start);
    if (scan.nul >= 0) {
        const auto [line, col] = lineAndColumn(r->m_file, start, scan.nul);
        return Error{Csv::tr("%1 contains a NUL byte (line %2, character %3): it is not a text list, or it is damaged. Save the list again from "
                             "Excel or WPS as \"CSV UTF-8\", or import the .xlsx.")
                         .arg(name)
                         .arg(line)
                         .arg(col),
                     3};
    }
    const bool utf8Wanted = enc.isEmpty() || enc == QLatin1String("UTF-8") || enc == QLatin1String("UTF8");
    if (enc.isEmpty() && !scan.utf8 && scan.gb18030)
        enc = QStringLiteral("GB18030");
    else if (utf8Wanted && !scan.utf8) {
        const auto [line, col] = lineAndColumn(r->m_file, start, scan.badUtf8);
        return Error{Csv::tr("%1 is not valid UTF-8: line %2, character %3 has a byte (0x%4) that UTF-8 does not allow%5. Save the list again as "
                             "\"CSV UTF-8\", or name its encoding (GB18030, GBK).")
                         .arg(name)
                         .arg(line)
                         .arg(col)
                         .arg(QString::number(scan.badByte, 16).toUpper().rightJustified(2, QLatin1Char('0')))
                         .arg(enc.isEmpty() ? Csv::tr(", and the file is not GB18030 either") : QString()),
                     3};
    } else if (enc.isEmpty()) {
        enc = QStringLiteral("UTF-8");
    }
    r->m_file.seek(start);
    if (enc == QLatin1String("UTF8"))
        enc = QStringLiteral("UTF-8");
    r->m_decoder = QStringDecoder(enc.toLatin1().constData());
    if (!r->m_decoder.isValid())
        return Error{Csv::tr("Unknown encoding \"%1\". Use UTF-8, GB18030 or GBK.").arg(options.encoding), 2};
    r->m_encoding = enc;

    // Detect the delimiter on the header line.
    if (!r->fill() && r->m_buffer.isEmpty())
        return r;
    const qsizetype nl = r->m_buffer.indexOf(QLatin1Char('\n'));
    r->m_delimiter = detectDelimiter(nl < 0 ? r->m_buffer : r->m_buffer.left(nl));
    return r;
}

QString CsvReader::description() const
{
    const QString d = m_delimiter == QLatin1Char(',') ? Csv::tr("comma") : m_delimiter == QLatin1Char(';') ? Csv::tr("semicolon") : Csv::tr("tab");
    return QStringLiteral("CSV, ") + m_encoding + (m_bom ? QStringLiteral(" (BOM)") : QString()) + QStringLiteral(", ") + d;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // The same two buffers all through the file: a fresh 256 KB chunk and its decoded copy per
    // read cost more in the allocator than the decoding itself.
    const qsizetype kChunk = qsizetype(std::clamp<qint64>(m_file.size() + 1, 4096, 1 << 18)); // small files, small buffers
    if (m_chunk.size() != kChunk)
        m_chunk.resize(kChunk);
    const qint64 got = m_file.read(m_chunk.data(), kChunk);
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_decoder.requiredSpace(got));
    QChar *end = m_decoder.appendToBuffer(m_buffer.data() + kept, QByteArrayView(m_chunk.constData(), got));
    m_buffer.resize(end - m_buffer.constData());
    return true;
}

bool CsvReader::readRecord(QStringList &cells)
{
    cells.clear();
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool any = false;
    const int startRecord = m_record + 1;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = Csv::tr("Row %1: a quoted field is never closed (a \" is missing). Check the quotes in that row.").arg(startRecord);
                return false;
            }
            if (!any && field.isEmpty() && cells.isEmpty())
                return false;
            cells << field;
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == m_delimiter) {
            cells << field;
            field.clear();
            wasQuoted = false;
            if (cells.size() >= kMaxFields) {
                m_error =
                    Csv::tr("Row %1 has more than %2 columns, more than Excel allows. The file is damaged or not a list.").arg(startRecord).arg(kMaxFields);
                return false;
            }
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
            }
            cells << field;
            return true;
        } else {
            // Plain text: take the run up to the next character that matters in one append.
            qsizetype end = m_pos;
            const qsizetype limit = m_buffer.size();
            const QChar *data = m_buffer.constData();
            while (end < limit) {
                const QChar d = data[end];
                if (d == m_delimiter || d == QLatin1Char('\n') || d == QLatin1Char('\r') || d == QLatin1Char('"'))
                    break;
                ++end;
            }
            field += QStringView(data + m_pos - 1, end - m_pos + 1);
            m_pos = end;
        }
        if (field.size() > kMaxCellChars) {
            m_error = Csv::tr("Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.")
                          .arg(startRecord)
                          .arg(cells.size() + 1)
                          .arg(kMaxCellChars);
            return false;
        }
    }
}

bool CsvReader::next(QStringList &cells, int &rowNumber)
{
    while (!failed()) {
        if (!readRecord(cells))
            return false;
        rowNumber = ++m_record;
        if (!isBlank(cells))
            return true;
    }
    return false;
}

} // namespace suiji
