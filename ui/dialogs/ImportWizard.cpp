// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"
#include "theme/Theme.h"

#include "io/EntityImporter.h"
#include "io/InspectorImporter.h"
#include "io/Templates.h"
#include "util/Failure.h"
#include "util/I18n.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace suiji {

namespace {
QString columnLetter(int i)
{
    QString s;
    for (int n = i + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setTabKeyNavigation(false); // Tab leaves the table for the wizard's buttons
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void saveBytes(QWidget *parent, const QString &title, const QString &suggested, const QString &filter, const QByteArray &bytes)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        QMessageBox::warning(parent, title, ImportWizard::tr("Cannot write %1: %2").arg(path, f.errorString()));
}
} // namespace

// ---- 1. The file ------------------------------------------------------------------------------
class FilePage : public QWizardPage {
public:
    explicit FilePage(ImportWizard *w) : QWizardPage(w), m_w(w)
    {
        setTitle(ImportWizard::tr("Choose the list to import"));
        setSubTitle(ImportWizard::tr("An .xlsx workbook or a .csv file saved from Excel (UTF-8 or GB18030). The first row must name the columns."));
        m_entities = new QRadioButton(ImportWizard::tr("&Supervised entities (监管对象)"), this);
        m_inspectors = new QRadioButton(ImportWizard::tr("&Inspectors (执法人员)"), this);
        m_entities->setObjectName(QStringLiteral("kindEntities"));
        m_inspectors->setObjectName(QStringLiteral("kindInspectors"));
        m_entities->setChecked(true);
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("importPath"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        m_encoding = new QComboBox(this);
        m_encoding->addItem(ImportWizard::tr("Detect"), QString());
        m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
        m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("GB18030"));
        m_sheet = new QComboBox(this);
        m_sheet->setObjectName(QStringLiteral("importSheet"));
        m_error = new QLabel(this);
        m_error->setWordWrap(true);
        m_error->setStyleSheet(theme::textStyle(theme::Role::Error));
        auto *templ = new QPushButton(ImportWizard::tr("Save a blank &template…"), this);
        templ->setToolTip(ImportWizard::tr("The header row, an example row and drop-down lists for the fixed values."));

        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        auto *kinds = new QHBoxLayout;
        kinds->addWidget(m_entities);
        kinds->addWidget(m_inspectors);
        kinds->addStretch(1);
        auto *form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("List:"), kinds);
        form->addRow(ImportWizard::tr("&File:"), pathRow);
        qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path); // else the & shows as a character
        form->addRow(ImportWizard::tr("CSV &encoding:"), m_encoding);
        form->addRow(ImportWizard::tr("Workbook s&heet:"), m_sheet);
        form->addRow(QString(), m_error);
        form->addRow(QString(), templ);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString p = QFileDialog::getOpenFileName(this, ImportWizard::tr("Choose the list"), QFileInfo(m_path->text()).absolutePath(),
                                                           ImportWizard::tr("Lists (*.xlsx *.csv *.tsv *.txt);;All files (*)"));
            if (!p.isEmpty())
                m_path->setText(p);
        });
        connect(m_path, &QLineEdit::textChanged, this, &FilePage::probe);
        connect(m_encoding, &QComboBox::currentIndexChanged, this, &FilePage::probe);
        connect(m_entities, &QRadioButton::toggled, this, &FilePage::probe);
        connect(m_sheet, &QComboBox::activated, this, &FilePage::probe);
        connect(templ, &QPushButton::clicked, this, [this] {
            const bool ent = m_entities->isChecked();
            const QString p = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save template"),
                                                           ent ? ImportWizard::tr("entities-template.xlsx") : ImportWizard::tr("inspectors-template.xlsx"),
                                                           ImportWizard::tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
            if (p.isEmpty())
                return;
            if (auto s = writeTemplate(ent ? TemplateKind::Entities : TemplateKind::Inspectors, p); !s)
                QMessageBox::warning(this, ImportWizard::tr("Save template"), s.message());
        });
    }

    void set(const QString &path, ImportWizard::Kind kind)
    {
        (kind == ImportWizard::Entities ? m_entities : m_inspectors)->setChecked(true);
        m_path->setText(path);
        probe();
    }
    ImportWizard::Kind kind() const { return m_entities->isChecked() ? ImportWizard::Entities : ImportWizard::Inspectors; }
    QString path() const { return m_path->text().trimmed(); }
    ReadOptions read() const { return {m_encoding->currentData().toString(), m_sheet->currentText()}; }

    bool isComplete() const override { return m_w->preview.has_value(); }

