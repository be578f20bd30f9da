// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfDocument.h"

#include "report/Fonts.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace suiji::report {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::PdfDocument)
};
constexpr int kDpi = 300;
} // namespace

PdfDocument::PdfDocument(QPdfWriter *writer, QPainter *painter, const QString &header, int totalPages)
    : m_writer(writer)
    , m_painter(painter)
    , m_header(header)
    , m_total(totalPages)
{
    m_left = mm(18);
    m_top = mm(22);
    m_width = mm(210 - 36);
    m_bottom = mm(297 - 18);
    startPage();
}

double PdfDocument::mm(double v) const
{
    return v * kDpi / 25.4;
}

QFont PdfDocument::font(qreal points, bool bold, bool mono) const
{
    QFont f = mono ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : cjkFont(points, bold ? QFont::Bold : QFont::Normal);
    if (!mono)
        f.setFamilies(printFamilies()); // see Fonts.h
    f.setPointSizeF(points);
    return f;
}

double PdfDocument::textHeight(const QString &text, const QFont &f, double width) const
{
    const QFontMetricsF fm(f, m_writer);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::TextWrapAnywhere, text).height();
}

void PdfDocument::startPage()
{
    ++m_page;
    m_y = m_top;
    if (m_painter) {
        m_painter->setFont(font(8));
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        m_painter->drawText(QRectF(m_left, mm(10), m_width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter, m_header);
        m_painter->drawLine(QPointF(m_left, mm(18)), QPointF(m_left + m_width, mm(18)));
        m_painter->setPen(Qt::black);
    }
    footer();
}

void PdfDocument::footer()
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setFont(font(8));
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    m_painter->drawText(QRectF(m_left, m_bottom + mm(4), m_width, mm(8)), Qt::AlignCenter, Tr::tr("Page %1 of %2").arg(m_page).arg(std::max(m_total, m_page)));
    m_painter->restore();
}

void PdfDocument::newPage()
{
    if (m_painter)
        m_writer->newPage();
    startPage();
}

