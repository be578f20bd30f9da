// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawPage.h"
#include "models/DrawTableModels.h"
#include "theme/Theme.h"
#include "widgets/OperatorName.h"
#include "widgets/TableFit.h"

#include "draw/Bundle.h"
#include "draw/Sampler.h"
#include "model/Bureau.h"
#include "report/PlanReport.h"
#include "rules/Classifier.h"
#include "rules/QuotaService.h"
#include "store/DrawRepository.h"
#include "store/InspectorRepository.h"
#include "store/ProfileRepository.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "widgets/Background.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace suiji {

namespace {
QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 10);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setResizeContentsPrecision(60);
    v->setWordWrap(false);
    return v;
}

QStandardItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QStandardItem(text);
    i->setTextAlignment(align);
    i->setToolTip(text); // the full text where a narrow column elides it
    return i;
}

QStandardItem *number(int n)
{
    auto *i = new QStandardItem;
    i->setData(n, Qt::DisplayRole);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}
} // namespace

DrawPage::DrawPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_inspectors(new QSpinBox(this))
    , m_saveCount(new QPushButton(tr("Save for this quarter"), this))
    , m_quotaModel(new QuotaTableModel(this))
    , m_quotaView(makeView(m_quotaModel, QStringLiteral("quotaTable"), this))
    , m_warnings(new QLabel(this))
    , m_seed(new QLineEdit(this))
    , m_propose(new QPushButton(tr("Propose digits"), this))
    , m_previewButton(new QPushButton(tr("&Preview (F5)"), this))
    , m_commitButton(new QPushButton(tr("&Commit…"), this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_taskModel(new DrawTaskTableModel(this))
    , m_taskView(makeView(m_taskModel, QStringLiteral("drawTaskTable"), this))
    , m_historyModel(new DrawHistoryTableModel(this))
    , m_historyView(makeView(m_historyModel, QStringLiteral("drawHistoryTable"), this))
    , m_verifyButton(new QPushButton(tr("&Verify all draws"), this))
    , m_verifyResult(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_seedSource(new QLineEdit(this))
    , m_freezeButton(new QPushButton(tr("&Lock the lists"), this))
    , m_voidButton(new QPushButton(tr("Void the lock…"), this))
    , m_noticeButton(new QPushButton(tr("Draw &notice (PDF)…"), this))
    , m_publishButton(new QPushButton(tr("Public &bundle…"), this))
    , m_anchor(new QLineEdit(this))
    , m_reasonLabel(new QLabel(tr("&Reason:"), this))
    , m_reason(new QLineEdit(this))
    , m_attemptModel(new QStandardItemModel(this))
    , m_attemptView(makeView(m_attemptModel, QStringLiteral("attemptTable"), this))
{
    setObjectName(QStringLiteral("drawPage"));
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.35);
    hf.setBold(true);
    m_heading->setFont(hf);
    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpCountAndSeed();
    setUpCeremonyControls();
    setUpQuotaTable();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildQuotaPanel());
    split->addWidget(buildTabs());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildCeremonyRows());
    layout->addWidget(split, 1);
    connectActions();
    updateButtons();
}

