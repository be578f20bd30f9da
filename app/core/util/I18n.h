// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Language selection shared by the GUI and the CLI: Chinese by default, English on request.

#include <QString>

namespace suiji::i18n {

// "zh" or "en"; anything else falls back to "zh". Installs the app's and Qt's own translators.
void install(const QString &lang);
QString current();
bool isChinese();
// A calendar month (1..12) as the UI says it: "7月", or "Jul".
QString monthName(int month);

} // namespace suiji::i18n
