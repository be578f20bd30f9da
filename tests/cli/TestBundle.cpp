// SPDX-License-Identifier: GPL-3.0-or-later
// The public bundle checked as a citizen would: verify.py with Python 3 alone, verify.html in a real
// headless Chromium. A fresh bundle passes; each edit a forger might make to draw.json (a team, a
// month, a mode, a joint flag, an attempt, a void, a ledger event, a task's state) fails.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace suiji::test;

namespace {
// Edits draw.json (or the bundle inside verify.html) with a Python expression over `b`.
const char *kEdit = R"PY(
import json, re, sys
path, code = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
if path.endswith(".html"):
    m = re.search(r'(<script id="bundle" type="application/json">)(.*?)(</script>)', text, re.S)
    b = json.loads(m.group(2).replace("<\\/", "</"))
else:
    b = json.loads(text)
def task(b, n=0):
    return b["tasks"][n]
def record(b, kind, last=False):
    rs = [r for r in b["chain"] if r["kind"] == kind]
    return rs[-1] if last else rs[0]
def edit_record(r, old, new):
    assert old in r["canonical_json"], (old, r["canonical_json"][:200])
    r["canonical_json"] = r["canonical_json"].replace(old, new, 1)
exec(code)
out = json.dumps(b, ensure_ascii=False)
if path.endswith(".html"):
    text = text[:m.start(2)] + out.replace("</", "<\\/") + text[m.end(2):]
else:
    text = out
open(path, "w", encoding="utf-8").write(text)
)PY";
} // namespace

class TestBundle : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_division; // the mobile-source division's bundle of the same quarter
    int m_n = 0;

    QString copyOf(const QString &file)
    {
        const QString dir = m_dir.filePath(QStringLiteral("edit%1").arg(++m_n));
        QDir().mkpath(dir);
        for (const char *f : {"draw.json", "verify.py", "verify.html"})
            QFile::copy(m_bundle + QLatin1Char('/') + QLatin1String(f), dir + QLatin1Char('/') + QLatin1String(f));
        return dir + QLatin1Char('/') + file;
    }
    static bool edit(const QString &path, const QString &code)
    {
        QProcess py;
        py.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(kEdit), path, code});
        py.waitForFinished(60000);
        if (py.exitCode() != 0)
            qWarning("edit failed: %s", py.readAllStandardError().constData());
        return py.exitCode() == 0;
    }
    static std::pair<int, QString> verifyPy(const QString &json)
    {
        QProcess py;
        py.start(QStringLiteral("python3"), {QFileInfo(json).dir().filePath(QStringLiteral("verify.py")), json});
        py.waitForFinished(120000);
        return {py.exitCode(), QString::fromUtf8(py.readAllStandardOutput()).trimmed()};
    }
