// SPDX-License-Identifier: GPL-3.0-or-later
// The quarter plan PDF read back with poppler-utils: every selected entity, the seed and every
// fingerprint are in its text, its fonts are embedded, and an empty scope is refused.
#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "demo/DemoGenerator.h"
#include "ledger/CampaignService.h"
#include "ledger/FactService.h"
#include "report/CampaignReport.h"
#include "report/PlanReport.h"
#include "report/ProgressReportPdf.h"
#include "store/CampaignRepository.h"
#include "store/ChainRepository.h"
#include "store/DrawRepository.h"
#include "store/EntityRepository.h"
#include "util/I18n.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace suiji;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's text, without white space (cells wrap), NFKC-folded as a reader's search would.
QString squeeze(QString s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return s.normalized(QString::NormalizationForm_KC).remove(ws);
}

// Characters a broken text layer produces in place of ordinary Chinese (radicals, extension A):
// Qt maps glyphs Noto CJK shares between code points to the wrong one, so the reports set Chinese
// in WenQuanYi Micro Hei. Their presence means search and copy in the PDF would fail.
int strayRadicals(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += (c.unicode() >= 0x2e80 && c.unicode() <= 0x2fdf) || (c.unicode() >= 0x3400 && c.unicode() <= 0x4dbf);
    return n;
}

bool containsName(const QString &text, const QString &name)
{
    return text.contains(name);
}
} // namespace

