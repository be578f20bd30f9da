// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case ledger (个案) as a table: one row per case with its deadline as of today.

#include "ledger/CaseService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace suiji {

struct CaseRow {
    CaseItem item;
    CaseTiming timing;
};

class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Source, Number, Level, Entity, Received, State, Team, Due, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    // names: badge → name, for the teams.
    void setRows(QList<CaseRow> rows, QHash<QString, QString> names);
    const CaseRow &row(int r) const { return m_rows.at(r); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseRow> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace suiji
