// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignsPage.h"
#include "report/CampaignReport.h"
#include "theme/Theme.h"
#include "widgets/Background.h"
#include "widgets/OperatorName.h"

#include "calendar/WorkCalendar.h"
#include "draw/Sampler.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "rules/Classifier.h"
#include "store/CampaignRepository.h"
#include "store/InspectorRepository.h"
#include "store/ProfileRepository.h"
#include "util/I18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace suiji {

namespace {
QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

// Badges as the inspectors' names (the badge in a tooltip is enough for the record).
QString team(const QStringList &badges, const QHash<QString, QString> &names)
{
    QStringList out;
    for (const QString &b : badges)
        out << names.value(b, b);
    return out.join(QStringLiteral("、"));
}

// The dialogs' day field (YYYY-MM-DD with a calendar) and their OK/Cancel row.
QDateEdit *dayEdit(const QDate &day, QWidget *parent)
{
    auto *e = new QDateEdit(day, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

QDialogButtonBox *okCancel(QDialog &d)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    QObject::connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    return box;
}

QString originName(const QString &origin)
{
    if (origin == QLatin1String("random"))
        return CampaignsPage::tr("random task");
    if (origin == QLatin1String("must"))
        return CampaignsPage::tr("must-check");
    if (origin == QLatin1String("case"))
        return CampaignsPage::tr("case");
    return CampaignsPage::tr("campaign");
}
} // namespace

CampaignsPage::CampaignsPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_list(table(this, {tr("Name"), tr("Period"), tr("State"), tr("Done")}, QStringLiteral("campaignList")))
    , m_targets(table(this, {tr("No."), tr("Entity"), tr("Month"), tr("Team"), tr("State"), tr("Inspected"), tr("Result")}, QStringLiteral("campaignTargets")))
    , m_proposed(table(this, {tr("Entity"), tr("Month"), tr("Visit on"), tr("Tasks"), tr("Team")}, QStringLiteral("visitsProposed")))
    , m_accepted(table(this, {tr("Entity"), tr("Visit on"), tr("Tasks"), tr("Team")}, QStringLiteral("visitsAccepted")))
    , m_frequent(table(this, {tr("Entity"), tr("Bureau"), tr("On-site visits this year")}, QStringLiteral("visitsFrequent")))
    , m_procedure(new QLabel(this))
    , m_ceremony(new QLabel(this))
    , m_message(new QLabel(this))
    , m_visitsSummary(new QLabel(this))
    , m_new(new QPushButton(tr("&New campaign…"), this))
    , m_scope(new QPushButton(tr("&Scope…"), this))
    , m_step(new QPushButton(tr("&Approve…"), this))
    , m_lock(new QPushButton(tr("&Lock targets…"), this))
    , m_void(new QPushButton(tr("&Void the lock…"), this))
    , m_draw(new QPushButton(tr("&Draw targets…"), this))
    , m_inspect(new QPushButton(tr("&Record inspection…"), this))
    , m_close(new QPushButton(tr("&Close campaign"), this))
    , m_summary(new QPushButton(tr("Summary &PDF…"), this))
    , m_accept(new QPushButton(tr("&Accept the visit"), this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_procedure->setObjectName(QStringLiteral("campaignProcedure"));
    m_procedure->setWordWrap(true);
    m_procedure->setTextFormat(Qt::PlainText);
    m_ceremony->setWordWrap(true);
    m_ceremony->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_visitsSummary->setWordWrap(true);
    m_visitsSummary->setObjectName(QStringLiteral("visitsSummary"));
    m_new->setToolTip(tr("A special campaign for a region's or field's outstanding problem (Ctrl+N)."));
    m_scope->setToolTip(tr("Which entities the campaign takes; the count follows as you type. Fixed at approval."));
    m_step->setToolTip(tr("The procedure in its order: approval, filing, publication. Inspections are recorded only once it is published."));
    m_lock->setToolTip(tr("Lock the entities in scope and the roster before any seed: every one, or a random sample."));
    m_draw->setToolTip(tr("Try a seed rolled in public (each try is recorded), then commit the targets and their teams."));
    m_void->setToolTip(tr("Withdraw the lock before the commit, e.g. when the list was wrong; the reason is recorded and printed."));
    m_summary->setToolTip(tr("The campaign's summary: its procedure record, scope, the proof of its targets and the results."));

    // Tab 1: the campaigns and the one selected.
    auto *campaigns = new QWidget(this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_procedure);
    auto *steps = new QHBoxLayout;
    for (QPushButton *b : {m_scope, m_step, m_lock, m_void, m_draw, m_close, m_summary})
        steps->addWidget(b);
    steps->addStretch(1);
    right->addLayout(steps);
    right->addWidget(m_ceremony);
    right->addWidget(m_targets, 1);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addStretch(1);
    targetButtons->addWidget(m_inspect);
    right->addLayout(targetButtons);
    auto *leftBox = new QWidget(campaigns);
    leftBox->setLayout(left);
    auto *rightBox = new QWidget(campaigns);
    rightBox->setLayout(right);
    // The list above (a bureau runs a few campaigns a year), the one selected below.
    auto *split = new QSplitter(Qt::Vertical, campaigns);
    split->addWidget(leftBox);
    split->addWidget(rightBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    auto *cl = new QVBoxLayout(campaigns);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(split);
    m_tabs->addTab(campaigns, tr("Special campaigns (专项)"));

    // Tab 2: one visit per company.
    auto *visits = new QWidget(this);
    auto *vl = new QVBoxLayout(visits);
    vl->setContentsMargins(0, 0, 0, 0);
    vl->addWidget(m_visitsSummary);
    vl->addWidget(new QLabel(tr("Proposed: the on-site tasks of one company due in the same month, visited once."), visits));
    vl->addWidget(m_proposed, 2);
    auto *vb = new QHBoxLayout;
    vb->addStretch(1);
    vb->addWidget(m_accept);
    vl->addLayout(vb);
    auto *bottom = new QHBoxLayout;
    auto *acc = new QVBoxLayout;
    acc->addWidget(new QLabel(tr("Accepted this quarter:"), visits));
    acc->addWidget(m_accepted);
    auto *fr = new QVBoxLayout;
    fr->addWidget(new QLabel(tr("Visited most this year (入企频次):"), visits));
    fr->addWidget(m_frequent);
    bottom->addLayout(acc, 3);
    bottom->addLayout(fr, 2);
    vl->addLayout(bottom, 2);
    m_tabs->addTab(visits, tr("One visit (一次入企)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &CampaignsPage::showSelected);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1 && !m_loaded.visitsRead)
            reload();
    });
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::openCreateDialog);
    connect(m_scope, &QPushButton::clicked, this, &CampaignsPage::openScopeDialog);
    connect(m_step, &QPushButton::clicked, this, &CampaignsPage::openStepDialog);
    connect(m_lock, &QPushButton::clicked, this, &CampaignsPage::openLockDialog);
    connect(m_draw, &QPushButton::clicked, this, &CampaignsPage::openDrawDialog);
    connect(m_void, &QPushButton::clicked, this, [this] {
        const auto c = current();
        if (!c)
            return;
        bool ok = false;
        const QString why = QInputDialog::getText(
            this, tr("Void the lock"), tr("Why is the lock of %1 withdrawn? The reason is recorded and printed on the campaign's summary.").arg(c->name),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            voidLock(c->id, why);
    });
    connect(m_summary, &QPushButton::clicked, this, [this] {
        const auto c = current();
        if (!c)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the campaign's summary"), tr("专项总结-%1.pdf").arg(c->id), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            writeSummary(c->id, path);
    });
    connect(m_inspect, &QPushButton::clicked, this, &CampaignsPage::openInspectionDialog);
    connect(m_targets, &QTableWidget::doubleClicked, this, &CampaignsPage::openInspectionDialog);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (const auto c = current(); c && m_profile) {
            auto r = CampaignService(*m_db, *m_profile).close(c->id, {}, operatorName());
            say(r ? Status(Ok{}) : Status(r.error()), tr("Campaign %1 closed.").arg(c->id));
        }
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        const int row = m_proposed->currentRow();
        if (row >= 0 && row < m_proposals.size())
            acceptVisit(m_proposals[row].id);
    });
    auto *newKey = new QShortcut(QKeySequence::New, this, this, &CampaignsPage::openCreateDialog);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    showSelected();
}

void CampaignsPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_profile.reset();
    if (db && db->isOpen())
        if (auto p = ProfileRepository(*db).active())
            m_profile = std::make_shared<const RuleProfile>(p.value());
    reload();
}

