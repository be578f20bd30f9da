#pragma once
// The workbench's themes: light (the platform's own), dark, and high contrast for poor projectors
// and weak eyes. Applied to the whole application and remembered in the settings.

#include <QString>
#include <QStringList>

namespace suiji::theme {

QStringList ids(); // light, dark, contrast
QString name(const QString &id); // in the UI language
void apply(const QString &id);
QString current();

} // namespace suiji::theme
