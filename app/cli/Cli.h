// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// suiji-cli as a function: the arguments after the program name, and the streams to print on.
// Returns the exit code (cli.md: 0 done, 1 runtime, 2 usage, 3 rejected). Time comes from
// Clock::process(), so a test that sets it runs every command on its own "today".

#include <QStringList>
#include <QTextStream>

namespace suiji::cli {

int run(QStringList args, QTextStream &out, QTextStream &err);
// Whether the command named in args needs Qt Gui (a QApplication): the PDF reports.
bool commandNeedsGui(const QStringList &args);

} // namespace suiji::cli
