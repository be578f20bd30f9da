// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook's XML parts past the zip layer: the input, split at 0x1E into the sheet, the
// shared strings and the styles, is packed into a stored (uncompressed) zip with correct CRCs, so
// the mutations reach the XML paths (a mutated .xlsx mostly fails its checksum first).
#include "FuzzSupport.h"
#include "io/XlsxReader.h"

#include <QtEndian>
#include <zlib.h>

namespace {
void le16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}
void le32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}

QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, dir;
    for (const auto &[name, data] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out += name + data;
        le32(dir, 0x02014b50);
        le16(dir, 20);
        le16(dir, 20);
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le32(dir, crc);
        le32(dir, quint32(data.size()));
        le32(dir, quint32(data.size()));
        le16(dir, quint16(name.size()));
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le32(dir, 0);
        le32(dir, offset);
        dir += name;
    }
    const quint32 dirOffset = quint32(out.size());
    out += dir;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(dir.size()));
    le32(out, dirOffset);
    le16(out, 0);
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\x1e'); // sheet, shared strings, styles
    QList<QPair<QByteArray, QByteArray>> entries{
        {"xl/workbook.xml", "<workbook><workbookPr date1904=\"0\"/><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", parts.value(0)}};
    if (parts.size() > 1)
        entries.append({"xl/sharedStrings.xml", parts[1]});
    if (parts.size() > 2)
        entries.append({"xl/styles.xml", parts[2]});
    const QByteArray zip = storedZip(entries);
    suiji::fuzz::readRows(suiji::XlsxReader::open(suiji::fuzz::inputFile(".xlsx", reinterpret_cast<const uint8_t *>(zip.constData()), size_t(zip.size()))));
    return 0;
}
