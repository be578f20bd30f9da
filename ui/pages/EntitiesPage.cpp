// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntitiesPage.h"
#include "theme/Theme.h"
#include "util/Clock.h"

#include "dialogs/EntityEditDialog.h"
#include "io/Exporters.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "models/EntityTableModel.h"
#include "store/ProfileRepository.h"
#include "widgets/Background.h"
#include "widgets/UndoButtons.h"

#include "util/I18n.h"
#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QShortcut>
#include <QToolButton>
#include <QUndoCommand>

#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace suiji {

EntitiesPage::EntitiesPage(QWidget *parent)
    : Page(parent)
    , m_model(new EntityTableModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_bureauBox(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_rule(new QComboBox(this))
    , m_error(new QLabel(this))
{
    m_rule->setObjectName(QStringLiteral("ruleFilter"));
    m_rule->setToolTip(tr("Filter by the class or the pool the rules give each entity for the chosen quarter"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textStyle(theme::Role::Error));
    setObjectName(QStringLiteral("entitiesPage"));
    const bool zh = i18n::isChinese();
    m_search->setObjectName(QStringLiteral("entitySearch"));
    m_search->setPlaceholderText(tr("Search name, USCC / code or street…"));
    m_search->setClearButtonEnabled(true);
    m_bureauBox->addItem(tr("All bureaus"), QString());
    for (const Bureau &b : Bureau::all())
        m_bureauBox->addItem(b.displayName(zh), b.id);
    m_category->addItem(tr("All categories"), QString());
    for (const Category &c : Category::all())
        m_category->addItem(zh ? c.nameZh : c.nameEn, c.id);

    // Long rule and category names must not widen the page past a 1024-wide window.
    for (QComboBox *box : {m_rule, m_category}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    m_bureauBox->hide(); // the main window's bureau selector governs every page
    filters->addWidget(m_rule, 1);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_count);
    auto *importButton = new QPushButton(tr("&Import list…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Import an .xlsx or .csv list (Ctrl+I). You can also drop the file onto this page."));
    connect(importButton, &QPushButton::clicked, this, [this] { emit importRequested(QString()); });
    filters->addWidget(importButton);
    setAcceptDrops(true);

    m_view->setObjectName(QStringLiteral("entityTable"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(EntityTableModel::Key, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EntityTableModel::Key, 190);
    m_view->setColumnWidth(EntityTableModel::Name, 300);
    m_view->setColumnWidth(EntityTableModel::Category, 170);
    m_view->setColumnWidth(EntityTableModel::Industry, 180);
    m_view->setColumnWidth(EntityTableModel::Class, 130);

    auto *exportButton = new QPushButton(tr("&Export view…"), this);
    exportButton->setObjectName(QStringLiteral("exportEntities"));
    exportButton->setToolTip(tr("Save the rows the filters show as .xlsx or .csv"));
    filters->addWidget(exportButton);
    const auto [undoButton, redoButton] = makeUndoButtons(this, &m_undo);
    filters->addWidget(undoButton);
    filters->addWidget(redoButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_error);
    m_view->setToolTip(tr("Double-click or press F2 to edit an entity"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { editRow(i.row()); });
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), m_view, [this] {
        if (m_view->currentIndex().isValid())
            editRow(m_view->currentIndex().row());
    });
    f2->setContext(Qt::WidgetShortcut);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] { setRuleFilter(m_rule->currentData().toString()); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export view"), tr("entities.xlsx"), tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return;
        auto r = exportView(path);
        m_error->setStyleSheet(r ? QString() : theme::textStyle(theme::Role::Error));
        m_error->setText(r ? tr("%n row(s) written to %1.", nullptr, r.value()).arg(path) : r.message());
    });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &EntitiesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_bureauBox, &QComboBox::currentIndexChanged, this, &EntitiesPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EntitiesPage::applyFilter);
    connect(m_model, &EntityTableModel::totalChanged, this, &EntitiesPage::updateCount);
}

void EntitiesPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_model->setDatabase(db);
    m_profile.reset();
    if (db && db->isOpen())
        if (auto p = ProfileRepository(*db).active())
            m_profile = std::make_shared<const RuleProfile>(p.value());
    m_model->setClassifier(m_profile, m_quarter);
    m_undo.clear();
    fillRuleBox();
    setRuleFilter(m_rule->currentData().toString());
}

void EntitiesPage::setScope(const QString &bureau, const Quarter &quarter)
{
    const bool bureauChanged = bureau != m_bureau;
    Page::setScope(bureau, quarter);
    m_model->setClassifier(m_profile, quarter);
    if (bureauChanged || !m_rule->currentData().toString().isEmpty())
        setRuleFilter(m_rule->currentData().toString()); // the classes depend on the quarter too
}

void EntitiesPage::refresh()
{
    setRuleFilter(m_rule->currentData().toString()); // re-reads the rows and, if filtered, the classes
}

