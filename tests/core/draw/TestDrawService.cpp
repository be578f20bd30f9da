// SPDX-License-Identifier: GPL-3.0-or-later
// draw/DrawService against a real SQLite file: the mobile-source division's draw, commit, verify and tampering.

#include "ListFixtures.h"

class TestDrawService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // Issue 16 item 9: the mobile-source division draws the mobile pools of every district in one
    // ceremony of its own chain, staffs them from its own roster, and the tasks land in each
    // district's ledger and progress; the districts' own quarters leave those pools out.
    void mobileDivisionDrawsEveryDistrictsMobilePools()
    {
        const QString path = m_dir.filePath(QStringLiteral("mobile.db"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QList<Entity> list;
        auto add = [&](const QString &bureau, const QString &cat, const QString &key) { list << entity(bureau, cat, key); };
        // 南山: 50 petrol stations (k = ceil(2.5% × 50) = 2) and 30 fixed sources; 盐田: 4 diesel
        // fleets (min one: 1) and 30 fixed sources. No other district has mobile sources.
        for (const QString &k : keys(50, QStringLiteral("NSFUEL")))
            add(QStringLiteral("nanshan"), QStringLiteral("petrol_station"), k);
        for (const QString &k : keys(30, QStringLiteral("NSFIX")))
            add(QStringLiteral("nanshan"), QStringLiteral("fixed"), k);
        for (const QString &k : keys(4, QStringLiteral("YTDSL")))
            add(QStringLiteral("yantian"), QStringLiteral("diesel_fleet"), k);
        for (const QString &k : keys(30, QStringLiteral("YTFIX")))
            add(QStringLiteral("yantian"), QStringLiteral("fixed"), k);
        QList<Inspector> people = yantianRoster(4, QStringLiteral("1906"));
        for (int i = 0; i < 4; ++i) {
            Inspector p = inspector(QStringLiteral("1905%1").arg(i, 4, 10, QLatin1Char('0')));
            people << p; // nanshan
            Inspector m = inspector(QStringLiteral("1900%1").arg(i, 4, 10, QLatin1Char('0')));
            m.bureau = QStringLiteral("mobile");
            people << m;
        }
        QVERIFY(storeLists(db.value(), list, people).ok());
        FixedClock clock(QDateTime(QDate(2025, 6, 20), QTime(10, 0)));
        const RuleProfile &profile = RuleProfile::shipped();
        DrawService service(db.value(), profile, clock);
        const Quarter q{2025, 3};

        // A district's quota lists every pool; its own ceremony leaves the division's out.
        auto nsPlan = QuotaService(db.value(), profile).plan(QStringLiteral("nanshan"), q);
        QVERIFY(nsPlan.ok());
        QCOMPARE(nsPlan->pool(QStringLiteral("mobile.fuel"))->quota, 2);
        QCOMPARE(nsPlan->pool(QStringLiteral("mobile.fuel"))->rule->drawnBy, QStringLiteral("mobile"));
        QCOMPARE(nsPlan->pool(QStringLiteral("fixed.general"))->rule->drawnBy, QStringLiteral("bureau"));
        for (const QString &b : {QStringLiteral("nanshan"), QStringLiteral("yantian")}) {
            DrawRequest r{b, q, QStringLiteral("20250620"), std::nullopt, QStringLiteral("测试员"), {}, {}};
            auto f = service.freeze(r);
            QVERIFY2(f.ok(), qPrintable(f.message()));
            for (const QJsonValue &v : f->record.fields().value(QStringLiteral("pools")).toArray())
                QVERIFY(!profile.pool(v.toObject().value(QStringLiteral("pool")).toString())->drawnByDivision());
            auto c = service.commit(r);
            QVERIFY2(c.ok(), qPrintable(c.message()));
        }

        // The division's lock: each district's pool under the district's own context.
        DrawRequest req{QStringLiteral("mobile"), q, QStringLiteral("31415926"), std::nullopt, QStringLiteral("移动源处"), {}, QStringLiteral("会上掷骰")};
        auto f = service.freeze(req);
        QVERIFY2(f.ok(), qPrintable(f.message()));
        const QJsonArray pools = f->record.fields().value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("pool")).toString(),
                 QStringLiteral("yantian/mobile.diesel_fleet")); // district order: 盐田 before 南山
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("context")).toString(), QStringLiteral("suiji-draw-v1|2025Q3|yantian|mobile.diesel_fleet"));
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("k")).toInt(), 1);
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("pool")).toString(), QStringLiteral("nanshan/mobile.fuel"));
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("context")).toString(), QStringLiteral("suiji-draw-v1|2025Q3|nanshan|mobile.fuel"));
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("k")).toInt(), 2);
        auto c = service.commit(req);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->tasks.size(), 3);

        // The selection is the shell's: the lowest ticket of 南山's petrol stations under 南山's context.
        QStringList stations = keys(50, QStringLiteral("NSFUEL"));
        std::sort(stations.begin(), stations.end(), [](const QString &a, const QString &b) {
            return shellSha256(QStringLiteral("31415926|suiji-draw-v1|2025Q3|nanshan|mobile.fuel|") + a) <
                   shellSha256(QStringLiteral("31415926|suiji-draw-v1|2025Q3|nanshan|mobile.fuel|") + b);
        });
        QCOMPARE(c->pool(QStringLiteral("nanshan/mobile.fuel"))->selected, stations.mid(0, 2));

        // Tasks in each district's ledger, drawn by the division, staffed by its roster.
        const QList<LedgerTask> ns = TaskRepository(db.value()).list(q, QStringLiteral("nanshan")).value();
        int nsMobile = 0;
        for (const LedgerTask &t : ns)
            if (t.pool == QLatin1String("mobile.fuel")) {
                ++nsMobile;
                QCOMPARE(t.drawnBy, QStringLiteral("mobile"));
                QCOMPARE(t.inspectors.size(), 2);
                for (const QString &b : t.inspectors)
                    QVERIFY2(b.startsWith(QLatin1String("1900")), qPrintable(b));
            } else {
                QVERIFY(t.drawnBy.isEmpty());
            }
        QCOMPARE(nsMobile, 2);
        QCOMPARE(TaskRepository(db.value()).list(q, QStringLiteral("mobile")).value().size(), 3);
        QCOMPARE(TaskRepository(db.value()).drawnIn(q, QStringLiteral("nanshan")).value().size(), ns.size() - 2);
        auto progress = ProgressService(db.value(), profile, WorkCalendar::shipped(), clock).report(q, QStringLiteral("nanshan"));
        QVERIFY(progress.ok());
        QCOMPARE(progress->tasks, ns.size());

        // Everything verifies; the division's chain is one more chain.
        auto v = service.verify();
        QVERIFY2(v.ok() && v->ok, qPrintable(v->reason));
        QCOMPARE(v->chains, 3);

        // Done on a division's task: the ledger event goes into the division's chain, named by
        // its district pool; verify still passes.
        qint64 id = 0;
        for (const LedgerTask &t : ns)
            if (t.pool == QLatin1String("mobile.fuel"))
                id = t.id;
        FixedClock july(QDateTime(QDate(2025, 7, 10), QTime(9, 0)));
        QVERIFY(TaskService(db.value(), july).markDone({id}, QDate(2025, 7, 3), QStringLiteral("未发现问题"), QStringLiteral("测试员")).ok());
        auto chain = ChainRepository(db.value()).forQuarter(QStringLiteral("mobile"), QStringLiteral("2025Q3"));
        QVERIFY(chain.ok());
        QCOMPARE(chain->last().kind, QStringLiteral("ledger"));
        QVERIFY(chain->last().fields().value(QStringLiteral("task")).toString().startsWith(QLatin1String("nanshan/mobile.fuel|")));
        v = service.verify();
        QVERIFY2(v.ok() && v->ok, qPrintable(v->reason));

        // A division task's team changed in the file: verify names the division's commit.
        QSqlQuery edit(db->db());
        QVERIFY(edit.exec(QStringLiteral(
            "UPDATE task SET inspectors = '19000000;19000001', status = status WHERE drawn_by = 'mobile' AND inspectors <> '19000000;19000001'")));
        v = service.verify();
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->badBureau, QStringLiteral("mobile"));
    }

    void commitVerifyAndTamper()
    {
        const QString path = m_dir.filePath(QStringLiteral("draw.db"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        // A small bureau: 60 general fixed sources, 16 key units, 3 plots, 5 inspectors.
        QList<Entity> list;
        auto add = [&](const QString &cat, const QString &key, const QString &level) { list << entity(QStringLiteral("yantian"), cat, key, level); };
        for (const QString &k : keys(60, QStringLiteral("G")))
            add(QStringLiteral("fixed"), k, QStringLiteral("general"));
        for (const QString &k : keys(16, QStringLiteral("K")))
            add(QStringLiteral("fixed"), k, QStringLiteral("key"));
        for (const QString &k : keys(3, QStringLiteral("PLOT-")))
            add(QStringLiteral("soil_plot"), k, QStringLiteral("general"));
        QVERIFY(storeLists(db.value(), list, yantianRoster(5, QStringLiteral("1905"))).ok());
        FixedClock clock(QDateTime(QDate(2025, 6, 20), QTime(10, 0)));
        const RuleProfile &profile = RuleProfile::shipped();
        DrawService service(db.value(), profile, clock);
        DrawRequest req{QStringLiteral("yantian"), Quarter{2025, 3}, QStringLiteral("20250620"), std::nullopt, QStringLiteral("测试员"), {}, {}};

        // No seed before the lock: preview and commit are refused and write nothing.
        const QByteArray unlocked = test::dumpHash(path);
        for (bool commit : {false, true}) {
            auto r = commit ? service.commit(req) : service.preview(req);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, 3);
            QVERIFY2(r.message().contains(QStringLiteral("锁定名录")) || r.message().contains(QStringLiteral("Lock the lists")), qPrintable(r.message()));
        }
        QCOMPARE(test::dumpHash(path), unlocked);

        // Locked with one inspector taking part: the seed's tasks cannot be staffed, the attempt
        // says so, the commit is refused; the freeze is voided with a reason.
        {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET active = 0 WHERE badge <> '19050000'")));
        }
        QVERIFY(service.freeze(req).ok());
        auto thin = service.preview(req);
        QVERIFY2(thin.ok(), qPrintable(thin.message()));
        QVERIFY(!thin->errors.isEmpty());
        const QByteArray oneInspector = test::dumpHash(path);
        auto refused = service.commit(req);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, 3);
        QVERIFY(refused.message().contains(QStringLiteral("G0000")) || refused.message().contains(QStringLiteral("单位")));
        QCOMPARE(test::dumpHash(path), oneInspector);
        QVERIFY(!service.voidFreeze(req.bureau, req.quarter, QString(), req.op).ok()); // a reason is required
        QVERIFY(service.voidFreeze(req.bureau, req.quarter, QStringLiteral("只有一名执法人员参与"), req.op).ok());
        {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET active = 1")));
        }
        auto frozen = service.freeze(req);
        QVERIFY2(frozen.ok(), qPrintable(frozen.message()));
        QVERIFY(!service.freeze(req).ok()); // one freeze in force at a time

        auto preview = service.preview(req);
        QVERIFY2(preview.ok(), qPrintable(preview.message()));
        QVERIFY2(preview->errors.isEmpty(), qPrintable(preview->errors.join(QLatin1Char('\n'))));
        QCOMPARE(preview->attemptNumber, 1);
        QCOMPARE(preview->freezeHash, frozen->record.recordHash);
        QCOMPARE(preview->pool(QStringLiteral("fixed.general"))->k, 13); // ceil(2.5 × 5)
        QCOMPARE(preview->pool(QStringLiteral("fixed.key"))->k, 2);      // ceil(12.5 % × 16)
        QCOMPARE(preview->tasks.size(), 13 + 2 + 9);
        // Task order: pools in table order; plots by key, months 1, 2, 3.
        QCOMPARE(preview->tasks.first().pool, QStringLiteral("fixed.general"));
        QCOMPARE(preview->tasks.first().key, preview->pool(QStringLiteral("fixed.general"))->selected.first());
        QCOMPARE(preview->tasks.last().key, QStringLiteral("PLOT-000002"));
        QCOMPARE(preview->tasks.last().month, 3);

        // After the lock, the live lists change: the quarter still draws from the frozen ones.
        {
            QList<Entity> more;
            for (const QString &k : keys(30, QStringLiteral("N"))) {
                Entity e = list.first();
                e.key = k;
                e.uscc = k;
                more << e;
            }
            QVERIFY(EntityRepository(db.value()).upsert(more, QStringLiteral("2025-06-21T00:00:00")).ok());
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET active = 0 WHERE badge = '19050004'")));
        }
        auto again1 = service.preview(req);
        QVERIFY(again1.ok());
        QCOMPARE(again1->attemptNumber, 1); // the same seed is not logged twice
        QCOMPARE(again1->pool(QStringLiteral("fixed.general"))->poolFp, preview->pool(QStringLiteral("fixed.general"))->poolFp);
        QCOMPARE(again1->tasksFp, preview->tasksFp);
        QVERIFY(QSqlQuery(db->db()).exec(QStringLiteral("UPDATE inspector SET active = 1")));

        // A second seed is an attempt of its own; committing it without a reason is refused.
        DrawRequest other = req;
        other.seed = QStringLiteral("99999");
        auto second = service.preview(other);
        QVERIFY(second.ok());
        QCOMPARE(second->attemptNumber, 2);
        QCOMPARE(second->firstSeed, req.seed);
        const QByteArray beforeOther = test::dumpHash(path);
        auto noReason = service.commit(other);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, 3);
        QVERIFY2(noReason.message().contains(req.seed), qPrintable(noReason.message()));
        QCOMPARE(test::dumpHash(path), beforeOther);

        auto committed = service.commit(req); // the first seed: no reason needed
        QVERIFY2(committed.ok(), qPrintable(committed.message()));
        QVERIFY(committed->committed);
        QVERIFY(committed->reason.isEmpty());
        // The same answer as the preview, now with the commit record chained.
        QCOMPARE(committed->pool(QStringLiteral("fixed.general"))->selected, preview->pool(QStringLiteral("fixed.general"))->selected);
        QCOMPARE(committed->tasksFp, preview->tasksFp);
        QCOMPARE(TaskRepository(db.value()).count(Quarter{2025, 3}, QStringLiteral("yantian")).value(), 24);
        const QList<LedgerTask> ledger = TaskRepository(db.value()).list(Quarter{2025, 3}, QStringLiteral("yantian")).value();
        QCOMPARE(ledger.first().month, 7);
        QCOMPARE(ledger.first().inspectors.size(), 2);
        auto chain = ChainRepository(db.value()).forQuarter(QStringLiteral("yantian"), QStringLiteral("2025Q3"));
        QVERIFY(chain.ok());
        QStringList kinds;
        for (const ChainRecord &r : chain.value())
            kinds << r.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("freeze"), QStringLiteral("attempt"), QStringLiteral("void"), QStringLiteral("freeze"),
                                     QStringLiteral("attempt"), QStringLiteral("attempt"), QStringLiteral("commit")}));
        // record_hash = H(prev + "\n" + canonical_json), checkable with the shell.
        const ChainRecord &c0 = chain->first();
        QCOMPARE(c0.prevHash, QString(64, QLatin1Char('0')));
        QCOMPARE(c0.recordHash, shellSha256(c0.prevHash + QLatin1Char('\n') + c0.canonicalJson));
        const ChainRecord &last = chain->last();
        QCOMPARE(last.recordHash, committed->commitHash);
        QCOMPARE(last.recordHash, shellSha256(last.prevHash + QLatin1Char('\n') + last.canonicalJson));
        QVERIFY(last.canonicalJson.contains(QStringLiteral("\"seed\":\"20250620\"")));
        QVERIFY(last.canonicalJson.contains(QStringLiteral("\"tasks_fp\":\"") + committed->tasksFp));
        auto records = DrawRepository(db.value()).all();
        // The commit's pools, indexed for the no-repeat rule: every pool but the three the
        // mobile-source division draws.
        QCOMPARE(records->size(), profile.pools.size() - 3);
        QCOMPARE(records->first().spec, QStringLiteral("suiji-draw-v2"));

        // The year view of the same file: one quarter drawn, Q4 still to come.
        auto year = YearView(db.value(), profile).report(QStringLiteral("yantian"), 2025);
        QVERIFY2(year.ok(), qPrintable(year.message()));
        QCOMPARE(year->quartersDrawn, QList<int>{3});
        QCOMPARE(year->inspectors, 5);
        const YearTarget &general = year->targets.at(0);
        QCOMPARE(general.actual, 13.0);
        QCOMPARE(general.target, 50.0);    // 10 × 5 inspectors
        QCOMPARE(general.projected, 26.0); // + Q4 at 13
        QVERIFY(general.atRisk);
        const YearTarget &key = year->targets.at(1);
        QCOMPARE(key.actual, 2.0 / 16);
        QCOMPARE(key.projected, 4.0 / 16);
        QVERIFY(key.atRisk);

        auto ok = service.verify({committed->commitHash});
        QVERIFY2(ok->ok, qPrintable(ok->reason));
        QCOMPARE(ok->records, 0); // no v1 records
        QCOMPARE(ok->chainRecords, 7);
        QCOMPARE(ok->anchors, QStringList{committed->commitHash});

        // A second commit of the same quarter is refused and changes nothing.
        const QByteArray afterCommit = test::dumpHash(path);
        auto again = service.commit(req);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, 3);
        QVERIFY(again.message().contains(QStringLiteral("2025Q3")));
        QCOMPARE(test::dumpHash(path), afterCommit);

        // Committed rows and records are immutable through SQL.
        {
            QSqlQuery q(db->db());
            QVERIFY(!q.exec(QStringLiteral("UPDATE draw SET seed = 'x'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM draw_selection")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE draw_pool SET key = 'x'")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE chain_record SET canonical_json = '{}'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM chain_record")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE freeze_snapshot SET snapshot = '{}'")));
        }
        // Behind the app's back: swap a task's team in the ledger, and verify names the task.
        {
            QSqlQuery q(db->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE task SET inspectors = CASE WHEN instr(inspectors, '19050004') > 0 THEN '19050000;19050001' "
                                          "ELSE '19050004;19050003' END WHERE seq = 1 AND quarter = '2025Q3'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        auto bad = service.verify();
        QVERIFY(!bad->ok);
        QCOMPARE(bad->badKind, QStringLiteral("commit"));
        QVERIFY2(bad->reason.contains(QStringLiteral("team")) || bad->reason.contains(QStringLiteral("执法人员")), qPrintable(bad->reason));
        db = Result<Database>(Error{}); // close before the CLI opens the file
        const test::CliRun cli = test::runCli({QStringLiteral("--db"), path, QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY(cli.out.contains("\"kind\":\"commit\""));
    }
};

QTEST_GUILESS_MAIN(TestDrawService)
#include "TestDrawService.moc"
