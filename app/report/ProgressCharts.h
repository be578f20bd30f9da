// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chart builders for progress (Qt Charts), shared by the dashboard and the PDF reports: the
// cumulative completion curve against the 30/60/100 target, completion per pool, bureaus side by
// side, and the joint share. Projector style: large type, thick lines, high contrast.

#include "progress/ProgressService.h"

#include <QColor>
#include <QFont>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace suiji::report {

struct ChartStyle {
    bool projector = false;
    bool print = false; // for a PDF: its fonts (Fonts.h, printFamilies)
    bool dark = false;  // the workbench's dark or high-contrast theme: a dark ground, as the projector
    qreal scale() const { return projector ? 2.0 : 1.0; }
    QFont font(qreal points, bool bold = false) const;
    qreal lineWidth() const { return projector ? 6 : 2.5; }
    // Blue for done, amber/red for the target: never one colour for both, also for colour-blind eyes.
    bool night() const { return projector || dark; }
    QColor background() const { return night() ? QColor(0, 0, 0) : QColor(255, 255, 255); }
    QColor foreground() const { return night() ? QColor(255, 255, 255) : QColor(0x20, 0x20, 0x20); }
    QColor grid() const { return night() ? QColor(0x60, 0x60, 0x60) : QColor(0xdd, 0xdd, 0xdd); }
    QColor done() const { return night() ? QColor(0x33, 0xc3, 0xff) : QColor(0x15, 0x65, 0xc0); }
    QColor target() const { return night() ? QColor(0xff, 0xd6, 0x00) : QColor(0xc6, 0x28, 0x28); }
    QColor planned() const { return night() ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x90, 0x90, 0x90); }
    QColor today() const { return night() ? QColor(0x69, 0xf0, 0xae) : QColor(0x2e, 0x7d, 0x32); }
    // A bureau behind the curve: pink, never the target line's yellow or red (also for colour-blind eyes).
    QColor behind() const { return night() ? QColor(0xff, 0x6e, 0xc7) : QColor(0x8e, 0x24, 0xaa); }
};

// x positions: 0 = the quarter's start, 1..3 = the end of each month; done is drawn up to today.
QChart *curveChart(const ProgressReport &r, const ChartStyle &style);
QChart *poolChart(const ProgressReport &r, const ChartStyle &style);
QChart *bureauChart(const ProgressReport &r, const ChartStyle &style);
QChart *jointChart(const ProgressReport &r, int targetPct, const ChartStyle &style);
// The meeting view's ranking: the city's bureaus (or, for one bureau, its pools) from the highest
// share done so far at the top to the lowest, each name with its share; those below targetPct
// (this month's target) in the behind colour, the target a dashed line across.
QChart *rankedChart(const ProgressReport &r, int targetPct, const ChartStyle &style);

// Where today falls on the curve's x axis (clamped to 0..3), or -1 outside the quarter.
double todayPosition(const ProgressReport &r);

} // namespace suiji::report