void CampaignsPage::setScope(const QString &bureau, const Quarter &quarter)
{
    Page::setScope(bureau, quarter);
    reload();
}

void CampaignsPage::say(const Status &s, const QString &done)
{
    m_message->setStyleSheet(s ? QString() : theme::textStyle(theme::Role::Error));
    m_message->setText(s ? done : s.message());
    if (s) {
        reload();
        emit changed();
    }
}

void CampaignsPage::reload()
{
    if (!m_db || !m_db->isOpen() || !m_profile) {
        apply(Loaded{});
        return;
    }
    const int gen = ++m_generation;
    const auto profile = m_profile;
    const QString bureau = m_bureau;
    const Quarter quarter = m_quarter;
    // The proposals read every ledger, case and target of the scope: only for the tab that shows
    // them (a city's scope change must not spend the workers on a page nobody looks at).
    const bool withVisits = m_tabs->currentIndex() == 1;
    ++m_loading;
    runOnDatabase<Loaded>(
        this, *m_db,
        [profile, bureau, quarter, withVisits](const Database &db) -> Result<Loaded> {
            Loaded l;
            CampaignRepository repo(db);
            auto list = repo.list(bureau);
            if (!list)
                return list.error();
            l.campaigns = list.value();
            auto tasks = repo.tasksOfBureau(bureau);
            if (!tasks)
                return tasks.error();
            for (const CampaignTask &t : tasks.value())
                l.tasks[t.campaign] << t;
            const CampaignService campaigns(db, *profile);
            for (const Campaign &c : std::as_const(l.campaigns)) {
                auto st = campaigns.ceremony(c);
                if (!st)
                    return st.error();
                l.ceremonies.insert(c.id, st.value());
            }
            auto names = InspectorRepository(db).names();
            if (!names)
                return names.error();
            l.names = names.value();
            if (!withVisits)
                return l;
            l.visitsRead = true;
            auto cal = WorkCalendar::load(db);
            if (!cal)
                return cal.error();
            const VisitService visits(db, *profile, cal.value());
            auto proposed = visits.propose(quarter, bureau);
            if (!proposed)
                return proposed.error();
            l.proposed = proposed.value();
            auto q = visits.accepted(quarter, bureau);
            if (!q)
                return q.error();
            l.quarter = q.value();
            auto y = visits.acceptedInYear(quarter.year, bureau);
            if (!y)
                return y.error();
            l.year = y.value();
            auto f = visits.frequent(quarter.year, bureau);
            if (!f)
                return f.error();
            l.frequent = f.value();
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
            apply(r.value());
        });
}

