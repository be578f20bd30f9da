// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Settings.h"
#include "util/Clock.h"

#include "demo/DemoGenerator.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/ImportWizard.h"
#include "model/Bureau.h"
#include "models/TaskTableModel.h"
#include "pages/CampaignsPage.h"
#include "pages/CasesPage.h"
#include "pages/DashboardPage.h"
#include "pages/DrawPage.h"
#include "pages/EntitiesPage.h"
#include "pages/InspectorsPage.h"
#include "pages/ReportsPage.h"
#include "pages/SettingsPage.h"
#include "pages/TasksPage.h"
#include "store/Backups.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "util/Failure.h"
#include "util/I18n.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent>

namespace suiji {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Suiji — random inspection workbench"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setIconSize(QSize(20, 20));
    QFont sideFont = m_sidebar->font();
    sideFont.setPointSizeF(sideFont.pointSizeF() * 1.15);
    m_sidebar->setFont(sideFont);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    buildUi();
    setDatabase(std::move(db));
    m_sidebar->setCurrentRow(0);
    watchDatabase();

    if (!restoreGeometry(Settings::windowGeometry()))
        resize(1366, 768);
    showPage(Settings::windowPage());
}

MainWindow::~MainWindow()
{
    // Background reads and writes use their own connections to this window's file: let them end
    // while the window and its database still exist (a read still running when the window's
    // connection closed at exit crashed inside SQLite, 2 runs in 12).
    QThreadPool::globalInstance()->waitForDone();
}

// Pages, sidebar, menus and the scope bar: built at start and again when the language changes.
void MainWindow::buildUi()
{
    setWindowTitle(tr("Suiji — random inspection workbench"));
    // Each page by name for the wiring below; m_pages in sidebar order (Ctrl+1 … Ctrl+7).
    m_dashboard = new DashboardPage(this);
    m_entities = new EntitiesPage(this);
    m_inspectors = new InspectorsPage(this);
    m_draw = new DrawPage(this);
    m_tasks = new TasksPage(this);
    m_cases = new CasesPage(this);
    m_campaigns = new CampaignsPage(this);
    m_reports = new ReportsPage(this);
    m_settings = new SettingsPage(this);
    m_pages = {m_dashboard, m_entities, m_inspectors, m_draw, m_tasks, m_cases, m_campaigns, m_reports, m_settings};
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *item = new QListWidgetItem(m_pages[i]->title(), m_sidebar);
        item->setSizeHint(QSize(140, 40));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(m_pages[i]->title()).arg(i + 1));
        m_stack->addWidget(m_pages[i]);
    }

    buildMenus();
    buildScopeBar();
    // Tab moves on to the next control; inside a table the arrow keys move (Tab used to be trapped).
    for (QAbstractItemView *v : findChildren<QAbstractItemView *>())
        v->setTabKeyNavigation(false);
    connect(m_entities, &EntitiesPage::importRequested, this, [this](const QString &path) { openImportWizard(path); });
    connect(m_inspectors, &InspectorsPage::rosterChanged, this, [this] { m_draw->setDatabase(m_db.get()); });
    connect(m_dashboard, &DashboardPage::openPage, this, [this](const QString &id, const QString &b) {
        if (m_projector)
            return; // the room's view stays on the dashboard
        if (!b.isEmpty() && b != bureau())
            setScope(b, quarter());
        showPage(id);
    });
    // A ledger edit shows on the dashboard (and every other page) at once, not after a scope switch.
    connect(m_tasks->model(), &TaskTableModel::edited, this, [this] { refreshPages(m_tasks); });
    connect(m_cases, &CasesPage::casesChanged, this, [this] { refreshPages(m_cases); });
    connect(m_campaigns, &CampaignsPage::changed, this, [this] { refreshPages(m_campaigns); });
    connect(m_draw, &DrawPage::committedDraw, this, [this] {
        for (Page *p : m_pages)
            if (p != m_draw)
                p->setDatabase(m_db.get());
    });
    connect(m_settings, &SettingsPage::backupRequested, this, &MainWindow::backupDatabase);
    connect(m_settings, &SettingsPage::restoreRequested, this, [this](const QString &backup) { restoreBackup(backup, false); });
    connect(m_settings, &SettingsPage::calendarChanged, this, [this] { m_dashboard->setDatabase(m_db.get()); });
    connect(m_draw, &DrawPage::profileChanged, this, [this] {
        for (Page *p : m_pages)
            p->setDatabase(m_db.get());
    });
    connect(m_settings, &SettingsPage::profileChanged, this, [this] {
        for (Page *p : m_pages)
            if (p != m_settings)
                p->setDatabase(m_db.get());
    });
    connect(m_settings, &SettingsPage::themeChosen, this, [this] {
        // Rebuilt as for a language switch: every status colour and chart takes the new theme.
        QTimer::singleShot(0, this, [this] { setLanguage(i18n::current()); });
    });
    connect(m_settings, &SettingsPage::languageChosen, this, [this](const QString &lang) {
        // Queued: the settings page that asks is rebuilt too.
        QTimer::singleShot(0, this, [this, lang] { setLanguage(lang); });
    });
}

