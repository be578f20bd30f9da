// SPDX-License-Identifier: GPL-3.0-or-later
#include "TasksPage.h"
#include "io/Exporters.h"
#include "ledger/FactService.h"
#include "store/ProfileRepository.h"
#include "store/TaskRepository.h"
#include "theme/Theme.h"
#include "util/Clock.h"
#include "widgets/Background.h"
#include "widgets/OperatorName.h"
#include <QInputDialog>

#include "model/Bureau.h"
#include "models/TaskTableModel.h"
#include "util/I18n.h"
#include "widgets/TableFit.h"
#include "widgets/UndoButtons.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace suiji {

namespace {
// Status edited in place with a drop-down of the three states.
class StatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const char *s : {"planned", "done", "published"})
            box->addItem(TaskService::statusName(QLatin1String(s)), QLatin1String(s));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

// Asks for a date (and a result for inspections) and applies it: `apply` writes and returns an
// error message, or an empty string. An error is shown in the dialog, which stays open with what
// was typed, so a wrong date is corrected in place. False if cancelled.
bool askDate(QWidget *parent, const QString &title, const QString &label, QDate date, const QString *result,
             const std::function<QString(const QDate &, const QString &)> &apply)
{
    QDialog d(parent);
    d.setObjectName(QStringLiteral("ledgerDateDialog"));
    d.setWindowTitle(title);
    auto *edit = new QDateEdit(date, &d);
    edit->setObjectName(QStringLiteral("ledgerDate"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout(&d);
    form->addRow(label, edit);
    QLineEdit *text = nullptr;
    if (result) {
        text = new QLineEdit(*result, &d);
        text->setObjectName(QStringLiteral("ledgerResult"));
        text->setPlaceholderText(TasksPage::tr("e.g. 未发现环境违法行为"));
        form->addRow(TasksPage::tr("&Result:"), text);
    }
    auto *error = new QLabel(&d);
    error->setObjectName(QStringLiteral("ledgerDateError"));
    error->setWordWrap(true);
    error->setStyleSheet(theme::textStyle(theme::Role::Error));
    error->setMinimumWidth(error->fontMetrics().averageCharWidth() * 48);
    error->hide();
    form->addRow(error);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    QObject::connect(box, &QDialogButtonBox::accepted, &d, [&] {
        const QString message = apply(edit->date(), text ? text->text().trimmed() : QString());
        if (message.isEmpty()) {
            d.accept();
            return;
        }
        error->setText(message);
        error->show();
        edit->setFocus();
    });
    QObject::connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    return d.exec() == QDialog::Accepted;
}
} // namespace

TasksPage::TasksPage(QWidget *parent)
    : Page(parent)
    , m_model(new TaskTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("tasksPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::Seq, Qt::AscendingOrder);
    // What the desk works on comes first: after the name, the month, the status, its dates and
    // the result; then mode, team, joint partners and the code (the model keeps its column order).
    {
        QHeaderView *h = m_view->horizontalHeader();
        int to = h->visualIndex(TaskTableModel::Name) + 1;
        for (int c : {TaskTableModel::Month, TaskTableModel::Status, TaskTableModel::InspectionDate, TaskTableModel::Result, TaskTableModel::PublishedDate})
            h->moveSection(h->visualIndex(c), to++);
        h->moveSection(h->visualIndex(TaskTableModel::Key), h->count() - 1);
    }
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(60); // measure a sample, not 6,000 rows
    m_view->setItemDelegateForColumn(TaskTableModel::Status, new StatusDelegate(m_view));
    m_filter->setObjectName(QStringLiteral("taskFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, code, inspector, status…"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("taskSummary"));
    m_error->setObjectName(QStringLiteral("taskError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textStyle(theme::Role::Error));

    auto *done = new QPushButton(tr("Mark &done…"), this);
    done->setObjectName(QStringLiteral("markDoneButton"));
    done->setToolTip(tr("Record the selected tasks as inspected (Ctrl+D)"));
    auto *published = new QPushButton(tr("Mark &published…"), this);
    published->setObjectName(QStringLiteral("markPublishedButton"));
    published->setToolTip(tr("Record the selected tasks' results as published (Ctrl+P)"));
    // Ctrl+D and Ctrl+P beside the buttons' own Alt letters (a button's setShortcut replaced those).
    for (const auto &[key, button] : {std::pair{Qt::Key_D, done}, std::pair{Qt::Key_P, published}}) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    }
    // The quarter's exports, as suiji-cli export writes them.
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Ledger (台账)…"), this, [this] { exportTo(QStringLiteral("ledger")); });
    exportMenu->addAction(tr("Publication list (公示清单)…"), this, [this] { exportTo(QStringLiteral("publicity")); });
    exportMenu->addAction(tr("Target breakdown (目标任务分解表)…"), this, [this] { exportTo(QStringLiteral("breakdown")); });
    exportButton->setMenu(exportMenu);
    // Room for the menu arrow, which the style draws over the text otherwise.
    exportButton->setMinimumWidth(exportButton->sizeHint().width() + exportButton->fontMetrics().height());
    auto *planned = new QPushButton(tr("Back to p&lanned"), this);
    const auto [undoButton, redoButton] = makeUndoButtons(this, m_model->undoStack());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(done);
    bar->addWidget(published);
    bar->addWidget(planned);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    // Typical cases (典型案例) for the annual work summary: from the row's context menu.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Mark as a &typical case (典型案例)…"), this, [this, index] { editTypicalCase(m_proxy->mapToSource(index).row()); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(done, &QPushButton::clicked, this, &TasksPage::markSelectedDone);
    connect(published, &QPushButton::clicked, this, &TasksPage::markSelectedPublished);
    connect(planned, &QPushButton::clicked, this, &TasksPage::markSelectedPlanned);
    connect(m_model, &TaskTableModel::changed, this, &TasksPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_model->lastError().isEmpty())
            showError(m_model->lastError());
    });
}

void TasksPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_model->setDatabase(db);
    m_model->load(m_bureau, m_quarter);
}

void TasksPage::setScope(const QString &bureau, const Quarter &quarter)
{
    Page::setScope(bureau, quarter);
    m_view->setColumnHidden(TaskTableModel::Bureau, !bureau.isEmpty()); // the city's ledger says whose task it is
    m_model->load(bureau, quarter);
}

void TasksPage::exportTo(const QString &kind, const QString &chosen)
{
    if (!m_db || !m_quarter.isValid())
        return;
    const QString stem = kind == QLatin1String("ledger") ? tr("ledger") : kind == QLatin1String("publicity") ? tr("publication list") : tr("target breakdown");
    const QString path = !chosen.isEmpty() ? chosen
                                           : QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("%1-%2.xlsx").arg(stem, m_quarter.toString()),
                                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto profile = ProfileRepository(*m_db).active();
    if (!profile) {
        showError(profile.message());
        return;
    }
    const RuleProfile p = profile.value();
    const Quarter q = m_quarter;
    const QString bureau = m_bureau;
    ++m_exporting;
    runOnDatabase<int>(
        this, *m_db,
        [p, q, bureau, kind, path](const Database &db) {
            Exporters ex(db, p);
            return kind == QLatin1String("ledger")      ? ex.ledger(q, bureau, path)
                   : kind == QLatin1String("publicity") ? ex.publicity(q, bureau, path)
                                                        : ex.breakdown(q, bureau, path);
        },
        [this, path](Result<int> r) {
            --m_exporting;
            if (!r) {
                showError(r.message());
                return;
            }
            m_error->clear();
            m_summary->setText(tr("Exported %1 rows to %2.").arg(r.value()).arg(QDir::toNativeSeparators(path)));
            emit exported(path);
        });
}

void TasksPage::refresh()
{
    m_model->load(m_bureau, m_quarter); // the same scope: the undo history stays
}

bool TasksPage::busy() const
{
    return m_model->loading() || m_exporting > 0;
}

QList<int> TasksPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TasksPage::showError(const QString &message)
{
    m_error->setText(message);
}

void TasksPage::markSelectedDone()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        showError(tr("Select one or more tasks first."));
        return;
    }
    const QString result = m_model->taskAt(rows.first()).result;
    if (askDate(this, tr("Mark %n task(s) done", nullptr, int(rows.size())), tr("&Inspected on:"), Clock::process().today(), &result,
                [&](const QDate &date, const QString &text) { return m_model->markDone(rows, date, text) ? QString() : m_model->lastError(); }))
        showError({});
}