void CampaignsPage::apply(const Loaded &l)
{
    const QString keep = m_select.isEmpty() ? selectedCampaign() : std::exchange(m_select, QString());
    {
        const QSignalBlocker block(m_list);
        m_loaded = l;
        m_list->setRowCount(int(m_campaigns.size()));
        for (int i = 0; i < m_campaigns.size(); ++i) {
            const Campaign &c = m_campaigns[i];
            const QList<CampaignTask> tasks = m_loaded.tasks.value(c.id);
            const int done = int(std::count_if(tasks.begin(), tasks.end(), [](const CampaignTask &t) { return t.status == QLatin1String("done"); }));
            setRow(m_list, i,
                   {c.name, QStringLiteral("%1 – %2").arg(c.from.toString(QStringLiteral("yyyy-MM")), c.to.toString(QStringLiteral("yyyy-MM"))),
                    Campaign::stateName(c.state, !tasks.isEmpty()),
                    tasks.isEmpty() ? QStringLiteral("—") : QStringLiteral("%1/%2").arg(done).arg(tasks.size())});
            m_list->item(i, 0)->setToolTip(c.id);
        }
        m_list->resizeColumnsToContents();
        m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_list->clearSelection();
        for (int i = 0; i < m_campaigns.size(); ++i)
            if (m_campaigns[i].id == keep)
                m_list->selectRow(i);
        if (m_list->selectedItems().isEmpty() && !m_campaigns.isEmpty())
            m_list->selectRow(0);
    }
    showSelected();
    reloadVisits();
}

std::optional<Campaign> CampaignsPage::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_campaigns.size() || m_list->selectedItems().isEmpty())
        return std::nullopt;
    return m_campaigns[row];
}

void CampaignsPage::selectCampaign(const QString &id)
{
    for (int i = 0; i < m_campaigns.size(); ++i)
        if (m_campaigns[i].id == id)
            m_list->selectRow(i);
}

QString CampaignsPage::selectedCampaign() const
{
    const auto c = current();
    return c ? c->id : QString();
}

QStringList CampaignsPage::campaignIds() const
{
    QStringList out;
    for (const Campaign &c : m_campaigns)
        out << c.id;
    return out;
}

