// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityEditDialog.h"
#include "theme/Theme.h"
#include "util/Clock.h"

#include "io/CellParsers.h"
#include "model/Category.h"
#include "util/I18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace suiji {

namespace {
QComboBox *choice(QWidget *parent, const QStringList &values, const QString &current)
{
    auto *b = new QComboBox(parent);
    for (const QString &v : values)
        b->addItem(v.isEmpty() ? EntityEditDialog::tr("(none)") : v, v);
    b->setCurrentIndex(std::max(0, b->findData(current)));
    return b;
}

QLineEdit *dateField(QWidget *parent, const QDate &d)
{
    auto *e = new QLineEdit(d.isValid() ? d.toString(Qt::ISODate) : QString(), parent);
    e->setPlaceholderText(EntityEditDialog::tr("YYYY-MM-DD or empty"));
    return e;
}

QDate dateOf(const QLineEdit *e)
{
    return cells::parseDate(e->text().trimmed()).date;
}
} // namespace

EntityEditDialog::EntityEditDialog(const Entity &e, QWidget *parent) : QDialog(parent), m_original(e)
{
    setObjectName(QStringLiteral("entityEditDialog"));
    const Category *c = Category::byId(e.category);
    setWindowTitle(tr("Edit %1").arg(e.name));
    m_name = new QLineEdit(e.name, this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_level = choice(this, {QStringLiteral("general"), QStringLiteral("key")}, e.level);
    m_level->setItemText(0, tr("General"));
    m_level->setItemText(1, tr("Key"));
    m_industry = new QLineEdit(e.industry, this);
    m_street = new QLineEdit(e.street, this);
    m_address = new QLineEdit(e.address, this);
    m_credit = choice(this, {QString(), QStringLiteral("诚信"), QStringLiteral("良好"), QStringLiteral("警示"), QStringLiteral("不良")}, e.credit);
    m_vocs = choice(this, {QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, e.vocs);
    m_complaints = new QSpinBox(this);
    m_complaints->setRange(0, 1000000);
    m_complaints->setValue(e.complaints);
    m_positive = new QCheckBox(tr("On the positive list"), this);
    m_positive->setChecked(e.positiveList);
    m_clue = new QCheckBox(tr("Has a violation clue"), this);
    m_clue->setChecked(e.violationClue);
    m_penalty = dateField(this, e.penaltyDate);
    m_penalty->setObjectName(QStringLiteral("editPenalty"));
    m_waiver = dateField(this, e.waiverDate);
    m_removed = dateField(this, e.removedDate);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textStyle(theme::Role::Error));

    auto *form = new QFormLayout(this);
    form->addRow(tr("USCC / code:"), new QLabel(e.key, this));
    form->addRow(tr("Category:"), new QLabel(c ? (i18n::isChinese() ? c->nameZh : c->nameEn) : e.category, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Credit grade:"), m_credit);
    form->addRow(tr("&VOCs grade:"), m_vocs);
    form->addRow(tr("Last &penalty:"), m_penalty);
    form->addRow(tr("Penalty &waived on:"), m_waiver);
    form->addRow(tr("Complaints last &quarter:"), m_complaints);
    form->addRow(QString(), m_positive);
    form->addRow(QString(), m_clue);
    form->addRow(tr("Left the key list on:"), m_removed);
    form->addRow(m_error);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &EntityEditDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
}

Entity EntityEditDialog::entity() const
{
    Entity e = m_original;
    e.name = m_name->text().trimmed();
    e.level = m_level->currentData().toString();
    e.industry = m_industry->text().trimmed();
    e.street = m_street->text().trimmed();
    e.address = m_address->text().trimmed();
    e.credit = m_credit->currentData().toString();
    e.vocs = m_vocs->currentData().toString();
    e.complaints = m_complaints->value();
    e.positiveList = m_positive->isChecked();
    e.violationClue = m_clue->isChecked();
    e.penaltyDate = dateOf(m_penalty);
    e.waiverDate = dateOf(m_waiver);
    e.removedDate = dateOf(m_removed);
    return e;
}

QString EntityEditDialog::problem(const Entity &e)
{
    if (e.name.trimmed().isEmpty())
        return tr("The name is empty.");
    for (const QDate &d : {e.penaltyDate, e.waiverDate, e.removedDate})
        if (const QString p = cells::futureDateProblem(d, Clock::process().today()); !p.isEmpty())
            return p;
    return QString();
}

void EntityEditDialog::accept()
{
    // A date typed but not understood must not silently become "no date": the importer's rule.
    for (const QLineEdit *f : {m_penalty, m_waiver, m_removed})
        if (const QString p = cells::dateProblem(f->text(), Clock::process().today()); !p.isEmpty()) {
            m_error->setText(p);
            return;
        }
    const QString p = problem(entity());
    if (!p.isEmpty()) {
        m_error->setText(p);
        return;
    }
    QDialog::accept();
}

} // namespace suiji
