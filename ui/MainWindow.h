// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench window: sidebar of pages, the open database, menus and shortcuts.

#include "model/Quarter.h"
#include "store/Database.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QListWidget;
class QStackedWidget;
class QLabel;

namespace suiji {

class Page;
struct ImportReport;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Database *database() const { return m_db.get(); }
    bool showPage(const QString &id);
    Page *page(const QString &id) const;
    QStringList pageIds() const;
    // The bureau and quarter every page follows; remembered across sessions.
    void setScope(const QString &bureau, const Quarter &quarter);
    QString bureau() const;
    Quarter quarter() const;
    // Opens the import wizard (window-modal, not blocking), optionally on a file.
    class ImportWizard *openImportWizard(const QString &path = {});
    // Switches the language at once: every page is rebuilt in it; database and scope stay.
    void setLanguage(const QString &lang);
    // Full screen dashboard, large type, high contrast (F11, --projector).
    void setProjector(bool on);
    bool projector() const { return m_projector; }
    // True while any page still loads in the background (screenshots wait for it).
    bool busy() const;

    // Opens another existing database in place of the current one (File › Open database); false
    // after telling the user why not, the current one staying open.
    bool openDatabase(const QString &path);

    // Replaces the open file's content with a backup (Settings › Backups, or the offer made when
    // the file is found damaged): the file as it is is kept as a backup first (checked unless it
    // is the damaged one), then the pages reload. False after telling the user why not.
    bool restoreBackup(const QString &backup, bool damaged);
    // SQLite's quick_check of the open file; a damaged file is named, with the newest sound
    // backup offered (a window-modal box, not blocking). Called on every open.
    void checkDamage();

    // After an import: rows of one other bureau switch the window to it, with a status message.
    void followImport(const ImportReport &report);

    // Offers the demo city when the database is empty (first run).
    void offerDemoIfEmpty();
    // Generates the demo city off the GUI thread, then reloads the pages.
    void createDemo();

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildUi();
    void buildMenus();
    void setDatabase(std::unique_ptr<Database> db);
    void openDatabaseFile();
    void newDatabaseFile();
    void backupDatabase();
    void updateStatus();
    void markDrawnQuarters(); // the quarter selector marks quarters with committed draws
    void reloadPages();

    // Every page but `except` reads again what it shows (state and undo kept).
    void refreshPages(Page *except = nullptr);
    void watchDatabase();
    void buildScopeBar();
    void scopeChanged();

    std::unique_ptr<Database> m_db;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QComboBox *m_bureauBox = nullptr;
    QComboBox *m_quarterBox = nullptr;
    QAction *m_projectorAction = nullptr;
    QList<QAction *> m_projectorKeys;
    bool m_projector = false;
    QList<Page *> m_pages; // in sidebar order; rebuilt with the UI (language, theme)
    class DashboardPage *m_dashboard = nullptr;
    class EntitiesPage *m_entities = nullptr;
    class InspectorsPage *m_inspectors = nullptr;
    class DrawPage *m_draw = nullptr;
    class TasksPage *m_tasks = nullptr;
    class CasesPage *m_cases = nullptr;
    class CampaignsPage *m_campaigns = nullptr;
    class ReportsPage *m_reports = nullptr;
    class SettingsPage *m_settings = nullptr;
    qint64 m_dataVersion = -1;
    class QTimer *m_refreshDebounce = nullptr;
    Page *m_refreshExcept = nullptr;
};

} // namespace suiji