void CampaignsPage::showSelected()
{
    const auto c = current();
    m_targets->setRowCount(0);
    for (QPushButton *b : {m_scope, m_step, m_lock, m_void, m_draw, m_inspect, m_close, m_summary})
        b->setEnabled(false);
    m_new->setEnabled(m_db && m_profile && !m_db->readOnly());
    if (!c) {
        m_procedure->setText(m_campaigns.isEmpty() ? tr("No special campaign in this scope yet. A campaign goes through approval, filing and publication "
                                                        "before its inspections; its targets are every entity in scope or a sample drawn in public.")
                                                   : QString());
        m_ceremony->clear();
        return;
    }
    QStringList lines;
    const Bureau *b = Bureau::byId(c->bureau);
    lines << tr("%1 · %2 · %3 – %4").arg(c->name, b ? b->displayName(i18n::isChinese()) : c->bureau, date(c->from), date(c->to));
    if (!c->basis.isEmpty() || !c->field.isEmpty())
        lines << tr("Basis: %1   Field: %2").arg(c->basis.isEmpty() ? QStringLiteral("—") : c->basis, c->field.isEmpty() ? QStringLiteral("—") : c->field);
    lines << (c->offsite ? tr("Checked off site (书面核查、信息共享、智慧监管)") : tr("Checked on site"));
    lines << (c->scopeSet ? tr("Scope: %n entity(ies) (fingerprint %1)", nullptr, c->scopeCount).arg(c->scopeFp.left(16)) : tr("Scope: not set"));
    lines << (c->approvedOn.isValid() ? tr("✓ Approved by %1 on %2, document %3").arg(c->approvedBy, date(c->approvedOn), c->approvalDoc) : tr("○ Approval"));
    lines << (c->filedOn.isValid() ? tr("✓ Filed with %1 on %2").arg(c->filedWith, date(c->filedOn)) : tr("○ Filing"));
    lines << (c->publishedOn.isValid() ? tr("✓ Published on %1, %2").arg(date(c->publishedOn), c->publishedWhere) : tr("○ Publication"));
    if (c->closedOn.isValid())
        lines << tr("✓ Closed on %1").arg(date(c->closedOn));
    m_procedure->setText(lines.join(QLatin1Char('\n')));

    const bool writable = m_db && !m_db->readOnly();
    const QList<CampaignTask> tasks = m_loaded.tasks.value(c->id);
    const bool drawn = !tasks.isEmpty();
    const std::optional<CampaignCeremony> ceremony =
        m_loaded.ceremonies.contains(c->id) ? std::optional<CampaignCeremony>(m_loaded.ceremonies.value(c->id)) : std::nullopt;
    if (ceremony) {
        if (ceremony->commit) {
            const QJsonObject f = ceremony->commit->fields();
            m_ceremony->setText(tr("Targets committed with seed %1 (commit %2); %n seed(s) tried.", nullptr, int(ceremony->attempts.size()))
                                    .arg(f.value(QStringLiteral("seed")).toString(), ceremony->commit->recordHash.left(16)));
        } else if (ceremony->freeze) {
            const QJsonObject pool = ceremony->freeze->fields().value(QStringLiteral("pools")).toArray().first().toObject();
            m_ceremony->setText(tr("Targets locked (freeze %1): %2 to draw; %n seed(s) tried.", nullptr, int(ceremony->attempts.size()))
                                    .arg(ceremony->freeze->recordHash.left(16))
                                    .arg(pool.value(QStringLiteral("k")).toInt()));
        } else {
            m_ceremony->setText(tr("Targets not yet locked."));
        }
    }
    const bool open = c->state != QLatin1String("closed");
    m_scope->setEnabled(writable && c->state == QLatin1String("draft") && !(ceremony && (ceremony->freeze || ceremony->commit)));
    m_step->setEnabled(writable && (c->state == QLatin1String("draft") || c->state == QLatin1String("approved") || c->state == QLatin1String("filed")));
    m_step->setText(c->state == QLatin1String("approved") ? tr("&File…") : c->state == QLatin1String("filed") ? tr("&Publish…") : tr("&Approve…"));
    m_lock->setEnabled(writable && open && c->scopeSet && ceremony && !ceremony->freeze && !ceremony->commit);
    m_draw->setEnabled(writable && open && ceremony && ceremony->freeze && !ceremony->commit);
    m_void->setEnabled(writable && ceremony && ceremony->freeze && !ceremony->commit);
    m_summary->setEnabled(m_profile != nullptr);
    m_inspect->setEnabled(writable && c->state == QLatin1String("published") && drawn);
    m_close->setEnabled(writable && c->state == QLatin1String("published"));
    const QHash<QString, QString> &names = m_loaded.names;
    m_targets->setRowCount(int(tasks.size()));
    for (int i = 0; i < tasks.size(); ++i) {
        const CampaignTask &t = tasks.at(i);
        setRow(m_targets, i,
               {QString::number(t.seq), t.name.isEmpty() ? t.key : t.name, c->monthStart(t.month).toString(QStringLiteral("yyyy-MM")),
                team(t.inspectors, names), t.status == QLatin1String("done") ? tr("done") : tr("planned"), date(t.inspectionDate), t.result});
        m_targets->item(i, 1)->setToolTip(t.key);
    }
    m_targets->resizeColumnsToContents();
}