void TasksPage::markSelectedPublished()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        showError(tr("Select one or more tasks first."));
        return;
    }
    if (askDate(this, tr("Mark %n task(s) published", nullptr, int(rows.size())), tr("&Published on:"), Clock::process().today(), nullptr,
                [&](const QDate &date, const QString &) { return m_model->markPublished(rows, date) ? QString() : m_model->lastError(); }))
        showError({});
}

void TasksPage::editTypicalCase(int row)
{
    if (!m_db || !m_db->isOpen() || row < 0 || row >= m_model->rowCount())
        return;
    const LedgerTask task = m_model->taskAt(row);
    if (task.status == QLatin1String("planned")) {
        showError(tr("Only an inspection that took place can be a typical case: mark the task done first."));
        return;
    }
    QString current;
    if (auto cases = TaskRepository(*m_db).typicalCases(task.quarter.year, task.bureau))
        for (const auto &c : cases.value())
            if (c.task.id == task.id)
                current = c.text;
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Typical case (典型案例)"),
                                       tr("What makes the inspection of %1 a typical case? The year report prints it. Leave it empty to unmark it.")
                                           .arg(task.name.isEmpty() ? task.key : task.name),
                                       current, &ok);
    if (!ok)
        return;
    const Status s = FactService(*m_db, Clock::process()).setTypicalCase(task.id, text, operatorName());
    showError(s ? QString() : s.message());
}