void MainWindow::setLanguage(const QString &lang)
{
    const QString pageId = m_stack->currentWidget() ? qobject_cast<Page *>(m_stack->currentWidget())->pageId() : QStringLiteral("dashboard");
    const QString b = bureau();
    const Quarter q = quarter();
    if (m_projector)
        setProjector(false);
    i18n::install(lang);
    Settings::setLanguage(i18n::current());
    // Everything with text is rebuilt in the new language; the database and scope stay.
    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    for (Page *p : m_pages) {
        m_stack->removeWidget(p);
        p->deleteLater();
    }
    m_pages.clear();
    menuBar()->clear();
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("scopeBar"))) {
        removeToolBar(bar);
        bar->deleteLater();
    }
    for (QAction *a : actions()) {
        removeAction(a);
        a->deleteLater();
    }
    m_projectorKeys.clear();
    m_sidebar->blockSignals(false);
    buildUi();
    setScope(b, q);
    for (Page *p : m_pages)
        p->setDatabase(m_db.get());
    updateStatus();
    showPage(pageId);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), QKeySequence::New, this, &MainWindow::newDatabaseFile);
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::openDatabaseFile);
    file->addAction(tr("&Back up database…"), QKeySequence(Qt::CTRL | Qt::Key_B), this, &MainWindow::backupDatabase);
    file->addSeparator();
    file->addAction(tr("&Import list…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { openImportWizard(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString id = m_pages[i]->pageId();
        go->addAction(m_pages[i]->title(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this, [this, id] { showPage(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Suiji"), this, [this] {
        QMessageBox::about(this, tr("About Suiji"),
                           tr("<h3>Suiji 双随机抽查工作台 %1</h3><p>Random enforcement inspections for Shenzhen's ecology and "
                              "environment bureaus: lists, quotas, verifiable draws, progress and reports.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildScopeBar()
{
    QToolBar *bar = addToolBar(tr("Bureau and quarter"));
    bar->setObjectName(QStringLiteral("scopeBar"));
    bar->setMovable(false);
    const bool zh = i18n::isChinese();
    m_bureauBox = new QComboBox(bar);
    m_bureauBox->setObjectName(QStringLiteral("scopeBureau"));
    m_bureauBox->addItem(tr("Whole city"), QString());
    for (const Bureau &b : Bureau::all())
        m_bureauBox->addItem(b.displayName(zh), b.id);
    // The mobile-source division: its roster, its ceremony for every district's mobile pools.
    m_bureauBox->insertSeparator(m_bureauBox->count());
    m_bureauBox->addItem(Bureau::mobile().displayName(zh), Bureau::mobile().id);
    m_quarterBox = new QComboBox(bar);
    m_quarterBox->setObjectName(QStringLiteral("scopeQuarter"));
    const int thisYear = Clock::process().today().year();
    for (int y = 2024; y <= std::max(2026, thisYear + 1); ++y)
        for (int q = 1; q <= 4; ++q)
            m_quarterBox->addItem(zh ? tr("%1 Q%2").arg(y).arg(q) : QStringLiteral("%1 Q%2").arg(y).arg(q), Quarter{y, q}.toString());
    auto *bl = new QLabel(tr("&Bureau:"), bar);
    bl->setBuddy(m_bureauBox);
    auto *ql = new QLabel(tr("&Quarter:"), bar);
    ql->setBuddy(m_quarterBox);
    bl->setContentsMargins(8, 0, 4, 0);
    ql->setContentsMargins(12, 0, 4, 0);
    bar->addWidget(bl);
    bar->addWidget(m_bureauBox);
    bar->addWidget(ql);
    bar->addWidget(m_quarterBox);

    const int bi = m_bureauBox->findData(Settings::scopeBureau());
    m_bureauBox->setCurrentIndex(bi >= 0 ? bi : 1);
    const QString q = Settings::scopeQuarter(Quarter::containing(Clock::process().today()).toString());
    const int qi = m_quarterBox->findData(q);
    m_quarterBox->setCurrentIndex(qi >= 0 ? qi : m_quarterBox->count() - 1);
    connect(m_bureauBox, &QComboBox::currentIndexChanged, this, &MainWindow::scopeChanged);
    connect(m_quarterBox, &QComboBox::currentIndexChanged, this, &MainWindow::scopeChanged);
    // Step the quarter from anywhere: Ctrl+PgUp / Ctrl+PgDown.
    auto *prev = new QAction(tr("Previous quarter"), this);
    prev->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(prev, &QAction::triggered, this, [this] { m_quarterBox->setCurrentIndex(std::max(0, m_quarterBox->currentIndex() - 1)); });
    auto *next = new QAction(tr("Next quarter"), this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] { m_quarterBox->setCurrentIndex(std::min(m_quarterBox->count() - 1, m_quarterBox->currentIndex() + 1)); });
    addAction(prev);
    addAction(next);
    // Projector mode: F11 toggles; arrows step the quarter (left/right) and the bureau (up/down).
    auto *projector = new QAction(tr("&Projector mode"), this);
    projector->setObjectName(QStringLiteral("projectorAction"));
    projector->setShortcut(QKeySequence(Qt::Key_F11));
    projector->setCheckable(true);
    connect(projector, &QAction::toggled, this, &MainWindow::setProjector);
    addAction(projector);
    m_projectorAction = projector;
    const struct {
        Qt::Key key;
        int quarterStep, bureauStep;
    } steps[] = {{Qt::Key_Left, -1, 0}, {Qt::Key_Right, 1, 0}, {Qt::Key_Up, 0, -1}, {Qt::Key_Down, 0, 1}};
    // Esc leaves projector mode (only while it is on: the keys are added to the window then).
    auto *leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] {
        if (m_projector)
            setProjector(false);
    });
    m_projectorKeys << leave;
    for (const auto &st : steps) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(st.key));
        connect(a, &QAction::triggered, this, [this, st] {
            if (!m_projector)
                return;
            if (st.quarterStep)
                m_quarterBox->setCurrentIndex(std::clamp(m_quarterBox->currentIndex() + st.quarterStep, 0, int(m_quarterBox->count()) - 1));
            if (st.bureauStep)
                m_bureauBox->setCurrentIndex(std::clamp(m_bureauBox->currentIndex() + st.bureauStep, 0, int(m_bureauBox->count()) - 1));
        });
        m_projectorKeys << a;
    }
}

void MainWindow::setProjector(bool on)
{
    m_projector = on;
    if (m_projectorAction->isChecked() != on)
        m_projectorAction->setChecked(on);
    for (QAction *a : m_projectorKeys)
        on ? addAction(a) : removeAction(a);
    m_sidebar->setVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    // The meeting view names its bureau and quarter in its title; the arrows step them.
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("scopeBar")))
        bar->setVisible(!on);
    if (auto *dash = m_dashboard) {
        if (on)
            showPage(QStringLiteral("dashboard"));
        dash->setProjector(on);
    }
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::scopeChanged()
{
    const QString b = bureau();
    const Quarter q = quarter();
    Settings::setScope(b, q.toString());
    for (Page *p : m_pages)
        p->setScope(b, q);
    markDrawnQuarters();
}

void MainWindow::setScope(const QString &bureau, const Quarter &quarter)
{
    const int bi = m_bureauBox->findData(bureau);
    if (bi >= 0)
        m_bureauBox->setCurrentIndex(bi);
    int qi = m_quarterBox->findData(quarter.toString());
    if (qi < 0 && quarter.isValid()) {
        m_quarterBox->addItem(quarter.toString(), quarter.toString());
        qi = m_quarterBox->count() - 1;
    }
    if (qi >= 0)
        m_quarterBox->setCurrentIndex(qi);
    scopeChanged();
}

QString MainWindow::bureau() const
{
    return m_bureauBox->currentData().toString();
}

Quarter MainWindow::quarter() const
{
    return Quarter::parse(m_quarterBox->currentData().toString()).value_or(Quarter{});
}

bool MainWindow::busy() const
{
    for (Page *p : m_pages)
        if (p->busy())
            return true;
    return false;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // One step: every page lets go of the old database before any page reads the new one, and the
    // old one closes only then (a page reloading on a closed database crashed here). Background
    // work started on the old file finishes into it with its own connection; its results are
    // dropped, since each page's reload below starts a newer generation.
    std::unique_ptr<Database> old = std::exchange(m_db, std::move(db));
    m_dataVersion = m_db ? m_db->dataVersion() : -1; // what later changes by others are measured against
    for (Page *p : m_pages)
        p->setDatabase(nullptr);
    for (Page *p : m_pages) {
        p->setScope(bureau(), quarter());
        p->setDatabase(m_db.get());
    }
    old.reset();
    updateStatus();
    if (m_db)
        QTimer::singleShot(0, this, &MainWindow::checkDamage);
    // An older file was upgraded on opening: say so, and where the untouched copy is. Once the
    // window is up: a status message shown before hides nothing and is drawn over the status line.
    if (m_db && !m_db->lastBackup().isEmpty()) {
        const QString message = tr("The database was upgraded to schema %1; the file as it was is kept as %2")
                                    .arg(m_db->schemaVersion())
                                    .arg(QDir::toNativeSeparators(m_db->lastBackup()));
        QTimer::singleShot(0, this, [this, message] { statusBar()->showMessage(message, 20000); });
    }
}

ImportWizard *MainWindow::openImportWizard(const QString &path)
{
    if (!m_db)
        return nullptr;
    auto *w = new ImportWizard(m_db->location(), this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        w->setFile(path);
    connect(w, &ImportWizard::imported, this, [this, w] {
        reloadPages();
        if (w->result)
            followImport(w->result.value());
    });
    w->open();
    return w;
}

void MainWindow::followImport(const ImportReport &report)
{
    // Rows of one other bureau: show that bureau, and say so (they "went to 坪山" unseen before).
    if (report.byBureau.isEmpty() || bureau().isEmpty() || report.byBureau.contains(bureau()))
        return;
    const auto top = std::max_element(report.byBureau.begin(), report.byBureau.end());
    const Bureau *b = Bureau::byId(top.key());
    if (!b)
        return;
    const bool zh = i18n::isChinese();
    const QString was = Bureau::byId(bureau()) ? Bureau::byId(bureau())->displayName(zh) : bureau();
    if (report.byBureau.size() == 1)
        setScope(b->id, quarter());
    const QString message = report.byBureau.size() == 1
                                ? tr("The %1 imported rows belong to %2, not %3: now showing %2.").arg(top.value()).arg(b->displayName(zh), was)
                                : tr("None of the imported rows belong to %1; most (%2) belong to %3. Choose the bureau above to see them.")
                                      .arg(was)
                                      .arg(top.value())
                                      .arg(b->displayName(zh));
    statusBar()->showMessage(message, 20000);
}

void MainWindow::reloadPages()
{
    for (Page *p : m_pages)
        p->setDatabase(m_db.get());
    updateStatus();
}

void MainWindow::refreshPages(Page *except)
{
    // Debounced: a burst of edits or commits is one refresh.
    m_refreshExcept = m_refreshDebounce->isActive() && m_refreshExcept != except ? nullptr : except;
    m_refreshDebounce->start();
}

void MainWindow::watchDatabase()
{
    m_refreshDebounce = new QTimer(this);
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(150);
    connect(m_refreshDebounce, &QTimer::timeout, this, [this] {
        for (Page *p : m_pages)
            if (p != m_refreshExcept)
                p->refresh();
        m_refreshExcept = nullptr;
        updateStatus();
    });
    // Another program (or a worker of ours) committed: SQLite's data_version moves. One pragma a
    // second on the window's connection; the pages read again off the GUI thread.
    auto *poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (!m_db || !m_db->isOpen())
            return;
        const qint64 v = m_db->dataVersion();
        if (v != m_dataVersion)
            refreshPages();
        m_dataVersion = v;
    });
    poll->start();
}

void MainWindow::markDrawnQuarters()
{
    if (!m_quarterBox)
        return;
    QStringList drawn;
    if (m_db && m_db->isOpen())
        if (auto q = DrawRepository(*m_db).quarters(bureau()))
            drawn = q.value();
    const bool zh = i18n::isChinese();
    for (int i = 0; i < m_quarterBox->count(); ++i) {
        const auto q = Quarter::parse(m_quarterBox->itemData(i).toString());
        if (!q)
            continue;
        const QString base = zh ? tr("%1 Q%2").arg(q->year).arg(q->q) : QStringLiteral("%1 Q%2").arg(q->year).arg(q->q);
        m_quarterBox->setItemText(i, drawn.contains(q->toString()) ? tr("%1 · drawn").arg(base) : base);
    }
}

void MainWindow::updateStatus()
{
    markDrawnQuarters();
    if (!m_db || !m_db->isOpen()) {
        m_status->setText(tr("No database open"));
        return;
    }
    const auto entities = EntityRepository(*m_db).count();
    if (!entities) {
        m_status->setText(tr("Database: %1 · %2").arg(QDir::toNativeSeparators(m_db->path()), entities.message()));
        return;
    }
    m_status->setText(
        tr("Database: %1 · schema %2 · %3 entities").arg(QDir::toNativeSeparators(m_db->path())).arg(m_db->schemaVersion()).arg(entities.value()));
}

bool MainWindow::showPage(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == id) {
            m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *p : m_pages)
        if (p->pageId() == id)
            return p;
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (Page *p : m_pages)
        ids << p->pageId();
    return ids;
}

