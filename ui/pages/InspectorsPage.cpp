// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorsPage.h"
#include "theme/Theme.h"

#include "model/Bureau.h"
#include "store/InspectorRepository.h"
#include "util/I18n.h"
#include "widgets/UndoButtons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace suiji {

namespace {
enum Col { Badge, Name, BureauCol, Section, Active, Conflicts };

class RosterEdit : public QUndoCommand {
public:
    RosterEdit(std::function<bool(const Inspector &)> write, Inspector before, Inspector after, const QString &text)
        : QUndoCommand(text)
        , m_write(std::move(write))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    bool applied = false;
    void redo() override
    {
        if (applied) {
            applied = false;
            return;
        }
        m_write(m_after);
    }
    void undo() override { m_write(m_before); }

private:
    std::function<bool(const Inspector &)> m_write;
    Inspector m_before, m_after;
};
} // namespace

InspectorsPage::InspectorsPage(QWidget *parent)
    : Page(parent)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_saveCount(new QPushButton(tr("Save for this quarter"), this))
{
    setObjectName(QStringLiteral("inspectorsPage"));
    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Badge no."), tr("Full name"), tr("Bureau"), tr("Section"), tr("Takes part"), tr("Conflicts of interest")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeaderItem(Conflicts)->setToolTip(tr("Double-click to edit: USCCs or codes separated by ；or ,"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textStyle(theme::Role::Error));
    m_count->setObjectName(QStringLiteral("quarterInspectorCount"));
    m_count->setRange(0, 10000);
    m_saveCount->setObjectName(QStringLiteral("saveQuarterCount"));
    auto *countLabel = new QLabel(tr("Inspectors taking part this &quarter:"), this);
    countLabel->setBuddy(m_count);

    const auto [undoButton, redoButton] = makeUndoButtons(this, &m_undo);

    auto *bar = new QHBoxLayout;
    bar->addWidget(countLabel);
    bar->addWidget(m_count);
    bar->addWidget(m_saveCount);
    bar->addStretch(1);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(m_saveCount, &QPushButton::clicked, this, [this] { saveQuarterCount(m_count->value()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || !m_table->item(item->row(), Badge))
            return;
        // The table sorts: find the inspector by the badge in the same row, not by the row number.
        const QString badge = m_table->item(item->row(), Badge)->text();
        const bool checked = item->checkState() == Qt::Checked;
        const QString text = item->text();
        if (item->column() == Active)
            QMetaObject::invokeMethod(
                this, [this, badge, checked] { setActive(badge, checked); }, Qt::QueuedConnection);
        else if (item->column() == Conflicts) {
            static const QRegularExpression sep(QStringLiteral("[;；,，、\\s]+"));
            const QStringList keys = text.split(sep, Qt::SkipEmptyParts);
            QMetaObject::invokeMethod(
                this, [this, badge, keys] { setConflicts(badge, keys); }, Qt::QueuedConnection);
        }
    });
}

void InspectorsPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_undo.clear();
    reload();
}

void InspectorsPage::setScope(const QString &bureau, const Quarter &quarter)
{
    if (bureau != m_bureau)
        m_undo.clear();
    Page::setScope(bureau, quarter);
    reload();
}

void InspectorsPage::reload()
{
    m_loading = true;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_roster.clear();
    if (m_db && m_db->isOpen()) {
        auto roster = InspectorRepository(*m_db).list(m_bureau);
        if (!roster)
            m_error->setText(roster.message()); // a failed read says so, never "no inspectors"
        m_roster = roster ? roster.value() : QList<Inspector>{};
        const bool zh = i18n::isChinese();
        m_table->setRowCount(int(m_roster.size()));
        int active = 0;
        for (int r = 0; r < m_roster.size(); ++r) {
            const Inspector &i = m_roster.at(r);
            active += i.active;
            const auto *b = Bureau::byId(i.bureau);
            const QStringList cells = {i.badge, i.name, b ? b->displayName(zh) : i.bureau, i.section, QString(), i.conflicts.join(QStringLiteral("；"))};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
                if (c == Active) {
                    f |= Qt::ItemIsUserCheckable;
                    item->setCheckState(i.active ? Qt::Checked : Qt::Unchecked);
                    item->setText(i.active ? tr("Yes") : tr("No"));
                }
                if (c == Conflicts)
                    f |= Qt::ItemIsEditable;
                item->setFlags(f);
                m_table->setItem(r, c, item);
            }
        }
        m_table->resizeColumnsToContents();
        const Bureau *b = Bureau::byId(m_bureau);
        const bool single = b && m_quarter.isValid();
        m_count->setEnabled(single);
        m_saveCount->setEnabled(single);
        if (single) {
            const auto read = InspectorRepository(*m_db).storedCount(m_bureau, m_quarter);
            if (!read)
                m_error->setText(read.message());
            const std::optional<int> stored = read ? read.value() : std::nullopt;
            m_count->setValue(stored.value_or(active));
            m_summary->setText(tr("%1: %2 inspectors, %3 taking part. %4 counts %5 for its quotas (%6).")
                                   .arg(b->displayName(zh))
                                   .arg(m_roster.size())
                                   .arg(active)
                                   .arg(m_quarter.toString())
                                   .arg(stored.value_or(active))
                                   .arg(stored ? tr("stored for the quarter") : tr("the roster's default")));
        } else {
            m_summary->setText(tr("The whole city: %1 inspectors, %2 taking part. Choose a bureau to set a quarter's count.").arg(m_roster.size()).arg(active));
        }
    }
    m_table->setSortingEnabled(true);
    m_loading = false;
}

bool InspectorsPage::apply(Inspector before, Inspector after, const QString &text)
{
    if (!m_db)
        return false;
    auto write = [this](const Inspector &i) {
        const Status s = InspectorRepository(*m_db).saveOne(i);
        m_error->setText(s ? QString() : s.message());
        reload();
        emit rosterChanged();
        return s.ok();
    };
    if (!write(after))
        return false;
    auto *cmd = new RosterEdit(write, std::move(before), std::move(after), text);
    cmd->applied = true;
    m_undo.push(cmd);
    return true;
}

bool InspectorsPage::setActive(const QString &badge, bool active)
{
    const QList<Inspector> roster = m_roster;
    for (const Inspector &i : roster)
        if (i.badge == badge) {
            Inspector after = i;
            after.active = active;
            return apply(i, after, active ? tr("%1 takes part").arg(i.name) : tr("%1 does not take part").arg(i.name));
        }
    return false;
}

bool InspectorsPage::setConflicts(const QString &badge, const QStringList &keys)
{
    const QList<Inspector> roster = m_roster;
    for (const Inspector &i : roster)
        if (i.badge == badge) {
            Inspector after = i;
            after.conflicts.clear();
            for (const QString &k : keys) {
                const QString key = k.trimmed().toUpper();
                if (!key.isEmpty() && !after.conflicts.contains(key))
                    after.conflicts << key;
            }
            after.conflicts.sort();
            return apply(i, after, tr("Conflicts of %1").arg(i.name));
        }
    return false;
}

bool InspectorsPage::saveQuarterCount(int count)
{
    if (!m_db || !Bureau::byId(m_bureau) || !m_quarter.isValid())
        return false;
    if (auto s = InspectorRepository(*m_db).saveCount(m_bureau, m_quarter, count); !s) {
        m_error->setText(s.message());
        return false;
    }
    reload();
    emit rosterChanged();
    return true;
}

} // namespace suiji