class TestReports : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("city.db"));
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(7, 0.1).writeTo(db.value()).ok());
    }

    void quarterPlanHasEverythingAVerifierNeeds()
    {
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        auto pages = report::writePlanReport(db.value(), RuleProfile::shipped(), Quarter{2025, 3}, QStringLiteral("yantian"), pdf);
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        QVERIFY(pages.value() >= 2);
        const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        QVERIFY(text.size() > 1000);
        QCOMPARE(strayRadicals(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})), 0);
        auto records = DrawRepository(db.value()).all(true);
        int checked = 0, division = 0;
        for (const DrawRecord &r : records.value()) {
            if (r.bureau != QLatin1String("yantian") || !(r.quarter == Quarter{2025, 3}))
                continue;
            if (RuleProfile::shipped().pool(r.pool)->drawnByDivision()) {
                // Drawn by the mobile-source division in its own ceremony: the district's plan
                // names that commit and leaves the pool to the division's plan.
                QVERIFY2(text.contains(r.prevHash), qPrintable(r.pool));
                QVERIFY2(!text.contains(squeeze(r.context)), qPrintable(r.context));
                ++division;
                continue;
            }
            QVERIFY2(text.contains(r.seed), qPrintable(r.seed));
            QVERIFY2(text.contains(r.poolFp), qPrintable(r.pool));
            QVERIFY2(text.contains(r.resultFp), qPrintable(r.pool));
            // v2: the hash to keep is the commit record's (and the lock's), printed once for the quarter.
            auto commit = ChainRepository(db.value()).byHash(r.prevHash);
            QVERIFY(commit.ok() && commit.value());
            QVERIFY2(text.contains(commit.value()->recordHash), qPrintable(r.pool));
            QVERIFY2(text.contains(commit.value()->freezeHash), qPrintable(r.pool));
            QVERIFY(text.contains(squeeze(r.context)));
            for (const QString &key : r.selected + r.mustCheck) {
                const auto e = EntityRepository(db.value()).find(r.pool.startsWith(QLatin1String("fixed")) ? QStringLiteral("fixed") : QString(), key);
                EntityFilter f;
                f.text = key;
                const QList<Entity> found = EntityRepository(db.value()).list(f).value();
                QVERIFY(!found.isEmpty());
                QVERIFY2(containsName(text, squeeze(found.first().name)), qPrintable(found.first().name));
                QVERIFY2(text.contains(key), qPrintable(key));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
        QCOMPARE(division, 3);
        QVERIFY(text.contains(QStringLiteral("Themobile-sourcedivision(移动源处)drew")));
        QVERIFY(text.contains(QStringLiteral("sha256sum")));
        // The check command stands on one line, so it can be typed (or copied) back whole.
        const QString layout =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(QRegularExpression(QStringLiteral("printf '%s' '[^'\\n]+\\|[^'\\n]+' \\| sha256sum")).match(layout).hasMatch(),
                 "the printf … | sha256sum line is broken");
        // Page x of y on every page (the test installs no translation: English); fonts embedded.
        for (int page = 1; page <= pages.value(); ++page)
            QVERIFY2(text.contains(QStringLiteral("Page%1of%2").arg(page).arg(pages.value())), qPrintable(QString::number(page)));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &l : lines)
            QVERIFY2(l.contains(QStringLiteral(" yes ")), qPrintable(l));
        // The QR payload names the chain's last record of the quarter.
        QVERIFY(report::verificationPayload(Quarter{2025, 3}, QStringLiteral("yantian"), QStringLiteral("s"), QStringLiteral("h"))
                    .startsWith(QStringLiteral("suiji-draw-v1|2025Q3|yantian")));
        QVERIFY(!report::qrCode(QStringLiteral("suiji")).isNull());
        QVERIFY(!text.contains(QStringLiteral("Drawnelsewhere")));

        // Issue 16: what the bureau drew elsewhere this year is printed on the plan.
        QVERIFY(FactService(db.value()).setPriorDraw(QStringLiteral("yantian"), 2025, QStringLiteral("fixed.key"), 20, QStringLiteral("测试")).ok());
        QVERIFY(report::writePlanReport(db.value(), RuleProfile::shipped(), Quarter{2025, 3}, QStringLiteral("yantian"), pdf).ok());
        const QString withPrior = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        const qsizetype at = withPrior.indexOf(QStringLiteral("Drawnelsewhereearlierin2025"));
        QVERIFY2(at >= 0, qPrintable(withPrior.left(3000)));
        const QString line = withPrior.mid(at, 160);
        QVERIFY2(line.contains(RuleProfile::shipped().pool(QStringLiteral("fixed.key"))->name.text().remove(QLatin1Char(' ')) + QStringLiteral("20")),
                 qPrintable(line));
        QVERIFY(FactService(db.value()).setPriorDraw(QStringLiteral("yantian"), 2025, QStringLiteral("fixed.key"), 0, QStringLiteral("测试")).ok());
    }

    // Issue 16 item 9: the mobile-source division's plan holds the mobile pools of every district,
    // each under the district's own context, with its commit and the districts' entities.
    void divisionPlanHoldsEveryDistrictsMobilePools()
    {
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        const QString pdf = m_dir.filePath(QStringLiteral("division.pdf"));
        auto pages = report::writePlanReport(db.value(), RuleProfile::shipped(), Quarter{2025, 3}, QStringLiteral("mobile"), pdf);
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        QVERIFY(text.contains(squeeze(QStringLiteral("深圳市生态环境局移动源处2025年第3季度"))));
        auto records = DrawRepository(db.value()).all(true);
        QSet<QString> districts;
        QString commit;
        for (const DrawRecord &r : records.value()) {
            if (!(r.quarter == Quarter{2025, 3}) || !RuleProfile::shipped().pool(r.pool)->drawnByDivision())
                continue;
            QVERIFY2(text.contains(squeeze(r.context)), qPrintable(r.context));
            QVERIFY2(text.contains(r.bureau + QLatin1Char('/') + r.pool), qPrintable(r.pool));
            for (const QString &key : r.selected)
                QVERIFY2(text.contains(key), qPrintable(key));
            districts.insert(r.bureau);
            QVERIFY(commit.isEmpty() || commit == r.prevHash); // one ceremony: one commit for all
            commit = r.prevHash;
        }
        QCOMPARE(districts.size(), 11);
        QVERIFY(text.contains(commit));
    }

    void nothingCommittedIsRefused()
    {
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        auto r = report::writePlanReport(db.value(), RuleProfile::shipped(), Quarter{2026, 1}, QStringLiteral("yantian"),
                                         m_dir.filePath(QStringLiteral("none.pdf")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 3);
    }

    void progressAndYearReports()
    {
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        FixedClock today(QDateTime(QDate(2025, 9, 16), QTime(9, 0)));
        auto cal = WorkCalendar::load(db.value());
        const QString progress = m_dir.filePath(QStringLiteral("progress.pdf"));
        auto pages = report::writeProgressReport(db.value(), RuleProfile::shipped(), cal.value(), today, Quarter{2025, 3}, QStringLiteral("yantian"), progress);
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), progress, QStringLiteral("-")}));
        for (const char *month : {"2025-07", "2025-08", "2025-09"})
            QVERIFY2(text.contains(QLatin1String(month)), month);
        // The month table's targets and the report's "as of" date.
        QVERIFY(text.contains(QStringLiteral("2025-09-16")));
        QVERIFY(text.contains(QStringLiteral("2025-10-13"))); // quarter summary due
        // The charts are vectors: no image in the file, and the chart titles are text.
        QVERIFY(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), progress}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 2);
        const QString year = m_dir.filePath(QStringLiteral("year.pdf"));
        QVERIFY(report::writeYearReport(db.value(), RuleProfile::shipped(), 2025, QStringLiteral("yantian"), year).ok());
        const QString ytext = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), year, QStringLiteral("-")}));
        QVERIFY(ytext.contains(QStringLiteral("2025Q3")));
        QVERIFY(ytext.contains(QStringLiteral("2025")));
        // The case section with the plan's targets, its count the ledger's (the sqlite3 shell's).
        const QString cases = test::sqlite(m_path, QStringLiteral("SELECT count(*) FROM enforcement_case WHERE bureau = 'yantian'"));
        QVERIFY(cases.toInt() > 0);
        for (const QString &t : {text, ytext}) { // squeezed: no white space
            QVERIFY(t.contains(QStringLiteral("Case-driveninspections")));
            QVERIFY(t.contains(QStringLiteral("Redalertsclosed"))); // the label wraps around its value
            QVERIFY2(t.contains(QStringLiteral("Cases") + cases + QStringLiteral("Closed")), qPrintable(t.right(600)));
        }
    }

    // A quarter with nothing drawn: the pool chart says why it is empty, in Chinese whose PDF text
    // layer is whole (里 and 示 are among the characters Noto CJK's shared glyphs turn into radicals).
    void progressOfAnUndrawnQuarterExplainsTheEmptyChart()
    {
        i18n::install(QStringLiteral("zh"));
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        FixedClock today(QDateTime(QDate(2025, 11, 20), QTime(9, 0)));
        auto cal = WorkCalendar::load(db.value());
        const QString progress = m_dir.filePath(QStringLiteral("progress-q4.pdf"));
        auto pages = report::writeProgressReport(db.value(), RuleProfile::shipped(), cal.value(), today, Quarter{2025, 4}, QStringLiteral("yantian"), progress);
        i18n::install(QStringLiteral("en"));
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        const QString raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), progress, QStringLiteral("-")});
        QVERIFY2(raw.contains(QStringLiteral("这里显示各对象池的完成率")), qPrintable(raw));
        QCOMPARE(strayRadicals(raw), 0);
    }

    // A special campaign's summary (专项执法检查总结), in Chinese: its procedure with the documents,
    // scope, lock, the seeds tried and the commit, a ticket to re-check with sha256sum, every
    // target, and a whole text layer.
    void campaignSummary()
    {
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        const QString id = QStringLiteral("ZX2025-NS-SOIL");
        auto c = CampaignService(db.value(), RuleProfile::shipped()).find(id);
        QVERIFY(c.ok());
        auto st = CampaignService(db.value(), RuleProfile::shipped()).ceremony(c.value());
        QVERIFY(st.ok() && st->commit);
        auto tasks = CampaignRepository(db.value()).tasks(id);
        QVERIFY(tasks.ok() && !tasks->isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("campaign.pdf"));
        i18n::install(QStringLiteral("zh"));
        auto pages = report::writeCampaignReport(db.value(), RuleProfile::shipped(), id, pdf);
        i18n::install(QStringLiteral("en"));
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        const QString raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QCOMPARE(strayRadicals(raw), 0);
        const QString text = squeeze(raw);
        const QString seed = st->commit->fields().value(QStringLiteral("seed")).toString();
        const QString ticket = QStringLiteral("printf'%s''") + seed + QStringLiteral("|suiji-campaign-v1|ZX2025-NS-SOIL|nanshan|") + tasks->first().key +
                               QStringLiteral("'|sha256sum");
        for (const QString &want :
             QStringList{QStringLiteral("专项执法检查总结"), c->name, QStringLiteral("深环南〔2025〕71号"), QStringLiteral("南山管理局政府信息公开专栏"),
                         c->scopeFp, st->commit->recordHash, st->commit->freezeHash, st->commit->fields().value(QStringLiteral("tasks_fp")).toString(), ticket})
            QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral(" missing in: ") + text.left(2000)));
        for (const CampaignTask &t : tasks.value())
            QVERIFY2(text.contains(t.key), qPrintable(t.key));
        QVERIFY(!raw.contains(QStringLiteral("Procedure"))); // no English left in the Chinese report
        QCOMPARE(report::writeCampaignReport(db.value(), RuleProfile::shipped(), QStringLiteral("ZX-NONE"), pdf).error().code, 3);
    }

    void cityPlanThroughTheCli()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("city.pdf"));
        auto r = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("report"), QStringLiteral("plan"), QStringLiteral("--quarter"),
                               QStringLiteral("2025Q3"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.contains(QStringLiteral("Pages:")));
        const QString text = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        for (const char *b : {"福田", "罗湖", "南山", "深汕"})
            QVERIFY2(containsName(text, QStringLiteral("深圳市生态环境局%1管理局").arg(QString::fromUtf8(b))), b);
        QCOMPARE(test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("report"), QStringLiteral("plan"), QStringLiteral("--quarter"),
                               QStringLiteral("2025Q3"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.txt"))})
                     .exitCode,
                 2);
    }
};

QTEST_MAIN(TestReports) // a QApplication: Qt Charts are widgets
#include "TestReports.moc"
