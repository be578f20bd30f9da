// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tasks page: the quarter's ledger (台账) of the bureau, edited in place or for a selection,
// with undo and redo.

#include "pages/Page.h"

class QLabel;
class QTableView;
class QSortFilterProxyModel;
class QLineEdit;

namespace suiji {

class TaskTableModel;

class TasksPage : public Page {
    Q_OBJECT
public:
    explicit TasksPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("tasks"); }
    QString title() const override { return tr("Tasks"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;
    bool busy() const override;
    void refresh() override;
    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void markSelectedDone();
    void markSelectedPublished();
    void markSelectedPlanned();
    // Marks (or, with an empty text, unmarks) the row's done task as a typical case (典型案例).
    void editTypicalCase(int row);
    // Writes the ledger, the publication list or the target breakdown (.xlsx or .csv by the
    // name); asks for the file when none is given.
    void exportTo(const QString &kind, const QString &path = {});

signals:
    void exported(const QString &path);

private:
    QList<int> selectedRows() const;
    void updateSummary();
    void showError(const QString &message);

    TaskTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_error;
    int m_exporting = 0;
};

} // namespace suiji