void CampaignsPage::reloadVisits()
{
    m_accepted->setRowCount(0);
    m_frequent->setRowCount(0);
    m_proposed->setRowCount(0);
    if (!m_db || !m_profile)
        return;
    const VisitSummary *accepted = &m_loaded.quarter;
    const VisitSummary *year = &m_loaded.year;
    const QList<EntityVisits> *frequent = &m_loaded.frequent;
    auto tasksText = [](const Visit &v) {
        QStringList parts;
        for (const VisitItem &i : v.items)
            parts << QStringLiteral("%1 · %2").arg(originName(i.origin), i.label);
        return parts.join(QStringLiteral("；"));
    };
    const QHash<QString, QString> &names = m_loaded.names;
    m_proposed->setRowCount(int(m_proposals.size()));
    for (int i = 0; i < m_proposals.size(); ++i) {
        const Visit &v = m_proposals[i];
        setRow(m_proposed, i, {v.name, v.month.toString(QStringLiteral("yyyy-MM")), date(v.date), tasksText(v), team(v.inspectors, names)});
        m_proposed->item(i, 0)->setToolTip(v.key);
    }
    m_accepted->setRowCount(int(accepted->accepted.size()));
    for (int i = 0; i < accepted->accepted.size(); ++i) {
        const Visit &v = accepted->accepted[i];
        QStringList origins;
        for (const VisitItem &it : v.items)
            origins << originName(it.origin);
        setRow(m_accepted, i, {v.name, date(v.date), origins.join(QStringLiteral("、")), team(v.inspectors, names)});
    }
    m_frequent->setRowCount(int(frequent->size()));
    for (int i = 0; i < frequent->size(); ++i) {
        const EntityVisits &e = frequent->at(i);
        const Bureau *b = Bureau::byId(e.bureau);
        setRow(m_frequent, i, {e.name, b ? b->displayName(i18n::isChinese()) : e.bureau, QString::number(e.visits)});
    }
    for (QTableWidget *t : {m_proposed, m_accepted, m_frequent})
        t->resizeColumnsToContents();
    m_visitsSummary->setStyleSheet(QString());
    m_visitsSummary->setText(tr("%1: %n combined visit(s) proposed. Accepted this quarter: %2, sparing %3 visit(s); this year: %4, sparing %5. "
                                "%6 company(ies) above %7 on-site visits this year.",
                                nullptr, int(m_proposals.size()))
                                 .arg(tr("%1 Q%2").arg(m_quarter.year).arg(m_quarter.q))
                                 .arg(accepted->accepted.size())
                                 .arg(accepted->saved)
                                 .arg(year->accepted.size())
                                 .arg(year->saved)
                                 .arg(frequent->size())
                                 .arg(m_profile->visitsYearlyAlert));
    m_accept->setEnabled(!m_proposals.isEmpty() && !m_db->readOnly());
}

// ---- the actions ------------------------------------------------------------------------------

Status CampaignsPage::create(const Campaign &c)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto r = CampaignService(*m_db, *m_profile).create(c, operatorName());
    if (r)
        m_select = r->id;
    say(r ? Status(Ok{}) : Status(r.error()), tr("Campaign %1 created (草拟). Set its scope, then have it approved, filed and published.").arg(c.id));
    return r ? Status(Ok{}) : Status(r.error());
}

Status CampaignsPage::applyScope(const QString &id, const CampaignScope &scope)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto r = CampaignService(*m_db, *m_profile).setScope(id, scope, operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? tr("Scope of %1: %n entity(ies).", nullptr, r->scopeCount).arg(id) : QString());
    return s;
}

int CampaignsPage::scopeCount(const Campaign &c, const CampaignScope &scope) const
{
    if (!m_db || !m_profile)
        return -1;
    auto r = CampaignService(*m_db, *m_profile).inScope(c, scope);
    return r ? int(r->size()) : -1;
}

