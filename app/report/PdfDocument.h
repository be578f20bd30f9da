// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small A4 layout engine over QPdfWriter for the reports: headings, paragraphs, tables whose
// header repeats on every page and whose rows never split, images, and a running header and
// "page x of y" footer. Documents are laid out twice: once to count pages, once to paint.

#include <QFont>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QPdfWriter;
class QPainter;
QT_FORWARD_DECLARE_CLASS(QChart)

namespace suiji::report {

class PdfDocument {
public:
    // header: the running header's text (bureau and quarter); title: the PDF's metadata title.
    PdfDocument(QPdfWriter *writer, QPainter *painter, const QString &header, int totalPages);

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, qreal points = 10, bool mono = false);
    void keyValues(const QList<QPair<QString, QString>> &rows, bool monoValues = false);
    // widths: relative column widths; rows are plain text (wrapped within their cells).
    // mono: columns set in the monospaced face (codes and keys: they stay whole and copyable).
    void table(const QStringList &header, const QList<double> &widths, const QList<QStringList> &rows, qreal points = 8.5, const QList<int> &mono = {});
    void image(const QImage &img, double widthMm, const QString &caption = {});
    // A Qt Charts chart drawn as vectors, the full text width and heightMm tall; takes ownership.
    void chart(QChart *chart, double heightMm);
    void signatures(const QStringList &roles);
    void space(double mm);
    void newPage();
    int pages() const { return m_page; }

    // Runs body twice (count, then paint) and writes the PDF; returns the page count or -1.
    static int render(const QString &path, const QString &title, const QString &header, const std::function<void(PdfDocument &)> &body);

private:
    double mm(double v) const;
    void ensure(double height);
    void startPage();
    void footer();
    QFont font(qreal points, bool bold = false, bool mono = false) const;
    double textHeight(const QString &text, const QFont &f, double width) const;

    QPdfWriter *m_writer;
    QPainter *m_painter; // null in the counting pass
    QString m_header;
    int m_total;
    int m_page = 0;
    double m_y = 0;
    double m_left, m_top, m_width, m_bottom;
};

} // namespace suiji::report