private:
    void probe()
    {
        m_w->preview.reset();
        m_w->check.reset();
        m_error->clear();
        const QString p = path();
        const bool xlsx = p.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
        m_encoding->setEnabled(!xlsx);
        m_sheet->setEnabled(xlsx);
        if (p.isEmpty() || !QFileInfo(p).isFile()) {
            if (!p.isEmpty())
                m_error->setText(ImportWizard::tr("There is no file at %1.").arg(p));
            emit completeChanged();
            return;
        }
        auto r = Importer::preview(p, read(), m_w->specs());
        if (!r) {
            m_error->setText(r.message());
        } else {
            m_w->preview = r.value();
            m_w->mapping = r->mapping;
            if (xlsx) {
                const QSignalBlocker b(m_sheet);
                const QString current = m_sheet->currentText();
                m_sheet->clear();
                m_sheet->addItems(r->sheets);
                m_sheet->setCurrentText(current.isEmpty() ? r->sheets.value(0) : current);
            }
        }
        emit completeChanged();
    }

    ImportWizard *m_w;
    QRadioButton *m_entities, *m_inspectors;
    QLineEdit *m_path;
    QComboBox *m_encoding, *m_sheet;
    QLabel *m_error;
};

// ---- 2. The columns ---------------------------------------------------------------------------
class MappingPage : public QWizardPage {
public:
    explicit MappingPage(ImportWizard *w) : QWizardPage(w), m_w(w)
    {
        setTitle(ImportWizard::tr("Check the columns"));
        m_source = new QLabel(this);
        m_source->setWordWrap(true);
        m_fields = makeTable(this, QStringLiteral("mappingTable"));
        m_fields->setColumnCount(2);
        m_fields->setHorizontalHeaderLabels({ImportWizard::tr("Field"), ImportWizard::tr("Column in the file")});
        m_sample = makeTable(this, QStringLiteral("sampleTable"));
        m_missing = new QLabel(this);
        m_missing->setWordWrap(true);
        m_missing->setStyleSheet(theme::textStyle(theme::Role::Error));
        auto *l = new QVBoxLayout(this);
        l->addWidget(m_source);
        auto *h = new QHBoxLayout;
        h->addWidget(m_fields, 2);
        h->addWidget(m_sample, 3);
        l->addLayout(h, 1);
        l->addWidget(m_missing);
    }

