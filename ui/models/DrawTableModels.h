// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The draw page's tables as models over the core's own values (no per-cell items): the quarter's
// quotas (with the catch-up check box), the tasks of a preview or commit, and the committed draws.
// Each is checked by QAbstractItemModelTester (tests/ui/TestDrawTableModels).

#include "draw/DrawService.h"
#include "rules/QuotaCalculator.h"
#include "store/DrawRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace suiji {

// A pool in words; in the mobile-source division's quarter, with its district (南山 · 加油站、储油库).
QString poolLabel(const PoolPlan &p);

class QuotaTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Pool, Base, Excluded, Drawn, Must, PoolSize, Quota, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setPlan(const QuarterPlan &plan);
    void clear();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The k cell's check box of a pool with a catch-up: emits catchUpToggled, the page re-plans.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void catchUpToggled(const QString &pool, bool applied);

private:
    QList<PoolPlan> m_pools;
};

class DrawTaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Pool, Entity, Key, Month, Mode, Team, Joint, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    // names: badge → name (teams show names; the tooltip adds the badges).
    void setOutcome(const DrawOutcome &outcome, const QHash<QString, QString> &names);
    void clear();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int seq = 0;
        QString pool, entity, key, month, mode, team, teamBadges, joint;
    };
    QList<Row> m_rows;
};

class DrawHistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Quarter, Pool, K, Seed, ResultFp, RecordHash, Operator, CommittedAt, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    // Every committed pool the scope sees, newest first: a district its own (and the division's
    // in it, marked so); the division (`mobile`) the pools it drew in every district.
    void setRecords(const QList<DrawRecord> &records, const RuleProfile *profile, const QString &bureau);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString quarter, name, poolId, seed, resultFp, hash, op, at;
        int k = 0;
    };
    QList<Row> m_rows;
};

} // namespace suiji
