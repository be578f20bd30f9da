#include "DashboardPage.h"

#include "model/Bureau.h"
#include "report/Fonts.h"
#include "util/I18n.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace suiji {

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent), m_headline(new QLabel(this)), m_table(new QTableWidget(this)), m_chartHost(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Bureau"), tr("Entities"), tr("Key units"), tr("Inspectors taking part")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chartHost->setLayout(new QVBoxLayout);
    m_chartHost->layout()->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 2);
    row->addWidget(m_chartHost, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(row, 1);
}

void DashboardPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    reload();
}

void DashboardPage::reload()
{
    m_table->setRowCount(0);
    if (auto *old = m_chartHost->findChild<QChartView *>())
        delete old;
    if (!m_db || !m_db->isOpen())
        return;
    struct Row {
        int entities = 0, key = 0, inspectors = 0;
    };
    QHash<QString, Row> rows;
    QSqlQuery q(m_db->db());
    if (q.exec(QStringLiteral("SELECT bureau, count(*), sum(level = 'key') FROM entity GROUP BY bureau")))
        while (q.next())
            rows[q.value(0).toString()].entities = q.value(1).toInt(), rows[q.value(0).toString()].key = q.value(2).toInt();
    if (q.exec(QStringLiteral("SELECT bureau, count(*) FROM inspector WHERE active = 1 GROUP BY bureau")))
        while (q.next())
            rows[q.value(0).toString()].inspectors = q.value(1).toInt();

    const bool zh = i18n::isChinese();
    const auto &bureaus = Bureau::all();
    m_table->setRowCount(int(bureaus.size()));
    int total = 0, totalKey = 0, totalIns = 0;
    auto *set = new QBarSet(tr("Entities"));
    QStringList names;
    for (int i = 0; i < bureaus.size(); ++i) {
        const Row r = rows.value(bureaus[i].id);
        const QStringList cells = {bureaus[i].displayName(zh), QString::number(r.entities), QString::number(r.key), QString::number(r.inspectors)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
        total += r.entities;
        totalKey += r.key;
        totalIns += r.inspectors;
        *set << r.entities;
        names << bureaus[i].displayName(zh);
    }
    m_headline->setText(tr("%1 entities, %2 key units, %3 inspectors taking part").arg(total).arg(totalKey).arg(totalIns));

    // Horizontal bars: bureau names read in full in both languages.
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Entities per bureau"));
    chart->setTitleFont(report::cjkFont(12, QFont::Bold));
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsFont(report::cjkFont(9));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    int most = 10; // an empty city still gets a sane axis
    for (int i = 0; i < set->count(); ++i)
        most = std::max(most, int(set->at(i)));
    y->setRange(0, most);
    y->applyNiceNumbers();
    chart->legend()->hide();
    auto *view = new QChartView(chart, m_chartHost);
    view->setRenderHint(QPainter::Antialiasing);
    m_chartHost->layout()->addWidget(view);
}

} // namespace suiji
