// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTableModel.h"
#include "theme/Theme.h"

namespace suiji {

void CaseTableModel::setRows(QList<CaseRow> rows, QHash<QString, QString> names)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_names = std::move(names);
    endResetModel();
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &r = m_rows.at(index.row());
    const CaseItem &c = r.item;
    const int col = index.column();
    if (role == Qt::ForegroundRole) {
        if (col == Due && r.timing.overdue)
            return theme::color(theme::Role::Error);
        if (col == Due && r.timing.dueSoon)
            return theme::color(theme::Role::Warning);
        if (col == Level && c.level == QStringLiteral("红"))
            return theme::color(theme::Role::Error);
        return {};
    }
    if (role == Qt::UserRole)
        return c.ref();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (col) {
    case Source:
        return c.source;
    case Number:
        return c.number;
    case Level:
        return c.level;
    case Entity:
        return role == Qt::ToolTipRole && !c.content.isEmpty() ? QString(c.name + QLatin1Char('\n') + c.content) : c.name;
    case Received:
        return c.received.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case State:
        if (role == Qt::ToolTipRole && !c.finding.isEmpty())
            return QString(CaseItem::stateName(c.state) + QLatin1Char('\n') + c.finding +
                           (c.outcome.isEmpty() ? QString() : QStringLiteral(" · ") + c.outcome));
        return c.outcome.isEmpty() ? CaseItem::stateName(c.state) : tr("%1 · %2").arg(CaseItem::stateName(c.state), c.outcome);
    case Team: {
        QStringList team;
        for (const QString &b : c.team)
            team << m_names.value(b, b);
        return team.join(QStringLiteral("、"));
    }
    case Due:
        if (c.closed())
            return tr("closed %1").arg(c.closedOn.toString(Qt::ISODate));
        return r.timing.overdue ? tr("%1 (overdue)").arg(r.timing.closeDue.toString(Qt::ISODate)) : r.timing.closeDue.toString(Qt::ISODate);
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    const QString names[] = {tr("Source"), tr("Number"), tr("Level"), tr("Entity"), tr("Received"), tr("State"), tr("Team"), tr("Due")};
    return names[section];
}

} // namespace suiji
