// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workbench's themes: light (the platform's own), dark, and high contrast for poor projectors
// and weak eyes. Applied to the whole application and remembered in the settings.

#include <QColor>
#include <QString>
#include <QStringList>

namespace suiji::theme {

QStringList ids();               // light, dark, contrast
QString name(const QString &id); // in the UI language
void apply(const QString &id);
QString current();
bool dark(); // dark and high contrast: light text on a dark ground (charts follow)

// Status text on the window or a view's base, in the current theme: every one at least 4.5:1
// (WCAG AA) against both. The only place the workbench's colours are chosen.
enum class Role { Error, Warning, Success, Muted, Info };
QColor color(Role role);
QString textStyle(Role role);   // "color: #rrggbb;" for a label's style sheet
QColor colorOnBlack(Role role); // the high-contrast set, for the projector's black ground in any theme

// A coloured panel (state banners, class badges): ground, text and border, text ≥ 4.5:1.
enum class Tone { Success, Warning, Neutral, Info, Error };
struct Panel {
    QColor ground, text, border;
};
Panel panel(Tone tone);
QString panelStyle(Tone tone); // "background: …; color: …; border: 1px solid …;"

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace suiji::theme