    void initializePage() override
    {
        const ImportPreview &p = *m_w->preview;
        m_source->setText(
            ImportWizard::tr(
                "%1 · detected: %2 · header in row %3. Each field is matched to a column by its name; change it where the file names a column differently.")
                .arg(QFileInfo(m_w->file()).fileName(), p.source)
                .arg(p.headerRow));
        const QList<ColumnSpec> specs = m_w->specs();
        m_fields->setRowCount(int(specs.size()));
        for (int r = 0; r < specs.size(); ++r) {
            const ColumnSpec &c = specs.at(r);
            const bool zh = i18n::isChinese();
            auto *name = new QTableWidgetItem((zh ? c.names.first() : c.names.value(1, c.names.first())) + (c.required ? QStringLiteral(" *") : QString()));
            name->setToolTip(c.names.join(QStringLiteral(", ")));
            m_fields->setItem(r, 0, name);
            auto *box = new QComboBox(m_fields);
            box->addItem(ImportWizard::tr("— not in the file —"), -1);
            for (int i = 0; i < p.headers.size(); ++i)
                box->addItem(QStringLiteral("%1: %2").arg(columnLetter(i), p.headers.at(i)), i);
            box->setCurrentIndex(std::max(0, box->findData(m_w->mapping.value(c.field, -1))));
            const QString field = c.field;
            connect(box, &QComboBox::currentIndexChanged, this, [this, box, field] {
                const int col = box->currentData().toInt();
                if (col < 0)
                    m_w->mapping.remove(field);
                else
                    m_w->mapping.insert(field, col);
                m_w->check.reset();
                emit completeChanged();
            });
            m_fields->setCellWidget(r, 1, box);
        }
        m_fields->resizeColumnToContents(0);
        m_sample->setColumnCount(int(p.headers.size()));
        QStringList heads;
        for (int i = 0; i < p.headers.size(); ++i)
            heads << QStringLiteral("%1: %2").arg(columnLetter(i), p.headers.at(i));
        m_sample->setHorizontalHeaderLabels(heads);
        m_sample->setRowCount(int(p.rows.size()));
        for (int r = 0; r < p.rows.size(); ++r)
            for (int c = 0; c < p.rows[r].size() && c < p.headers.size(); ++c)
                m_sample->setItem(r, c, new QTableWidgetItem(p.rows[r][c]));
        m_sample->resizeColumnsToContents();
    }

    bool isComplete() const override
    {
        QStringList missing;
        bool keyed = false;
        for (const ColumnSpec &c : m_w->specs()) {
            if (c.required && !m_w->mapping.contains(c.field))
                missing << c.names.first();
            if (c.field == QLatin1String("uscc") || c.field == QLatin1String("code"))
                keyed = keyed || m_w->mapping.contains(c.field);
        }
        if (m_w->kind() == ImportWizard::Entities && !keyed)
            missing << ImportWizard::tr("统一社会信用代码 or 对象编码");
        m_missing->setText(missing.isEmpty() ? QString() : ImportWizard::tr("Required and not matched: %1").arg(missing.join(QStringLiteral(", "))));
        return missing.isEmpty();
    }

private:
    ImportWizard *m_w;
    QLabel *m_source, *m_missing;
    QTableWidget *m_fields, *m_sample;
};

