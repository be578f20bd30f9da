// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"
#include "dialogs/AssignedTargetsDialog.h"
#include "ledger/FactService.h"
#include "theme/Theme.h"
#include "widgets/OperatorName.h"

#include "model/Bureau.h"
#include "pages/MeetingView.h"
#include "report/Fonts.h"
#include "report/ProgressCharts.h"
#include "store/DeadlineRepository.h"
#include "store/ProfileRepository.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "widgets/Background.h"
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QStackedWidget>

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace suiji {

namespace {
const char *kChartNames[] = {"curve", "detail", "joint"};

bool writeChart(QChartView *view, const QString &path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->chart()->title());
        QPainter p;
        if (!p.begin(&svg))
            return false;
        view->render(&p);
        return p.end();
    }
    return view->grab().save(path, "PNG");
}
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
    , m_headline(new QLabel(this))
    , m_subline(new QLabel(this))
    , m_alerts(new QListWidget(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_subline->setWordWrap(true);
    m_alerts->setObjectName(QStringLiteral("dashboardAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setFocusPolicy(Qt::NoFocus);
    // An alert leads to where it is dealt with: the ledger for publications, the draw page for draws.
    connect(m_alerts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString page = item->data(Qt::UserRole).toString();
        if (!page.isEmpty())
            emit openPage(page, item->data(Qt::UserRole + 1).toString());
        else if (const QString deadline = item->data(Qt::UserRole + 2).toString(); !deadline.isEmpty())
            recordSubmission(deadline, item->data(Qt::UserRole + 1).toString(), item->text());
    });
    for (int i = 0; i < 3; ++i) {
        auto *v = new QChartView(this);
        v->setObjectName(QStringLiteral("chart_%1").arg(QLatin1String(kChartNames[i])));
        v->setRenderHint(QPainter::Antialiasing);
        v->setContextMenuPolicy(Qt::CustomContextMenu);
        v->setToolTip(tr("Right-click to save the chart as PNG or SVG."));
        connect(v, &QWidget::customContextMenuRequested, this, [this, v] { exportOne(v); });
        m_views << v;
    }
    auto *alertsBox = new QWidget(this);
    auto *al = new QVBoxLayout(alertsBox);
    al->setContentsMargins(0, 0, 0, 0);
    auto *alertsTitle = new QLabel(tr("Due and overdue"), alertsBox);
    alertsTitle->setObjectName(QStringLiteral("alertsTitle"));
    // Assigned targets (下达任务) are handed down, not drawn: entered and recorded here.
    m_assignedButton = new QPushButton(tr("&Assigned targets…"), alertsBox);
    m_assignedButton->setObjectName(QStringLiteral("assignedTargetsButton"));
    m_assignedButton->setToolTip(tr("Hand down the year's assigned targets (下达任务) and record inspections against them"));
    connect(m_assignedButton, &QPushButton::clicked, this, &DashboardPage::editAssignedTargets);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(alertsTitle, 1);
    titleRow->addWidget(m_assignedButton);
    al->addLayout(titleRow);
    al->addWidget(m_alerts, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(alertsBox, 3);
    bottom->addWidget(m_views[2], 2);
    m_views[2]->setMinimumWidth(fontMetrics().averageCharWidth() * 20); // room for its legend at 1024 wide
    m_grid->addWidget(m_views[0], 0, 0);
    m_grid->addLayout(bottom, 1, 0);
    m_grid->addWidget(m_views[1], 0, 1, 2, 1);
    m_grid->setColumnStretch(0, 1); // the pools' long names need half the width on a 1024-wide screen
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(0, 3);
    m_grid->setRowStretch(1, 2);
    // In projector mode the room sees which keys step through the data.
    m_keys = new QLabel(tr("← →  quarter   ·   ↑ ↓  bureau   ·   Esc  leave projector mode"), this);
    m_keys->setObjectName(QStringLiteral("projectorKeys"));
    m_keys->setAlignment(Qt::AlignRight);
    // The desk view and, for projector mode, the meeting view (MeetingView.h).
    auto *desk = new QWidget(this);
    desk->setObjectName(QStringLiteral("deskView"));
    auto *deskLayout = new QVBoxLayout(desk);
    deskLayout->setContentsMargins(0, 0, 0, 0);
    deskLayout->addWidget(m_headline);
    deskLayout->addWidget(m_subline);
    // A line that opens another page of the same scope (hidden until there is something to say).
    auto link = [&](const QString &name, const QString &page, bool wrap) {
        auto *l = new QLabel(desk);
        l->setObjectName(name);
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(wrap);
        l->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        l->setFocusPolicy(Qt::StrongFocus);
        l->hide();
        connect(l, &QLabel::linkActivated, this, [this, page] { emit openPage(page, m_bureau); });
        deskLayout->addWidget(l);
        return l;
    };
    // An empty quarter leads to where its draws are made.
    m_drawLink = link(QStringLiteral("dashboardDrawLink"), QStringLiteral("draw"), false);
    // 个案: the plan's 100% targets and what is open, one click from the case ledger; then 专项.
    m_casesLink = link(QStringLiteral("dashboardCases"), QStringLiteral("cases"), true);
    m_campaignsLink = link(QStringLiteral("dashboardCampaigns"), QStringLiteral("campaigns"), true);
    deskLayout->addLayout(m_grid, 1);
    m_meeting = new MeetingView(m_keys, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(desk);
    m_stack->addWidget(m_meeting);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    deskLayout->setContentsMargins(9, 9, 9, 9);
    setProjector(false);
}

void DashboardPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_calendar.reset();
    m_profile.reset();
    if (db && db->isOpen()) {
        if (auto c = WorkCalendar::load(*db))
            m_calendar = c.value();
        if (auto p = ProfileRepository(*db).active())
            m_profile = p.value();
    }
    reload();
}

void DashboardPage::setScope(const QString &bureau, const Quarter &quarter)
{
    Page::setScope(bureau, quarter);
    reload();
}

void DashboardPage::setProjector(bool on)
{
    m_projector = on;
    const report::ChartStyle style{false, false, theme::dark()};
    m_headline->setFont(style.font(16, true));
    m_subline->setFont(style.font(10));
    // The dark themes' application style sheet would reset a font set only with setFont.
    m_headline->setStyleSheet(QStringLiteral("font-size: %1pt; font-weight: bold;").arg(m_headline->font().pointSizeF()));
    m_alerts->setFont(style.font(9.5));
    m_keys->setFont(report::ChartStyle{true}.font(9));
    m_keys->setStyleSheet(QStringLiteral("color: white;"));
    m_keys->setVisible(on);
    if (auto *t = findChild<QLabel *>(QStringLiteral("alertsTitle")))
        t->setFont(style.font(10, true));
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_meeting) : m_stack->widget(0));
    setAutoFillBackground(on);
    QPalette pal = palette();
    if (on) {
        pal.setColor(QPalette::Window, Qt::black);
        pal.setColor(QPalette::WindowText, Qt::white);
        pal.setColor(QPalette::Base, Qt::black);
        pal.setColor(QPalette::Text, Qt::white);
    } else {
        pal = QPalette();
    }
    setPalette(pal);
    m_alerts->setPalette(QPalette());
    if (m_report)
        showReport(*m_report); // restyle what is shown; no need to read again
    else
        reload();
}

void DashboardPage::setChart(int slot, QChart *chart)
{
    QChart *old = m_views[slot]->chart();
    m_views[slot]->setChart(chart);
    delete old;
}

void DashboardPage::reload()
{
    if (!m_db || !m_db->isOpen() || !m_calendar || !m_profile || !m_quarter.isValid()) {
        m_report.reset();
        m_alerts->clear();
        m_headline->setText(tr("No database open"));
        m_meeting->showEmpty(tr("No database open"));
        return;
    }
    // The report reads the quarter's whole ledger: off the GUI thread.
    const int gen = ++m_generation;
    ++m_loading;
    const auto profile = std::make_shared<const RuleProfile>(*m_profile);
    const auto calendar = std::make_shared<const WorkCalendar>(*m_calendar);
    const Quarter quarter = m_quarter;
    const QString bureau = m_bureau;
    runOnDatabase<ProgressReport>(
        this, *m_db,
        [profile, calendar, quarter, bureau](const Database &db) { return ProgressService(db, *profile, *calendar, Clock::process()).report(quarter, bureau); },
        [this, gen](Result<ProgressReport> r) {
            --m_loading;
            if (gen != m_generation)
                return;
            if (!r) {
                m_headline->setText(r.message());
                return;
            }
            showReport(r.value());
        });
}

void DashboardPage::showReport(const ProgressReport &report)
{
    m_report = report;
    m_alerts->clear();
    const ProgressReport &p = *m_report;
    const bool zh = i18n::isChinese();
    const Bureau *b = Bureau::byId(m_bureau);
    const QString who = b ? b->displayName(zh) : tr("City");
    if (p.tasks == 0)
        m_meeting->showEmpty(tr("%1 · %2: no draws committed yet").arg(who, m_quarter.toString()));
    else
        m_meeting->show(p, who, m_profile->targets.jointPct);
    if (p.tasks == 0)
        m_headline->setText(tr("%1 · %2: no draws committed yet").arg(who, m_quarter.toString()));
    m_drawLink->setVisible(p.tasks == 0);
    m_assignedButton->setVisible(b && !b->division); // a district's targets; not the city's sum or the division
    if (p.tasks == 0)
        m_drawLink->setText(QStringLiteral("<a href=\"draw\" style=\"color:%1\">%2</a>")
                                .arg(theme::color(theme::Role::Info).name(),
                                     (b ? tr("Go to the draw page to lock the lists and draw %1 →").arg(m_quarter.toString())
                                        : tr("Go to the draw page: each bureau locks its lists and draws %1 →").arg(m_quarter.toString()))
                                         .toHtmlEscaped()));
    else
        m_headline->setText(tr("%1 · %2: %3 of %4 tasks done (%5%)")
                                .arg(who, m_quarter.toString())
                                .arg(p.done)
                                .arg(p.tasks)
                                .arg(p.tasks ? 100.0 * p.done / p.tasks : 0, 0, 'f', 1));
    QStringList sub;
    sub << tr("Today %1").arg(p.today.toString(Qt::ISODate));
    if (p.targetPctNow > 0)
        sub << tr("target at the last month end %1%, reached %2%").arg(p.targetPctNow).arg(p.donePctNow);
    sub << tr("joint %1 / %2 (%3%)").arg(p.jointTasks).arg(p.jointBaseWords).arg(p.jointRatio * 100, 0, 'f', 1) << tr("published %1").arg(p.published)
        << tr("quarter summary due %1").arg(p.quarterSummaryDue.toString(Qt::ISODate));
    for (const AssignedTarget &a : p.assigned) // handed down, not drawn: done against the count
        if (!m_bureau.isEmpty())
            sub << tr("%1 %2 of %3").arg(a.item).arg(a.doneBy(p.today)).arg(a.count);
    const bool hints = !p.calendarWarnings.isEmpty(); // the meeting view never shows them
    m_subline->setText(sub.join(QStringLiteral(" · ")) + (hints ? QStringLiteral("\n") + p.calendarWarnings.join(QLatin1Char('\n')) : QString()));

    const CaseMeasures &c = p.cases;
    m_casesLink->setVisible(c.total > 0);
    if (c.total > 0) {
        auto pct = [](int a, int b) { return b ? 100.0 * a / b : 100.0; };
        const bool short_ = c.platformClosed < c.platformTotal || c.redClosed < c.redTotal || c.overdue > 0;
        m_casesLink->setText(QStringLiteral("<a href=\"cases\" style=\"color:%1\">%2</a>")
                                 .arg(theme::color(short_ ? theme::Role::Warning : theme::Role::Info).name(),
                                      tr("Cases: %1 of %2 closed · platforms' alerts %3% closed (target 100%) · red alerts open %4 · overdue %5 →")
                                          .arg(c.closed)
                                          .arg(c.total)
                                          .arg(pct(c.platformClosed, c.platformTotal), 0, 'f', 1)
                                          .arg(c.redTotal - c.redClosed)
                                          .arg(c.overdue)
                                          .toHtmlEscaped()));
    }

    // The campaigns (专项) under way this quarter, one line, to their page.
    QStringList campaigns;
    for (const CampaignProgress &c : p.campaigns)
        campaigns << tr("%1 %2 of %3 done").arg(c.name).arg(c.done).arg(c.targets);
    m_campaignsLink->setVisible(!campaigns.isEmpty());
    if (!campaigns.isEmpty())
        m_campaignsLink->setText(QStringLiteral("<a href=\"campaigns\" style=\"color:%1\">%2</a>")
                                     .arg(theme::color(theme::Role::Info).name(),
                                          QString(tr("Campaigns: ") + campaigns.join(QStringLiteral(" · ")) + QStringLiteral(" →")).toHtmlEscaped()));

    const report::ChartStyle style{false, false, theme::dark()};
    setChart(0, report::curveChart(p, style));
    setChart(1, m_bureau.isEmpty() ? report::bureauChart(p, style) : report::poolChart(p, style));
    setChart(2, report::jointChart(p, m_profile->targets.jointPct, style));

    // Alerts first; publication alerts grouped per bureau so a long list stays readable.
    // On the projector's black ground the high-contrast theme's colours; else the current theme's.
    const QColor red = theme::color(theme::Role::Error);
    const QColor amber = theme::color(theme::Role::Warning);
    struct Group {
        int count = 0;
        QDate first;
        QString text;
    };
    QMap<QString, Group> groups; // kind|bureau
    for (const ProgressAlert &a : p.alerts) {
        if (a.kind.startsWith(QLatin1String("publication"))) {
            Group &g = groups[a.kind + QLatin1Char('|') + a.bureau];
            if (g.count++ == 0 || a.date < g.first)
                g.first = a.date;
            if (g.count == 1)
                g.text = a.text;
            continue;
        }
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + a.text, m_alerts);
        item->setForeground(a.kind.endsWith(QLatin1String("overdue")) || a.kind == QLatin1String("behind_curve") ? red : amber);
        const bool report = a.kind.startsWith(QLatin1String("deadline"));
        item->setData(Qt::UserRole, report                                     ? QString()
                                    : a.kind.startsWith(QLatin1String("draw")) ? QStringLiteral("draw")
                                    : a.kind.startsWith(QLatin1String("case")) ? QStringLiteral("cases")
                                                                               : QStringLiteral("tasks"));
        item->setData(Qt::UserRole + 1, a.bureau);
        item->setData(Qt::UserRole + 2, a.ref);
        item->setToolTip(report ? tr("Double-click or Enter: record the day it was submitted.") : tr("Double-click or Enter: open the page to act on it."));
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const QString kind = it.key().section(QLatin1Char('|'), 0, 0);
        const Bureau *gb = Bureau::byId(it.key().section(QLatin1Char('|'), 1));
        const QString name = gb ? gb->displayName(zh) : QString();
        const QString text =
            it->count == 1 ? it->text
            : kind == QLatin1String("publication_overdue")
                ? tr("%1: %2 results overdue for publication (the earliest was due %3)").arg(name).arg(it->count).arg(it->first.toString(Qt::ISODate))
                : tr("%1: %2 results to publish within three working days (the first by %3)").arg(name).arg(it->count).arg(it->first.toString(Qt::ISODate));
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + text, m_alerts);
        item->setForeground(kind == QLatin1String("publication_overdue") ? red : amber);
        item->setData(Qt::UserRole, QStringLiteral("tasks"));
        item->setData(Qt::UserRole + 1, it.key().section(QLatin1Char('|'), 1));
        item->setToolTip(tr("Double-click or Enter: open the page to act on it."));
    }
    int upcoming = 0;
    for (const PublicationItem &pub : p.publication)
        if (!pub.published.isValid() && !pub.overdue && pub.workingDaysLeft <= 10 && pub.workingDaysLeft > ProgressService::kDueSoonWorkingDays)
            ++upcoming;
    if (upcoming > 0)
        new QListWidgetItem(tr("%n more result(s) due for publication within ten working days.", nullptr, upcoming), m_alerts);
    if (m_alerts->count() == 0)
        new QListWidgetItem(tr("Nothing is due in the next ten working days."), m_alerts);
}

