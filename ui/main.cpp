// SPDX-License-Identifier: GPL-3.0-or-later
// suiji: the workbench. `--screenshot` renders one page with real data to a PNG and exits.

#include "MainWindow.h"
#include "Settings.h"
#include "model/Bureau.h"
#include "pages/DrawPage.h"
#include "pages/ReportsPage.h"
#include "report/Fonts.h"
#include "theme/Theme.h"
#include "util/I18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QStyleFactory>
#include <cstdio>

using namespace suiji;

static bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

int main(int argc, char **argv)
{
    // A screenshot needs no display: fall back to the offscreen platform when none is set.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("suiji"));
    QApplication::setApplicationName(QStringLiteral("suiji"));
    QApplication::setApplicationVersion(QStringLiteral(SUIJI_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Suiji"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(report::cjkFont(10));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Suiji 双随机抽查工作台"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh or en."), QStringLiteral("zh|en"));
    const QCommandLineOption projector(QStringLiteral("projector"), QStringLiteral("Open the dashboard full screen for a projector."));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Render a page to this PNG and exit."), QStringLiteral("OUT.png"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page for --screenshot."), QStringLiteral("PAGE"), QStringLiteral("dashboard"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot."), QStringLiteral("WxH"), QStringLiteral("1366x768"));
    const QCommandLineOption quarter(QStringLiteral("quarter"), QStringLiteral("Quarter, YYYYQn."), QStringLiteral("YYYYQn"));
    const QCommandLineOption bureau(QStringLiteral("bureau"), QStringLiteral("Bureau id."), QStringLiteral("B"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("With --page draw: preview the draws with this seed."), QStringLiteral("S"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("Theme for this run: light, dark or contrast."), QStringLiteral("THEME"));
    p.addOptions({db, lang, projector, shot, page, size, quarter, bureau, seed, themeOption});
    p.process(app);

    Settings::migrate();
    const QString language = p.isSet(lang) ? p.value(lang) : Settings::language();
    i18n::install(language);

    if (p.isSet(themeOption) && !theme::ids().contains(p.value(themeOption))) {
        std::fprintf(stderr, "--theme takes light, dark or contrast\n");
        return 2;
    }
    theme::apply(p.isSet(themeOption) ? p.value(themeOption) : Settings::theme());

    const QString path = p.isSet(db) ? p.value(db) : Settings::databasePath(Database::defaultPath());
    // Only the first run's default file is made without asking; a missing file that was named
    // (--db, or the one opened last time) is never silently recreated: it may have been moved.
    Database::Mode mode = Database::Mode::ReadWrite;
    if (!QFileInfo::exists(path)) {
        const bool firstRun = QFileInfo(path).absoluteFilePath() == QFileInfo(Database::defaultPath()).absoluteFilePath();
        if (firstRun)
            mode = Database::Mode::CreateIfMissing;
        else if (!p.isSet(shot) && QMessageBox::question(nullptr, QObject::tr("Suiji"),
                                                         QObject::tr("The database file %1 does not exist (it may have been moved or deleted).\n\n"
                                                                     "Create a new, empty database there?")
                                                             .arg(QDir::toNativeSeparators(path)),
                                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            mode = Database::Mode::CreateIfMissing;
    }
    auto opened = Database::open(path, mode);
    if (!opened) {
        if (p.isSet(shot)) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
            return 1;
        }
        QMessageBox::critical(nullptr, QObject::tr("Suiji"), opened.message());
        return 1;
    }

    MainWindow w(std::make_unique<Database>(std::move(opened.value())));
    // A write waiting for another program's lock says so in the status bar (from any thread).
    QPointer<MainWindow> window(&w);
    Database::setBusyNotifier([window](const QString &file) {
        QMetaObject::invokeMethod(
            qApp,
            [window, file] {
                if (window)
                    window->statusBar()->showMessage(
                        MainWindow::tr("Another program is writing to %1; waiting for it to finish…").arg(QDir::toNativeSeparators(file)), 10000);
            },
            Qt::QueuedConnection);
    });
    if (p.isSet(quarter) || p.isSet(bureau)) {
        const auto q = Quarter::parse(p.value(quarter));
        const QString bv = p.value(bureau).trimmed();
        const bool city = bv == QLatin1String("city") || bv == QLatin1String("all") || bv == QStringLiteral("全市");
        const Bureau *b = Bureau::parse(bv);
        if ((p.isSet(quarter) && !q) || (p.isSet(bureau) && !b && !city)) {
            std::fprintf(stderr, "--quarter takes YYYYQn and --bureau a bureau id (e.g. nanshan) or city\n");
            return 2;
        }
        w.setScope(city ? QString() : b ? b->id : w.bureau(), q ? *q : w.quarter());
    }

    if (p.isSet(shot)) {
        const QStringList wh = p.value(size).split(QLatin1Char('x'));
        const int width = wh.value(0).toInt(), height = wh.value(1).toInt();
        if (wh.size() != 2 || width < 320 || height < 240) {
            std::fprintf(stderr, "--size takes WxH, e.g. 1366x768\n");
            return 2;
        }
        if (!w.showPage(p.value(page))) {
            std::fprintf(stderr, "Unknown page \"%s\". Pages: %s\n", qPrintable(p.value(page)), qPrintable(w.pageIds().join(QStringLiteral(", "))));
            return 2;
        }
        w.resize(width, height);
        w.show();
        if (p.isSet(projector)) {
            w.setProjector(true);
            w.showNormal(); // the screenshot keeps the requested size
            w.resize(width, height);
        }
        if (p.value(page) == QLatin1String("reports"))
            if (auto *reports = qobject_cast<ReportsPage *>(w.page(QStringLiteral("reports"))))
                reports->generate(QStringLiteral("plan")); // show a report, not an empty viewer
        if (p.isSet(seed))
            if (auto *draw = qobject_cast<DrawPage *>(w.page(QStringLiteral("draw")))) {
                QElapsedTimer t;
                t.start();
                while (draw->busy() && t.elapsed() < 20000)
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
                draw->setSeed(p.value(seed));
                draw->preview();
            }
        // Pages load in the background: wait for them (at most 20 s), then let the view settle.
        QElapsedTimer waited;
        waited.start();
        do
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        while ((w.busy() || waited.elapsed() < 300) && waited.elapsed() < 20000);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        if (!w.grab().save(p.value(shot), "PNG")) {
            std::fprintf(stderr, "Cannot write %s\n", qPrintable(p.value(shot)));
            return 1;
        }
        return 0;
    }

    w.show();
    if (p.isSet(projector))
        w.setProjector(true);
    w.offerDemoIfEmpty();
    return QApplication::exec();
}
