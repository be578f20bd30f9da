// SPDX-License-Identifier: GPL-3.0-or-later
#include "CasesPage.h"
#include "dialogs/CaseDialogs.h"
#include "models/CaseTableModel.h"
#include "theme/Theme.h"
#include "widgets/Background.h"
#include "widgets/OperatorName.h"
#include "widgets/UndoButtons.h"

#include "io/CaseImporter.h"
#include "model/Bureau.h"
#include "store/CaseRepository.h"
#include "store/InspectorRepository.h"
#include "store/ProfileRepository.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace suiji {

namespace {
// Filters on the model's rows: source, level, state, overdue only.
class CaseFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString source, level, state;
    bool overdueOnly = false;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const CaseRow &r = static_cast<CaseTableModel *>(sourceModel())->row(row);
        return (source.isEmpty() || r.item.source == source) && (level.isEmpty() || r.item.level == level) && (state.isEmpty() || r.item.state == state) &&
               (!overdueOnly || r.timing.overdue);
    }
};

// One change to the ledger: undo puts the cases (and their entities' marks) back as they were,
// redo as the change left them, each a recorded step; a refused one says why and leaves the stack.
class CaseEdit : public QUndoCommand {
public:
    CaseEdit(const QString &text, CaseChange change, std::function<Status(bool back, const CaseChange &)> put)
        : QUndoCommand(text)
        , m_change(std::move(change))
        , m_put(std::move(put))
    {
    }
    bool applied = true; // made before the push: QUndoStack::push must not make it twice
    void undo() override { apply(true); }
    void redo() override
    {
        if (std::exchange(applied, false))
            return;
        apply(false);
    }

private:
    void apply(bool back)
    {
        if (!m_put(back, m_change))
            setObsolete(true); // refused: nothing was written, and it cannot be tried again
    }
    CaseChange m_change;
    std::function<Status(bool, const CaseChange &)> m_put;
};

struct Loaded {
    QList<CaseRow> rows;
    QHash<QString, QString> names;
    CaseMeasures measures;
};
} // namespace

CasesPage::CasesPage(QWidget *parent)
    : Page(parent)
    , m_model(new CaseTableModel(this))
    , m_proxy(new CaseFilterProxy(this))
    , m_view(new QTableView(this))
    , m_source(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_import(new QPushButton(tr("&Import list…"), this))
    , m_enter(new QPushButton(tr("&New case…"), this))
    , m_edit(new QPushButton(tr("Corr&ect…"), this))
    , m_dispatch(new QPushButton(tr("&Dispatch"), this))
    , m_team(new QPushButton(tr("&Team…"), this))
    , m_check(new QPushButton(tr("&Record check…"), this))
    , m_close(new QPushButton(tr("Feed back and c&lose"), this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("casesPage"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseTableModel::Received, Qt::DescendingOrder); // the newest first
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CaseTableModel::Entity, QHeaderView::Stretch);
    m_source->setObjectName(QStringLiteral("caseSource"));
    m_source->addItem(tr("All sources"), QString());
    for (const QString &s : CaseItem::sources())
        m_source->addItem(s, s);
    m_level->setObjectName(QStringLiteral("caseLevel"));
    m_level->addItem(tr("All levels"), QString());
    for (const QString &l : {QStringLiteral("红"), QStringLiteral("橙"), QStringLiteral("黄")})
        m_level->addItem(l, l);
    m_state->setObjectName(QStringLiteral("caseState"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : CaseItem::states())
        m_state->addItem(CaseItem::stateName(s), s);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setWordWrap(true);
    QFont sf = m_summary->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.15);
    sf.setBold(true);
    m_summary->setFont(sf);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dispatch->setToolTip(tr("Dispatch the selected waiting cases, each to two inspectors without a conflict and with the fewest open cases and tasks."));
    m_check->setToolTip(tr("Record the check and the outcome of the selected case (Ctrl+R)."));
    m_close->setToolTip(tr("Record the feedback to the source and the closure, today, for the selected handled cases."));
    m_enter->setToolTip(tr("Enter a case received outside the platforms' lists: a call, a letter, a referral on paper (Ctrl+N)."));
    m_edit->setToolTip(tr("Correct what the source said about the selected case (entity, level, time, content); its record stays."));
    m_team->setToolTip(tr("Choose the team of the selected case yourself (before its check)."));
    m_enter->setObjectName(QStringLiteral("caseEnter"));
    m_edit->setObjectName(QStringLiteral("caseEdit"));
    m_team->setObjectName(QStringLiteral("caseTeam"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_source);
    filters->addWidget(m_level);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    // The actions on a row of their own, so the page fits a 1024-wide window in either language.
    const auto [undoButton, redoButton] = makeUndoButtons(this, m_undo);
    auto *actions = new QHBoxLayout;
    actions->addWidget(undoButton);
    actions->addWidget(redoButton);
    actions->addWidget(m_import);
    actions->addWidget(m_enter);
    actions->addWidget(m_edit);
    actions->addStretch(1);
    actions->addWidget(m_dispatch);
    actions->addWidget(m_team);
    actions->addWidget(m_check);
    actions->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    for (QComboBox *b : {m_source, m_level, m_state})
        connect(b, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a case list"), QString(), tr("Lists (*.xlsx *.csv *.tsv *.txt)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_dispatch, &QPushButton::clicked, this, &CasesPage::dispatchSelected);
    connect(m_enter, &QPushButton::clicked, this, [this] { openEntryDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEntryDialog(true); });
    connect(m_team, &QPushButton::clicked, this, &CasesPage::openTeamDialog);
    auto *enterKey = new QShortcut(QKeySequence::New, this, this, [this] { openEntryDialog(false); });
    enterKey->setContext(Qt::WidgetWithChildrenShortcut);
    // The one-case actions want one case selected.
    auto oneSelected = [this] {
        const bool one = m_view->selectionModel()->selectedRows().size() == 1;
        for (QPushButton *b : {m_edit, m_team, m_check})
            b->setEnabled(one);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, oneSelected);
    oneSelected();
    connect(m_check, &QPushButton::clicked, this, &CasesPage::openCheckDialog);
    connect(m_close, &QPushButton::clicked, this, [this] { closeSelected(Clock::process().today()); });
    connect(m_view, &QTableView::doubleClicked, this, &CasesPage::openCheckDialog);
    auto *checkKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &CasesPage::openCheckDialog);
    checkKey->setContext(Qt::WidgetWithChildrenShortcut);
}

void CasesPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_undo->clear();
    m_profile.reset();
    if (db && db->isOpen())
        if (auto p = ProfileRepository(*db).active())
            m_profile = std::make_shared<const RuleProfile>(p.value());
    reload();
}