private slots:
    void initTestCase()
    {
        for (const char *tool : {"python3", "chromium"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is needed (packaging/install-deps.sh installs it)").arg(QLatin1String(tool))));
        const QString db = m_dir.filePath(QStringLiteral("city.db"));
        auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--scale"),
                            QStringLiteral("0.05")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        // A later lock of 2025Q4 voided and made again, so the bundle's chain holds a void after the commit.
        const QStringList q4{QStringLiteral("--quarter"), QStringLiteral("2025Q4"), QStringLiteral("--bureau"), QStringLiteral("futian")};
        QCOMPARE(runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("draw"), QStringLiteral("freeze")} + q4).exitCode, 0);
        QCOMPARE(runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("draw"), QStringLiteral("void")} + q4 +
                        QStringList{QStringLiteral("--reason"), QStringLiteral("演练")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("draw"), QStringLiteral("freeze")} + q4).exitCode,
                 0); // the void is not the chain's last record
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("--quarter"), QStringLiteral("2025Q1"),
                         QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none"))})
                     .exitCode,
                 3); // nothing committed then
        m_bundle = m_dir.filePath(QStringLiteral("bundle"));
        auto pub = runCli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                           QStringLiteral("--bureau"), QStringLiteral("futian"), QStringLiteral("--out"), m_bundle});
        QVERIFY2(pub.exitCode == 0, pub.err.constData());
        for (const char *f : {"draw.json", "verify.py", "verify.html", "README.txt"})
            QVERIFY2(QFile::exists(m_bundle + QLatin1Char('/') + QLatin1String(f)), f);
        m_division = m_dir.filePath(QStringLiteral("division"));
        auto div = runCli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("--quarter"), QStringLiteral("2025Q3"),
                           QStringLiteral("--bureau"), QStringLiteral("移动源处"), QStringLiteral("--out"), m_division});
        QVERIFY2(div.exitCode == 0, div.err.constData());
    }

    // Issue 16 item 9: the mobile-source division's bundle (every district's mobile pools, each under
    // its district's context, one roster) checks out offline; a pool moved to another district, a
    // task's team or a task's district pool changed, fail in Python and in the browser.
    void divisionBundlePassesAndCatchesEdits()
    {
        QFile f(m_division + QStringLiteral("/draw.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject b = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray pools = b.value(QStringLiteral("lists")).toObject().value(QStringLiteral("pools")).toArray();
        QVERIFY(pools.size() > 11);
        QVERIFY(pools.at(0).toObject().value(QStringLiteral("pool")).toString().startsWith(QLatin1String("futian/mobile.")));
        auto [code, out] = verifyPy(m_division + QStringLiteral("/draw.json"));
        QVERIFY2(code == 0 && out.startsWith(QStringLiteral("PASS mobile 2025Q3")), qPrintable(out));
        const QString verdict = chromiumVerdict(m_division + QStringLiteral("/verify.html"));
        QVERIFY2(verdict.startsWith(QStringLiteral("PASS")), qPrintable(verdict));
        const QList<std::pair<QString, QString>> edits{
            {QStringLiteral("p = b['lists']['pools'][0]; p['pool'] = 'luohu/' + p['pool'].split('/')[1]"), QStringLiteral("out of order")},
            {QStringLiteral("task(b)['inspectors'] = ['X0000001', 'X0000002']"), QStringLiteral("team")},
            {QStringLiteral("task(b)['pool'] = 'shenshan/' + task(b)['pool'].split('/')[1]"), QStringLiteral("the draw gives")}};
        for (const auto &[edit, expected] : edits) {
            const QString dir = m_dir.filePath(QStringLiteral("div%1").arg(++m_n));
            QDir().mkpath(dir);
            for (const char *name : {"draw.json", "verify.py", "verify.html"})
                QFile::copy(m_division + QLatin1Char('/') + QLatin1String(name), dir + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(this->edit(dir + QStringLiteral("/draw.json"), edit));
            auto [exit, said] = verifyPy(dir + QStringLiteral("/draw.json"));
            QCOMPARE(exit, 1);
            QVERIFY2(said.startsWith(QStringLiteral("FAIL")) && said.contains(expected), qPrintable(said));
            QVERIFY(this->edit(dir + QStringLiteral("/verify.html"), edit));
            const QString v = chromiumVerdict(dir + QStringLiteral("/verify.html"));
            QVERIFY2(v.startsWith(QStringLiteral("FAIL")), qPrintable(v));
        }
    }

    void readmeShowsATicketCheck()
    {
        QFile f(m_bundle + QStringLiteral("/README.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("sha256sum")));
        QVERIFY(text.contains(QStringLiteral("【中文】")) && text.contains(QStringLiteral("[English]")));
        // The example line runs and gives a 64-digit ticket.
        const auto m = QRegularExpression(QStringLiteral("printf '%s' '([^']+)' \\| sha256sum")).match(text);
        QVERIFY(m.hasMatch());
        QCOMPARE(sha256Hex(m.captured(1).toUtf8()).size(), 64);
    }

    void namesOfInspectorsAreLeftOut()
    {
        QFile f(m_bundle + QStringLiteral("/draw.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray roster =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("lists")).toObject().value(QStringLiteral("roster")).toArray();
        QVERIFY(roster.size() > 0);
        for (const QJsonValue &p : roster) {
            QVERIFY(!p.toObject().value(QStringLiteral("badge")).toString().isEmpty());
            QVERIFY(!p.toObject().contains(QStringLiteral("name")));
        }
    }

    void freshBundlePasses()
    {
        auto [code, out] = verifyPy(m_bundle + QStringLiteral("/draw.json"));
        QVERIFY2(code == 0 && out.startsWith(QStringLiteral("PASS")), qPrintable(out));
        const QString verdict = chromiumVerdict(m_bundle + QStringLiteral("/verify.html"));
        QVERIFY2(verdict.startsWith(QStringLiteral("PASS")), qPrintable(verdict));
    }

    void editsFailInPythonAndInTheBrowser_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected"); // a word of verify.py's message
        QTest::newRow("team") << QStringLiteral("task(b)['inspectors'] = ['X0000001', 'X0000002']") << QStringLiteral("team");
        QTest::newRow("month") << QStringLiteral("task(b)['month'] = 3 if task(b)['month'] != 3 else 1") << QStringLiteral("month");
        QTest::newRow("mode") << QStringLiteral("task(b)['mode'] = 'offsite' if task(b)['mode'] == 'onsite' else 'onsite'") << QStringLiteral("mode");
        QTest::newRow("joint flag") << QStringLiteral("task(b)['joint'] = not task(b)['joint']") << QStringLiteral("joint");
        QTest::newRow("attempt") << QStringLiteral("edit_record(record(b, 'attempt'), '\"staffed\":true', '\"staffed\":false')") << QStringLiteral("hash");
        QTest::newRow("void") << QStringLiteral("edit_record(record(b, 'void'), '演练', '无')") << QStringLiteral("hash");
        QTest::newRow("void removed") << QStringLiteral("b['chain'] = [r for r in b['chain'] if r['kind'] != 'void']") << QStringLiteral("missing");
        QTest::newRow("ledger event") << QStringLiteral("edit_record(record(b, 'ledger'), '未发现环境违法行为', '发现违法行为')") << QStringLiteral("hash");
        QTest::newRow("task state") << QStringLiteral("t = [t for t in b['tasks'] if t['status'] != 'planned'][0]; t['result'] = '已整改'")
                                    << QStringLiteral("ledger");
        QTest::newRow("pool key") << QStringLiteral("b['lists']['pools'][0]['pool_keys'].append('91440300ZZZZZZZZZZ')") << QStringLiteral("pool_fp");
        QTest::newRow("seed") << QStringLiteral("b['seed'] = '1'; edit_record(record(b, 'commit'), '\"seed\":\"', '\"seed\":\"9')") << QStringLiteral("hash");
    }

    void editsFailInPythonAndInTheBrowser()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const QString json = copyOf(QStringLiteral("draw.json"));
        QVERIFY(edit(json, code));
        auto [exit, out] = verifyPy(json);
        QCOMPARE(exit, 1);
        QVERIFY2(out.startsWith(QStringLiteral("FAIL")) && out.contains(expected), qPrintable(out));
        const QString html = copyOf(QStringLiteral("verify.html"));
        QVERIFY(edit(html, code));
        const QString verdict = chromiumVerdict(html);
        QVERIFY2(verdict.startsWith(QStringLiteral("FAIL")), qPrintable(verdict));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "TestBundle.moc"
