// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entities as a table for 10^5 rows: filtering and sorting in SQL, rows fetched in pages.

#include "rules/Classifier.h"
#include "store/EntityRepository.h"

#include <memory>

#include <QAbstractTableModel>

namespace suiji {

class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, Bureau, Category, Level, Class, Industry, Street, Credit, Vocs, Penalty, Complaints, ColumnCount };

    explicit EntityTableModel(QObject *parent = nullptr);

    void setDatabase(const Database *db);
    // The class column follows the rule profile and the quarter being planned.
    void setClassifier(std::shared_ptr<const RuleProfile> profile, const Quarter &quarter);
    Classification classificationAt(int row) const;
    void setFilter(const EntityFilter &filter);
    EntityFilter filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    const Entity &entityAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void reload();

    // Why the last read failed (empty when it did not).
    QString lastError() const { return m_error; }

signals:
    void totalChanged(int total);

private:
    QString m_error;
    static constexpr int kPage = 500;
    const Database *m_db = nullptr;
    EntityFilter m_filter;
    QList<Entity> m_rows;
    int m_total = 0;
    bool m_resetting = false;
    std::shared_ptr<const RuleProfile> m_profile;
    std::unique_ptr<Classifier> m_classifier;
    mutable QHash<qint64, Classification> m_classes; // per entity id, for the rows fetched
};

} // namespace suiji
