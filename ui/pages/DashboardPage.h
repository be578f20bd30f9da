#pragma once
// The dashboard: the city at a glance. Progress curves arrive with the progress issue; until
// then it shows what the database holds per bureau.

#include "pages/Page.h"

class QTableWidget;
class QLabel;
QT_FORWARD_DECLARE_CLASS(QChartView)

namespace suiji {

class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void setDatabase(const Database *db) override;

private:
    void reload();
    QLabel *m_headline;
    QTableWidget *m_table;
    QWidget *m_chartHost;
};

} // namespace suiji
