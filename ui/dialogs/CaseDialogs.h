// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case page's dialogs: a case entered or corrected by hand (the import's checks, said under the
// form, nothing typed lost on an error), and the team a case is dispatched to.

#include "ledger/CaseService.h"
#include "model/Inspector.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QCheckBox;

namespace suiji {

class CaseEntryDialog : public QDialog {
    Q_OBJECT
public:
    // save: records the case (entry or edit); an error keeps the dialog open with its words.
    CaseEntryDialog(const CaseItem &c, bool editing, std::function<Status(const CaseItem &)> save, QWidget *parent = nullptr);
    CaseItem item() const;
    void accept() override;

private:
    CaseItem m_original;
    std::function<Status(const CaseItem &)> m_save;
    QComboBox *m_source, *m_level, *m_bureau;
    QLineEdit *m_number, *m_type, *m_name, *m_uscc;
    QDateTimeEdit *m_received;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QPlainTextEdit *m_content;
    QLabel *m_error;
};

class CaseTeamDialog : public QDialog {
    Q_OBJECT
public:
    // roster: the bureau's inspectors; those with a conflict with the case's entity are shown but
    // cannot be ticked. team: ticked at the start (the current or the suggested team).
    CaseTeamDialog(const CaseItem &c, const QList<Inspector> &roster, const QStringList &team, const QDate &due, QWidget *parent = nullptr);
    QStringList badges() const;
    QDate due() const;
    void accept() override;

private:
    QListWidget *m_list;
    QDateEdit *m_due;
    QLabel *m_error;
};

} // namespace suiji
