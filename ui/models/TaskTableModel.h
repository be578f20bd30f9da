// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ledger of one bureau's quarter as a table. Edits (status, dates, result) go through
// TaskService as undoable commands on the model's QUndoStack.

#include "ledger/TaskService.h"

#include <QAbstractTableModel>
#include <QUndoStack>

namespace suiji {

class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Bureau, Pool, Name, Key, Month, Mode, Team, Joint, Status, InspectionDate, Result, PublishedDate, ColumnCount };
    // A planned task whose month is over (by the injected clock): shown highlighted.
    bool overdue(const LedgerTask &t) const;

    explicit TaskTableModel(QObject *parent = nullptr);
    void setDatabase(const Database *db);
    // Loads the ledger of a scope off the GUI thread (the city's has thousands of rows).
    void load(const QString &bureau, const Quarter &quarter);
    void reload();
    // Re-reads the given tasks after an edit and updates their rows only.
    void refresh(const QList<qint64> &ids);
    bool loading() const { return m_loading > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const LedgerTask &taskAt(int row) const { return m_tasks.at(row); }
    QUndoStack *undoStack() { return &m_undo; }
    // Bulk edits for a selection of rows; false with lastError() set if refused (nothing changed).
    bool markDone(const QList<int> &rows, const QDate &date, const QString &result);
    bool markPublished(const QList<int> &rows, const QDate &date);
    bool markPlanned(const QList<int> &rows);
    QString lastError() const { return m_error; }
    // Why the last load failed (the rows shown are then the earlier ones); empty when it did not.
    QString loadError() const { return m_loadError; }

signals:
    void changed();
    void edited(); // a change this model wrote (done, published, result, undo, redo)

private:
    bool push(const QList<int> &rows, const QString &text, std::function<suiji::Status(TaskService &, const QList<qint64> &)> op);

    const Database *m_db = nullptr;
    QString m_bureau;
    Quarter m_quarter;
    QList<LedgerTask> m_tasks;
    QHash<QString, QString> m_poolNames;
    QHash<QString, QString> m_inspectorNames;
    QHash<QString, QString> m_coveredBy; // bureau|key → the campaign of the quarter that has it as a target
    QUndoStack m_undo;
    QString m_error;
    QString m_loadError;
    int m_loading = 0;
    int m_generation = 0;
    void setRows(QList<LedgerTask> tasks);
};

} // namespace suiji