void MainWindow::offerDemoIfEmpty()
{
    if (!m_db)
        return;
    if (const auto n = EntityRepository(*m_db).count(); !n || n.value() > 0)
        return; // lists already there (or unreadable, which the status bar says): no demo offer
    FirstRunDialog dialog(m_db->path(), this);
    const int choice = dialog.exec();
    if (choice == FirstRunDialog::Demo) {
        createDemo();
    } else if (choice == FirstRunDialog::Empty) {
        // An empty database: the next step is the lists.
        showPage(QStringLiteral("entities"));
        statusBar()->showMessage(
            tr("Next: import the bureau's lists of entities and inspectors — File › Import list (Ctrl+I), or drop a .xlsx/.csv file on this page."), 60000);
    }
}

void MainWindow::createDemo()
{
    const Database::Location where = m_db->location();
    auto *progress = new QProgressDialog(tr("Creating the demo city…"), QString(), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Demo city"), error);
        for (Page *p : m_pages)
            p->setDatabase(m_db.get());
        updateStatus();
        if (error.isEmpty()) {
            // Land where the demo has data, not on today's empty quarter.
            setScope(bureau(), Quarter{2025, 3});
            statusBar()->showMessage(tr("The demo city is ready: every bureau's 2025 Q3 is drawn and partly inspected. Showing 2025 Q3."), 20000);
        }
    });
    // The worker opens its own connection: a QSqlDatabase belongs to the thread that opened it.
    watcher->setFuture(QtConcurrent::run([where](QPromise<QString> &promise) {
        promise.setProgressRange(0, 100);
        auto db = Database::open(where, Database::Mode::ReadWrite);
        if (!db) {
            promise.addResult(db.message());
            return;
        }
        const auto r = guarded([&] { return DemoGenerator(2025, 1.0).writeTo(db.value(), [&](int p) { promise.setProgressValue(std::min(p, 100)); }); });
        promise.addResult(r ? QString() : r.message());
    }));
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db ? m_db->path() : QString()).absolutePath(),
                                                      tr("Suiji database (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (openDatabase(path))
        offerDemoIfEmpty();
}

