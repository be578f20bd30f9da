// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDialogs.h"
#include "theme/Theme.h"

#include "model/Bureau.h"
#include "util/Clock.h"
#include "util/I18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace suiji {

CaseEntryDialog::CaseEntryDialog(const CaseItem &c, bool editing, std::function<Status(const CaseItem &)> save, QWidget *parent)
    : QDialog(parent)
    , m_original(c)
    , m_save(std::move(save))
    , m_source(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_bureau(new QComboBox(this))
    , m_number(new QLineEdit(c.number, this))
    , m_type(new QLineEdit(c.type, this))
    , m_name(new QLineEdit(c.name, this))
    , m_uscc(new QLineEdit(c.uscc, this))
    , m_received(new QDateTimeEdit(this))
    , m_hasDue(new QCheckBox(tr("Its own due date:"), this))
    , m_due(new QDateEdit(this))
    , m_content(new QPlainTextEdit(c.content, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caseEntryDialog"));
    setWindowTitle(editing ? tr("Correct case %1").arg(c.ref()) : tr("Enter a case"));
    for (const QString &s : CaseItem::sources())
        m_source->addItem(s, s);
    m_source->setCurrentIndex(std::max(0, m_source->findData(c.source.isEmpty() ? QStringLiteral("投诉举报") : c.source)));
    m_source->setEnabled(!editing); // the source and number name the case
    m_number->setReadOnly(editing);
    m_number->setPlaceholderText(tr("Blank: numbered SD-date-001 …"));
    m_level->addItem(tr("none"), QString());
    for (const QString &l : {QStringLiteral("红"), QStringLiteral("橙"), QStringLiteral("黄")})
        m_level->addItem(l, l);
    m_level->setCurrentIndex(std::max(0, m_level->findData(c.level)));
    for (const Bureau &b : Bureau::all())
        m_bureau->addItem(b.displayName(i18n::isChinese()), b.id);
    m_bureau->setCurrentIndex(std::max(0, m_bureau->findData(c.bureau)));
    const QDateTime now = Clock::process().now();
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    // The source's wall-clock time, as given (held as UTC: no zone is applied to it).
    m_received->setTimeSpec(Qt::UTC);
    m_received->setDateTime(c.received.isValid() ? c.received : QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_due->setDate(c.dueGiven.isValid() ? c.dueGiven : now.date().addDays(15));
    m_hasDue->setChecked(c.dueGiven.isValid());
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_uscc->setPlaceholderText(tr("Links the case to the entity list"));
    m_content->setTabChangesFocus(true);
    m_content->setMaximumHeight(m_content->fontMetrics().lineSpacing() * 5);
    m_error->setObjectName(QStringLiteral("caseEntryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textStyle(theme::Role::Error));
    m_error->hide();
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("N&umber:"), m_number);
    form->addRow(tr("Alert &level:"), m_level);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Entity:"), m_name);
    form->addRow(tr("&USCC or code:"), m_uscc);
    form->addRow(tr("&Bureau:"), m_bureau);
    form->addRow(tr("&Received:"), m_received);
    form->addRow(QString(), due);
    form->addRow(tr("&Content:"), m_content);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &CaseEntryDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *l = new QVBoxLayout(this);
    l->addLayout(form);
    l->addWidget(m_error);
    l->addWidget(box);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    m_name->setFocus();
}

CaseItem CaseEntryDialog::item() const
{
    CaseItem c = m_original;
    c.source = m_source->currentData().toString();
    c.number = m_number->text().trimmed();
    c.level = m_level->currentData().toString();
    c.type = m_type->text();
    c.name = m_name->text();
    c.uscc = m_uscc->text().trimmed();
    c.bureau = m_bureau->currentData().toString();
    c.received = QDateTime(m_received->date(), m_received->time(), Qt::UTC);
    c.dueGiven = m_hasDue->isChecked() ? m_due->date() : QDate();
    c.content = m_content->toPlainText();
    return c;
}

void CaseEntryDialog::accept()
{
    if (const Status s = m_save(item()); !s) {
        m_error->setText(s.message());
        m_error->show();
        return; // what was typed stays
    }
    QDialog::accept();
}

CaseTeamDialog::CaseTeamDialog(const CaseItem &c, const QList<Inspector> &roster, const QStringList &team, const QDate &due, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_due(new QDateEdit(due, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caseTeamDialog"));
    setWindowTitle(tr("Team for case %1").arg(c.ref()));
    m_list->setObjectName(QStringLiteral("caseTeamList"));
    for (const Inspector &i : roster) {
        if (!i.active)
            continue;
        const bool conflict = !c.key.isEmpty() && i.conflicts.contains(c.key);
        auto *item =
            new QListWidgetItem(conflict ? tr("%1 (%2) — conflict of interest (回避)").arg(i.name, i.badge) : tr("%1 (%2)").arg(i.name, i.badge), m_list);
        item->setData(Qt::UserRole, i.badge);
        item->setFlags(conflict ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(!conflict && team.contains(i.badge) ? Qt::Checked : Qt::Unchecked);
    }
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textStyle(theme::Role::Error));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Due:"), m_due);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &CaseTeamDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("Two inspectors or more, ticked; the suggestion has the fewest open cases and tasks this month."), this));
    l->addWidget(m_list, 1);
    l->addLayout(form);
    l->addWidget(m_error);
    l->addWidget(box);
}

QStringList CaseTeamDialog::badges() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

QDate CaseTeamDialog::due() const
{
    return m_due->date();
}

void CaseTeamDialog::accept()
{
    if (badges().size() < 2) {
        m_error->setText(tr("Tick two inspectors or more."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace suiji
