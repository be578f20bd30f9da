#pragma once
// The entities page: the bureau's list of supervised entities, filtered and sorted in SQL.

#include "pages/Page.h"
#include "rules/RuleProfile.h"

#include <memory>

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

private:
    void applyFilter();
    void updateCount(int total);

    EntityTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_bureauBox;
    QComboBox *m_category;
    QLabel *m_count;
    QTimer *m_debounce;
    std::shared_ptr<const RuleProfile> m_profile;
};

} // namespace suiji