Status CampaignsPage::nextStep(const QString &id, const QString &who, const QDate &on, const QString &doc)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    const CampaignService service(*m_db, *m_profile);
    auto c = service.find(id);
    if (!c)
        return c.error();
    Result<Campaign> r = c->state == QLatin1String("draft")      ? service.approve(id, who, on, doc, operatorName())
                         : c->state == QLatin1String("approved") ? service.file(id, who, on, operatorName())
                                                                 : service.publish(id, who, on, operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? tr("Campaign %1 is now %2.").arg(id, Campaign::stateName(r->state)) : QString());
    return s;
}

Status CampaignsPage::lockTargets(const QString &id, std::optional<int> sample)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto r = CampaignService(*m_db, *m_profile).freeze(id, sample, QString(), operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? tr("Targets of %1 locked (freeze %2). Roll the seed in public, then draw.").arg(id, r->recordHash.left(16)) : QString());
    return s;
}

Status CampaignsPage::voidLock(const QString &id, const QString &reason)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto r = CampaignService(*m_db, *m_profile).voidFreeze(id, reason, operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? tr("The lock %1 of %2 is voided; lock the targets again when the list is right.").arg(r->freezeHash.left(16), id) : QString());
    return s;
}

void CampaignsPage::writeSummary(const QString &id, const QString &path, std::function<void(bool)> done)
{
    if (!m_db || !m_profile)
        return;
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Writing the summary of %1…").arg(id));
    const std::shared_ptr<const RuleProfile> profile = m_profile;
    ++m_loading;
    runOnDatabase<int>(
        this, *m_db, [profile, id, path](const Database &db) { return report::writeCampaignReport(db, *profile, id, path); },
        [this, path, done](Result<int> r) {
            --m_loading;
            m_message->setStyleSheet(r ? QString() : theme::textStyle(theme::Role::Error));
            m_message->setText(r ? tr("Summary written to %1 (%n page(s)).", nullptr, r.value()).arg(QDir::toNativeSeparators(path)) : r.message());
            if (done)
                done(bool(r));
        });
}

Status CampaignsPage::drawTargets(const QString &id, const QString &seed, bool commit, const QString &reason)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto r = CampaignService(*m_db, *m_profile).draw(id, seed, commit, reason, operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? (commit ? tr("Committed: %n target(s) with seed %1.", nullptr, int(r->tasks.size())).arg(seed)
                       : tr("Seed %1 tried (attempt %2): %n target(s); commit it to keep them.", nullptr, int(r->tasks.size())).arg(seed).arg(r->attemptNumber))
             : QString());
    return s;
}

Status CampaignsPage::recordInspection(const QString &id, const QString &key, const QDate &on, const QString &result)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto r = CampaignService(*m_db, *m_profile).taskDone(id, key, on, result, operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? tr("Inspection of %1 recorded.").arg(r->name.isEmpty() ? key : r->name) : QString());
    return s;
}

Status CampaignsPage::acceptVisit(const QString &visitId)
{
    if (!m_db || !m_profile)
        return Error{tr("No database is open.")};
    auto cal = WorkCalendar::load(*m_db);
    if (!cal)
        return cal.error();
    auto r = VisitService(*m_db, *m_profile, cal.value()).accept(m_quarter, visitId, {}, operatorName());
    const Status s = r ? Status(Ok{}) : Status(r.error());
    say(s, r ? tr("One visit to %1 on %2 for %n task(s).", nullptr, int(r->items.size())).arg(r->name, date(r->date)) : QString());
    return s;
}

QString CampaignsPage::procedureText() const
{
    return m_procedure->text();
}

QString CampaignsPage::messageText() const
{
    return m_message->text();
}

int CampaignsPage::targetRows() const
{
    return m_targets->rowCount();
}

QStringList CampaignsPage::proposedVisits() const
{
    QStringList out;
    for (const Visit &v : m_proposals)
        out << v.id;
    return out;
}

int CampaignsPage::acceptedVisits() const
{
    return m_accepted->rowCount();
}

QString CampaignsPage::visitsSummary() const
{
    return m_visitsSummary->text();
}

// ---- the dialogs ------------------------------------------------------------------------------

