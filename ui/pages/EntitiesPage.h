// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entities page: the bureau's list of supervised entities, filtered and sorted in SQL.

#include "model/Entity.h"
#include "pages/Page.h"
#include "rules/RuleProfile.h"
#include "store/EntityRepository.h"

#include <QUndoStack>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace suiji {

class EntityTableModel;

class EntitiesPage : public Page {
    Q_OBJECT
public:
    explicit EntitiesPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("entities"); }
    QString title() const override { return tr("Entities"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;

signals:
    // A list file was dropped on the page or the import button pressed (empty path).
    void importRequested(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

public:
    EntityTableModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    bool busy() const override { return m_classifying > 0; }
    void refresh() override;
    // "" all, a class (key, special, …, must_check) or "pool:ID".
    void setRuleFilter(const QString &value);
    // Saves an edited entity (undoable); false with the reason if refused.
    bool saveEntity(const Entity &before, const Entity &after);
    void editRow(int row);
    QUndoStack *undoStack() { return &m_undo; }
    // Writes the filtered view to .xlsx or .csv; the number of rows, or an error.
    Result<int> exportView(const QString &path) const;

private:
    void applyFilter();
    void scopeFilter(EntityFilter &f) const; // the scope's bureau (the division: its pools' categories, city-wide)
    void updateCount(int total);

    EntityTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_bureauBox;
    QComboBox *m_category;
    QLabel *m_count;
    QTimer *m_debounce;
    std::shared_ptr<const RuleProfile> m_profile;
    QComboBox *m_rule;
    QLabel *m_error;
    QUndoStack m_undo;
    int m_classifying = 0;
    int m_generation = 0;
    std::optional<QList<qint64>> m_ruleIds;
    void fillRuleBox();

public:
    bool writeEntity(const Entity &e); // used by the undo commands
};

} // namespace suiji
