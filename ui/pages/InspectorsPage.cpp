#include "InspectorsPage.h"

#include "model/Bureau.h"
#include "store/InspectorRepository.h"
#include "util/I18n.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace suiji {

InspectorsPage::InspectorsPage(QWidget *parent) : Page(parent), m_bureauBox(new QComboBox(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("inspectorsPage"));
    m_bureauBox->addItem(tr("All bureaus"), QString());
    for (const Bureau &b : Bureau::all())
        m_bureauBox->addItem(b.displayName(i18n::isChinese()), b.id);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Badge no."), tr("Full name"), tr("Bureau"), tr("Section"), tr("Takes part"), tr("Conflicts of interest")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bureauBox, 0, Qt::AlignLeft);
    layout->addWidget(m_table);
    connect(m_bureauBox, &QComboBox::currentIndexChanged, this, &InspectorsPage::reload);
}

void InspectorsPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    reload();
}

void InspectorsPage::reload()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!m_db || !m_db->isOpen())
        return;
    const auto list = InspectorRepository(*m_db).list(m_bureauBox->currentData().toString());
    m_table->setRowCount(int(list.size()));
    const bool zh = i18n::isChinese();
    for (int r = 0; r < list.size(); ++r) {
        const Inspector &i = list.at(r);
        const auto *b = Bureau::byId(i.bureau);
        const QStringList cells = {i.badge, i.name, b ? b->displayName(zh) : i.bureau, i.section, i.active ? tr("Yes") : tr("No"), i.conflicts.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

} // namespace suiji