void CasesPage::setScope(const QString &bureau, const Quarter &quarter)
{
    if (bureau != m_bureau)
        m_undo->clear(); // the history belongs to the ledger on screen
    Page::setScope(bureau, quarter);
    reload();
}

void CasesPage::reload()
{
    if (!m_db || !m_db->isOpen() || !m_profile) {
        m_model->setRows({}, {});
        m_summary->clear();
        return;
    }
    const int gen = ++m_generation;
    const auto profile = m_profile;
    const QString bureau = m_bureau == QLatin1String(Bureau::kMobile) ? QStringLiteral("mobile") : m_bureau;
    ++m_loading;
    runOnDatabase<Loaded>(
        this, *m_db,
        [profile, bureau](const Database &db) -> Result<Loaded> {
            auto cal = WorkCalendar::load(db);
            if (!cal)
                return cal.error();
            const CaseService service(db, *profile, cal.value());
            auto all = CaseRepository(db).list(CaseFilter{bureau, {}, {}});
            if (!all)
                return all.error();
            auto names = InspectorRepository(db).names(bureau);
            if (!names)
                return names.error();
            Loaded l;
            l.rows.reserve(all->size());
            for (const CaseItem &c : all.value())
                l.rows << CaseRow{c, service.timing(c)};
            l.names = names.value();
            l.measures = service.measuresOf(all.value()); // the rows just read, not a second read
            return l;
        },
        [this, gen](Result<Loaded> r) {
            --m_loading;
            if (gen != m_generation)
                return;
            if (!r) {
                m_message->setStyleSheet(theme::textStyle(theme::Role::Error));
                m_message->setText(r.message());
                return;
            }
            const QStringList keep = selectedRefs();
            m_model->setRows(r->rows, r->names);
            m_view->resizeColumnsToContents();
            m_view->horizontalHeader()->setSectionResizeMode(CaseTableModel::Entity, QHeaderView::Stretch);
            selectRefs(keep);
            const CaseMeasures &m = r->measures;
            auto pct = [](int a, int b) { return b ? QString::number(100.0 * a / b, 'f', 1) : QStringLiteral("—"); };
            m_summary->setText(tr("%1 cases · closed %2 (%3%) · platforms' alerts closed %4% of %5 (target 100%) · red alerts closed %6 of %7 · open %8 · "
                                  "overdue %9")
                                   .arg(m.total)
                                   .arg(m.closed)
                                   .arg(pct(m.closed, m.total))
                                   .arg(pct(m.platformClosed, m.platformTotal))
                                   .arg(m.platformTotal)
                                   .arg(m.redClosed)
                                   .arg(m.redTotal)
                                   .arg(m.open)
                                   .arg(m.overdue));
            m_summary->setStyleSheet(m.overdue > 0 || m.redClosed < m.redTotal ? theme::textStyle(theme::Role::Warning) : QString());
        });
}