void DashboardPage::editAssignedTargets()
{
    if (!m_db || !m_db->isOpen() || !m_quarter.isValid() || !Bureau::byId(m_bureau) || Bureau::byId(m_bureau)->division)
        return;
    AssignedTargetsDialog d(*m_db, Clock::process(), m_bureau, m_quarter.year, this);
    d.exec();
    if (d.changed())
        reload();
}

void DashboardPage::recordSubmission(const QString &deadline, const QString &bureau, const QString &what)
{
    if (!m_db || !m_db->isOpen() || !m_quarter.isValid())
        return;
    QDialog d(this);
    d.setObjectName(QStringLiteral("deadlineDialog"));
    d.setWindowTitle(tr("Report submitted"));
    auto *form = new QFormLayout(&d);
    auto *label = new QLabel(what, &d);
    label->setWordWrap(true);
    form->addRow(label);
    auto *date = new QDateEdit(Clock::process().today(), &d);
    date->setObjectName(QStringLiteral("deadlineDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Submitted on:"), date);
    auto *error = new QLabel(&d);
    error->setStyleSheet(theme::textStyle(theme::Role::Error));
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &d, [&] {
        if (date->date() > Clock::process().today()) {
            error->setText(tr("%1 lies in the future: record a report once it is submitted.").arg(date->date().toString(Qt::ISODate)));
            error->show();
            return;
        }
        if (auto s = FactService(*m_db, Clock::process()).setDeadlineDone(bureau, m_quarter.year, deadline, date->date(), operatorName()); !s) {
            error->setText(s.message());
            error->show();
            return;
        }
        d.accept();
    });
    form->addRow(box);
    if (d.exec() == QDialog::Accepted)
        reload();
}

void DashboardPage::exportOne(QChartView *view)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as PNG…"));
    QAction *svg = menu.addAction(tr("Save chart as SVG…"));
    QAction *chosen = menu.exec(QCursor::pos());
    if (!chosen)
        return;
    const bool isSvg = chosen == svg;
    const QString path = QFileDialog::getSaveFileName(this, chosen->text(), view->objectName() + (isSvg ? QStringLiteral(".svg") : QStringLiteral(".png")),
                                                      isSvg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)"));
    if (!path.isEmpty() && !writeChart(view, path))
        QMessageBox::warning(this, chosen->text(), tr("Cannot write %1.").arg(path));
}

QStringList DashboardPage::exportCharts(const QString &dir) const
{
    QStringList written;
    for (int i = 0; i < m_views.size(); ++i)
        for (const char *ext : {".png", ".svg"}) {
            const QString path = QDir(dir).filePath(QLatin1String(kChartNames[i]) + QLatin1String(ext));
            if (writeChart(m_views[i], path))
                written << path;
        }
    return written;
}

} // namespace suiji
