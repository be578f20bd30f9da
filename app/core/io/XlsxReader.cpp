// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace suiji {

namespace {
class Xlsx {
    Q_DECLARE_TR_FUNCTIONS(suiji::XlsxReader)
};

// Built-in number formats that show dates or times (including the CJK locale ids).
bool builtinIsDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool formatCodeIsDate(const QString &code)
{
    // Drop quoted literals, [colour]/[$-locale] sections and escaped characters before looking for date tokens.
    QString c = code;
    c.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
    c.remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]")));
    c.remove(QRegularExpression(QStringLiteral("\\\\.")));
    c = c.toLower();
    return c.contains(QLatin1Char('y')) || c.contains(QLatin1Char('d')) || (c.contains(QLatin1Char('m')) && !c.contains(QLatin1Char('0'))) ||
           c.contains(QLatin1Char('h')) || c.contains(QStringLiteral("年")) || c.contains(QStringLiteral("月")) || c.contains(QStringLiteral("日"));
}

QString formatNumber(double v)
{
    // The range first: casting a double outside qint64's range is undefined.
    if (std::isfinite(v) && std::abs(v) < 1e15 && v == std::trunc(v))
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

// Reads the text of an <si> or <is> element: one <t>, or rich-text runs <r><t>; phonetic <rPh> skipped.
QString readRichText(QXmlStreamReader &x)
{
    const QString end = x.name().toString();
    QString out;
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (x.name() == QLatin1String("t") && phonetic == 0)
                out += x.readElementText(); // bounded: the guard device stops a text past 1 MB
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("rPh"))
                --phonetic;
            else if (x.name() == end)
                break;
        }
    }
    return XlsxReader::decodeEscapes(out);
}
} // namespace

XlsxReader::~XlsxReader() = default;

QDate XlsxReader::serialToDate(double serial, bool date1904)
{
    // 2,958,465 is 9999-12-31, Excel's last day; anything outside is no date (and no cast overflow).
    if (!std::isfinite(serial) || serial < -1.0 || serial >= 2958466.0)
        return QDate();
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return days < 0 ? QDate() : QDate(1904, 1, 1).addDays(days);
    if (days < 1 || days == 60)
        return QDate(); // serial 60 is Excel's non-existent 1900-02-29
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

QString XlsxReader::decodeEscapes(const QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    static const QRegularExpression re(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

int XlsxReader::columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z')
            break;
        col = col * 26 + (u - 'A' + 1);
        if (col > kMaxColumns)
            return kMaxColumns; // beyond XFD: outside any sheet (and no overflow on long letters)
    }
    return col - 1;
}

XmlGuardDevice::XmlGuardDevice(ZipEntryDevice *inner) : m_inner(inner)
{
    QIODevice::open(QIODevice::ReadOnly);
}

qint64 XmlGuardDevice::readData(char *data, qint64 max)
{
    if (m_fault != Fault::None)
        return -1;
    const qint64 n = m_inner->read(data, max);
    for (qint64 i = 0; i < n; ++i) {
        const char c = data[i];
        if (c == '<') {
            m_inTag = true;
            m_run = 0;
        } else if (c == '>' && m_inTag) {
            m_inTag = false;
            m_run = 0;
        } else if (++m_run > (m_inTag ? kMaxTagBytes : kMaxTextBytes)) {
            m_fault = m_inTag ? Fault::LongTag : Fault::LongText;
            return -1;
        }
    }
    return n;
}

QString XlsxReader::partFault(const QString &part, const ZipEntryDevice *zip, const XmlGuardDevice *guard) const
{
    const QString name = QFileInfo(m_path).fileName();
    if (guard && guard->fault() == XmlGuardDevice::Fault::LongTag)
        return Xlsx::tr("%1 is refused: its part %2 holds an XML tag longer than %3 KB (an Excel file has none). The file is damaged or made to "
                        "stall the reader.")
            .arg(name, part)
            .arg(XmlGuardDevice::kMaxTagBytes >> 10);
    if (guard && guard->fault() == XmlGuardDevice::Fault::LongText)
        return Xlsx::tr("%1 is refused: its part %2 holds a text longer than %3 MB, more than any cell may hold. The file is damaged or made to "
                        "stall the reader.")
            .arg(name, part)
            .arg(XmlGuardDevice::kMaxTextBytes >> 20);
    switch (zip ? zip->fault() : ZipEntryDevice::Fault::Damaged) {
    case ZipEntryDevice::Fault::TooLarge:
        return Xlsx::tr("%1 is refused: its part %2 inflates beyond its declared size or beyond %3 MB (%4 times its compressed size). A workbook "
                        "this large or this compressed is not a list (it may be a zip bomb).")
            .arg(name, part)
            .arg(ZipReader::kMaxInflated >> 20)
            .arg(ZipReader::kMaxRatio);
    case ZipEntryDevice::Fault::Checksum:
        return Xlsx::tr("%1 is damaged: its part %2 does not match its checksum (CRC-32). Ask for the file again.").arg(name, part);
    default:
        return Xlsx::tr("%1 is truncated or damaged: its part %2 ends early.").arg(name, part);
    }
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const ReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isReadable())
        return Error{Xlsx::tr("Cannot open %1: the file does not exist or cannot be read.").arg(name), 1};
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    r->m_path = path;
    r->m_size = QFileInfo(path).size();
    r->m_zip = std::make_unique<ZipReader>(path);
    if (!r->m_zip->open())
        return Error{Xlsx::tr("%1 cannot be opened as an Excel workbook (.xlsx): it is damaged, truncated or not a workbook. If it is an old .xls file, save "
                              "it as .xlsx in Excel or WPS.")
                         .arg(name),
                     3};
    if (auto s = r->loadWorkbook(options.sheet); !s)
        return Error{s.message(), 3};
    if (auto s = r->loadStyles(); !s)
        return Error{s.message(), 3};
    if (auto s = r->loadSharedStrings(); !s)
        return Error{s.message(), 3};
    if (!r->m_zip->find(r->m_sheetPath))
        return Error{Xlsx::tr("%1 is damaged: the sheet \"%2\" is missing from the workbook.").arg(name, r->m_sheetName), 3};
    r->m_sheet = r->m_zip->openEntry(r->m_sheetPath);
    if (!r->m_sheet)
        return Error{Xlsx::tr("%1 is damaged: the sheet \"%2\" cannot be read.").arg(name, r->m_sheetName), 3};
    r->m_guard = std::make_unique<XmlGuardDevice>(r->m_sheet.get());
    r->m_xml.setDevice(r->m_guard.get());
    return r;
}