bool MainWindow::openDatabase(const QString &path)
{
    auto r = Database::open(path, Database::Mode::ReadWrite);
    if (!r) {
        QMessageBox::warning(this, tr("Open database"), r.message());
        return false;
    }
    setDatabase(std::make_unique<Database>(std::move(r.value())));
    Settings::setDatabasePath(m_db->path());
    return true;
}

void MainWindow::newDatabaseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QString(), tr("Suiji database (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"), tr("%1 already exists. Choose a new file name.").arg(path));
        return;
    }
    auto r = Database::open(path, Database::Mode::CreateIfMissing);
    if (!r) {
        QMessageBox::warning(this, tr("New database"), r.message());
        return;
    }
    setDatabase(std::make_unique<Database>(std::move(r.value())));
    Settings::setDatabasePath(path);
    offerDemoIfEmpty();
}

void MainWindow::backupDatabase()
{
    if (!m_db)
        return;
    const QString suggested = m_db->path() + QStringLiteral(".") + Clock::process().now().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".bak");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested);
    if (path.isEmpty())
        return;
    if (auto s = m_db->backupTo(path, Database::CopyCheck::Full); !s)
        QMessageBox::warning(this, tr("Back up database"), s.message());
    else
        statusBar()->showMessage(tr("Backup written to %1 (checked: sound)").arg(path), 10000);
}