// ---- 3. The check -----------------------------------------------------------------------------
class CheckPage : public QWizardPage {
public:
    explicit CheckPage(ImportWizard *w) : QWizardPage(w), m_w(w)
    {
        setTitle(ImportWizard::tr("Check every row"));
        setSubTitle(ImportWizard::tr("Every row is checked before anything is written. Fix the file and check again, or go back and change the columns."));
        m_bar = new QProgressBar(this);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("checkSummary"));
        m_summary->setWordWrap(true);
        m_issues = makeTable(this, QStringLiteral("issueTable"));
        m_issues->setColumnCount(3);
        m_issues->setHorizontalHeaderLabels({ImportWizard::tr("Row"), ImportWizard::tr("Column"), ImportWizard::tr("Problem")});
        m_accept = new QCheckBox(this);
        m_accept->setObjectName(QStringLiteral("acceptBadCheck"));
        m_accept->hide();
        auto *again = new QPushButton(ImportWizard::tr("Check &again"), this);
        auto *exportIssues = new QPushButton(ImportWizard::tr("&Export the problems…"), this);
        exportIssues->setObjectName(QStringLiteral("exportIssues"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(again);
        buttons->addWidget(exportIssues);
        buttons->addStretch(1);
        auto *l = new QVBoxLayout(this);
        l->addWidget(m_bar);
        l->addWidget(m_summary);
        l->addWidget(m_issues, 1);
        l->addWidget(m_accept);
        l->addLayout(buttons);
        connect(again, &QPushButton::clicked, this, &CheckPage::run);
        connect(m_accept, &QCheckBox::toggled, this, [this](bool on) {
            m_w->acceptBadCheck = on;
            run();
        });
        connect(exportIssues, &QPushButton::clicked, this, [this] {
            if (m_w->check)
                saveBytes(this, ImportWizard::tr("Export the problems"), QFileInfo(m_w->file()).completeBaseName() + ImportWizard::tr("-problems.csv"),
                          ImportWizard::tr("CSV for Excel (*.csv)"), m_w->check->issuesCsv());
        });
    }

    void initializePage() override { run(); }
    bool isComplete() const override { return !m_w->running && m_w->check && m_w->check->ok(); }

    void run()
    {
        if (m_w->running)
            return;
        m_w->check.reset();
        m_summary->setText(ImportWizard::tr("Checking…"));
        m_issues->setRowCount(0);
        emit completeChanged();
        m_w->runImport(true, m_bar, [this](ImportReport r) {
            m_w->check = r;
            show(r);
            emit completeChanged();
        });
    }

private:
    void show(const ImportReport &r)
    {
        QString text = ImportWizard::tr("%1 rows: %2 new, %3 changed, %4 unchanged.").arg(r.rows).arg(r.added).arg(r.updated).arg(r.unchanged);
        if (!r.ignoredColumns.isEmpty())
            text += QLatin1Char(' ') + ImportWizard::tr("Ignored columns: %1.").arg(r.ignoredColumns.join(QStringLiteral(", ")));
        if (r.ok())
            text += QLatin1Char(' ') + ImportWizard::tr("Every row is valid. Next imports them in one step.");
        else
            text += QLatin1Char(' ') + ImportWizard::tr("%n problem(s): nothing will be written until they are fixed.", nullptr, r.errorCount());
        m_summary->setText(text);
        m_summary->setStyleSheet(r.ok() ? QString() : theme::textStyle(theme::Role::Error));
        m_issues->setRowCount(int(r.issues.size()));
        int badCheck = 0, other = 0;
        for (int i = 0; i < r.issues.size(); ++i) {
            const ImportIssue &is = r.issues.at(i);
            m_issues->setItem(i, 0, new QTableWidgetItem(is.row > 0 ? QString::number(is.row) : QString()));
            m_issues->setItem(i, 1, new QTableWidgetItem(is.column));
            auto *msg = new QTableWidgetItem(is.message);
            msg->setToolTip(is.message);
            if (is.warning)
                msg->setForeground(theme::color(theme::Role::Warning));
            m_issues->setItem(i, 2, msg);
            if (!is.warning)
                (is.code == QLatin1String("bad_check") ? badCheck : other)++;
        }
        m_issues->resizeColumnToContents(0);
        m_issues->resizeColumnToContents(1);
        // Only wrong check characters left: offer to accept them explicitly (import-format.md).
        const bool offer = m_w->kind() == ImportWizard::Entities && (m_w->acceptBadCheck || (badCheck > 0 && other == 0));
        m_accept->setVisible(offer);
        if (offer && !m_w->acceptBadCheck) {
            const QSignalBlocker b(m_accept);
            m_accept->setChecked(false);
            m_accept->setText(ImportWizard::tr(
                "Accept these %n code(s) with a wrong check character (some codes issued before 2016 fail the check); they are stored with a warning flag.",
                nullptr, badCheck));
        }
    }

    ImportWizard *m_w;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QCheckBox *m_accept;
};

// ---- 4. The import ----------------------------------------------------------------------------
class RunPage : public QWizardPage {
public:
    explicit RunPage(ImportWizard *w) : QWizardPage(w), m_w(w)
    {
        setTitle(ImportWizard::tr("Import"));
        setSubTitle(ImportWizard::tr("All rows are written in one transaction: cancelling leaves the database exactly as it was."));
        m_bar = new QProgressBar(this);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("importStatus"));
        m_status->setWordWrap(true);
        m_cancel = new QPushButton(ImportWizard::tr("Cancel the import"), this);
        m_cancel->setObjectName(QStringLiteral("cancelImport"));
        auto *l = new QVBoxLayout(this);
        l->addWidget(m_bar);
        l->addWidget(m_status);
        l->addWidget(m_cancel, 0, Qt::AlignLeft);
        l->addStretch(1);
        connect(m_cancel, &QPushButton::clicked, this, [this] { m_w->cancelRunning(); });
        setFinalPage(true);
    }

