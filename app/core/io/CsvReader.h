// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 4180 CSV: quoted fields with commas, quotes and line breaks; comma, semicolon or tab;
// UTF-8 with or without BOM, or GB18030/GBK as Chinese Excel saves it.

#include "io/TableReader.h"

#include <QFile>
#include <QStringDecoder>

namespace suiji {

class CsvReader : public TableReader {
public:
    static constexpr int kMaxFields = 16'384; // Excel's columns: 50 million commas are refused, not held
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, const ReadOptions &options = {});

    bool next(QStringList &cells, int &rowNumber) override;
    QString description() const override;
    qint64 position() const override { return m_file.pos(); }
    qint64 size() const override { return m_file.size(); }
    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    CsvReader() = default;
    bool fill();
    bool readRecord(QStringList &cells);

    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encoding;
    bool m_bom = false;
    QChar m_delimiter = QLatin1Char(',');
    QString m_buffer;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_record = 0;
};

} // namespace suiji
