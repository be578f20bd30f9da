// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings: the database file, the language, and the rule profile — shown read-only, editable as
// JSON, validated before it is saved as a new version.

#include "pages/Page.h"

class QComboBox;
class QTableWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace suiji {

class SettingsPage : public Page {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    void setDatabase(const Database *db) override;

    // Validates the editor's text; true if it is a valid profile. The result is shown below it.
    bool validate();
    bool saveProfile();
    void setProfileText(const QString &json);

    // The holiday table editor.
    void showYear(int year);
    bool addDay(const QDate &date, const QString &kind, const QString &name);
    bool removeDay(const QDate &date);
    bool importHolidays(const QString &path);
    QString calendarMessage() const;

    // The automatic backups of the open file, newest first (the Backups tab).
    void showBackups();

signals:
    void profileChanged();
    void calendarChanged();
    void languageChosen(const QString &lang);
    void themeChosen();
    // The window makes or restores backups: it owns the database connection.
    void backupRequested();
    void restoreRequested(const QString &backupPath);

private:
    void loadProfile();
    void setEditing(bool on);

    QLabel *m_dbPath;
    QComboBox *m_language;
    QLabel *m_versions;
    QPlainTextEdit *m_editor;
    QLabel *m_result;
    QPushButton *m_edit;
    QPushButton *m_validate;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QString m_loaded;
    QComboBox *m_year = nullptr;
    QTableWidget *m_days = nullptr;
    QLabel *m_calendarNote = nullptr;
    QTableWidget *m_backups = nullptr;
    QLabel *m_backupNote = nullptr;
};

} // namespace suiji
