// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case ledger (个案执法): every alert, complaint, referral and company request of the bureau,
// filtered by source, level, state and deadline; dispatched to a suggested team, checked,
// handled, fed back and closed here, each step a chained record; the plan's 100% targets on top.

#include "ledger/CaseService.h"
#include "pages/Page.h"

#include <memory>

class QComboBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QSortFilterProxyModel;
class QUndoStack;

namespace suiji {

class CaseTableModel;

class CasesPage : public Page {
    Q_OBJECT
public:
    explicit CasesPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("cases"); }
    QString title() const override { return tr("Cases"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;
    void refresh() override { reload(); }
    bool busy() const override { return m_loading > 0 || m_running > 0; }

    // The actions, on the selected cases (tests drive them without dialogs). Each but the import
    // can be undone (Ctrl+Z) and redone.
    void importFile(const QString &path);
    void dispatchSelected();                                                          // each to its suggested team
    void assignTeam(const QString &ref, const QStringList &badges, const QDate &due); // the chief's own team
    bool recordCheck(const QString &ref, const CaseUpdate &u);                        // check and outcome (and more) of one case
    void closeSelected(const QDate &day);                                             // feedback and closure on the day, for handled cases
    // Entry and correction by hand, on this thread (the dialog waits for the answer).
    Status enterCase(const CaseItem &c);
    Status editCase(const CaseItem &c);
    QUndoStack *undoStack() const { return m_undo; }
    void selectRefs(const QStringList &refs);
    QStringList shownRefs() const;
    QString summaryText() const;
    QString messageText() const;
    CaseTableModel *model() const { return m_model; }

signals:
    void casesChanged();

private:
    void reload();
    void applyFilter();
    // Runs a change on a worker; done, it goes on the undo stack under `text`.
    void run(const QString &what, const QString &text, std::function<Result<CaseChange>(const CaseService &)> work);
    void pushDone(const QString &text, const CaseChange &change);
    Status onThisThread(const QString &text, const std::function<Result<CaseChange>(const CaseService &)> &work);
    QStringList selectedRefs() const;
    void openCheckDialog();
    void openEntryDialog(bool editing);
    void openTeamDialog();

    std::shared_ptr<const RuleProfile> m_profile;
    CaseTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_source, *m_level, *m_state;
    QCheckBox *m_overdue;
    QLabel *m_summary, *m_message;
    QPushButton *m_import, *m_enter, *m_edit, *m_dispatch, *m_team, *m_check, *m_close;
    QUndoStack *m_undo;
    int m_loading = 0, m_running = 0, m_generation = 0;
};

} // namespace suiji