void CasesPage::applyFilter()
{
    auto *p = static_cast<CaseFilterProxy *>(m_proxy);
    p->source = m_source->currentData().toString();
    p->level = m_level->currentData().toString();
    p->state = m_state->currentData().toString();
    p->overdueOnly = m_overdue->isChecked();
    p->invalidate();
}

QStringList CasesPage::selectedRefs() const
{
    QStringList refs;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        refs << i.data(Qt::UserRole).toString();
    return refs;
}

void CasesPage::selectRefs(const QStringList &refs)
{
    m_view->clearSelection();
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (refs.contains(m_proxy->index(r, 0).data(Qt::UserRole).toString()))
            m_view->selectionModel()->select(m_proxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QStringList CasesPage::shownRefs() const
{
    QStringList refs;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        refs << m_proxy->index(r, 0).data(Qt::UserRole).toString();
    return refs;
}

QString CasesPage::summaryText() const
{
    return m_summary->text();
}

QString CasesPage::messageText() const
{
    return m_message->text();
}

// Writes on a worker (its own connection), then reads the ledger again; the change goes on the
// undo stack.
void CasesPage::run(const QString &what, const QString &text, std::function<Result<CaseChange>(const CaseService &)> work)
{
    if (!m_db || !m_profile)
        return;
    const auto profile = m_profile;
    m_message->setStyleSheet(QString());
    m_message->setText(what);
    ++m_running;
    runOnDatabase<CaseChange>(
        this, *m_db,
        [profile, work](const Database &db) -> Result<CaseChange> {
            auto cal = WorkCalendar::load(db);
            if (!cal)
                return cal.error();
            return work(CaseService(db, *profile, cal.value()));
        },
        [this, text](Result<CaseChange> r) {
            --m_running;
            m_message->setStyleSheet(r ? QString() : theme::textStyle(theme::Role::Error));
            m_message->setText(r ? tr("Recorded.") : r.message());
            if (r && r->count() > 0)
                pushDone(text, r.value());
            reload();
            emit casesChanged();
        },
        Database::Mode::ReadWrite);
}

void CasesPage::pushDone(const QString &text, const CaseChange &change)
{
    const auto profile = m_profile;
    m_undo->push(new CaseEdit(text, change, [this, profile](bool back, const CaseChange &c) -> Status {
        auto cal = WorkCalendar::load(*m_db);
        if (!cal)
            return cal.error();
        const CaseService service(*m_db, *profile, cal.value());
        const Status s = back ? service.undo(c, operatorName()) : service.redo(c, operatorName());
        m_message->setStyleSheet(s ? QString() : theme::textStyle(theme::Role::Error));
        m_message->setText(s ? (back ? tr("Undone.") : tr("Redone.")) : s.message());
        // Read again here, not on the stack's indexChanged: the stack also signals while it is
        // cleared and while it is destroyed with the page.
        reload();
        emit casesChanged();
        return s;
    }));
}

Status CasesPage::onThisThread(const QString &text, const std::function<Result<CaseChange>(const CaseService &)> &work)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto cal = WorkCalendar::load(*m_db);
    if (!cal)
        return cal.error();
    auto r = work(CaseService(*m_db, *m_profile, cal.value()));
    if (!r)
        return r.error();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Recorded."));
    pushDone(text, r.value());
    reload();
    emit casesChanged();
    return Ok{};
}

Status CasesPage::enterCase(const CaseItem &c)
{
    return onThisThread(tr("Enter case"), [c](const CaseService &s) { return s.enter(c); });
}

Status CasesPage::editCase(const CaseItem &c)
{
    return onThisThread(tr("Correct case %1").arg(c.ref()), [c](const CaseService &s) { return s.edit(c); });
}

void CasesPage::importFile(const QString &path)
{
    if (!m_db)
        return;
    ++m_running;
    m_message->setText(tr("Reading %1…").arg(path));
    runOnDatabase<QString>(
        this, *m_db,
        [path](const Database &db) -> Result<QString> {
            const ImportReport report = CaseImporter(db).run(path, ImportOptions{});
            if (report.ok())
                return report.toText();
            return Error{report.toText(), 3};
        },
        [this](Result<QString> r) {
            --m_running;
            m_message->setStyleSheet(r ? QString() : theme::textStyle(theme::Role::Error));
            m_message->setText(r ? r.value() : r.message());
            reload();
            emit casesChanged();
        },
        Database::Mode::ReadWrite);
}

void CasesPage::dispatchSelected()
{
    const QStringList refs = selectedRefs();
    if (refs.isEmpty())
        return;
    const QString op = operatorName();
    run(tr("Dispatching %n case(s)…", nullptr, int(refs.size())), tr("Dispatch %n case(s)", nullptr, int(refs.size())),
        [refs, op](const CaseService &s) { return s.dispatchAll(refs, op); });
}

void CasesPage::assignTeam(const QString &ref, const QStringList &badges, const QDate &due)
{
    const QString op = operatorName();
    run(tr("Recording…"), tr("Team for %1").arg(ref), [ref, badges, due, op](const CaseService &s) { return s.assignChange(ref, badges, due, op); });
}

bool CasesPage::recordCheck(const QString &ref, const CaseUpdate &u)
{
    if (!m_db || !m_profile)
        return false;
    const QString op = operatorName();
    run(tr("Recording…"), tr("Record the check of %1").arg(ref), [ref, u, op](const CaseService &s) { return s.updateChange(ref, u, op); });
    return true;
}

void CasesPage::closeSelected(const QDate &day)
{
    const QStringList refs = selectedRefs();
    if (refs.isEmpty())
        return;
    const QString op = operatorName();
    run(tr("Closing %n case(s)…", nullptr, int(refs.size())), tr("Close %n case(s)", nullptr, int(refs.size())),
        [refs, day, op](const CaseService &s) { return s.closeAll(refs, day, op); });
}

void CasesPage::openCheckDialog()
{
    const QStringList refs = selectedRefs();
    if (refs.size() != 1)
        return;
    QDialog d(this);
    d.setObjectName(QStringLiteral("caseCheckDialog"));
    d.setWindowTitle(tr("Record the check of %1").arg(refs.first()));
    auto *date = new QDateEdit(Clock::process().today(), &d);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *mode = new QComboBox(&d);
    mode->addItem(tr("on-site"), QStringLiteral("onsite"));
    mode->addItem(tr("off-site"), QStringLiteral("offsite"));
    auto *finding = new QLineEdit(&d);
    finding->setPlaceholderText(tr("What the check found"));
    auto *outcome = new QComboBox(&d);
    for (const QString &o : CaseItem::outcomes())
        outcome->addItem(o, o);
    auto *number = new QLineEdit(&d);
    number->setPlaceholderText(tr("Case number (立案处罚, 移送)"));
    auto *clue = new QCheckBox(tr("A violation clue (违法线索) at this monitoring agency"), &d);
    clue->setToolTip(tr("The agency becomes a must-check in the next quarter drawn; it arrives on the check date."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Checked on:"), date);
    form->addRow(tr("&Mode:"), mode);
    form->addRow(tr("&Finding:"), finding);
    form->addRow(QString(), clue);
    form->addRow(tr("&Outcome:"), outcome);
    form->addRow(tr("Case &number:"), number);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *l = new QVBoxLayout(&d);
    l->addLayout(form);
    l->addWidget(box);
    if (d.exec() != QDialog::Accepted)
        return;
    CaseUpdate u{date->date(), mode->currentData().toString(), finding->text(), outcome->currentData().toString(), number->text(), {}, {}};
    u.violationClue = clue->isChecked();
    recordCheck(refs.first(), u);
}

void CasesPage::openEntryDialog(bool editing)
{
    if (!m_db || !m_profile)
        return;
    CaseItem c;
    if (editing) {
        const QStringList refs = selectedRefs();
        if (refs.size() != 1)
            return;
        auto found = CaseRepository(*m_db).find(refs.first());
        if (!found || !found.value()) {
            m_message->setStyleSheet(theme::textStyle(theme::Role::Error));
            m_message->setText(found ? tr("Case %1 is no longer in the file.").arg(refs.first()) : found.message());
            return;
        }
        c = *found.value();
    } else {
        c.bureau = m_bureau;
    }
    CaseEntryDialog d(
        c, editing, [this, editing](const CaseItem &item) { return editing ? editCase(item) : enterCase(item); }, this);
    d.exec();
}

void CasesPage::openTeamDialog()
{
    const QStringList refs = selectedRefs();
    if (refs.size() != 1 || !m_db || !m_profile)
        return;
    auto cal = WorkCalendar::load(*m_db);
    if (!cal)
        return;
    const CaseService service(*m_db, *m_profile, cal.value());
    auto c = service.find(refs.first());
    if (!c)
        return;
    auto roster = InspectorRepository(*m_db).list(c->bureau);
    if (!roster) {
        m_message->setStyleSheet(theme::textStyle(theme::Role::Error));
        m_message->setText(roster.message());
        return;
    }
    QStringList team = c->team;
    if (team.isEmpty())
        if (auto s = service.suggestTeam(c.value()))
            team = s.value();
    CaseTeamDialog d(c.value(), roster.value(), team, c->due.isValid() ? c->due : service.timing(c.value()).closeDue, this);
    if (d.exec() == QDialog::Accepted)
        assignTeam(c->ref(), d.badges(), d.due());
}

} // namespace suiji
