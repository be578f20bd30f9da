// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"
#include "Settings.h"
#include "util/Clock.h"
#include "util/Operator.h"

#include "calendar/WorkCalendar.h"
#include "store/Backups.h"
#include "store/HolidayRepository.h"
#include "store/ProfileRepository.h"
#include "theme/Theme.h"
#include "util/I18n.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace suiji {

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
    , m_dbPath(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_versions(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_validate(new QPushButton(tr("&Validate"), this))
    , m_save(new QPushButton(tr("&Save as new version"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_dbPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dbPath->setWordWrap(true);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(i18n::isChinese() ? 0 : 1);
    auto *langNote = new QLabel(tr("Applies at once."), this);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { emit languageChosen(m_language->currentData().toString()); });

    auto *themeBox = new QComboBox(this);
    themeBox->setObjectName(QStringLiteral("themeBox"));
    for (const QString &id : theme::ids())
        themeBox->addItem(theme::name(id), id);
    themeBox->setCurrentIndex(std::max(0, themeBox->findData(theme::current())));
    connect(themeBox, &QComboBox::currentIndexChanged, this, [this, themeBox] {
        theme::apply(themeBox->currentData().toString());
        Settings::setTheme(theme::current());
        emit themeChosen(); // the pages are rebuilt in the theme's colours
    });

    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Database file:"), m_dbPath);
    auto *langRow = new QHBoxLayout;
    langRow->addWidget(m_language);
    langRow->addWidget(langNote, 1);
    form->addRow(tr("&Language:"), langRow);
    qobject_cast<QLabel *>(form->labelForField(langRow))->setBuddy(m_language);
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(themeBox);
    themeRow->addStretch(1);
    form->addRow(tr("&Theme:"), themeRow);
    qobject_cast<QLabel *>(form->labelForField(themeRow))->setBuddy(themeBox);
    auto *op = new QLineEdit(this);
    op->setObjectName(QStringLiteral("operatorEdit"));
    op->setText(Settings::operatorName());
    op->setPlaceholderText(systemUserName());
    op->setToolTip(tr("Recorded with every lock, seed tried, commit and ledger change made here. Empty: the computer's user name."));
    connect(op, &QLineEdit::editingFinished, this, [op] { Settings::setOperatorName(op->text()); });
    form->addRow(tr("&Operator name:"), op);
    qobject_cast<QLabel *>(form->labelForField(op))->setBuddy(op);

    auto *profile = new QGroupBox(tr("Rule profile"), this);
    m_versions->setObjectName(QStringLiteral("profileVersions"));
    m_versions->setWordWrap(true);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_result->setObjectName(QStringLiteral("profileResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_validate->setObjectName(QStringLiteral("validateProfile"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *help =
        new QLabel(tr("The plan's rules as data: pools, quotas, classification, targets, deadlines and the joint-inspection table. "
                      "The format is described in docs/rule-profile.md. Saving keeps the old versions; every draw records the hash of the profile it used."),
                   this);
    help->setWordWrap(true);
    auto *pl = new QVBoxLayout(profile);
    pl->addWidget(help);
    pl->addWidget(m_versions);
    pl->addWidget(m_editor, 1);
    pl->addWidget(m_result);
    pl->addLayout(buttons);

    // The working-day calendar: holiday tables per year, editable and importable.
    auto *calendar = new QWidget(this);
    m_year = new QComboBox(calendar);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_days = new QTableWidget(calendar);
    m_days->setObjectName(QStringLiteral("calendarDays"));
    m_days->setColumnCount(3);
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_calendarNote = new QLabel(calendar);
    m_calendarNote->setObjectName(QStringLiteral("calendarNote"));
    m_calendarNote->setWordWrap(true);
    auto *date = new QDateEdit(Clock::process().today(), calendar);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *kind = new QComboBox(calendar);
    kind->addItem(tr("Holiday (休)"), QStringLiteral("holiday"));
    kind->addItem(tr("Adjusted working day (班)"), QStringLiteral("workday"));
    auto *name = new QLineEdit(calendar);
    name->setPlaceholderText(tr("e.g. 春节"));
    auto *add = new QPushButton(tr("&Add or change"), calendar);
    auto *remove = new QPushButton(tr("&Remove selected"), calendar);
    auto *import = new QPushButton(tr("&Import a table…"), calendar);
    import->setToolTip(
        tr("A CSV with the columns date,kind,name (kind: holiday/休 or workday/班), or a suiji-calendar-v1 JSON file. It replaces the years it covers."));
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year:"), calendar));
    yearRow->addWidget(m_year);
    yearRow->addWidget(import);
    yearRow->addStretch(1);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(date);
    editRow->addWidget(kind);
    editRow->addWidget(name, 1);
    editRow->addWidget(add);
    editRow->addWidget(remove);
    auto *cl = new QVBoxLayout(calendar);
    cl->addLayout(yearRow);
    cl->addWidget(m_calendarNote);
    cl->addWidget(m_days, 1);
    cl->addLayout(editRow);
    const int thisYear = Clock::process().today().year();
    for (int y = 2024; y <= std::max(2027, thisYear + 1); ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(std::clamp(thisYear, 2024, 2027)));
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { showYear(m_year->currentData().toInt()); });
    connect(add, &QPushButton::clicked, this, [this, date, kind, name] { addDay(date->date(), kind->currentData().toString(), name->text().trimmed()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_days->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            removeDay(QDate::fromString(m_days->item(i.row(), 0)->text(), Qt::ISODate));
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a holiday table"), QString(), tr("Holiday tables (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            importHolidays(path);
    });

    // The automatic backups: what is kept, how big, and a way back to any of them.
    auto *backups = new QWidget(this);
    m_backupNote = new QLabel(backups);
    m_backupNote->setObjectName(QStringLiteral("backupNote"));
    m_backupNote->setWordWrap(true);
    m_backupNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backups = new QTableWidget(backups);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setColumnCount(4);
    m_backups->setHorizontalHeaderLabels({tr("No."), tr("Made"), tr("Before"), tr("Size")});
    m_backups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backups->verticalHeader()->hide();
    m_backups->horizontalHeader()->setStretchLastSection(true);
    auto *backupNow = new QPushButton(tr("&Back up now…"), backups);
    auto *restore = new QPushButton(tr("&Restore selected…"), backups);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    restore->setEnabled(false);
    auto *openFolder = new QPushButton(tr("Open the backup fol&der"), backups);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(backupNow);
    backupRow->addWidget(restore);
    backupRow->addWidget(openFolder);
    backupRow->addStretch(1);
    auto *bl = new QVBoxLayout(backups);
    bl->addWidget(m_backupNote);
    bl->addWidget(m_backups, 1);
    bl->addLayout(backupRow);
    connect(m_backups, &QTableWidget::itemSelectionChanged, this, [this, restore] { restore->setEnabled(!m_backups->selectedItems().isEmpty()); });
    connect(backupNow, &QPushButton::clicked, this, &SettingsPage::backupRequested);
    connect(restore, &QPushButton::clicked, this, [this] {
        const auto rows = m_backups->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit restoreRequested(m_backups->item(rows.first().row(), 0)->data(Qt::UserRole).toString());
    });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        if (m_db)
            QDesktopServices::openUrl(QUrl::fromLocalFile(Backups(m_db->path()).folder()));
    });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(profile, tr("Rule profile"));
    tabs->addTab(calendar, tr("Working-day calendar"));
    tabs->addTab(backups, tr("Backups"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { setEditing(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(m_loaded);
        m_result->clear();
        setEditing(false);
    });
    connect(m_validate, &QPushButton::clicked, this, &SettingsPage::validate);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    setEditing(false);
}

void SettingsPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_dbPath->setText(db ? QDir::toNativeSeparators(db->path()) : tr("No database open"));
    loadProfile();
    showYear(m_year->currentData().toInt());
    showBackups();
}

static QString backupReasonText(const QString &reason)
{
    if (reason == QLatin1String("import"))
        return SettingsPage::tr("an import");
    if (reason == QLatin1String("commit"))
        return SettingsPage::tr("a committed draw");
    if (reason == QLatin1String("upgrade"))
        return SettingsPage::tr("an upgrade");
    if (reason == QLatin1String("restore"))
        return SettingsPage::tr("a restore");
    if (reason == QLatin1String("damaged"))
        return SettingsPage::tr("a restore (the damaged file)");
    if (reason == QLatin1String("manual"))
        return SettingsPage::tr("nothing (made by hand)");
    return reason;
}

void SettingsPage::showBackups()
{
    m_backups->setRowCount(0);
    if (!m_db) {
        m_backupNote->clear();
        return;
    }
    const Backups backups(m_db->path());
    auto all = backups.list();
    if (!all) {
        m_backupNote->setText(all.message());
        return;
    }
    qint64 total = 0;
    const QLocale locale;
    for (const BackupEntry &e : all.value()) {
        const int row = m_backups->rowCount();
        m_backups->insertRow(row);
        auto *number = new QTableWidgetItem(QString::number(e.number));
        number->setData(Qt::UserRole, e.path);
        number->setToolTip(QDir::toNativeSeparators(e.path));
        m_backups->setItem(row, 0, number);
        m_backups->setItem(row, 1, new QTableWidgetItem(e.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_backups->setItem(row, 2, new QTableWidgetItem(backupReasonText(e.reason)));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(e.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_backups->setItem(row, 3, size);
        total += e.bytes;
    }
    m_backups->resizeColumnsToContents();
    m_backupNote->setText(tr("Before each import, committed draw, restore and upgrade, Suiji keeps a checked copy of this file; the newest %1 are kept, "
                             "in %2. Now: %n backup(s), %3 in all.",
                             nullptr, int(all->size()))
                              .arg(Backups::kKept)
                              .arg(QDir::toNativeSeparators(backups.folder()), locale.formattedDataSize(total)));
}

void SettingsPage::loadProfile()
{
    if (!m_db || !m_db->isOpen())
        return;
    ProfileRepository repo(*m_db);
    auto active = repo.active();
    if (!active) {
        m_result->setText(active.message());
        return;
    }
    QStringList lines;
    const auto read = repo.versions();
    if (!read) {
        m_result->setText(read.message());
        return;
    }
    const QList<ProfileVersion> &versions = read.value();
    if (versions.isEmpty())
        lines << tr("Active: %1 (shipped with Suiji) · hash %2").arg(active->id, active->hash);
    for (const ProfileVersion &v : versions)
        lines << tr("%1 version %2 · %3 · hash %4%5")
                     .arg(v.name)
                     .arg(v.version)
                     .arg(v.createdAt, v.hash.left(16) + QStringLiteral("…"), v.active ? tr(" · active") : QString());
    m_versions->setText(lines.join(QLatin1Char('\n')));
    m_loaded = QString::fromUtf8(QJsonDocument(active->json).toJson(QJsonDocument::Indented));
    m_editor->setPlainText(m_loaded);
    setEditing(false);
}

void SettingsPage::setEditing(bool on)
{
    m_editor->setReadOnly(!on);
    m_edit->setEnabled(!on);
    m_validate->setEnabled(on);
    m_save->setEnabled(on);
    m_cancel->setEnabled(on);
}

void SettingsPage::setProfileText(const QString &json)
{
    setEditing(true);
    m_editor->setPlainText(json);
}

void SettingsPage::showYear(int year)
{
    if (m_year->currentData().toInt() != year) {
        const QSignalBlocker b(m_year);
        m_year->setCurrentIndex(m_year->findData(year));
    }
    m_days->setRowCount(0);
    if (!m_db || !m_db->isOpen())
        return;
    auto cal = WorkCalendar::load(*m_db);
    if (!cal)
        return;
    const QList<CalendarDay> days = cal->days(year);
    m_days->setRowCount(int(days.size()));
    for (int r = 0; r < days.size(); ++r) {
        m_days->setItem(r, 0, new QTableWidgetItem(days[r].date.toString(Qt::ISODate)));
        m_days->setItem(r, 1, new QTableWidgetItem(days[r].kind == QLatin1String("workday") ? tr("Adjusted working day (班)") : tr("Holiday (休)")));
        m_days->setItem(r, 2, new QTableWidgetItem(days[r].name));
    }
    m_days->resizeColumnsToContents();
    if (!cal->hasYear(year)) {
        m_calendarNote->setStyleSheet(theme::textStyle(theme::Role::Warning));
        m_calendarNote->setText(cal->warnings(QDate(year, 1, 1), QDate(year, 12, 31)).join(QLatin1Char('\n')));
    } else {
        m_calendarNote->setStyleSheet(QString());
        m_calendarNote->setText(tr("%1: %2 holidays and %3 adjusted working days. Publication deadlines count working days with this table.")
                                    .arg(year)
                                    .arg(std::count_if(days.begin(), days.end(), [](const CalendarDay &d) { return d.kind == QLatin1String("holiday"); }))
                                    .arg(std::count_if(days.begin(), days.end(), [](const CalendarDay &d) { return d.kind == QLatin1String("workday"); })));
    }
}

QString SettingsPage::calendarMessage() const
{
    return m_calendarNote->text();
}

bool SettingsPage::addDay(const QDate &date, const QString &kind, const QString &name)
{
    if (!m_db)
        return false;
    auto parsed = WorkCalendar::day(date.toString(Qt::ISODate), kind, name);
    Status s = parsed ? HolidayRepository(*m_db).setDay(parsed.value()) : Status(parsed.error());
    if (!s) {
        m_calendarNote->setStyleSheet(theme::textStyle(theme::Role::Error));
        m_calendarNote->setText(s.message());
        return false;
    }
    showYear(date.year());
    emit calendarChanged();
    return true;
}

bool SettingsPage::removeDay(const QDate &date)
{
    if (!m_db || !HolidayRepository(*m_db).removeDay(date))
        return false;
    showYear(date.year());
    emit calendarChanged();
    return true;
}

bool SettingsPage::importHolidays(const QString &path)
{
    QFile f(path);
    Status s = Ok{};
    if (!f.open(QIODevice::ReadOnly)) {
        s = Error{tr("Cannot read %1: %2").arg(path, f.errorString())};
    } else {
        auto parsed = WorkCalendar::parse(f.readAll(), path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
        s = parsed ? HolidayRepository(*m_db).replaceYears(parsed.value()) : Status(parsed.error());
        if (s)
            showYear(parsed->first().date.year());
    }
    if (!s) {
        m_calendarNote->setStyleSheet(theme::textStyle(theme::Role::Error));
        m_calendarNote->setText(s.message());
        return false;
    }
    emit calendarChanged();
    return true;
}

bool SettingsPage::validate()
{
    auto p = RuleProfile::fromJson(m_editor->toPlainText().toUtf8());
    if (!p) {
        m_result->setStyleSheet(theme::textStyle(theme::Role::Error));
        m_result->setText(p.message());
        return false;
    }
    m_result->setStyleSheet(theme::textStyle(theme::Role::Success));
    m_result->setText(tr("✓ Valid: %1, %2 pools, hash %3").arg(p->id).arg(p->pools.size()).arg(p->hash));
    return true;
}

bool SettingsPage::saveProfile()
{
    if (!m_db || !validate())
        return false;
    auto p = RuleProfile::fromJson(m_editor->toPlainText().toUtf8());
    auto v = ProfileRepository(*m_db).save(p.value(), Clock::process().now().toString(Qt::ISODate));
    if (!v) {
        m_result->setStyleSheet(theme::textStyle(theme::Role::Error));
        m_result->setText(v.message());
        return false;
    }
    loadProfile();
    m_result->setStyleSheet(theme::textStyle(theme::Role::Success));
    m_result->setText(tr("Saved %1 version %2; it governs quotas and draws from now on.").arg(v->name).arg(v->version));
    emit profileChanged();
    return true;
}

} // namespace suiji