Status XlsxReader::loadWorkbook(const QString &wantedSheet)
{
    const QString name = QFileInfo(m_path).fileName();
    QByteArray workbook, rels;
    if (!m_zip->find(QStringLiteral("xl/workbook.xml")))
        return Error{Xlsx::tr("%1 is a zip file but not an Excel workbook (xl/workbook.xml is missing).").arg(name)};
    // The workbook and its relationships are small (a few KB): at most 16 MB each in memory.
    for (const auto &[part, out] : {std::pair<QString, QByteArray *>{QStringLiteral("xl/workbook.xml"), &workbook},
                                    std::pair<QString, QByteArray *>{QStringLiteral("xl/_rels/workbook.xml.rels"), &rels}}) {
        if (!m_zip->find(part))
            continue;
        if (const auto f = m_zip->readAll(part, *out); f == ZipEntryDevice::Fault::TooLarge)
            return Error{Xlsx::tr("%1 is refused: its part %2 is larger than 16 MB (a workbook's list of sheets is a few KB).").arg(name, part)};
        else if (f != ZipEntryDevice::Fault::None)
            return Error{Xlsx::tr("%1 is damaged: its part %2 cannot be read (%3).")
                             .arg(name, part, f == ZipEntryDevice::Fault::Checksum ? Xlsx::tr("checksum mismatch") : Xlsx::tr("truncated or corrupt data"))};
    }

    QHash<QString, QString> targets;
    QXmlStreamReader rx(rels);
    while (rx.readNextStartElement() || !rx.atEnd()) {
        if (rx.isStartElement() && rx.name() == QLatin1String("Relationship"))
            targets.insert(rx.attributes().value(QLatin1String("Id")).toString(), rx.attributes().value(QLatin1String("Target")).toString());
        if (rx.hasError())
            break;
        if (rx.isStartElement() && rx.name() != QLatin1String("Relationships"))
            rx.skipCurrentElement();
    }

    QList<QPair<QString, QString>> sheets; // name, relationship id
    QXmlStreamReader wx(workbook);
    while (!wx.atEnd()) {
        wx.readNext();
        if (wx.tokenType() == QXmlStreamReader::DTD)
            return Error{Xlsx::tr("%1 is refused: its list of sheets declares a DTD, which no Excel file does.").arg(name)};
        if (!wx.isStartElement())
            continue;
        if (wx.name() == QLatin1String("workbookPr")) {
            const auto v = wx.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (wx.name() == QLatin1String("sheet")) {
            QString rid;
            for (const auto &a : wx.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            sheets.append({wx.attributes().value(QLatin1String("name")).toString(), rid});
        }
    }
    if (wx.hasError() || sheets.isEmpty())
        return Error{Xlsx::tr("%1 is damaged: its list of sheets cannot be read.").arg(name)};
    for (const auto &s : sheets)
        m_sheetNames << s.first;
    int index = 0;
    if (!wantedSheet.isEmpty()) {
        index = int(m_sheetNames.indexOf(wantedSheet));
        if (index < 0)
            return Error{Xlsx::tr("%1 has no sheet named \"%2\". Its sheets are: %3.").arg(name, wantedSheet, m_sheetNames.join(QStringLiteral(", ")))};
    }
    m_sheetName = sheets[index].first;
    QString target = targets.value(sheets[index].second, QStringLiteral("worksheets/sheet%1.xml").arg(index + 1));
    if (target.startsWith(QLatin1Char('/')))
        m_sheetPath = target.mid(1);
    else
        m_sheetPath = QStringLiteral("xl/") + target;
    return Ok{};
}

Status XlsxReader::loadStyles()
{
    auto dev = m_zip->openEntry(QStringLiteral("xl/styles.xml"));
    if (!dev)
        return Ok{}; // no styles: no dates either
    XmlGuardDevice guard(dev.get());
    QHash<int, bool> customIsDate;
    QXmlStreamReader x(&guard);
    bool inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.tokenType() == QXmlStreamReader::DTD)
            return Error{Xlsx::tr("%1 is refused: its styles declare a DTD, which no Excel file does.").arg(QFileInfo(m_path).fileName())};
        if (m_styleIsDate.size() > kMaxColumns * 4)
            break; // more cell formats than Excel allows (64,000): the rest are not dates
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("numFmt")) {
                customIsDate.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                                    formatCodeIsDate(x.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (x.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && x.name() == QLatin1String("xf")) {
                const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                m_styleIsDate.append(customIsDate.contains(id) ? customIsDate.value(id) : builtinIsDate(id));
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (guard.fault() != XmlGuardDevice::Fault::None || dev->fault() == ZipEntryDevice::Fault::TooLarge || dev->fault() == ZipEntryDevice::Fault::Checksum)
        return Error{partFault(QStringLiteral("xl/styles.xml"), dev.get(), &guard)};
    return Ok{};
}

Status XlsxReader::loadSharedStrings()
{
    if (!m_zip->find(QStringLiteral("xl/sharedStrings.xml")))
        return Ok{};
    auto dev = m_zip->openEntry(QStringLiteral("xl/sharedStrings.xml"));
    if (!dev)
        return Error{Xlsx::tr("%1 is damaged: its shared strings cannot be read.").arg(QFileInfo(m_path).fileName())};
    XmlGuardDevice guard(dev.get());
    QXmlStreamReader x(&guard);
    qsizetype chars = 0;
    const QString name = QFileInfo(m_path).fileName();
    while (!x.atEnd()) {
        x.readNext();
        if (x.tokenType() == QXmlStreamReader::DTD)
            return Error{Xlsx::tr("%1 is refused: its shared strings declare a DTD, which no Excel file does.").arg(name)};
        if (x.isStartElement() && x.name() == QLatin1String("si")) {
            QString s = readRichText(x);
            if (s.size() > kMaxCellChars)
                s.truncate(kMaxCellChars + 1); // reported when a cell uses it
            chars += s.size();
            if (m_shared.size() >= kMaxSharedStrings || chars > kMaxSharedChars)
                return Error{Xlsx::tr("%1 is refused: it holds more than %2 different texts or %3 million characters of text, more than a list of "
                                      "entities has (a list of a million rows stays well below). The file may be made to exhaust memory.")
                                 .arg(name)
                                 .arg(kMaxSharedStrings)
                                 .arg(kMaxSharedChars / 1'000'000)};
            m_shared.append(s);
        }
    }
    if (guard.fault() != XmlGuardDevice::Fault::None || dev->failed())
        return Error{partFault(QStringLiteral("xl/sharedStrings.xml"), dev.get(), &guard)};
    if (x.hasError())
        return Error{Xlsx::tr("%1 is damaged: its shared strings cannot be read (%2).").arg(name, x.errorString())};
    return Ok{};
}

qint64 XlsxReader::position() const
{
    // Compressed bytes of the sheet read so far, against the file size: close enough for a progress bar.
    return m_sheet ? std::min(m_size, m_sheet->compressedRead()) : 0;
}

QString XlsxReader::readCellValue(const QString &type, int style)
{
    // At <c>: read <v> or <is> up to </c>.
    QString raw;
    bool haveInline = false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement()) {
            if (m_xml.name() == QLatin1String("v")) {
                raw = m_xml.readElementText();
            } else if (m_xml.name() == QLatin1String("is")) {
                raw = readRichText(m_xml);
                haveInline = true;
            } else {
                m_xml.skipCurrentElement(); // <f> formulas: the cached <v> is what we want
            }
        } else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c")) {
            break;
        }
    }
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int i = raw.toInt(&ok);
        return ok && i >= 0 && i < m_shared.size() ? m_shared.at(i) : QString();
    }
    if (type == QLatin1String("inlineStr") || haveInline)
        return raw;
    if (type == QLatin1String("str"))
        return decodeEscapes(raw);
    if (type == QLatin1String("b"))
        return raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("e"))
        return raw; // #N/A and friends, reported by validation as what they are
    if (raw.isEmpty())
        return raw;
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (style >= 0 && style < m_styleIsDate.size() && m_styleIsDate.at(style)) {
        const QDate d = serialToDate(v, m_date1904);
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("#DATE(") + raw + QLatin1Char(')');
    }
    return formatNumber(v);
}