void TasksPage::markSelectedPlanned()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        showError(m_model->markPlanned(rows) ? QString() : m_model->lastError());
}

void TasksPage::updateSummary()
{
    int done = 0, published = 0, offsite = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString s = m_model->taskAt(r).status;
        done += s != QLatin1String("planned");
        published += s == QLatin1String("published");
        offsite += m_model->taskAt(r).mode == QLatin1String("offsite");
    }
    const Bureau *b = Bureau::byId(m_bureau);
    const int n = m_model->rowCount();
    if (!m_model->loadError().isEmpty()) {
        // The ledger could not be read (a locked, moved or damaged file): say so, never "no tasks yet".
        m_summary->setText(tr("The ledger cannot be read: %1").arg(m_model->loadError()));
        return;
    }
    if (n == 0)
        m_summary->setText(
            b ? tr("%1 %2: no tasks yet. Commit the quarter's draws on the draw page.").arg(b->displayName(i18n::isChinese()), m_quarter.toString())
              : QString());
    else
        // On site and off site (能通过书面核查、信息共享、智慧监管等方式监管的，不得入企): both counted.
        m_summary->setText(tr("%1 %2: %3 tasks (%7 on site, %8 off site), %4 done (%5%), %6 published.")
                               .arg(b ? b->displayName(i18n::isChinese()) : m_bureau, m_quarter.toString())
                               .arg(n)
                               .arg(done)
                               .arg(n ? 100.0 * done / n : 0, 0, 'f', 1)
                               .arg(published)
                               .arg(n - offsite)
                               .arg(offsite));
    fitColumns(m_view,
               {{TaskTableModel::Pool, 8}, {TaskTableModel::Name, 11}, {TaskTableModel::Team, 7}, {TaskTableModel::Joint, 7}, {TaskTableModel::Result, 9}});
}

} // namespace suiji
