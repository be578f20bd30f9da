#pragma once
// The inspectors page: the roster with badge numbers, who takes part, conflicts of interest.

#include "pages/Page.h"

class QTableWidget;
class QComboBox;

namespace suiji {

class InspectorsPage : public Page {
    Q_OBJECT
public:
    explicit InspectorsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("inspectors"); }
    QString title() const override { return tr("Inspectors"); }
    void setDatabase(const Database *db) override;

private:
    void reload();
    QComboBox *m_bureauBox;
    QTableWidget *m_table;
};

} // namespace suiji