bool MainWindow::restoreBackup(const QString &backup, bool damaged)
{
    if (!m_db)
        return false;
    const QString path = m_db->path();
    if (!damaged &&
        QMessageBox::question(this, tr("Restore a backup"),
                              tr("Replace everything in %1 with the backup %2?\n\nThe file as it is now is kept as a backup first: restoring that one "
                                 "undoes this.")
                                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup))) != QMessageBox::Yes)
        return false;
    auto kept = Backups(path).make(*m_db, damaged ? QStringLiteral("damaged") : QStringLiteral("restore"), Clock::process().now(),
                                   damaged ? Database::CopyCheck::None : Database::CopyCheck::Quick);
    if (!kept) {
        QMessageBox::warning(this, tr("Restore a backup"), tr("Nothing was restored: the file as it is could not be backed up first. %1").arg(kept.message()));
        return false;
    }
    if (auto s = m_db->restoreFrom(backup); !s) {
        QMessageBox::warning(this, tr("Restore a backup"), s.message());
        return false;
    }
    // Opened again: a backup of an older schema is upgraded, and every page reads the file anew.
    auto reopened = Database::open(path, Database::Mode::ReadWrite);
    if (!reopened) {
        QMessageBox::warning(this, tr("Restore a backup"), reopened.message());
        return false;
    }
    setDatabase(std::make_unique<Database>(std::move(reopened.value())));
    const QString message = tr("Restored %1 from %2; the file as it was is kept as %3.")
                                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup), QDir::toNativeSeparators(kept->path));
    QTimer::singleShot(0, this, [this, message] { statusBar()->showMessage(message, 30000); });
    return true;
}