// The inspector count and the seed row.
void DrawPage::setUpCountAndSeed()
{
    m_inspectors->setObjectName(QStringLiteral("inspectorCount"));
    m_inspectors->setRange(0, 10000);
    m_inspectors->setAccelerated(true);
    m_saveCount->setObjectName(QStringLiteral("saveInspectorCount"));
    m_saveCount->setToolTip(tr(
        "Store this number as the bureau's inspector count for the quarter. Without a stored number, the count of inspectors marked as taking part is used."));

    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setPlaceholderText(tr("e.g. 58203174960318427705"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[!-~]{0,128}")), m_seed));
    m_seed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_seed->setMinimumWidth(m_seed->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_propose->setToolTip(tr("20 digits from the computer's secure random source, for when no dice are at hand."));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_commitButton->setObjectName(QStringLiteral("commitButton"));
    m_commitButton->setToolTip(tr("Write the previewed draws and tasks (Ctrl+Enter). Committed draws cannot be changed or drawn again."));
}

// The lock, its banner, the seed's source and the reason for another seed.
void DrawPage::setUpCeremonyControls()
{
    // The ceremony's state in large type: not locked, locked (the freeze hash to publish), final.
    m_banner->setObjectName(QStringLiteral("drawState"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bf = m_banner->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.2);
    bf.setBold(true);
    m_banner->setFont(bf);
    m_banner->setMargin(8);
    m_seedSource->setObjectName(QStringLiteral("seedSourceEdit"));
    m_seedSource->setText(tr("Ten-sided die rolled 20 times at the meeting"));
    m_seedSource->setToolTip(
        tr("How the seed will be made, recorded in the lock before anyone knows it (dice at the meeting, a named future public number, …)."));
    m_freezeButton->setObjectName(QStringLiteral("freezeButton"));
    m_freezeButton->setToolTip(tr("Fix the quarter's pools and roster before any seed exists. The lock's hash is printed for the meeting; from then on imports "
                                  "and roster edits do not change this quarter's draw."));
    m_voidButton->setObjectName(QStringLiteral("voidButton"));
    m_voidButton->setToolTip(tr("Withdraw the lock (only before a commit), with a reason that is recorded and printed on the quarter's reports."));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Required: why this seed and not the first one tried"));
    m_reasonLabel->setBuddy(m_reason);
}

// The quota table's columns, with what each means.
void DrawPage::setUpQuotaTable()
{
    m_quotaView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_quotaView->horizontalHeader()->setStretchLastSection(false);
    m_warnings->setObjectName(QStringLiteral("quotaWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(theme::textStyle(theme::Role::Warning));
}

// Heading with the ceremony's buttons, the count and seed source, the banner, the seed row.
QLayout *DrawPage::buildCeremonyRows()
{
    auto *countLabel = new QLabel(tr("&Inspectors taking part:"), this);
    countLabel->setBuddy(m_inspectors);
    auto *seedLabel = new QLabel(tr("&Seed:"), this);
    seedLabel->setBuddy(m_seed);
    auto *sourceLabel = new QLabel(tr("Seed &source:"), this);
    sourceLabel->setBuddy(m_seedSource);
    auto *ceremonyRow = new QHBoxLayout;
    ceremonyRow->addWidget(countLabel);
    ceremonyRow->addWidget(m_inspectors);
    ceremonyRow->addWidget(m_saveCount);
    ceremonyRow->addSpacing(24);
    ceremonyRow->addWidget(sourceLabel);
    ceremonyRow->addWidget(m_seedSource, 1);
    // The ceremony's buttons sit beside the heading, so the rows fit a 1024-wide window.
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_freezeButton);
    headingRow->addWidget(m_voidButton);
    headingRow->addWidget(m_noticeButton);
    headingRow->addWidget(m_publishButton);
    m_noticeButton->setObjectName(QStringLiteral("noticeButton"));
    m_noticeButton->setToolTip(tr("The one-page 抽取公告 of the lock for the meeting: its hash, the pools with k and pool_fp, the seed source, a QR code."));
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setToolTip(tr("A folder anyone can use to check the committed draw offline: draw.json, verify.py, verify.html, README.txt."));

    auto *top = new QHBoxLayout;
    top->addWidget(seedLabel);
    top->addWidget(m_seed, 1);
    top->addWidget(m_propose);
    top->addWidget(m_previewButton);
    top->addWidget(m_reasonLabel);
    top->addWidget(m_reason, 1);
    top->addWidget(m_commitButton);

    auto *layout = new QVBoxLayout;
    layout->addLayout(headingRow);
    layout->addLayout(ceremonyRow);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    return layout;
}

// Left: the quotas, their warnings and the profile in force.
QWidget *DrawPage::buildQuotaPanel()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_quotaView, 1);
    leftLayout->addWidget(m_warnings);
    // The quarter lies in another year than the profile's: one click makes that year's profile.
    m_yearProfileButton = new QPushButton(this);
    m_yearProfileButton->setObjectName(QStringLiteral("yearProfileButton"));
    m_yearProfileButton->hide();
    connect(m_yearProfileButton, &QPushButton::clicked, this, [this] {
        if (!m_db || !m_profile)
            return;
        auto copy = m_profile->forYear(m_quarter.year);
        if (!copy) {
            m_message->setText(copy.message());
            return;
        }
        auto saved = ProfileRepository(*m_db).save(copy.value(), Clock::process().now().toString(Qt::ISODate));
        if (!saved) {
            m_message->setText(saved.message());
            return;
        }
        m_message->setText(
            tr("Rule profile %1 made from %2 and now in force. Check its rules against this year's plan in Settings.").arg(copy->id, m_profile->id));
        emit profileChanged();
    });
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileLabel, 1);
    profileRow->addWidget(m_yearProfileButton);
    leftLayout->addLayout(profileRow);

    return left;
}

// Right: preview (or the ceremony explained), the seeds tried, committed draws with verify; the message.
QWidget *DrawPage::buildTabs()
{
    // Before a preview, the preview tab explains the ceremony; after it, it lists the tasks.
    auto *ceremony = new QLabel(tr("<h3>The public draw, in three steps</h3><ol><li><b>Lock the lists</b> before any seed exists: the pools, "
                                   "quotas and roster are fixed, and the lock's hash is read out and published.</li><li>At the planning meeting, in "
                                   "front of witnesses, roll a ten-sided die 20 times and type the digits as the seed. Each preview is on the record "
                                   "as an attempt.</li><li><b>Commit</b> the first seed tried; another seed needs a reason, which is printed on the "
                                   "plan.</li></ol><p>Anyone holding the published seed and the pool fingerprints can recompute every selection with "
                                   "<code>sha256sum</code>, and the whole quarter with the public bundle.</p>"),
                                this);
    ceremony->setObjectName(QStringLiteral("ceremonyText"));
    ceremony->setWordWrap(true);
    ceremony->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    ceremony->setMargin(16);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(ceremony);
    m_previewStack->addWidget(m_taskView);
    // The code goes last, so a 1366×768 window shows month, mode, team and partners without
    // scrolling sideways (the class is in the pool's name and the mode).
    m_taskView->horizontalHeader()->moveSection(3, 7);
    auto *historyTab = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyTab);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_anchor->setObjectName(QStringLiteral("anchorEdit"));
    m_anchor->setPlaceholderText(tr("Hash printed on the plan or the notice (optional)"));
    m_anchor->setToolTip(tr("A record hash kept outside this file — typed from the plan, the 抽取公告 or read from its QR code. Verify then also checks that "
                            "the file still holds that record unchanged, with everything before it."));
    m_anchor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *anchorLabel = new QLabel(tr("&Anchor:"), this);
    anchorLabel->setBuddy(m_anchor);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(anchorLabel);
    verifyRow->addWidget(m_anchor, 2);
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_verifyResult, 3);
    historyLayout->addWidget(m_historyView, 1);
    historyLayout->addLayout(verifyRow);
    m_attemptModel->setHorizontalHeaderLabels({tr("No."), tr("Seed"), tr("Tried at"), tr("Operator"), tr("All staffed"), tr("Record hash")});
    m_tabs->addTab(m_previewStack, tr("Preview"));
    m_tabs->addTab(m_attemptView, tr("Seeds tried"));
    m_tabs->addTab(historyTab, tr("Committed draws"));

    m_message->setObjectName(QStringLiteral("drawMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *messageScroll = new QScrollArea(this);
    messageScroll->setWidget(m_message);
    messageScroll->setWidgetResizable(true);
    messageScroll->setFrameShape(QFrame::NoFrame);
    messageScroll->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 5 + 8);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(messageScroll);

    return right;
}

void DrawPage::connectActions()
{
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &DrawPage::reloadQuota);
    connect(m_inspectors, &QSpinBox::valueChanged, this, [this, debounce] {
        m_countEdited = true;
        m_outcome.reset();
        showOutcome();
        debounce->start();
    });
    connect(m_saveCount, &QPushButton::clicked, this, &DrawPage::saveCount);
    connect(m_quotaModel, &QuotaTableModel::catchUpToggled, this, [this](const QString &pool, bool on) {
        if (on == m_catchUp.contains(pool))
            return;
        if (on)
            m_catchUp.insert(pool);
        else
            m_catchUp.remove(pool);
        QTimer::singleShot(0, this, &DrawPage::reloadQuota); // not while the model is emitting
    });
    connect(m_propose, &QPushButton::clicked, this, [this] { m_seed->setText(draw::proposeSeed()); });
    connect(m_seed, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_freezeButton, &QPushButton::clicked, this, &DrawPage::freeze);
    connect(m_noticeButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the draw notice"), tr("抽取公告-%1-%2.pdf").arg(m_bureau, m_quarter.toString()), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            writeFreezeNotice(path);
    });
    connect(m_publishButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the public bundle"));
        if (!dir.isEmpty())
            writeBundle(dir + QStringLiteral("/suiji-%1-%2").arg(m_bureau, m_quarter.toString()));
    });
    connect(m_voidButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString why = QInputDialog::getText(this, tr("Void the lock"),
                                                  tr("Why is the lock withdrawn? The reason is recorded and printed on every report of the quarter."),
                                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            voidFreeze(why);
    });
    connect(m_seed, &QLineEdit::returnPressed, this, &DrawPage::preview);
    connect(m_previewButton, &QPushButton::clicked, this, &DrawPage::preview);
    connect(m_commitButton, &QPushButton::clicked, this, &DrawPage::commit);
    connect(m_verifyButton, &QPushButton::clicked, this, &DrawPage::verify);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, &DrawPage::preview);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    auto *commitKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &DrawPage::commit);
    commitKey->setContext(Qt::WidgetWithChildrenShortcut);
}

void DrawPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_profile.reset();
    if (db && db->isOpen()) {
        auto p = ProfileRepository(*db).active();
        if (p)
            m_profile = std::make_shared<const RuleProfile>(p.value());
        else
            m_message->setText(p.message());
    }
    m_countEdited = false;
    m_outcome.reset();
    m_state.reset();
    reloadQuota();
    reloadState();
    reloadHistory();
}

void DrawPage::setScope(const QString &bureau, const Quarter &quarter)
{
    if (bureau == m_bureau && quarter == m_quarter)
        return;
    Page::setScope(bureau, quarter);
    m_countEdited = false;
    m_catchUp.clear();
    m_outcome.reset();
    m_state.reset();
    m_message->clear();
    m_reason->clear();
    reloadQuota();
    reloadState();
    reloadHistory();
}

void DrawPage::refresh()
{
    if (busy())
        return; // a preview or commit under way shows what it computes; a newer reload would drop it
    reloadQuota();
    reloadState();
    reloadHistory();
}

void DrawPage::setSeed(const QString &seed)
{
    m_seed->setText(seed);
}

void DrawPage::setInspectorCount(int n)
{
    m_inspectors->setValue(n);
    m_countEdited = true;
    reloadQuota();
}

void DrawPage::setRunning(int delta)
{
    m_running += delta;
    updateButtons();
    if (m_running > 0)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void DrawPage::updateButtons()
{
    const bool ready = m_db && m_profile && !m_bureau.isEmpty() && m_quarter.isValid() && m_state;
    const bool committed = m_state && m_state->committed();
    const bool frozen = m_state && m_state->freeze && !committed;
    const bool seedOk = draw::checkSeed(m_seed->text()).isEmpty();
    const QString first = m_state ? m_state->firstSeed() : QString();
    const bool needsReason = frozen && !first.isEmpty() && m_seed->text() != first;
    m_inspectors->setEnabled(ready && !frozen && !committed);
    m_saveCount->setEnabled(ready && !frozen && !committed);
    m_seedSource->setEnabled(ready && !frozen && !committed);
    m_freezeButton->setEnabled(ready && !frozen && !committed && m_running == 0);
    m_voidButton->setEnabled(ready && frozen && m_running == 0);
    m_noticeButton->setEnabled(ready && (frozen || (m_state && m_state->commit)) && m_running == 0);
    m_publishButton->setEnabled(ready && m_state && m_state->commit && m_running == 0);
    m_seed->setEnabled(ready && frozen);
    m_propose->setEnabled(ready && !committed);
    m_previewButton->setEnabled(ready && frozen && seedOk && m_running == 0);
    m_reasonLabel->setVisible(needsReason);
    m_reason->setVisible(needsReason);
    const bool previewed = m_outcome && m_outcome->seed == m_seed->text() && m_outcome->errors.isEmpty() && !m_outcome->committed;
    m_commitButton->setEnabled(ready && frozen && previewed && (!needsReason || !m_reason->text().trimmed().isEmpty()) && m_running == 0);
    m_verifyButton->setEnabled(m_db && m_profile && m_running == 0);
}

QString DrawPage::bannerText() const
{
    return m_banner->text();
}

void DrawPage::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

DrawRequest DrawPage::request() const
{
    DrawRequest r;
    r.bureau = m_bureau;
    r.quarter = m_quarter;
    r.seed = m_seed->text();
    if (m_countEdited)
        r.inspectors = m_inspectors->value();
    r.op = operatorName();
    r.reason = m_reason->text().trimmed();
    r.seedSource = m_seedSource->text().trimmed();
    r.catchUp = QStringList(m_catchUp.begin(), m_catchUp.end());
    return r;
}

void DrawPage::reloadQuota()
{
    const bool zh = i18n::isChinese();
    const Bureau *b = Bureau::byId(m_bureau);
    m_heading->setText(b && m_quarter.isValid() ? tr("%1 · %2 draws").arg(b->displayName(zh), m_quarter.toString())
                                                : tr("Choose a bureau and a quarter above."));
    if (m_profile)
        m_profileLabel->setText(tr("Rule profile %1 · %2…").arg(m_profile->id, m_profile->hash.left(12)));
    m_quotaModel->clear();
    m_warnings->clear();
    if (!m_db || !m_db->isOpen() || !m_profile || !b || !m_quarter.isValid()) {
        updateButtons();
        return;
    }
    const int gen = ++m_generation;
    const auto profile = m_profile;
    const QString bureau = m_bureau;
    const Quarter quarter = m_quarter;
    const std::optional<int> count = m_countEdited ? std::optional<int>(m_inspectors->value()) : std::nullopt;
    const QSet<QString> catchUp = m_catchUp;
    ++m_loading;
    updateButtons();
    runOnDatabase<QuarterPlan>(
        this, *m_db,
        [profile, bureau, quarter, count, catchUp](const Database &db) { return QuotaService(db, *profile).plan(bureau, quarter, count, catchUp); },
        [this, gen, profile](Result<QuarterPlan> r) {
            --m_loading;
            updateButtons();
            if (gen != m_generation || profile != m_profile)
                return;
            if (!r) {
                m_message->setText(r.message());
                return;
            }
            if (m_state && (m_state->freeze || m_state->committed()))
                return; // the locked lists' quotas are shown, not the live ones
            showPlan(r.value());
        });
}

void DrawPage::showPlan(const QuarterPlan &plan)
{
    m_plan = plan;
    if (!m_countEdited) {
        const QSignalBlocker block(m_inspectors);
        m_inspectors->setValue(m_plan->inspectors);
    }
    m_quotaModel->setPlan(plan);
    m_quotaView->resizeColumnsToContents();
    m_quotaView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QString source = m_plan->inspectorsSource == QLatin1String("stored")   ? tr("the count saved for %1").arg(m_quarter.toString())
                           : m_plan->inspectorsSource == QLatin1String("roster") ? tr("the roster's members taking part")
                                                                                 : tr("the count locked with the lists");
    QStringList notes;
    for (const PoolPlan &p : m_plan->pools)
        if (p.catchUp)
            notes << tr("%1: %2").arg(poolLabel(p), p.catchUp->text) + (p.catchUp->applied ? tr(" (applied)") : tr(" (tick its quota to apply)"));
    m_warnings->setText((notes + m_plan->warnings).join(QLatin1Char('\n')));
    if (m_profile)
        m_profileLabel->setText(
            (m_plan->rosterActive >= 0
                 ? tr("Quotas use %1 inspectors: %2 (the roster has %3 taking part).").arg(m_plan->inspectors).arg(source).arg(m_plan->rosterActive)
                 : tr("Quotas use %1 inspectors: %2.").arg(m_plan->inspectors).arg(source)) +
            QLatin1Char('\n') + tr("Rule profile %1 · %2…").arg(m_profile->id, m_profile->hash.left(12)));
    // Offered while the quarter is still open: a locked or committed one keeps the rules it has.
    const bool locked = m_state && (m_state->freeze || m_state->committed());
    const bool otherYear = m_profile && m_profile->year != 0 && m_profile->year != m_quarter.year && !locked;
    m_yearProfileButton->setVisible(otherYear);
    if (otherYear)
        m_yearProfileButton->setText(tr("Make the %1 profile").arg(m_quarter.year));
    updateButtons();
}

void DrawPage::saveCount()
{
    if (!m_db || m_bureau.isEmpty() || !m_quarter.isValid())
        return;
    const auto rosterRead = InspectorRepository(*m_db).count(m_bureau, true);
    if (!rosterRead) {
        m_message->setText(rosterRead.message());
        return;
    }
    const int roster = rosterRead.value();
    if (m_inspectors->value() > roster && m_confirm &&
        QMessageBox::question(this, tr("More inspectors than the roster"),
                              tr("%1 inspectors is more than the %2 of the roster taking part in %3. Every per-inspector quota grows with it. Save %1 anyway?")
                                  .arg(m_inspectors->value())
                                  .arg(roster)
                                  .arg(m_quarter.toString()),
                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Save)
        return;
    if (auto s = InspectorRepository(*m_db).saveCount(m_bureau, m_quarter, m_inspectors->value()); !s) {
        m_message->setText(s.message());
        return;
    }
    m_countEdited = false;
    m_message->setText(tr("Saved: %1 inspectors for %2.").arg(m_inspectors->value()).arg(m_quarter.toString()));
    reloadQuota();
}

void DrawPage::preview()
{
    if (!m_previewButton->isEnabled()) {
        if (const QString e = draw::checkSeed(m_seed->text()); !e.isEmpty())
            m_message->setText(e);
        return;
    }
    const auto profile = m_profile;
    const DrawRequest req = request();
    m_message->setText(tr("Computing the draws…"));
    setRunning(+1);
    // The attempt is written whatever the page does meanwhile: its result is shown unless the
    // page moved to another bureau or quarter (a quota reload of the same scope must not drop it).
    runOnDatabase<DrawOutcome>(
        this, *m_db, [profile, req](const Database &db) { return DrawService(db, *profile).preview(req); },
        [this, req](Result<DrawOutcome> r) {
            setRunning(-1);
            if (req.bureau != m_bureau || req.quarter != m_quarter)
                return;
            if (!r) {
                m_message->setText(r.message());
                return;
            }
            m_outcome = r.value();
            showOutcome();
            m_tabs->setCurrentIndex(0);
            reloadState(); // the attempt is on the record now
        },
        Database::Mode::ReadWrite); // each seed tried is logged as an attempt
}

void DrawPage::showOutcome()
{
    m_taskModel->clear();
    m_previewStack->setCurrentIndex(m_outcome ? 1 : 0);
    if (!m_outcome) {
        updateButtons();
        return;
    }
    const DrawOutcome &o = *m_outcome;
    QHash<QString, QString> names;
    if (m_db && m_db->isOpen()) {
        if (auto roster = InspectorRepository(*m_db).names(o.plan.bureau))
            names = roster.value();
        else
            m_message->setText(roster.message()); // the teams show as badges; say why
    }
    m_taskModel->setOutcome(o, names);
    fitColumns(m_taskView, {{1, 7}, {2, 10}, {6, 7}, {7, 6}});
    QStringList lines;
    if (o.committed)
        lines << tr("Committed: %1 pools, %2 tasks. Keep the commit record's hash: verify with it (suiji-cli verify --anchor).")
                     .arg(o.pools.size())
                     .arg(o.tasks.size());
    else
        lines << tr("Attempt %1 (logged): %2 tasks, team cap %3 per inspector, %4 inspectors taking part. Nothing is committed until you commit.")
                     .arg(o.attemptNumber)
                     .arg(o.tasks.size())
                     .arg(o.teamCap)
                     .arg(o.activeInspectors);
    lines += o.errors;
    for (const QString &w : o.warnings)
        if (!o.plan.warnings.contains(w)) // the quota's own warnings are shown under its table
            lines << w;
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setStyleSheet(o.errors.isEmpty() ? QString() : theme::textStyle(theme::Role::Error));
    updateButtons();
}

void DrawPage::commit()
{
    if (!m_commitButton->isEnabled() || !m_outcome)
        return;
    if (m_confirm) {
        QDialog d(this);
        d.setObjectName(QStringLiteral("commitConfirmation"));
        d.setWindowTitle(tr("Commit the draws"));
        auto *text = new QLabel(tr("Commit %1 draws of %2 for %3 with seed %4? %5 tasks will be written to the ledger. "
                                   "A committed draw cannot be changed or drawn again. Read the fingerprints out for the minutes:")
                                    .arg(m_outcome->pools.size())
                                    .arg(m_bureau, m_quarter.toString(), m_outcome->seed)
                                    .arg(m_outcome->tasks.size()),
                                &d);
        text->setWordWrap(true);
        auto *fps = new QPlainTextEdit(&d);
        fps->setReadOnly(true);
        fps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QString lines;
        for (const PoolDraw &p : m_outcome->pools)
            lines += QStringLiteral("%1  k=%2\n  pool_fp   %3\n  result_fp %4\n").arg(p.pool).arg(p.k).arg(p.poolFp, p.resultFp);
        fps->setPlainText(lines);
        auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
        box->addButton(tr("Commit"), QDialogButtonBox::AcceptRole);
        connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
        auto *l = new QVBoxLayout(&d);
        l->addWidget(text);
        l->addWidget(fps, 1);
        l->addWidget(box);
        d.resize(760, 520);
        if (d.exec() != QDialog::Accepted)
            return;
    }
    const auto profile = m_profile;
    DrawRequest req = request();
    // The commit must give what the room saw: the same freeze, the same result per pool (core refuses otherwise).
    req.expectFreeze = m_outcome->freezeHash;
    for (const PoolDraw &p : m_outcome->pools)
        req.expectResults.insert(p.chainPool(), p.resultFp);
    m_message->setText(tr("Committing…"));
    setRunning(+1);
    runOnDatabase<DrawOutcome>(
        this, *m_db, [profile, req](const Database &db) { return DrawService(db, *profile).commit(req); },
        [this, req](Result<DrawOutcome> r) {
            setRunning(-1);
            if (req.bureau != m_bureau || req.quarter != m_quarter)
                return; // committed all the same: the page shows it when it comes back to the quarter
            if (!r) {
                m_message->setStyleSheet(theme::textStyle(theme::Role::Error));
                m_message->setText(r.message());
                return;
            }
            m_outcome = r.value();
            showOutcome();
            reloadQuota();
            reloadState();
            reloadHistory();
            emit committedDraw();
        },
        Database::Mode::ReadWrite);
}

void DrawPage::freeze()
{
    if (!m_freezeButton->isEnabled())
        return;
    const auto profile = m_profile;
    const DrawRequest req = request();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Locking the lists…"));
    setRunning(+1);
    runOnDatabase<FreezeOutcome>(
        this, *m_db, [profile, req](const Database &db) { return DrawService(db, *profile).freeze(req); },
        [this](Result<FreezeOutcome> r) {
            setRunning(-1);
            if (!r) {
                m_message->setStyleSheet(theme::textStyle(theme::Role::Error));
                m_message->setText(r.message());
                return;
            }
            m_message->setText(tr("The lists are locked. Publish the lock's hash before the seed is made; the quarter now draws from these lists only."));
            reloadState();
        },
        Database::Mode::ReadWrite);
}

void DrawPage::voidFreeze(const QString &reason)
{
    if (!m_db || !m_profile || !m_state || !m_state->freeze)
        return;
    auto r = DrawService(*m_db, *m_profile).voidFreeze(m_bureau, m_quarter, reason, operatorName());
    if (!r) {
        m_message->setStyleSheet(theme::textStyle(theme::Role::Error));
        m_message->setText(r.message());
        return;
    }
    m_outcome.reset();
    showOutcome();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("The lock was voided (recorded with its reason). Lock the lists again before drawing."));
    reloadQuota();
    reloadState();
}

void DrawPage::reloadState()
{
    m_attemptModel->removeRows(0, m_attemptModel->rowCount());
    if (!m_db || !m_db->isOpen() || !m_profile || !Bureau::byId(m_bureau) || !m_quarter.isValid()) {
        m_state.reset();
        m_banner->clear();
        updateButtons();
        return;
    }
    struct Loaded {
        QuarterState state;
        std::optional<DrawOutcome> committed;
        std::optional<QuarterPlan> frozenPlan; // of the lock in force, or of the commit
    };
    const int gen = m_generation;
    const auto profile = m_profile;
    const QString bureau = m_bureau;
    const Quarter quarter = m_quarter;
    ++m_loading;
    runOnDatabase<Loaded>(
        this, *m_db,
        [profile, bureau, quarter](const Database &db) -> Result<Loaded> {
            DrawService service(db, *profile);
            auto st = service.state(bureau, quarter);
            if (!st)
                return st.error();
            auto c = service.committed(bureau, quarter);
            if (!c)
                return c.error();
            std::optional<QuarterPlan> plan;
            if (c.value())
                plan = c.value()->plan;
            else if (st->freeze)
                if (auto snap = service.frozen(*st->freeze))
                    plan = snap->plan;
            return Loaded{st.value(), c.value(), plan};
        },
        [this, gen](Result<Loaded> r) {
            --m_loading;
            if (gen != m_generation)
                return;
            if (!r) {
                m_banner->setText(r.message());
                return;
            }
            m_state = r->state;
            const QuarterState &st = *m_state;
            if (r->frozenPlan)
                showPlan(*r->frozenPlan);
            int n = 0;
            for (const ChainRecord &a : st.attempts) {
                const QJsonObject f = a.fields();
                const bool current = st.freeze && a.freezeHash == st.freeze->recordHash;
                QList<QStandardItem *> row{number(++n),
                                           cell(f.value(QStringLiteral("seed")).toString()),
                                           cell(f.value(QStringLiteral("created_at")).toString()),
                                           cell(f.value(QStringLiteral("operator")).toString()),
                                           cell(f.value(QStringLiteral("staffed")).toBool() ? tr("yes") : tr("no")),
                                           cell(a.recordHash.left(16) + QStringLiteral("…"))};
                row.last()->setToolTip(a.recordHash);
                if (!current)
                    for (QStandardItem *i : row)
                        i->setForeground(theme::color(theme::Role::Muted)); // against a voided lock
                m_attemptModel->appendRow(row);
            }
            m_attemptView->resizeColumnsToContents();
            QString text;
            QString style;
            if (r->committed) {
                const DrawOutcome &c = *r->committed;
                text = tr("Committed · final — seed %1\nlock %2\ncommit record %3").arg(c.seed, c.freezeHash, c.commitHash);
                if (!c.reason.isEmpty())
                    text += QLatin1Char('\n') + tr("Not the first seed tried (%1); reason on record: %2").arg(c.firstSeed, c.reason);
                style = theme::panelStyle(theme::Tone::Success);
                m_outcome = c;
                {
                    const QSignalBlocker block(m_seed);
                    m_seed->setText(c.seed);
                }
                showOutcome();
            } else if (st.committed()) {
                text = tr("Committed · final — under draw-spec v1 (pools: %1); see the history.").arg(st.v1Pools.join(QStringLiteral(", ")));
                style = theme::panelStyle(theme::Tone::Success);
            } else if (st.freeze) {
                const QJsonObject f = st.freeze->fields();
                text = tr("Lists locked — lock %1\nSeed source: %2. Previews log each seed tried; the first one is committed unless a reason is given.")
                           .arg(st.freeze->recordHash, f.value(QStringLiteral("seed_source")).toString());
                style = theme::panelStyle(theme::Tone::Warning);
            } else {
                text = tr("Lists not locked — lock them first: no seed may be tried before the pools and the roster are fixed.");
                if (!st.voided.isEmpty())
                    text += QLatin1Char('\n') + tr("%n earlier lock(s) voided (on record).", nullptr, int(st.voided.size()));
                style = theme::panelStyle(theme::Tone::Neutral);
            }
            m_banner->setText(text);
            m_banner->setStyleSheet(style);
            updateButtons();
        });
    updateButtons();
}

void DrawPage::setAnchor(const QString &hash)
{
    m_anchor->setText(hash);
}

template <class T>
void DrawPage::writeInBackground(const QString &busy, std::function<Result<T>(const Database &, const RuleProfile &, const QString &, const Quarter &)> work,
                                 std::function<QString(const T &)> written)
{
    if (!m_db || !m_profile)
        return;
    const auto profile = m_profile;
    const QString bureau = m_bureau;
    const Quarter quarter = m_quarter;
    m_message->setStyleSheet(QString());
    m_message->setText(busy);
    setRunning(+1);
    runOnDatabase<T>(
        this, *m_db, [profile, bureau, quarter, work](const Database &db) { return work(db, *profile, bureau, quarter); },
        [this, written](Result<T> r) {
            setRunning(-1);
            m_message->setStyleSheet(r ? QString() : theme::textStyle(theme::Role::Error));
            m_message->setText(r ? written(r.value()) : r.message());
        });
}

void DrawPage::writeFreezeNotice(const QString &path)
{
    writeInBackground<int>(
        tr("Writing the draw notice…"),
        [path](const Database &db, const RuleProfile &profile, const QString &bureau, const Quarter &quarter) {
            return report::writeFreezeReport(db, profile, quarter, bureau, path);
        },
        [this, path](const int &) { return tr("Draw notice written to %1.").arg(QDir::toNativeSeparators(path)); });
}

void DrawPage::writeBundle(const QString &dir)
{
    writeInBackground<QString>(
        tr("Writing the public bundle…"),
        [dir](const Database &db, const RuleProfile &profile, const QString &bureau, const Quarter &quarter) -> Result<QString> {
            auto bundle = draw::makeBundle(db, profile, bureau, quarter);
            if (!bundle)
                return bundle.error();
            if (auto s = draw::writeBundle(bundle.value(), dir); !s)
                return s.error();
            return bundle->value(QStringLiteral("commit_hash")).toString();
        },
        [this, dir](const QString &commit) {
            return tr("Public bundle written to %1 (commit %2): anyone can check it with python3 verify.py or by opening verify.html.")
                .arg(QDir::toNativeSeparators(dir), commit);
        });
}

void DrawPage::reloadHistory()
{
    if (!m_db || !m_db->isOpen()) {
        m_historyModel->setRecords({}, nullptr, m_bureau);
        return;
    }
    // Every committed pool of the file: read off the GUI thread.
    const int gen = m_generation;
    ++m_loading;
    runOnDatabase<QList<DrawRecord>>(
        this, *m_db, [](const Database &db) { return DrawRepository(db).all(false); },
        [this, gen](Result<QList<DrawRecord>> r) {
            --m_loading;
            if (gen != m_generation)
                return;
            if (!r) {
                m_verifyResult->setText(r.message());
                return;
            }
            m_historyModel->setRecords(r.value(), m_profile.get(), m_bureau);
            m_historyView->resizeColumnsToContents();
        });
}

void DrawPage::verify()
{
    if (!m_db || !m_profile)
        return;
    const auto profile = m_profile;
    // The anchor as typed, or the whole text of the plan's QR code (…|commit=HASH or …|record=HASH).
    QStringList anchors;
    const QString typed = m_anchor->text().trimmed();
    if (!typed.isEmpty())
        anchors << typed.section(QLatin1Char('='), -1).trimmed();
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->setText(tr("Verifying…"));
    setRunning(+1);
    runOnDatabase<VerifyReport>(
        this, *m_db, [profile, anchors](const Database &db) { return DrawService(db, *profile).verify(anchors); },
        [this](Result<VerifyReport> r) {
            setRunning(-1);
            if (!r) {
                m_verifyResult->setText(r.message());
                return;
            }
            if (r->ok) {
                m_verifyResult->setStyleSheet(theme::textStyle(theme::Role::Success));
                QString text = tr("✓ All %1 v1 draws and %2 records in %3 bureau chains check out.").arg(r->records).arg(r->chainRecords).arg(r->chains);
                if (!r->anchors.isEmpty())
                    text += QLatin1Char(' ') + tr("The anchored record is in the chain, unchanged.");
                m_verifyResult->setText(text);
            } else if (r->badKind == QLatin1String("anchor")) {
                m_verifyResult->setStyleSheet(theme::textStyle(theme::Role::Error));
                m_verifyResult->setText(tr("✗ %1").arg(r->reason));
            } else if (!r->badKind.isEmpty()) {
                m_verifyResult->setStyleSheet(theme::textStyle(theme::Role::Error));
                m_verifyResult->setText(
                    tr("✗ The chain of %1, record %2 (%3, %4) does not match: %5").arg(r->badBureau).arg(r->badSeq).arg(r->badKind, r->badQuarter, r->reason));
            } else {
                m_verifyResult->setStyleSheet(theme::textStyle(theme::Role::Error));
                m_verifyResult->setText(tr("✗ Record %1 (%2 %3 %4) does not match: %5").arg(r->badId).arg(r->badQuarter, r->badBureau, r->badPool, r->reason));
            }
        });
}

} // namespace suiji
