#include "Command.h"
#include "model/Bureau.h"
#include "store/EntityRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace suiji::cli {

class EntitiesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("entities"); }
    QString summary() const override { return Cli::tr("List entities with their derived class."); }
    int run(Context &ctx, const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption bureau(QStringLiteral("bureau"), Cli::tr("Only this bureau (id, e.g. nanshan, or 南山)."), QStringLiteral("B"));
        const QCommandLineOption pool(QStringLiteral("pool"), Cli::tr("Only this pool (e.g. fixed.key)."), QStringLiteral("P"));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON on stdout."));
        p.addOptions({bureau, pool, json});
        if (auto code = parse(ctx, p, args))
            return *code;
        EntityFilter f;
        if (p.isSet(bureau)) {
            const Bureau *b = Bureau::parse(p.value(bureau));
            if (!b)
                return ctx.fail(Cli::tr("Unknown bureau \"%1\". Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan.").arg(p.value(bureau)), Usage);
            f.bureau = b->id;
        }
        if (p.isSet(pool))
            return ctx.fail(Cli::tr("Filtering by pool needs the rule profile, which this version does not have yet."), Usage);
        Database *db = ctx.database();
        if (!db)
            return Runtime;
        const bool asJson = p.isSet(json);
        bool first = true;
        if (asJson)
            ctx.out << '[';
        auto s = EntityRepository(*db).forEach(f, [&](const Entity &e) {
            const QString cls = QStringLiteral("unclassified");
            if (asJson) {
                QJsonObject o{{QStringLiteral("key"), e.key},      {QStringLiteral("name"), e.name},
                              {QStringLiteral("bureau"), e.bureau}, {QStringLiteral("category"), e.category},
                              {QStringLiteral("level"), e.level},   {QStringLiteral("class"), cls},
                              {QStringLiteral("pool"), cls}};
                if (!first)
                    ctx.out << ",\n";
                ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else {
                ctx.out << e.key << '\t' << e.name << '\t' << e.bureau << '\t' << e.category << '\t' << e.level << '\t' << cls << '\n';
            }
            first = false;
            return true;
        });
        if (asJson)
            ctx.out << "]\n";
        ctx.out.flush();
        if (!s)
            return ctx.fail(s.error());
        return Done;
    }
};

std::unique_ptr<Command> makeEntitiesCommand() { return std::make_unique<EntitiesCommand>(); }

} // namespace suiji::cli
