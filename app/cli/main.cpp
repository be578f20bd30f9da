// SPDX-License-Identifier: GPL-3.0-or-later
// suiji-cli: the headless interface (cli.md). Thin: parse, call a core service, print (Cli.cpp).

#include "Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringConverter>

int main(int argc, char **argv)
{
    // The command named after the global options says whether it needs Qt Gui (Command::needsGui):
    // the PDF reports get an application without a display, every other command a core one.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const bool gui = suiji::cli::commandNeedsGui(args);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("suiji"));
    QCoreApplication::setApplicationName(QStringLiteral("suiji"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUIJI_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    args = application->arguments();
    args.removeFirst();
    return suiji::cli::run(args, out, err);
}
