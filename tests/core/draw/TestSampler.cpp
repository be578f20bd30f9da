// SPDX-License-Identifier: GPL-3.0-or-later
// draw/Sampler: tickets and selection of draw-spec v1 against sha256sum, and the seed rules.

#include "ListFixtures.h"

class TestSampler : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void ticketsMatchSha256sum()
    {
        const QString seed = QStringLiteral("58203174960318427705");
        const QString ctx = draw::poolContext(2025, 3, QStringLiteral("nanshan"), QStringLiteral("fixed.key"));
        QCOMPARE(ctx, QStringLiteral("suiji-draw-v1|2025Q3|nanshan|fixed.key"));
        for (const QString &key : {QStringLiteral("914403001922038216"), QStringLiteral("91440300587917503A"), QStringLiteral("RHPWK-440305-0001")})
            QCOMPARE(draw::Sampler::ticket(seed, ctx, key), shellSha256(seed + QLatin1Char('|') + ctx + QLatin1Char('|') + key));
        // The empty pool's fingerprint is H(""), sha256sum of nothing.
        QCOMPARE(draw::listFingerprint({}), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void selectionMatchesTheShell()
    {
        // Tickets from the shell, sorted by the shell: the first 4 of 12 must be what Sampler picks.
        const QString seed = QStringLiteral("dice-2025-06-20");
        const QString ctx = draw::poolContext(2025, 3, QStringLiteral("futian"), QStringLiteral("mobile.fuel"));
        const QStringList pool = keys(12);
        QProcess p;
        const QString script = QStringLiteral("for k in %1; do printf '%s %s\\n' \"$(printf '%s' \"$0|$1|$k\" | sha256sum | cut -c1-64)\" \"$k\"; done | "
                                              "LC_ALL=C sort | head -4 | cut -d' ' -f2")
                                   .arg(pool.join(QLatin1Char(' ')));
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script, seed, ctx});
        p.waitForFinished();
        const QStringList expected = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(expected.size(), 4);
        const draw::Selection s = draw::Sampler::select(seed, ctx, pool, 4);
        QCOMPARE(s.selected, expected);
        QCOMPARE(s.resultFp, shellSha256(expected.join(QLatin1Char('\n')) + QLatin1Char('\n')));
        QCOMPARE(s.poolFp, shellSha256(pool.join(QLatin1Char('\n')) + QLatin1Char('\n')));
    }

    void selectionProperties()
    {
        const QString seed = QStringLiteral("31415926535897932384");
        const QString ctx = draw::poolContext(2025, 1, QStringLiteral("baoan"), QStringLiteral("fixed.general"));
        const QStringList pool = keys(500);
        const draw::Selection a = draw::Sampler::select(seed, ctx, pool, 40);
        QCOMPARE(a.selected.size(), 40);
        // Independent of the order the pool is read in.
        QStringList shuffled = pool;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 123, shuffled.end());
        const draw::Selection b = draw::Sampler::select(seed, ctx, shuffled, 40);
        QCOMPARE(b.selected, a.selected);
        QCOMPARE(b.poolFp, a.poolFp);
        // Removing an unselected entity changes no one else's selection (the pool fingerprint changes).
        for (const QString &gone : {pool.at(0), pool.at(250), pool.at(499)}) {
            if (a.selected.contains(gone))
                continue;
            QStringList smaller = pool;
            smaller.removeOne(gone);
            const draw::Selection c = draw::Sampler::select(seed, ctx, smaller, 40);
            QCOMPARE(c.selected, a.selected);
            QVERIFY(c.poolFp != a.poolFp);
        }
        // The first k of a larger k are the same.
        const draw::Selection d = draw::Sampler::select(seed, ctx, pool, 90);
        QCOMPARE(d.selected.mid(0, 40), a.selected);
        // Another seed or context gives another selection; k beyond the pool takes all.
        QVERIFY(draw::Sampler::select(seed + QLatin1Char('x'), ctx, pool, 40).selected != a.selected);
        QVERIFY(draw::Sampler::select(seed, ctx + QLatin1Char('x'), pool, 40).selected != a.selected);
        QCOMPARE(draw::Sampler::select(seed, ctx, pool.mid(0, 7), 40).selected.size(), 7);
    }

    void seeds()
    {
        QVERIFY(draw::checkSeed(QStringLiteral("12345678901234567890")).isEmpty());
        QVERIFY(draw::checkSeed(QStringLiteral("!~")).isEmpty());
        QVERIFY(draw::checkSeed(QString(128, QLatin1Char('7'))).isEmpty());
        QVERIFY(!draw::checkSeed(QString(129, QLatin1Char('7'))).isEmpty());
        QVERIFY(!draw::checkSeed(QString()).isEmpty());
        QVERIFY(!draw::checkSeed(QStringLiteral("12 34")).isEmpty());
        QVERIFY(!draw::checkSeed(QStringLiteral("种子")).isEmpty());
        const QString proposed = draw::proposeSeed();
        QCOMPARE(proposed.size(), 20);
        QVERIFY(std::all_of(proposed.begin(), proposed.end(), [](QChar c) { return c.isDigit(); }));
        QVERIFY(draw::proposeSeed() != proposed);
    }
};

QTEST_GUILESS_MAIN(TestSampler)
#include "TestSampler.moc"
