// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes .xlsx files through libxlsxwriter: header formatting, frozen header, drop-down lists.
// Every text cell is written as a string, so text that looks like a formula stays text.

#include "util/Result.h"

#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace suiji {

class XlsxWriter {
public:
    explicit XlsxWriter(const QString &path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool isOpen() const { return m_wb != nullptr; }
    void addSheet(const QString &name);
    void writeHeader(const QStringList &cells);
    void writeRow(const QStringList &cells);
    void writeNumberRow(const QList<QVariant> &cells); // numbers as numbers, the rest as text
    void setColumnWidth(int col, double width);
    // A drop-down list on a column for data rows 2..lastRow (1-based, as Excel shows them).
    void addListValidation(int col, const QStringList &values, int lastRow = 5000);
    // Writes the file (to a temporary name, then renamed into place).
    Status close();

private:
    QString m_path;
    QString m_tmp;
    lxw_workbook *m_wb = nullptr;
    lxw_worksheet *m_ws = nullptr;
    lxw_format *m_bold = nullptr;
    int m_row = 0;
    QList<QByteArray> m_keep; // strings libxlsxwriter points at until close()
};

} // namespace suiji
