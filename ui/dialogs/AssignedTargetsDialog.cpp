// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignedTargetsDialog.h"

#include "ledger/FactService.h"
#include "model/Bureau.h"
#include "theme/Theme.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "widgets/OperatorName.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace suiji {

AssignedTargetsDialog::AssignedTargetsDialog(const Database &db, const Clock &clock, const QString &bureau, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_bureau(bureau)
    , m_year(year)
    , m_table(new QTableWidget(0, 6, this))
    , m_item(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_due(new QDateEdit(this))
    , m_doneCount(new QSpinBox(this))
    , m_doneOn(new QDateEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("assignedTargetsDialog"));
    const Bureau *b = Bureau::byId(bureau);
    setWindowTitle(tr("Assigned targets (下达任务) · %1 · %2").arg(b ? b->displayName(i18n::isChinese()) : bureau).arg(year));

    m_table->setObjectName(QStringLiteral("assignedTable"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Count"), tr("Done"), tr("Left"), tr("Due"), tr("Handed down by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    // Hand down (or change) a target.
    auto *give = new QGroupBox(tr("Hand down or change a target"), this);
    auto *gf = new QFormLayout(give);
    m_item->setObjectName(QStringLiteral("assignedItem"));
    m_item->setEditable(true);
    m_item->setInsertPolicy(QComboBox::NoInsert);
    m_item->setMinimumContentsLength(16);
    m_item->lineEdit()->setPlaceholderText(tr("e.g. 深圳蓝新车（机械）执法检查"));
    m_count->setObjectName(QStringLiteral("assignedCount"));
    m_count->setRange(0, 100000);
    m_source->setPlaceholderText(tr("e.g. the document that handed it down"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(QDate(year, 12, 31));
    auto *save = new QPushButton(tr("&Save target"), give);
    save->setObjectName(QStringLiteral("assignedSave"));
    gf->addRow(tr("&Item:"), m_item);
    gf->addRow(tr("&Count:"), m_count);
    gf->addRow(tr("&Handed down by:"), m_source);
    gf->addRow(tr("D&ue:"), m_due);
    gf->addRow(QString(), save);

    // Record inspections against the selected target.
    auto *done = new QGroupBox(tr("Record inspections against the selected target"), this);
    auto *df = new QFormLayout(done);
    m_doneCount->setObjectName(QStringLiteral("assignedDoneCount"));
    m_doneCount->setRange(1, 100000);
    m_doneOn->setObjectName(QStringLiteral("assignedDoneOn"));
    m_doneOn->setCalendarPopup(true);
    m_doneOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = clock.today();
    m_doneOn->setDate(today.year() == year ? today : QDate(year, 12, 31));
    auto *add = new QPushButton(tr("&Record"), done);
    add->setObjectName(QStringLiteral("assignedRecord"));
    df->addRow(tr("&Inspections:"), m_doneCount);
    df->addRow(tr("&On:"), m_doneOn);
    df->addRow(QString(), add);

    m_message->setObjectName(QStringLiteral("assignedMessage"));
    m_message->setWordWrap(true);
    auto *forms = new QHBoxLayout;
    forms->addWidget(give, 3);
    forms->addWidget(done, 2);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);
    layout->addWidget(m_message);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(save, &QPushButton::clicked, this, &AssignedTargetsDialog::handDown);
    connect(add, &QPushButton::clicked, this, &AssignedTargetsDialog::record);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_item->setCurrentText(m_table->item(row, 0)->text());
        m_count->setValue(m_table->item(row, 1)->text().toInt());
        m_source->setText(m_table->item(row, 5)->text());
        const QDate due = QDate::fromString(m_table->item(row, 4)->text(), Qt::ISODate);
        if (due.isValid())
            m_due->setDate(due);
    });
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    reload();
}

void AssignedTargetsDialog::say(const QString &message, bool error)
{
    m_message->setStyleSheet(theme::textStyle(error ? theme::Role::Error : theme::Role::Info));
    m_message->setText(message);
}

void AssignedTargetsDialog::reload()
{
    const QString keep = m_item->currentText();
    m_table->setRowCount(0);
    m_item->clear();
    auto targets = AssignedRepository(m_db).list(m_bureau, m_year);
    if (!targets) {
        say(targets.message(), true);
        return;
    }
    for (const AssignedTarget &t : targets.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{t.item,
                                QString::number(t.count),
                                QString::number(t.doneTotal()),
                                QString::number(std::max(0, t.count - t.doneTotal())),
                                t.due.isValid() ? t.due.toString(Qt::ISODate) : QString(),
                                t.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 1 && c <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        m_item->addItem(t.item);
    }
    m_table->resizeColumnsToContents();
    m_item->setCurrentText(keep);
    if (targets->isEmpty())
        say(tr("No target is handed down to this bureau for %1 yet: enter the item and its count, then save.").arg(m_year), false);
}

void AssignedTargetsDialog::handDown()
{
    AssignedTarget t;
    t.bureau = m_bureau;
    t.year = m_year;
    t.item = m_item->currentText().trimmed();
    t.count = m_count->value();
    t.source = m_source->text().trimmed();
    t.due = m_due->date();
    if (t.item.isEmpty()) {
        say(tr("Name the item handed down (e.g. 深圳蓝新车（机械）执法检查)."), true);
        return;
    }
    if (t.due.year() != m_year) {
        say(tr("The due date %1 is not in %2.").arg(t.due.toString(Qt::ISODate)).arg(m_year), true);
        return;
    }
    if (auto s = FactService(m_db, m_clock).setAssignedTarget(t, operatorName()); !s) {
        say(s.message(), true);
        return;
    }
    m_changed = true;
    reload();
    say(tr("Saved: %1, %2 to do by %3.").arg(t.item).arg(t.count).arg(t.due.toString(Qt::ISODate)), false);
}

void AssignedTargetsDialog::record()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        say(tr("Select the target the inspections count towards."), true);
        return;
    }
    const QString item = m_table->item(row, 0)->text();
    const QDate on = m_doneOn->date();
    if (on > m_clock.today()) {
        say(tr("%1 lies in the future: record inspections once they have happened.").arg(on.toString(Qt::ISODate)), true);
        return;
    }
    if (on.year() != m_year) {
        say(tr("%1 is not in %2.").arg(on.toString(Qt::ISODate)).arg(m_year), true);
        return;
    }
    if (auto s = FactService(m_db, m_clock).recordAssigned(m_bureau, m_year, item, m_doneCount->value(), on, operatorName()); !s) {
        say(s.message(), true);
        return;
    }
    m_changed = true;
    reload();
    m_table->selectRow(row);
    say(tr("Recorded: %1 inspections of %2 on %3.").arg(m_doneCount->value()).arg(item, on.toString(Qt::ISODate)), false);
}

} // namespace suiji
