// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"
#include "util/Clock.h"

#include "calendar/WorkCalendar.h"
#include "model/Bureau.h"
#include "report/PlanReport.h"
#include "report/ProgressReportPdf.h"
#include "store/ProfileRepository.h"
#include "util/I18n.h"
#include "widgets/Background.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace suiji {

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent)
    , m_kind(new QComboBox(this))
    , m_generate(new QPushButton(tr("Ge&nerate"), this))
    , m_save(new QPushButton(tr("&Save PDF…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_status(new QLabel(this))
    , m_doc(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Quarter plan (抽查计划)"), QStringLiteral("plan"));
    m_kind->addItem(tr("Progress report"), QStringLiteral("progress"));
    m_kind->addItem(tr("Year report"), QStringLiteral("year"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_generate->setToolTip(tr("Write the report for the bureau and quarter chosen above (Ctrl+G)"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setDocument(m_doc);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *label = new QLabel(tr("&Report:"), this);
    label->setBuddy(m_kind);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_kind);
    bar->addWidget(m_generate);
    bar->addWidget(m_save);
    bar->addWidget(m_print);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    connect(m_generate, &QPushButton::clicked, this, [this] { generate(m_kind->currentData().toString()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), QFileInfo(m_file).fileName(), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            save(path);
    });
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    m_status->setText(tr("Choose a report and press Generate. The bureau and quarter are those chosen above; 全市 gives every bureau."));
}

bool ReportsPage::save(const QString &path)
{
    // Said either way: a silent save left people unsure whether the report was written.
    const bool ok = saveTo(path);
    m_status->setText(ok ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

int ReportsPage::pageCount() const
{
    return m_doc->pageCount();
}

bool ReportsPage::saveTo(const QString &path) const
{
    if (m_file.isEmpty())
        return false;
    // Written whole or not at all: an existing file is replaced only once the copy is complete.
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = in.readAll();
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
}

void ReportsPage::generate(const QString &kind)
{
    if (!m_db || !m_db->isOpen() || !m_quarter.isValid() || m_running)
        return;
    auto profile = ProfileRepository(*m_db).active();
    if (!profile) {
        m_status->setText(profile.message());
        return;
    }
    const Bureau *b = Bureau::byId(m_bureau);
    const QString scope = b ? b->id : QStringLiteral("city");
    const QString file = m_tmp.filePath(QStringLiteral("%1-%2-%3-%4.pdf").arg(kind, scope, m_quarter.toString()).arg(++m_serial));
    m_status->setText(tr("Writing the report…"));
    setCursor(Qt::BusyCursor);
    if (kind == QLatin1String("plan")) {
        // The plan has no charts: it is written off the GUI thread (the whole city's runs for seconds).
        ++m_running;
        const RuleProfile p = profile.value();
        const QString bureau = m_bureau;
        const Quarter q = m_quarter;
        runOnDatabase<int>(
            this, *m_db, [p, bureau, q, file](const Database &db) { return report::writePlanReport(db, p, q, bureau, file); },
            [this, file](Result<int> r) {
                --m_running;
                show(file, r ? r.value() : 0, r ? QString() : r.message());
            });
        return;
    }
    // Progress and year reports draw Qt Charts, which live on the GUI thread.
    Result<int> r = Error{QString()};
    if (kind == QLatin1String("progress")) {
        auto cal = WorkCalendar::load(*m_db);
        r = cal ? report::writeProgressReport(*m_db, profile.value(), cal.value(), Clock::process(), m_quarter, m_bureau, file) : Result<int>(cal.error());
    } else {
        r = report::writeYearReport(*m_db, profile.value(), m_quarter.year, m_bureau, file);
    }
    show(file, r ? r.value() : 0, r ? QString() : r.message());
}

void ReportsPage::show(const QString &file, int pages, const QString &error)
{
    unsetCursor();
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_file = file;
    m_doc->load(file);
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    m_status->setText(tr("%n page(s). Save it as a PDF or print it.", nullptr, pages));
}

void ReportsPage::print()
{
    if (m_doc->pageCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter p(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    for (int i = 0; i < m_doc->pageCount(); ++i) {
        if (i > 0)
            printer.newPage();
        const QImage img = m_doc->render(i, page.size());
        p.drawImage(QRect(QPoint(0, 0), page.size()), img);
    }
}

} // namespace suiji
