#include "EntitiesPage.h"

#include "model/Bureau.h"
#include "model/Category.h"
#include "models/EntityTableModel.h"
#include "store/ProfileRepository.h"
#include "util/I18n.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPushButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
{
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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    m_bureauBox->hide(); // the main window's bureau selector governs every page
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);

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
}

void EntitiesPage::setScope(const QString &bureau, const Quarter &quarter)
{
    const bool bureauChanged = bureau != m_bureau;
    Page::setScope(bureau, quarter);
    m_model->setClassifier(m_profile, quarter);
    if (bureauChanged)
        applyFilter();
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

void EntitiesPage::applyFilter()
{
    EntityFilter f = m_model->filter();
    f.text = m_search->text();
    f.bureau = m_bureau;
    f.category = m_category->currentData().toString();
    m_model->setFilter(f);
}

void EntitiesPage::updateCount(int total)
{
    m_count->setText(tr("%n entities", nullptr, total));
}

} // namespace suiji
