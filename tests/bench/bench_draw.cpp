// SPDX-License-Identifier: GPL-3.0-or-later
// Draw benchmark (issue 5): preview of one bureau's quarter and of all 11 bureaus on the demo city,
// and a 1,000,000-entity pool. Target: the whole city's preview under 1 s; hashing should dominate.
//   bench_draw [scale [keep.db]]
#include "demo/DemoGenerator.h"
#include "draw/Bundle.h"
#include "draw/DrawService.h"
#include "draw/Sampler.h"
#include "ledger/TaskService.h"
#include "model/Bureau.h"
#include "rules/QuotaService.h"
#include "store/EntityRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace suiji;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double scale = argc > 1 ? std::atof(argv[1]) : 1.0;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Mode::CreateIfMissing);
    DemoGenerator demo(2025, scale);
    demo.setWithQuarter(false); // preview a quarter nobody has drawn yet
    if (!db || !demo.writeTo(db.value()))
        return 1;
    const RuleProfile &profile = RuleProfile::shipped();
    DrawService service(db.value(), profile);
    const Quarter q{2025, 3};
    const QString seed = QStringLiteral("12345678901234567890");
    QElapsedTimer t;

    auto request = [&](const QString &bureau) {
        DrawRequest r;
        r.bureau = bureau;
        r.quarter = q;
        r.seed = seed;
        r.op = QStringLiteral("bench");
        return r;
    };
    t.start();
    if (!service.freeze(request(QStringLiteral("nanshan"))))
        return 1;
    const qint64 freezeOne = t.elapsed();
    t.restart();
    auto one = service.preview(request(QStringLiteral("nanshan")));
    std::printf("nanshan 2025Q3: freeze %lld ms, preview %lld ms, %lld tasks\n", (long long)freezeOne, (long long)t.elapsed(), (long long)one->tasks.size());

    t.restart();
    int rows = 0;
    EntityRepository(db.value()).forEach({}, [&](const Entity &) { return ++rows > 0; });
    std::printf("read all %d entities: %lld ms\n", rows, (long long)t.elapsed());

    long long tasks = 0, pools = 0;
    t.restart();
    for (const Bureau &b : Bureau::all())
        if (b.id != QLatin1String("nanshan") && !service.freeze(request(b.id)))
            return 1;
    const qint64 freezeAll = t.elapsed();
    t.restart();
    for (const Bureau &b : Bureau::all()) {
        auto r = service.preview(request(b.id));
        tasks += r->tasks.size();
        for (const PoolDraw &p : r->pools)
            pools += p.poolKeys.size();
    }
    const qint64 previewAll = t.elapsed();
    t.restart();
    for (const Bureau &b : Bureau::all())
        if (auto c = service.commit(request(b.id)); !c)
            std::fprintf(stderr, "%s: %s\n", qPrintable(b.id), qPrintable(c.message()));
    const qint64 commitAll = t.elapsed();
    t.restart();
    auto verified = service.verify();
    std::printf("whole city: freeze %lld ms, preview %lld ms, commit %lld ms (%lld tasks drawn from %lld pool keys); verify %lld ms (%d chain records, %s)\n",
                (long long)freezeAll, (long long)previewAll, (long long)commitAll, tasks, pools, (long long)t.elapsed(), verified ? verified->chainRecords : -1,
                verified && verified->ok ? "ok" : "FAILED");
    // A year of the city: the other three quarters drawn too, every task inspected and published
    // (two ledger events each), then verify of all of it; and the public bundle of the largest
    // bureau checked by verify.py.
    for (int qq : {1, 2, 4}) {
        for (const Bureau &b : Bureau::all()) {
            DrawRequest r = request(b.id);
            r.quarter = Quarter{2025, qq};
            if (!service.freeze(r) || !service.commit(r))
                std::fprintf(stderr, "%s %dQ%d not drawn\n", qPrintable(b.id), 2025, qq);
        }
    }
    FixedClock late(QDateTime(QDate(2025, 12, 31), QTime(18, 0)));
    TaskService ledger(db.value(), late);
    long long events = 0;
    t.restart();
    for (int qq = 1; qq <= 4; ++qq)
        for (const Bureau &b : Bureau::all()) {
            QList<qint64> ids;
            for (const LedgerTask &task : TaskRepository(db.value()).list(Quarter{2025, qq}, b.id).value())
                ids << task.id;
            const QDate day = Quarter{2025, qq}.firstDay().addDays(40);
            if (ids.isEmpty() || !ledger.markDone(ids, day, QStringLiteral("未发现环境违法行为"), QStringLiteral("bench")) ||
                !ledger.markPublished(ids, day.addDays(10), QStringLiteral("bench")))
                continue;
            events += 2 * ids.size();
        }
    const qint64 ledgerMs = t.elapsed();
    t.restart();
    auto year = service.verify();
    std::printf("a year of the city: %lld ledger events written in %lld ms; verify %lld ms (%d chain records in %d chains, %s)\n", events, (long long)ledgerMs,
                (long long)t.elapsed(), year ? year->chainRecords : -1, year ? year->chains : 0,
                year && year->ok ? "ok" : qPrintable(year ? year->reason : year.message()));
    if (argc > 2) // keep the year of the city for a look with suiji-cli or a profiler
        if (auto s = db->backupTo(QString::fromLocal8Bit(argv[2])); !s)
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
    {
        auto bundle = draw::makeBundle(db.value(), profile, QStringLiteral("baoan"), q);
        const QString out = dir.filePath(QStringLiteral("bundle"));
        if (bundle && draw::writeBundle(bundle.value(), out)) {
            QElapsedTimer py;
            py.start();
            QProcess p;
            p.start(QStringLiteral("python3"), {out + QStringLiteral("/verify.py")});
            p.waitForFinished(600000);
            std::printf("bundle of baoan 2025Q3: verify.py %lld ms: %s\n", (long long)py.elapsed(), p.readAllStandardOutput().trimmed().left(60).constData());
        }
    }

    qint64 load = 0;
    for (const Bureau &b : Bureau::all()) {
        QElapsedTimer l;
        l.start();
        auto plan = QuotaService(db.value(), profile).plan(b.id, q);
        load += l.elapsed();
    }
    std::printf("  of which reading and classifying the entities: %lld ms\n", (long long)load);

    // Hashing alone, for scale: SHA-256 of a typical ticket input.
    t.restart();
    QByteArray x = QByteArrayLiteral("12345678901234567890|suiji-draw-v1|2025Q3|nanshan|fixed.general|91440300MA5XXXXXXX");
    for (int i = 0; i < 1000000; ++i)
        x.replace(0, 32, QCryptographicHash::hash(x, QCryptographicHash::Sha256));
    std::printf("1,000,000 SHA-256 of ~80 bytes: %lld ms\n", (long long)t.elapsed());

    // A 1,000,000-entity pool: selection alone, then the whole quarter plan and preview computation.
    QStringList keys;
    QList<Entity> entities;
    keys.reserve(1000000);
    entities.reserve(1000000);
    for (int i = 0; i < 1000000; ++i) {
        Entity e;
        e.key = QStringLiteral("91440300%1").arg(i, 10, 10, QLatin1Char('0'));
        e.category = QStringLiteral("fixed");
        e.bureau = QStringLiteral("nanshan");
        e.level = i % 20 == 0 ? QStringLiteral("key") : QStringLiteral("general");
        keys << e.key;
        entities << e;
    }
    t.restart();
    const auto sel = draw::Sampler::select(seed, draw::poolContext(2025, 3, QStringLiteral("nanshan"), QStringLiteral("fixed.general")), keys, 100);
    std::printf("select 100 of 1,000,000: %lld ms\n", (long long)t.elapsed());
    t.restart();
    const QuarterPlan plan = QuotaCalculator(profile).plan(QStringLiteral("nanshan"), q, 40, entities);
    const qint64 planMs = t.elapsed();
    QList<Inspector> people;
    for (int i = 0; i < 40; ++i) {
        Inspector p;
        p.badge = QStringLiteral("1905%1").arg(i, 4, 10, QLatin1Char('0'));
        p.bureau = QStringLiteral("nanshan");
        people << p;
    }
    t.restart();
    const DrawOutcome big = DrawService::compute(profile, plan, seed, people, {});
    std::printf("1,000,000 entities (50,000 key units): classify+plan %lld ms, draw+match %lld ms, %lld tasks, %s\n", (long long)planMs, (long long)t.elapsed(),
                (long long)big.tasks.size(), big.errors.isEmpty() ? "staffed" : "NOT staffed");
    return sel.selected.size() == 100 ? 0 : 1;
}