    void initializePage() override
    {
        m_w->result.reset();
        m_status->setText(ImportWizard::tr("Importing…"));
        m_cancel->setEnabled(true);
        emit completeChanged();
        m_w->runImport(false, m_bar, [this](ImportReport r) {
            m_w->result = r;
            m_cancel->setEnabled(false);
            if (r.cancelled)
                m_status->setText(ImportWizard::tr("Cancelled. Nothing was written; the database is as it was."));
            else if (r.written)
                m_status->setText(
                    ImportWizard::tr("Imported %1 rows: %2 new, %3 changed, %4 unchanged.").arg(r.rows).arg(r.added).arg(r.updated).arg(r.unchanged));
            else
                m_status->setText(ImportWizard::tr("Nothing was written: %1").arg(r.issues.isEmpty() ? QString() : r.issues.first().message));
            if (r.written)
                emit m_w->imported();
            emit completeChanged();
        });
    }
    bool isComplete() const override { return m_w->result.has_value(); }

private:
    ImportWizard *m_w;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
};

// ---- the wizard -------------------------------------------------------------------------------
ImportWizard::ImportWizard(const Database::Location &where, QWidget *parent) : QWizard(parent), database(where)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a list"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new FilePage(this);
    addPage(m_filePage);
    addPage(new MappingPage(this));
    addPage(new CheckPage(this));
    addPage(new RunPage(this));
    resize(980, 640);
}

ImportWizard::~ImportWizard()
{
    if (running)
        *m_cancel = true; // it rolls back; its result goes nowhere
}

void ImportWizard::setFile(const QString &path, Kind kind)
{
    m_filePage->set(path, kind);
}

ImportWizard::Kind ImportWizard::kind() const
{
    return m_filePage->kind();
}

QString ImportWizard::file() const
{
    return m_filePage->path();
}

ReadOptions ImportWizard::readOptions() const
{
    return m_filePage->read();
}

QList<ColumnSpec> ImportWizard::specs() const
{
    return kind() == Entities ? EntityImporter::columnSpecs() : InspectorImporter::columnSpecs();
}

void ImportWizard::runImport(bool dryRun, QProgressBar *bar, std::function<void(ImportReport)> done)
{
    running = true;
    *m_cancel = false;
    bar->setRange(0, 100);
    bar->setValue(0);
    auto progress = std::make_shared<std::atomic<int>>(0);
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, bar, [bar, progress] { bar->setValue(progress->load()); });
    timer->start();
    ImportOptions options;
    options.read = readOptions();
    options.dryRun = dryRun;
    options.acceptBadCheck = acceptBadCheck;
    options.mapping = mapping;
    const bool entities = kind() == Entities;
    const QString path = file();
    const Database::Location db = database;
    const auto cancel = m_cancel;
    auto *watcher = new QFutureWatcher<ImportReport>(this);
    connect(watcher, &QFutureWatcher<ImportReport>::finished, this, [this, watcher, timer, bar, done] {
        timer->deleteLater();
        watcher->deleteLater();
        running = false;
        bar->setValue(100);
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([options, entities, path, db, progress, cancel]() mutable {
        ImportReport r;
        auto opened = Database::open(db, Database::Mode::ReadWrite);
        if (!opened) {
            r.addError(0, QString(), opened.message());
            r.runtimeFailure = true;
            return r;
        }
        options.progress = [progress, cancel](int p) {
            progress->store(p);
            return !cancel->load();
        };
        try {
            if (entities)
                return EntityImporter(opened.value()).run(path, options);
            return InspectorImporter(opened.value()).run(path, options);
        } catch (...) { // out of memory, a bug: the import rolled back; say so, do not crash
            ImportReport failed;
            failed.addError(0, QString(), currentFailureMessage());
            failed.runtimeFailure = true;
            return failed;
        }
    }));
}

} // namespace suiji