static QString droppedList(const QMimeData *m)
{
    if (!m || !m->hasUrls() || m->urls().size() != 1 || !m->urls().first().isLocalFile())
        return QString();
    const QString path = m->urls().first().toLocalFile();
    for (const char *ext : {".xlsx", ".csv", ".tsv", ".txt"})
        if (path.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return path;
    return QString();
}

void EntitiesPage::dragEnterEvent(QDragEnterEvent *e)
{
    if (!droppedList(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void EntitiesPage::dropEvent(QDropEvent *e)
{
    const QString path = droppedList(e->mimeData());
    if (path.isEmpty())
        return;
    e->acceptProposedAction();
    emit importRequested(path);
}

void EntitiesPage::fillRuleBox()
{
    const QSignalBlocker b(m_rule);
    const QString current = m_rule->currentData().toString();
    m_rule->clear();
    m_rule->addItem(tr("All classes and pools"), QString());
    for (const char *c : {"key", "offsite", "special", "general", "excluded"})
        m_rule->addItem(tr("Class: %1").arg(Classifier::className(QLatin1String(c))), QLatin1String(c));
    m_rule->addItem(tr("Must-checks"), QStringLiteral("must_check"));
    if (m_profile)
        for (const PoolRule &p : m_profile->pools)
            m_rule->addItem(tr("Pool: %1").arg(p.name.text()), QString(QStringLiteral("pool:") + p.id));
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(current)));
}

void EntitiesPage::setRuleFilter(const QString &value)
{
    if (m_rule->currentData().toString() != value) {
        const QSignalBlocker b(m_rule);
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(value)));
    }
    m_ruleIds.reset();
    const int gen = ++m_generation;
    if (value.isEmpty() || !m_db || !m_profile || !m_quarter.isValid()) {
        applyFilter();
        return;
    }
    // Classes come from the rules, not from a column: classify the bureau's list off the GUI thread.
    EntityFilter f;
    scopeFilter(f);
    const auto profile = m_profile;
    const Quarter quarter = m_quarter;
    ++m_classifying;
    runOnDatabase<QList<qint64>>(
        this, *m_db,
        [f, profile, quarter, value](const Database &db) -> Result<QList<qint64>> {
            Classifier c(*profile, quarter);
            c.setReasonsInWords(false);
            QList<qint64> ids;
            auto s = EntityRepository(db).forEach(f, [&](const Entity &e) {
                const Classification k = c.classify(e);
                const bool match = value.startsWith(QLatin1String("pool:")) ? k.pool == value.mid(5)
                                   : value == QLatin1String("must_check")   ? k.mustCheck
                                                                            : k.cls == value;
                if (match)
                    ids << e.id;
                return true;
            });
            if (!s)
                return s.error();
            return ids;
        },
        [this, gen](Result<QList<qint64>> r) {
            --m_classifying;
            if (gen != m_generation)
                return;
            if (r)
                m_ruleIds = r.value();
            applyFilter();
        });
}

bool EntitiesPage::saveEntity(const Entity &before, const Entity &after)
{
    if (!m_db)
        return false;
    if (const QString p = EntityEditDialog::problem(after); !p.isEmpty()) {
        m_error->setText(p);
        return false;
    }
    // One undoable edit: redo writes the new values, undo the old ones, each in a transaction.
    class Edit : public QUndoCommand {
    public:
        Edit(EntitiesPage *page, Entity before, Entity after)
            : QUndoCommand(EntitiesPage::tr("Edit %1").arg(after.name))
            , m_page(page)
            , m_before(std::move(before))
            , m_after(std::move(after))
        {
        }
        void redo() override { m_page->writeEntity(m_after); }
        void undo() override { m_page->writeEntity(m_before); }

    private:
        EntitiesPage *m_page;
        Entity m_before, m_after;
    };
    if (!writeEntity(after))
        return false;
    m_undo.push(new Edit(this, before, after)); // its first redo writes the same values again
    return true;
}

bool EntitiesPage::writeEntity(const Entity &e)
{
    const Status s = EntityRepository(*m_db).saveOne(e, Clock::process().now().toString(Qt::ISODate));
    m_error->setStyleSheet(s ? QString() : theme::textStyle(theme::Role::Error));
    m_error->setText(s ? QString() : s.message());
    m_model->reload();
    return s.ok();
}

void EntitiesPage::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Entity before = m_model->entityAt(row);
    EntityEditDialog d(before, this);
    if (d.exec() == QDialog::Accepted)
        saveEntity(before, d.entity());
}

Result<int> EntitiesPage::exportView(const QString &path) const
{
    if (!m_db || !m_profile)
        return Error{tr("No database open")};
    EntityFilter f = m_model->filter();
    f.offset = 0;
    f.limit = -1;
    return Exporters(*m_db, *m_profile).entities(f, m_quarter, path);
}

void EntitiesPage::scopeFilter(EntityFilter &f) const
{
    // The mobile-source division has no entities of its own: it sees what it draws, the
    // categories of its pools in every district.
    f.bureau = m_bureau == QLatin1String(Bureau::kMobile) ? QString() : m_bureau;
    f.categories.clear();
    if (m_bureau == QLatin1String(Bureau::kMobile) && m_profile)
        for (const PoolRule &r : m_profile->pools)
            if (r.drawnByDivision())
                f.categories << r.categories;
}

void EntitiesPage::applyFilter()
{
    EntityFilter f = m_model->filter();
    f.ids = m_ruleIds;
    f.text = m_search->text();
    scopeFilter(f);
    f.category = m_category->currentData().toString();
    m_model->setFilter(f);
}

void EntitiesPage::updateCount(int total)
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The list cannot be read"));
        m_count->setToolTip(m_model->lastError());
        return;
    }
    m_count->setToolTip(QString());
    m_count->setText(tr("%n entities", nullptr, total));
}

} // namespace suiji