void CampaignsPage::openCreateDialog()
{
    if (!m_db || !m_profile || m_db->readOnly())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("New special campaign"));
    auto *id = new QLineEdit(&d);
    id->setPlaceholderText(QStringLiteral("ZX2025-VOCS"));
    auto *name = new QLineEdit(&d);
    auto *bureau = new QComboBox(&d);
    for (const Bureau &b : Bureau::all())
        bureau->addItem(b.displayName(i18n::isChinese()), b.id);
    if (!m_bureau.isEmpty())
        bureau->setCurrentIndex(bureau->findData(m_bureau));
    auto *from = dayEdit(m_quarter.firstDay(), &d);
    auto *to = dayEdit(m_quarter.lastDay(), &d);
    auto *basis = new QLineEdit(&d);
    auto *field = new QLineEdit(&d);
    auto *offsite = new QCheckBox(tr("Checked off site (书面核查、信息共享、智慧监管): no visit to the companies"), &d);
    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), id);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Bureau:"), bureau);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(tr("Legal &basis:"), basis);
    form->addRow(tr("&Field or region:"), field);
    form->addRow(QString(), offsite);
    auto *error = new QLabel(&d);
    error->setWordWrap(true);
    error->setStyleSheet(theme::textStyle(theme::Role::Error));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    auto *l = new QVBoxLayout(&d);
    l->addLayout(form);
    l->addWidget(error);
    l->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &d, [&] {
        Campaign c;
        c.id = id->text();
        c.name = name->text();
        c.bureau = bureau->currentData().toString();
        c.from = from->date();
        c.to = to->date();
        c.basis = basis->text();
        c.field = field->text();
        c.offsite = offsite->isChecked();
        // Kept open with what was typed when refused.
        if (auto s = create(c); !s)
            error->setText(s.message());
        else
            d.accept();
    });
    d.exec();
}

void CampaignsPage::openScopeDialog()
{
    const auto c = current();
    if (!c)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Scope of %1").arg(c->name));
    auto *category = new QComboBox(&d);
    category->addItem(tr("Every list"), QString());
    for (const Category &cat : Category::all())
        category->addItem(i18n::isChinese() ? cat.nameZh : cat.nameEn, cat.id);
    auto *level = new QComboBox(&d);
    level->addItem(tr("Any level"), QString());
    level->addItem(tr("general"), QStringLiteral("general"));
    level->addItem(tr("key"), QStringLiteral("key"));
    auto *cls = new QComboBox(&d);
    cls->addItem(tr("Any class"), QString());
    for (const char *k : {"general", "key", "special", "offsite"})
        cls->addItem(Classifier::className(QLatin1String(k)), QLatin1String(k));
    auto *industry = new QLineEdit(&d);
    industry->setPlaceholderText(tr("e.g. 涂料"));
    auto *street = new QLineEdit(&d);
    auto *count = new QLabel(&d);
    count->setObjectName(QStringLiteral("scopeCount"));
    const CampaignScope was = c->scope;
    if (!was.categories.isEmpty())
        category->setCurrentIndex(std::max(0, category->findData(was.categories.first())));
    level->setCurrentIndex(std::max(0, level->findData(was.level)));
    cls->setCurrentIndex(std::max(0, cls->findData(was.cls)));
    industry->setText(was.industry);
    street->setText(was.street);
    auto scope = [&] {
        CampaignScope s;
        if (!category->currentData().toString().isEmpty())
            s.categories = {category->currentData().toString()};
        s.level = level->currentData().toString();
        s.cls = cls->currentData().toString();
        s.industry = industry->text().trimmed();
        s.street = street->text().trimmed();
        s.keys = was.keys;
        return s;
    };
    QTimer debounce;
    debounce.setSingleShot(true);
    debounce.setInterval(250);
    connect(&debounce, &QTimer::timeout, &d, [&] {
        const int n = scopeCount(*c, scope());
        count->setText(n < 0 ? tr("The count cannot be read.") : tr("%n entity(ies) in scope.", nullptr, n));
    });
    auto later = [&debounce] { debounce.start(); };
    connect(category, &QComboBox::currentIndexChanged, &d, later);
    connect(level, &QComboBox::currentIndexChanged, &d, later);
    connect(cls, &QComboBox::currentIndexChanged, &d, later);
    connect(industry, &QLineEdit::textChanged, &d, later);
    connect(street, &QLineEdit::textChanged, &d, later);
    debounce.start(0);
    auto *form = new QFormLayout;
    form->addRow(tr("&List:"), category);
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Class:"), cls);
    form->addRow(tr("&Industry contains:"), industry);
    form->addRow(tr("&Street contains:"), street);
    form->addRow(QString(), count);
    auto *box = okCancel(d);
    auto *l = new QVBoxLayout(&d);
    l->addLayout(form);
    l->addWidget(box);
    if (d.exec() == QDialog::Accepted)
        applyScope(c->id, scope());
}

