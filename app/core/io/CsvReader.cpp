// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace suiji {

namespace {
class Csv {
    Q_DECLARE_TR_FUNCTIONS(suiji::CsvReader)
};

bool isStrictUtf8(const QByteArray &bytes)
{
    // A chunk may end inside a multi-byte character: drop up to 3 trailing continuation bytes.
    QByteArray b = bytes;
    int trim = 0;
    while (trim < 3 && !b.isEmpty() && (uchar(b.back()) & 0xC0) == 0x80) {
        b.chop(1);
        ++trim;
    }
    if (!b.isEmpty() && uchar(b.back()) >= 0xC0)
        b.chop(1);
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = d.decode(b);
    Q_UNUSED(decoded);
    return !d.hasError();
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
    if (enc.isEmpty())
        enc = isStrictUtf8(head) ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
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
    constexpr qsizetype kChunk = 1 << 18;
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
