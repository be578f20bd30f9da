// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingView.h"

#include "model/Bureau.h"
#include "report/ProgressCharts.h"
#include "theme/Theme.h"
#include "util/I18n.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace suiji {

namespace {
const report::ChartStyle kStyle{true, false, true};

QString colour(const QColor &c, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(c.name(), text.toHtmlEscaped());
}
} // namespace

MeetingView::MeetingView(QLabel *keys, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_curve(new QChartView(this))
    , m_ranked(new QChartView(this))
    , m_cases(new QLabel(this))
    , m_overdue(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingView"));
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_title->setFont(kStyle.font(15, true));
    m_cases->setObjectName(QStringLiteral("meetingCases"));
    m_cases->setFont(kStyle.font(10.5));
    m_cases->setWordWrap(true);
    m_cases->setTextFormat(Qt::RichText);
    m_overdue->setObjectName(QStringLiteral("meetingOverdue"));
    m_overdue->setFont(kStyle.font(10.5));
    m_overdue->setWordWrap(true);
    m_overdue->setTextFormat(Qt::RichText);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(keys, 0, Qt::AlignRight | Qt::AlignVCenter);
    // Left: the four figures (two by two) over the curve; right, full height: the ranking, so a
    // bureau's 13 pools get rows tall enough for 24 px names.
    auto *figures = new QGridLayout;
    figures->setSpacing(16);
    int i = 0;
    for (const char *id : {"meetingTasks", "meetingDone", "meetingTarget", "meetingJoint"}) {
        addFigure(QLatin1String(id));
        figures->addWidget(m_figures.last().value->parentWidget(), i / 2, i % 2);
        ++i;
    }
    m_curve->setObjectName(QStringLiteral("meetingCurve"));
    m_ranked->setObjectName(QStringLiteral("meetingRanked"));
    for (QChartView *v : {m_curve, m_ranked}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setFrameShape(QFrame::NoFrame);
        v->setBackgroundBrush(Qt::black);
    }
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addLayout(figures);
    left->addWidget(m_curve, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(left, 1);
    body->addWidget(m_ranked, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addWidget(m_cases);
    layout->addWidget(m_overdue);
}

MeetingView::~MeetingView()
{
    // The views do not own their charts.
    for (QChartView *v : {m_curve, m_ranked})
        delete v->chart();
}

MeetingView::Figure MeetingView::addFigure(const QString &id)
{
    auto *box = new QFrame(this);
    box->setObjectName(id);
    box->setStyleSheet(QStringLiteral("QFrame#%1 { border: 2px solid %2; border-radius: 6px; }").arg(id, kStyle.grid().name()));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(18, 8, 18, 10);
    v->setSpacing(0);
    Figure f{new QLabel(box), new QLabel(box), new QLabel(box)};
    f.caption->setFont(kStyle.font(10));
    f.value->setFont(kStyle.font(24, true));
    f.detail->setFont(kStyle.font(9));
    f.value->setObjectName(id + QStringLiteral("Value"));
    f.caption->setObjectName(id + QStringLiteral("Caption"));
    f.detail->setObjectName(id + QStringLiteral("Detail"));
    f.detail->setWordWrap(true);
    for (QLabel *l : {f.caption, f.value, f.detail}) {
        l->setStyleSheet(QStringLiteral("border: none; color: %1;").arg(kStyle.foreground().name()));
        v->addWidget(l);
    }
    m_figures << f;
    return f;
}

void MeetingView::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

int MeetingView::monthTarget(const ProgressReport &r)
{
    if (r.months.isEmpty())
        return 0;
    if (r.today < QDate(r.quarter.year, r.quarter.firstMonth(), 1))
        return r.months.first().targetPct;
    for (const MonthProgress &m : r.months)
        if (r.today <= m.end)
            return m.targetPct;
    return r.months.last().targetPct;
}

void MeetingView::setBodyVisible(bool on)
{
    for (const Figure &f : m_figures)
        f.value->parentWidget()->setVisible(on);
    m_curve->setVisible(on);
    m_ranked->setVisible(on);
    if (!on)
        m_cases->hide();
}

// One line: the share closed (the plan wants 100% of the platforms' alerts) and the red alerts;
// the overdue ones are counted on the line below with everything else overdue.
void MeetingView::showCases(const CaseMeasures &m)
{
    m_cases->setVisible(m.total > 0);
    if (m.total == 0)
        return;
    const QColor ahead = kStyle.done(), behind = kStyle.behind(), fg = kStyle.foreground();
    auto pct = [](int n, int of) { return of ? QStringLiteral("%1%").arg(100.0 * n / of, 0, 'f', 1) : QStringLiteral("—"); };
    QStringList parts;
    parts << colour(fg, tr("Cases (个案): %1 of %2 closed").arg(m.closed).arg(m.total));
    if (m.platformTotal > 0)
        parts << colour(m.platformClosed == m.platformTotal ? ahead : behind,
                        tr("platform alerts %1 closed (target 100%)").arg(pct(m.platformClosed, m.platformTotal)));
    if (m.redTotal > 0)
        parts << colour(m.redClosed == m.redTotal ? ahead : behind, tr("red alerts %1 of %2 closed").arg(m.redClosed).arg(m.redTotal));
    m_cases->setText(parts.join(colour(fg, QStringLiteral("  ·  "))));
}

void MeetingView::showEmpty(const QString &text)
{
    m_title->setText(text);
    setBodyVisible(false);
    m_overdue->setText(colour(kStyle.foreground(), tr("The figures and charts appear once the quarter's draws are committed.")));
}

void MeetingView::show(const ProgressReport &p, const QString &who, int jointTarget)
{
    const bool zh = i18n::isChinese();
    setBodyVisible(true);
    m_title->setText(tr("%1 · %2 Q%3 random inspections").arg(who).arg(p.quarter.year).arg(p.quarter.q));
    const QColor ahead = kStyle.done(), behind = kStyle.behind(), warn = theme::colorOnBlack(theme::Role::Warning);
    const double donePct = p.tasks ? 100.0 * p.done / p.tasks : 0;
    const int target = monthTarget(p);
    const double gap = donePct - target;
    const double joint = p.jointRatio * 100;

    Figure f = m_figures[0];
    f.caption->setText(tr("Tasks this quarter"));
    f.value->setText(QString::number(p.tasks));
    f.detail->setText(tr("%1 published").arg(p.published));

    f = m_figures[1];
    f.caption->setText(tr("Done"));
    f.value->setText(QStringLiteral("%1%").arg(donePct, 0, 'f', 1));
    f.detail->setText(tr("%1 of %2 tasks").arg(p.done).arg(p.tasks));

    f = m_figures[2];
    f.caption->setText(tr("Against this month's target of %1%").arg(target));
    f.value->setText(tr("%1%2 pts").arg(gap >= 0 ? QStringLiteral("+") : QString()).arg(gap, 0, 'f', 1));
    f.value->setStyleSheet(QStringLiteral("border: none; color: %1;").arg((gap >= 0 ? ahead : behind).name()));
    f.detail->setText(p.targetPctNow > 0 ? tr("last month end: target %1%, reached %2%").arg(p.targetPctNow).arg(p.donePctNow, 0, 'f', 1)
                                         : tr("the first month end is still ahead"));

    f = m_figures[3];
    f.caption->setText(tr("Joint share (target %1%)").arg(jointTarget));
    f.value->setText(QStringLiteral("%1%").arg(joint, 0, 'f', 1));
    f.value->setStyleSheet(QStringLiteral("border: none; color: %1;").arg((joint + 1e-9 >= jointTarget ? ahead : behind).name()));
    f.detail->setText(tr("%1 joint / %2").arg(p.jointTasks).arg(p.jointBaseWords));

    setChart(m_curve, report::curveChart(p, kStyle));
    setChart(m_ranked, report::rankedChart(p, target, kStyle));

    showCases(p.cases);
    int casesDue = 0;
    for (const auto &[bureau, n] : p.cases.byBureau)
        casesDue += n.dueSoon;

    // What is overdue or due, as counts; the desk's dashboard lists each one.
    int pubOverdue = 0, pubDue = 0, reportsOverdue = 0, assignedLate = 0;
    QStringList behindNames, drawLate, drawDue;
    for (const ProgressAlert &a : p.alerts) {
        const Bureau *b = Bureau::byId(a.bureau);
        const QString name = b ? b->displayName(zh) : a.bureau;
        if (a.kind == QLatin1String("publication_overdue"))
            ++pubOverdue;
        else if (a.kind == QLatin1String("publication_due"))
            ++pubDue;
        else if (a.kind == QLatin1String("behind_curve"))
            behindNames << name;
        else if (a.kind == QLatin1String("draw_overdue"))
            drawLate << name;
        else if (a.kind == QLatin1String("draw_due"))
            drawDue << name;
        else if (a.kind == QLatin1String("deadline_overdue"))
            ++reportsOverdue;
        else if (a.kind == QLatin1String("assigned_overdue"))
            ++assignedLate;
    }
    const QString sep = zh ? QStringLiteral("、") : QStringLiteral(", ");
    auto names = [&](const QStringList &l) { return l.size() > 4 ? tr("%1 and %n more", nullptr, int(l.size() - 3)).arg(l.mid(0, 3).join(sep)) : l.join(sep); };
    QStringList items;
    if (pubOverdue)
        items << colour(behind, tr("%n result(s) overdue for publication", nullptr, pubOverdue));
    if (!behindNames.isEmpty())
        items << colour(behind, p.bureau.isEmpty() ? tr("%n bureau(s) behind the curve: %1", nullptr, int(behindNames.size())).arg(names(behindNames))
                                                   : tr("behind the curve"));
    if (!drawLate.isEmpty())
        items << colour(behind, tr("next quarter not drawn in time: %1").arg(names(drawLate)));
    if (reportsOverdue)
        items << colour(behind, tr("%n report(s) not submitted in time", nullptr, reportsOverdue));
    if (assignedLate)
        items << colour(behind, tr("%n assigned target(s) past due", nullptr, assignedLate));
    if (p.cases.overdue)
        items << colour(behind, tr("%n case(s) past a deadline", nullptr, p.cases.overdue));
    if (pubDue)
        items << colour(warn, tr("%n result(s) to publish within three working days", nullptr, pubDue));
    if (!drawDue.isEmpty())
        items << colour(warn, tr("next quarter to draw: %1").arg(names(drawDue)));
    if (casesDue)
        items << colour(warn, tr("%n case(s) due within a working day", nullptr, casesDue));
    const QString head = colour(kStyle.foreground(), tr("Overdue and due:") + QLatin1Char(' '));
    m_overdue->setText(head + (items.isEmpty() ? colour(ahead, tr("nothing overdue")) : items.join(colour(kStyle.foreground(), QStringLiteral("  ·  ")))));
}

} // namespace suiji