void CampaignsPage::openStepDialog()
{
    const auto c = current();
    if (!c)
        return;
    const bool approve = c->state == QLatin1String("draft"), file = c->state == QLatin1String("approved");
    QDialog d(this);
    d.setWindowTitle(approve ? tr("Approval of %1").arg(c->name) : file ? tr("Filing of %1").arg(c->name) : tr("Publication of %1").arg(c->name));
    auto *who = new QLineEdit(&d);
    auto *doc = new QLineEdit(&d);
    auto *on = dayEdit(Clock::process().today(), &d);
    auto *form = new QFormLayout;
    form->addRow(approve ? tr("Approved &by:") : file ? tr("Filed &with:") : tr("Published &where:"), who);
    if (approve)
        form->addRow(tr("&Document number:"), doc);
    form->addRow(tr("&Date:"), on);
    auto *box = okCancel(d);
    auto *l = new QVBoxLayout(&d);
    l->addLayout(form);
    l->addWidget(box);
    if (d.exec() == QDialog::Accepted)
        nextStep(c->id, who->text(), on->date(), doc->text());
}

void CampaignsPage::openLockDialog()
{
    const auto c = current();
    if (!c)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Lock the targets of %1").arg(c->name));
    auto *all = new QRadioButton(tr("Every entity in scope (%n)", nullptr, c->scopeCount), &d);
    auto *sample = new QRadioButton(tr("A random sample of:"), &d);
    auto *n = new QSpinBox(&d);
    n->setRange(1, std::max(1, c->scopeCount));
    n->setValue(std::max(1, c->scopeCount / 10));
    all->setChecked(true);
    auto *row = new QHBoxLayout;
    row->addWidget(sample);
    row->addWidget(n);
    row->addStretch(1);
    auto *box = okCancel(d);
    auto *l = new QVBoxLayout(&d);
    l->addWidget(new QLabel(tr("The entities in scope and the roster are locked now, before any seed is known, and recorded in the chain."), &d));
    l->addWidget(all);
    l->addLayout(row);
    l->addWidget(box);
    if (d.exec() == QDialog::Accepted)
        lockTargets(c->id, sample->isChecked() ? std::optional<int>(n->value()) : std::nullopt);
}

void CampaignsPage::openDrawDialog()
{
    const auto c = current();
    if (!c)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Draw the targets of %1").arg(c->name));
    auto *seed = new QLineEdit(&d);
    seed->setPlaceholderText(tr("the digits rolled in public"));
    auto *reason = new QLineEdit(&d);
    reason->setPlaceholderText(tr("only when the seed is not the first one tried"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Seed:"), seed);
    form->addRow(tr("&Reason:"), reason);
    auto *box = new QDialogButtonBox(&d);
    QPushButton *preview = box->addButton(tr("&Try this seed"), QDialogButtonBox::ActionRole);
    QPushButton *commit = box->addButton(tr("&Commit"), QDialogButtonBox::AcceptRole);
    box->addButton(QDialogButtonBox::Close);
    auto *result = new QLabel(&d);
    result->setWordWrap(true);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(preview, &QPushButton::clicked, &d, [&] {
        const Status s = drawTargets(c->id, seed->text().trimmed(), false, {});
        result->setStyleSheet(s ? QString() : theme::textStyle(theme::Role::Error));
        result->setText(s ? m_message->text() : s.message());
    });
    connect(commit, &QPushButton::clicked, &d, [&] {
        const Status s = drawTargets(c->id, seed->text().trimmed(), true, reason->text());
        if (s)
            d.accept();
        else {
            result->setStyleSheet(theme::textStyle(theme::Role::Error));
            result->setText(s.message());
        }
    });
    auto *l = new QVBoxLayout(&d);
    l->addLayout(form);
    l->addWidget(result);
    l->addWidget(box);
    d.exec();
}

void CampaignsPage::openInspectionDialog()
{
    const auto c = current();
    const int row = m_targets->currentRow();
    if (!c || row < 0 || !m_inspect->isEnabled())
        return;
    const QString key = m_targets->item(row, 1)->toolTip();
    QDialog d(this);
    d.setWindowTitle(tr("Inspection of %1").arg(m_targets->item(row, 1)->text()));
    auto *on = dayEdit(Clock::process().today(), &d);
    auto *result = new QLineEdit(&d);
    result->setText(tr("No violation found"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Inspected on:"), on);
    form->addRow(tr("&Result:"), result);
    auto *box = okCancel(d);
    auto *l = new QVBoxLayout(&d);
    l->addLayout(form);
    l->addWidget(box);
    if (d.exec() == QDialog::Accepted)
        recordInspection(c->id, key, on->date(), result->text());
}

} // namespace suiji