void MainWindow::checkDamage()
{
    if (!m_db || findChild<QMessageBox *>(QStringLiteral("damagedFileBox")))
        return;
    auto problems = m_db->quickCheck();
    if (problems && problems->isEmpty())
        return;
    const QString path = QDir::toNativeSeparators(m_db->path());
    const QString found = problems ? problems->mid(0, 3).join(QStringLiteral("; ")) : problems.message();
    const Backups backups(m_db->path());
    auto newest = backups.newestSound();
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The database file is damaged"), QString(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("damagedFileBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (newest && newest->has_value()) {
        const BackupEntry e = newest->value();
        box->setText(tr("%1 is damaged: SQLite's check found %2.\n\nThe newest sound backup is no. %3, made %4 (%5). Restore it? The damaged file is kept "
                        "among the backups.")
                         .arg(path, found)
                         .arg(e.number)
                         .arg(e.made.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QLocale().formattedDataSize(e.bytes)));
        auto *restore = box->addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
        box->addButton(tr("Not now"), QMessageBox::RejectRole);
        box->setDefaultButton(restore);
        const QString backup = e.path;
        connect(box, &QMessageBox::buttonClicked, this, [this, restore, backup](QAbstractButton *b) {
            if (b == static_cast<QAbstractButton *>(restore))
                QTimer::singleShot(0, this, [this, backup] { restoreBackup(backup, true); });
        });
    } else {
        box->setText(tr("%1 is damaged: SQLite's check found %2.\n\nNo sound backup of it was found in %3. Copy the file before changing anything, and "
                        "restore an older copy if you have one (Settings › Backups, or suiji-cli restore FILE).")
                         .arg(path, found, QDir::toNativeSeparators(backups.folder())));
        box->addButton(QMessageBox::Ok);
    }
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    Settings::setWindowGeometry(saveGeometry());
    if (auto *p = qobject_cast<Page *>(m_stack->currentWidget()))
        Settings::setWindowPage(p->pageId());
    e->accept();
}

} // namespace suiji