bool XlsxReader::next(QStringList &cells, int &rowNumber)
{
    cells.clear();
    while (!failed() && !m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            break;
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("row"))
            continue;
        const QStringView r = m_xml.attributes().value(QLatin1String("r"));
        bool rowOk = true;
        const qint64 number = r.isEmpty() ? qint64(rowNumber) + 1 : r.toLongLong(&rowOk);
        if (!rowOk || number < 1 || number > kMaxRows) {
            m_error = r.isEmpty() ? Xlsx::tr("The sheet \"%1\" has more than %2 rows, more than Excel allows. The file is damaged or made to stall "
                                             "the reader.")
                                        .arg(m_sheetName)
                                        .arg(kMaxRows)
                                  : Xlsx::tr("The sheet \"%1\" numbers a row \"%2\" after row %3: not a row of an Excel sheet (1 to %4).")
                                        .arg(m_sheetName, r.toString())
                                        .arg(rowNumber)
                                        .arg(kMaxRows);
            return false;
        }
        rowNumber = int(number);
        int nextCol = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row"))
                break;
            if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("c"))
                continue;
            const auto attrs = m_xml.attributes();
            const QStringView ref = attrs.value(QLatin1String("r"));
            const int col = ref.isEmpty() ? nextCol : columnIndex(ref);
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.hasAttribute(QLatin1String("s")) ? attrs.value(QLatin1String("s")).toInt() : -1;
            const QString value = readCellValue(type, style);
            if (col < 0 || col > 16383) {
                m_error = Xlsx::tr("Row %1: a cell reference \"%2\" is outside the sheet.").arg(rowNumber).arg(ref.toString());
                return false;
            }
            if (value.size() > kMaxCellChars) {
                m_error = Xlsx::tr("Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.")
                              .arg(rowNumber)
                              .arg(col + 1)
                              .arg(kMaxCellChars);
                return false;
            }
            nextCol = col + 1;
            if (value.isEmpty())
                continue; // nothing to place: an empty cell far right pads nothing
            if (col >= kMaxReadColumns) {
                m_error = Xlsx::tr("Row %1: a value in column %2, beyond the %3 columns Suiji reads. Delete what lies right of the list and save "
                                   "again.")
                              .arg(rowNumber)
                              .arg(col + 1)
                              .arg(kMaxReadColumns);
                return false;
            }
            while (cells.size() < col)
                cells << QString(); // empty cells are skipped by reference
            if (cells.size() == col)
                cells << value;
            else
                cells[col] = value;
        }
        if (!isBlank(cells))
            return true;
        cells.clear();
    }
    if (m_guard && (m_guard->fault() != XmlGuardDevice::Fault::None || m_sheet->fault() == ZipEntryDevice::Fault::TooLarge ||
                    m_sheet->fault() == ZipEntryDevice::Fault::Checksum)) {
        m_error = partFault(m_sheetPath, m_sheet.get(), m_guard.get());
    } else if (m_xml.tokenType() == QXmlStreamReader::DTD) {
        m_error = Xlsx::tr("The sheet \"%1\" declares a DTD, which no Excel file does: refused.").arg(m_sheetName);
    } else if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error = Xlsx::tr("The sheet \"%1\" is damaged near row %2: %3").arg(m_sheetName).arg(rowNumber).arg(m_xml.errorString());
    } else if (m_xml.hasError() || (m_sheet && m_sheet->failed())) {
        m_error = Xlsx::tr("The workbook is truncated or damaged: the sheet \"%1\" ends early, near row %2.").arg(m_sheetName).arg(rowNumber);
    }
    return false;
}

QString XlsxReader::description() const
{
    return Xlsx::tr("Excel workbook, sheet \"%1\"%2").arg(m_sheetName, m_date1904 ? Xlsx::tr(", 1904 date system") : QString());
}

} // namespace suiji
