// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressCharts.h"

#include <algorithm>

#include "model/Bureau.h"
#include "report/Fonts.h"
#include "util/I18n.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

namespace suiji::report {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::ProgressCharts)
};

QChart *baseChart(const QString &title, const ChartStyle &s)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->setTitleFont(s.font(12, true));
    c->setTitleBrush(s.foreground());
    c->setBackgroundBrush(s.background());
    c->setBackgroundRoundness(s.projector ? 0 : 4);
    c->legend()->setFont(s.font(9));
    c->legend()->setLabelColor(s.foreground());
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(6, 6, int(36 * s.scale()), 6)); // room for the last x label
    return c;
}

void styleAxis(QAbstractAxis *a, const ChartStyle &s)
{
    a->setLabelsFont(s.font(9));
    a->setLabelsColor(s.foreground());
    a->setGridLineColor(s.grid());
    a->setLinePenColor(s.grid());
    a->setTitleBrush(s.foreground());
    a->setTitleFont(s.font(9));
}

QValueAxis *percentAxis(const ChartStyle &s, int max = 100)
{
    auto *y = new QValueAxis;
    y->setRange(0, max);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%"));
    styleAxis(y, s);
    return y;
}
// Horizontal bars: category names on the left (read in full), percent along the bottom.
QValueAxis *attachCategoryAndPercent(QChart *c, QAbstractSeries *series, const QStringList &names, const ChartStyle &s, int max = 100)
{
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    styleAxis(y, s);
    auto *x = percentAxis(s, max);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return x;
}
} // namespace

QFont ChartStyle::font(qreal points, bool bold) const
{
    QFont f = cjkFont(points * scale(), bold ? QFont::Bold : QFont::Normal);
    if (print)
        f.setFamilies(printFamilies());
    return f;
}

double todayPosition(const ProgressReport &r)
{
    if (r.today < r.quarter.firstDay() || r.months.size() != 3)
        return -1;
    QDate start = r.quarter.firstDay();
    for (int i = 0; i < 3; ++i) {
        const QDate end = r.months[i].end;
        if (r.today <= end)
            return i + double(start.daysTo(r.today) + 1) / double(start.daysTo(end) + 1);
        start = end.addDays(1);
    }
    return 3;
}

QChart *curveChart(const ProgressReport &r, const ChartStyle &s)
{
    QChart *c = baseChart(Tr::tr("Cumulative completion against the %1 target").arg(Tr::tr("30/60/100")), s);
    auto *target = new QLineSeries;
    target->setName(Tr::tr("Target"));
    auto *planned = new QLineSeries;
    planned->setName(Tr::tr("Planned"));
    auto *done = new QLineSeries;
    done->setName(Tr::tr("Done"));
    target->append(0, 0);
    planned->append(0, 0);
    done->append(0, 0);
    const double now = todayPosition(r);
    for (int i = 0; i < r.months.size(); ++i) {
        target->append(i + 1, r.months[i].targetPct);
        planned->append(i + 1, r.months[i].plannedCumPct);
        if (r.months[i].past)
            done->append(i + 1, r.months[i].doneCumPct);
    }
    if (now >= 0 && now < 3 && r.tasks > 0)
        done->append(now, r.tasks ? 100.0 * r.done / r.tasks : 0);
    QPen tp(s.target(), s.lineWidth(), Qt::DashLine);
    target->setPen(tp);
    target->setPointsVisible(true);
    QPen pp(s.planned(), s.lineWidth() * 0.8, Qt::DotLine);
    planned->setPen(pp);
    QPen dp(s.done(), s.lineWidth() * 1.4);
    done->setPen(dp);
    done->setPointsVisible(true);
    done->setMarkerSize(s.projector ? 16 : 8);
    c->addSeries(planned);
    c->addSeries(target);
    c->addSeries(done);
    auto *x = new QCategoryAxis;
    x->setRange(0, 3);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->append(Tr::tr("Start"), 0);
    const bool zh = i18n::isChinese();
    for (int i = 0; i < r.months.size(); ++i)
        x->append(zh ? QStringLiteral("%1月末").arg(r.months[i].month)
                     : Tr::tr("End of %1").arg(QLocale(QLocale::English).monthName(r.months[i].month, QLocale::ShortFormat)),
                  i + 1);
    styleAxis(x, s);
    auto *y = percentAxis(s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *ser : c->series()) {
        ser->attachAxis(x);
        ser->attachAxis(y);
    }
    if (now >= 0 && now <= 3) {
        auto *today = new QLineSeries;
        today->setName(Tr::tr("Today %1").arg(r.today.toString(QStringLiteral("MM-dd"))));
        today->append(now, 0);
        today->append(now, 100);
        today->setPen(QPen(s.today(), s.lineWidth() * 0.8));
        c->addSeries(today);
        today->attachAxis(x);
        today->attachAxis(y);
    }
    return c;
}