void PdfDocument::ensure(double height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void PdfDocument::space(double v)
{
    m_y += mm(v);
}

void PdfDocument::heading(const QString &text, int level)
{
    const QFont f = font(level == 1 ? 15 : level == 2 ? 12 : 10.5, true);
    const double h = textHeight(text, f, m_width);
    ensure(h + mm(level == 1 ? 4 : 14)); // never a heading alone at the foot of a page
    if (m_y > m_top)
        m_y += mm(level == 1 ? 4 : 3);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->drawText(QRectF(m_left, m_y, m_width, h), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    }
    m_y += h + mm(2);
}

void PdfDocument::paragraph(const QString &text, qreal points, bool mono)
{
    QFont f = font(points, false, mono);
    // A command or a hash on one line (a shell line broken mid-word cannot be typed back):
    // smaller type, down to 6 pt, before it wraps.
    if (mono && !text.contains(QLatin1Char('\n')))
        for (qreal p = points; p >= 6 && QFontMetricsF(f, m_writer).horizontalAdvance(text) > m_width; p -= 0.25)
            f = font(p, false, mono);
    const double h = textHeight(text, f, m_width);
    ensure(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->drawText(QRectF(m_left, m_y, m_width, h), Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    }
    m_y += h + mm(2);
}

void PdfDocument::keyValues(const QList<QPair<QString, QString>> &rows, bool monoValues)
{
    const QFont kf = font(9.5, true), vf = font(monoValues ? 8.5 : 9.5, false, monoValues);
    const double kw = m_width * 0.26, vw = m_width - kw;
    for (const auto &r : rows) {
        const double h = std::max(textHeight(r.first, kf, kw), textHeight(r.second, vf, vw)) + mm(1);
        ensure(h);
        if (m_painter) {
            m_painter->setFont(kf);
            m_painter->drawText(QRectF(m_left, m_y, kw, h), Qt::TextWordWrap, r.first);
            m_painter->setFont(vf);
            m_painter->drawText(QRectF(m_left + kw, m_y, vw, h), Qt::TextWordWrap | Qt::TextWrapAnywhere, r.second);
        }
        m_y += h;
    }
    m_y += mm(2);
}

void PdfDocument::table(const QStringList &header, const QList<double> &widths, const QList<QStringList> &rows, qreal points, const QList<int> &mono)
{
    double sum = 0;
    for (double w : widths)
        sum += w;
    QList<double> cols;
    for (double w : widths)
        cols << m_width * w / sum;
    const QFont hf = font(points, true), cf = font(points), mf = font(points * 0.95, false, true);
    const double pad = mm(1);
    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (int c = 0; c < cols.size(); ++c)
            h = std::max(h, textHeight(cells.value(c), &f != &hf && mono.contains(c) ? mf : f, cols[c] - 2 * pad));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, double h, bool shade) {
        if (!m_painter)
            return;
        m_painter->setFont(f);
        double x = m_left;
        if (shade)
            m_painter->fillRect(QRectF(m_left, m_y, m_width, h), QColor(0xee, 0xf2, 0xf7));
        m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
        for (int c = 0; c < cols.size(); ++c) {
            m_painter->drawRect(QRectF(x, m_y, cols[c], h));
            m_painter->setPen(Qt::black);
            m_painter->setFont(&f != &hf && mono.contains(c) ? mf : f);
            m_painter->drawText(QRectF(x + pad, m_y + pad, cols[c] - 2 * pad, h - 2 * pad), Qt::TextWordWrap | Qt::TextWrapAnywhere, cells.value(c));
            m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
            x += cols[c];
        }
        m_painter->setPen(Qt::black);
    };
    const double hh = rowHeight(header, hf);
    ensure(hh + rowHeight(rows.value(0), cf));
    drawRow(header, hf, hh, true);
    m_y += hh;
    for (const QStringList &r : rows) {
        const double h = rowHeight(r, cf);
        if (m_y + h > m_bottom) { // rows never split: the row moves, the header repeats
            newPage();
            drawRow(header, hf, hh, true);
            m_y += hh;
        }
        drawRow(r, cf, h, false);
        m_y += h;
    }
    m_y += mm(3);
}

void PdfDocument::image(const QImage &img, double widthMm, const QString &caption)
{
    const double w = mm(widthMm), h = img.isNull() ? 0 : w * img.height() / img.width();
    const QFont f = font(8);
    const double ch = caption.isEmpty() ? 0 : textHeight(caption, f, m_width - w - mm(4));
    ensure(std::max(h, ch));
    if (m_painter) {
        m_painter->drawImage(QRectF(m_left, m_y, w, h), img);
        if (!caption.isEmpty()) {
            m_painter->setFont(f);
            m_painter->drawText(QRectF(m_left + w + mm(4), m_y, m_width - w - mm(4), std::max(h, ch)), Qt::TextWordWrap | Qt::TextWrapAnywhere, caption);
        }
    }
    m_y += std::max(h, ch) + mm(3);
}

void PdfDocument::chart(QChart *chart, double heightMm)
{
    const double h = mm(heightMm);
    ensure(h);
    if (!m_painter) {
        delete chart;
    } else {
        // Laid out in a (hidden) chart view at 96 dpi like on screen, so axes fit their labels as
        // they do on the dashboard; then painted into the PDF as vectors, scaled to the text width.
        const QSize logical(qRound(174.0 / 25.4 * 96), qRound(heightMm / 25.4 * 96));
        QChartView view(chart); // owns the chart
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setRenderHint(QPainter::Antialiasing);
        view.setFrameShape(QFrame::NoFrame);
        view.resize(logical);
        view.show();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        m_painter->save();
        view.render(m_painter, QRectF(m_left, m_y, m_width, h), view.viewport()->rect(), Qt::IgnoreAspectRatio);
        m_painter->restore();
    }
    m_y += h + mm(3);
}

void PdfDocument::signatures(const QStringList &roles)
{
    const QFont f = font(10);
    const double h = mm(14);
    ensure(h * ((roles.size() + 1) / 2));
    const double colW = m_width / 2;
    for (int i = 0; i < roles.size(); ++i) {
        const double x = m_left + (i % 2) * colW;
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->drawText(QRectF(x, m_y, colW, h * 0.6), Qt::AlignLeft | Qt::AlignBottom, roles[i]);
            m_painter->drawLine(QPointF(x + mm(22), m_y + h * 0.6), QPointF(x + colW - mm(8), m_y + h * 0.6));
        }
        if (i % 2 == 1 || i == roles.size() - 1)
            m_y += h;
    }
}

int PdfDocument::render(const QString &path, const QString &title, const QString &header, const std::function<void(PdfDocument &)> &body)
{
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Suiji 双随机抽查工作台"));
    int total = 0;
    {
        PdfDocument counting(&writer, nullptr, header, 0);
        body(counting);
        total = counting.pages();
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return -1;
    PdfDocument doc(&writer, &painter, header, total);
    body(doc);
    painter.end();
    return doc.pages();
}

} // namespace suiji::report
