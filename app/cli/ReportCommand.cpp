// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "calendar/WorkCalendar.h"
#include "report/CampaignReport.h"
#include "report/PlanReport.h"
#include "report/ProgressReportPdf.h"

#include <QElapsedTimer>

namespace suiji::cli {

class ReportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    bool needsGui() const override { return true; } // text laid out with Gui's fonts, charts drawn
    QString summary() const override
    {
        return Cli::tr("Write a PDF report: the quarter plan, the progress report, the year report, a lock's notice or a campaign's summary.");
    }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption quarter = quarterOption(Cli::tr("The quarter, e.g. 2025Q3."));
        const QCommandLineOption bureau = bureauOption(Cli::tr("The bureau (default: the whole city)."));
        const QCommandLineOption out = outOption(Cli::tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
        p.addOptions({quarter, bureau, out});
        if (auto code = parse(ctx, p, args, QStringLiteral("plan|progress|year|freeze | campaign ID")))
            return *code;
        const QStringList pos = p.positionalArguments();
        const QString kind = pos.value(0);
        if (kind == QLatin1String("campaign")) {
            if (pos.size() != 2 || !p.isSet(out) || !p.value(out).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                return ctx.fail(Cli::tr("Usage: suiji-cli report campaign ID --out FILE.pdf"), Usage);
            Database *db = ctx.database();
            const RuleProfile *profile = db ? ctx.profile() : nullptr;
            if (!profile)
                return Runtime;
            auto r = report::writeCampaignReport(*db, *profile, pos[1], p.value(out));
            if (!r)
                return ctx.fail(r.error());
            ctx.err << Cli::tr("Wrote %1 (%2 pages).").arg(p.value(out)).arg(r.value()) << Qt::endl;
            return Done;
        }
        const bool known =
            kind == QLatin1String("plan") || kind == QLatin1String("progress") || kind == QLatin1String("year") || kind == QLatin1String("freeze");
        if (pos.size() != 1 || !known || !p.isSet(quarter) || !p.isSet(out) || !p.value(out).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return ctx.fail(Cli::tr("Usage: suiji-cli report plan|progress|year|freeze --quarter YYYYQn [--bureau B] --out FILE.pdf\n"
                                    "       suiji-cli report campaign ID --out FILE.pdf"),
                            Usage);
        Scope scope;
        if (auto code = ctx.scope(p, quarter, bureau, scope))
            return *code;
        const Quarter &q = scope.quarter;
        const QString &b = scope.bureau;
        const RuleProfile *profile = scope.profile;
        QElapsedTimer t;
        t.start();
        ctx.err << Cli::tr("Writing the %1 report…").arg(kind) << Qt::endl;
        Result<int> r = Error{QString()};
        if (kind == QLatin1String("plan")) {
            r = report::writePlanReport(*ctx.database(), *profile, q, b, p.value(out), [&](int done, int total) {
                ctx.err << Cli::tr("Writing… %1 of %2 bureaus").arg(done + 1).arg(total) << '\r';
                ctx.err.flush();
            });
            ctx.err << '\n';
        } else if (kind == QLatin1String("freeze")) {
            if (b.isEmpty())
                return ctx.fail(Cli::tr("report freeze needs --bureau: a notice is one bureau's lock."), Usage);
            r = report::writeFreezeReport(*ctx.database(), *profile, q, b, p.value(out));
        } else if (kind == QLatin1String("progress")) {
            auto cal = WorkCalendar::load(*ctx.database());
            if (!cal)
                return ctx.fail(cal.error());
            r = report::writeProgressReport(*ctx.database(), *profile, cal.value(), ctx.clock(), q, b, p.value(out));
        } else {
            r = report::writeYearReport(*ctx.database(), *profile, q.year, b, p.value(out));
        }
        if (!r)
            return ctx.fail(r.error());
        ctx.err << Cli::tr("Wrote %1 (%2 pages) in %3 s.").arg(p.value(out)).arg(r.value()).arg(t.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace suiji::cli
