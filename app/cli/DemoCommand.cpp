// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "demo/DemoGenerator.h"

#include <QElapsedTimer>

namespace suiji::cli {

class DemoCommand : public Command {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return Cli::tr("Fill an empty database with the synthetic Shenzhen demo city."); }
    Database::Mode databaseMode(const QStringList &) const override { return Database::Mode::CreateIfMissing; }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Seed of the generator (default 2025)."), QStringLiteral("N"), QStringLiteral("2025"));
        const QCommandLineOption scale(QStringLiteral("scale"), Cli::tr("Share of the city to generate, e.g. 0.1 (default 1)."), QStringLiteral("F"),
                                       QStringLiteral("1"));
        const QCommandLineOption noDraws(QStringLiteral("no-draws"), Cli::tr("Only the lists: no committed 2025Q3 draws and no progress."));
        p.addOptions({seed, scale, noDraws});
        if (auto code = parse(ctx, p, args))
            return *code;
        bool ok1 = false, ok2 = false;
        const quint64 s = p.value(seed).toULongLong(&ok1);
        const double f = p.value(scale).toDouble(&ok2);
        if (!ok1)
            return ctx.fail(Cli::tr("--seed must be a whole number ≥ 0, not \"%1\".").arg(p.value(seed)), Usage);
        if (!ok2 || f <= 0 || f > 10)
            return ctx.fail(Cli::tr("--scale must be a number above 0 and at most 10, not \"%1\".").arg(p.value(scale)), Usage);
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        QElapsedTimer t;
        t.start();
        DemoGenerator generator(s, f);
        generator.setWithQuarter(!p.isSet(noDraws));
        auto r = generator.writeTo(*db);
        if (!r)
            return ctx.fail(r.error());
        ctx.err << Cli::tr("Demo city written to %1: %2 entities, %3 inspectors in %4 s.")
                       .arg(db->path())
                       .arg(r->entities.size())
                       .arg(r->inspectors.size())
                       .arg(t.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
        return Done;
    }
};

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace suiji::cli