QChart *poolChart(const ProgressReport &r, const ChartStyle &s)
{
    QChart *c = baseChart(Tr::tr("Completion per pool"), s);
    auto *set = new QBarSet(Tr::tr("Done %"));
    set->setColor(s.done());
    set->setLabelColor(s.foreground());
    QStringList names;
    // Bottom to top in the table's order.
    for (auto it = r.pools.crbegin(); it != r.pools.crend(); ++it) {
        if (it->tasks == 0)
            continue;
        *set << 100.0 * it->done / it->tasks;
        // The name alone (a narrow chart cuts longer labels); the share is the bar's label and
        // the counts are in the print's table and the ledger.
        names << it->name;
    }
    if (names.isEmpty()) {
        // No tasks in scope: say why the chart is empty rather than draw bare axes.
        delete set;
        c->legend()->hide();
        auto *note = new QGraphicsTextItem(c);
        note->setDefaultTextColor(s.foreground());
        note->setFont(s.font(11));
        note->setPlainText(Tr::tr("No tasks this quarter yet: they appear here once the quarter's draw is committed."));
        QTextOption centred(Qt::AlignHCenter);
        centred.setWrapMode(QTextOption::WordWrap);
        note->document()->setDefaultTextOption(centred);
        // Centred in the chart, wrapped to most of its width, whatever size it is given.
        auto place = [c, note] {
            const QSizeF size = c->size();
            note->setTextWidth(size.width() * 0.8);
            note->setPos((size.width() - note->boundingRect().width()) / 2, (size.height() - note->boundingRect().height()) / 2);
        };
        QObject::connect(c, &QGraphicsWidget::geometryChanged, note, place);
        place();
        return c;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    set->setLabelColor(s.night() ? Qt::black : Qt::white);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    attachCategoryAndPercent(c, series, names, s);
    c->legend()->hide();
    return c;
}

QChart *bureauChart(const ProgressReport &r, const ChartStyle &s)
{
    QChart *c =
        baseChart(r.targetPctNow > 0 ? Tr::tr("Bureaus at the last month end: done against %1%").arg(r.targetPctNow) : Tr::tr("Bureaus: done so far"), s);
    auto *done = new QBarSet(Tr::tr("Done %"));
    done->setColor(s.done());
    auto *behind = new QBarSet(Tr::tr("Behind the target"));
    behind->setColor(s.behind());
    QStringList names;
    const bool zh = i18n::isChinese();
    // Horizontal bars, bottom to top in the plan's bureau order: names read in full.
    for (auto it = r.bureaus.crbegin(); it != r.bureaus.crend(); ++it) {
        const Bureau *bb = Bureau::byId(it->bureau);
        names << (bb ? bb->displayName(zh) : it->bureau);
        *done << (it->behind ? 0 : it->donePct);
        *behind << (it->behind ? it->donePct : 0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(done);
    series->append(behind);
    QValueAxis *x = attachCategoryAndPercent(c, series, names, s);
    if (r.targetPctNow > 0) {
        // The target as a vertical line across all bureaus.
        auto *target = new QLineSeries;
        target->setName(Tr::tr("Target %1%").arg(r.targetPctNow));
        target->append(r.targetPctNow, -0.5);
        target->append(r.targetPctNow, names.size() - 0.5);
        target->setPen(QPen(s.target(), s.lineWidth(), Qt::DashLine));
        c->addSeries(target);
        auto *ty = new QValueAxis;
        ty->setRange(-0.5, names.size() - 0.5);
        ty->setVisible(false);
        c->addAxis(ty, Qt::AlignRight);
        target->attachAxis(x);
        target->attachAxis(ty);
    }
    return c;
}

QChart *jointChart(const ProgressReport &r, int targetPct, const ChartStyle &s)
{
    // A narrow chart (the desk's corner, a 1024-wide window): the share is in the title, the
    // legend's names are short and the axis has three ticks, so nothing is cut.
    QChart *c = baseChart(Tr::tr("Joint %1%").arg(r.jointRatio * 100, 0, 'f', 1), s);
    auto *share = new QBarSet(Tr::tr("Joint"));
    share->setColor(s.done());
    *share << r.jointRatio * 100;
    auto *target = new QBarSet(Tr::tr("Target %1%").arg(targetPct));
    target->setColor(s.target());
    *target << targetPct;
    auto *series = new QHorizontalBarSeries;
    series->append(share);
    series->append(target);
    QValueAxis *x = attachCategoryAndPercent(c, series, {QStringLiteral(" ")}, s, std::max(50, int(r.jointRatio * 100 + 10)));
    x->setTickCount(3);
    return c;
}

QChart *rankedChart(const ProgressReport &r, int targetPct, const ChartStyle &s)
{
    struct Row {
        QString name;
        double pct;
        bool behind;
    };
    QList<Row> rows;
    const bool zh = i18n::isChinese();
    if (r.bureau.isEmpty()) {
        for (const BureauProgress &b : r.bureaus) {
            const Bureau *bb = Bureau::byId(b.bureau);
            const double pct = b.tasks ? 100.0 * b.done / b.tasks : 0;
            rows << Row{bb ? bb->displayName(zh) : b.bureau, pct, pct < targetPct};
        }
    } else {
        for (const PoolProgress &p : r.pools)
            if (p.tasks > 0) {
                const double pct = 100.0 * p.done / p.tasks;
                rows << Row{p.name, pct, pct < targetPct};
            }
    }
    // Highest first; a stable order for ties (the plan's order).
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.pct > b.pct; });
    const QString title = r.bureau.isEmpty() ? Tr::tr("Bureaus ranked by completion") : Tr::tr("Pools ranked by completion");
    QChart *c = baseChart(Tr::tr("%1 (this month's target %2%)").arg(title).arg(targetPct), s);
    // One set (bars of one thickness); a bar below the target is "selected" and takes the behind
    // colour; each bar carries its share as a label at its end.
    auto *done = new QBarSet(Tr::tr("Done %"));
    done->setColor(s.done());
    done->setSelectedColor(s.behind());
    done->setLabelColor(Qt::black);
    done->setLabelFont(s.font(9, true));
    QStringList names;
    // Bars are laid out bottom to top: the best goes last, to the top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        names << it->name;
        *done << it->pct;
        if (it->behind)
            done->selectBar(int(names.size()) - 1);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(done);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase); // clear of the target line
    QValueAxis *x = attachCategoryAndPercent(c, series, names, s);
    x->setTickCount(s.projector ? 5 : 6);
    // The behind colour in the legend: a series with no points.
    auto *key = new QScatterSeries;
    key->setName(Tr::tr("Below this month's target"));
    key->setColor(s.behind());
    key->setBorderColor(s.behind());
    c->addSeries(key);
    key->attachAxis(x);
    key->attachAxis(c->axes(Qt::Vertical).first());
    if (targetPct > 0 && !names.isEmpty()) {
        auto *target = new QLineSeries;
        target->setName(Tr::tr("Target %1%").arg(targetPct));
        target->append(targetPct, -0.5);
        target->append(targetPct, names.size() - 0.5);
        target->setPen(QPen(s.target(), s.lineWidth(), Qt::DashLine));
        c->addSeries(target);
        target->attachAxis(x);
        target->attachAxis(c->axes(Qt::Vertical).first()); // categories sit at 0..n-1
    }
    return c;
}

} // namespace suiji::report
