// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QVariant>
#include <xlsxwriter.h>

namespace suiji {

XlsxWriter::XlsxWriter(const QString &path) : m_path(path), m_tmp(path + QStringLiteral(".part"))
{
    QFile::remove(m_tmp);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    m_wb = workbook_new_opt(QFile::encodeName(m_tmp).constData(), &options);
    if (m_wb) {
        m_bold = workbook_add_format(m_wb);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xDDEBF7);
        format_set_border(m_bold, LXW_BORDER_THIN);
    }
}

XlsxWriter::~XlsxWriter()
{
    if (m_wb) {
        workbook_close(m_wb);
        QFile::remove(m_tmp);
    }
}

void XlsxWriter::addSheet(const QString &name)
{
    if (!m_wb)
        return;
    m_keep << name.toUtf8();
    m_ws = workbook_add_worksheet(m_wb, m_keep.last().constData());
    m_row = 0;
}

void XlsxWriter::writeHeader(const QStringList &cells)
{
    if (!m_ws)
        return;
    for (int c = 0; c < cells.size(); ++c)
        worksheet_write_string(m_ws, lxw_row_t(m_row), lxw_col_t(c), cells[c].toUtf8().constData(), m_bold);
    worksheet_freeze_panes(m_ws, lxw_row_t(m_row + 1), 0);
    ++m_row;
}

void XlsxWriter::writeRow(const QStringList &cells)
{
    if (!m_ws)
        return;
    for (int c = 0; c < cells.size(); ++c)
        if (!cells[c].isEmpty())
            worksheet_write_string(m_ws, lxw_row_t(m_row), lxw_col_t(c), cells[c].toUtf8().constData(), nullptr);
    ++m_row;
}

void XlsxWriter::writeNumberRow(const QList<QVariant> &cells)
{
    if (!m_ws)
        return;
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &v = cells[c];
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong)
            worksheet_write_number(m_ws, lxw_row_t(m_row), lxw_col_t(c), v.toDouble(), nullptr);
        else if (!v.toString().isEmpty())
            worksheet_write_string(m_ws, lxw_row_t(m_row), lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
    }
    ++m_row;
}

void XlsxWriter::setColumnWidth(int col, double width)
{
    if (m_ws)
        worksheet_set_column(m_ws, lxw_col_t(col), lxw_col_t(col), width, nullptr);
}

void XlsxWriter::addListValidation(int col, const QStringList &values, int lastRow)
{
    if (!m_ws)
        return;
    QList<QByteArray> utf8;
    for (const QString &v : values)
        utf8 << v.toUtf8();
    std::vector<char *> list;
    for (QByteArray &b : utf8)
        list.push_back(b.data());
    list.push_back(nullptr);
    lxw_data_validation dv = {};
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = list.data();
    worksheet_data_validation_range(m_ws, 1, lxw_col_t(col), lxw_row_t(lastRow - 1), lxw_col_t(col), &dv);
}

Status XlsxWriter::close()
{
    if (!m_wb)
        return Error{QCoreApplication::translate("suiji::XlsxWriter", "Cannot create %1.").arg(m_path)};
    const lxw_error e = workbook_close(m_wb);
    m_wb = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_tmp);
        return Error{QCoreApplication::translate("suiji::XlsxWriter", "Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(e)))};
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_tmp, m_path))
        return Error{QCoreApplication::translate("suiji::XlsxWriter", "Cannot write %1: the folder is not writable.").arg(m_path)};
    return Ok{};
}

} // namespace suiji
