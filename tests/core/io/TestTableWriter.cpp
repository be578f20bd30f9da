// SPDX-License-Identifier: GPL-3.0-or-later
// io/TableWriter and io/XlsxWriter, read back by independent readers: openpyxl for .xlsx and
// Python's csv module for .csv. Numbers stay numbers, text that looks like a formula stays text,
// Chinese and quotes survive, the header is frozen, drop-down lists are where they were put, and a
// failed write leaves an existing file as it was.

#include "TestSupport.h"
#include "io/TableWriter.h"
#include "io/XlsxWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace suiji;

namespace {
// Prints {"sheet", "freeze", "rows": [[value, type], …], "validations": [[range, formula]]}.
const char *kReadXlsx = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rows = [[[c.value, c.data_type] for c in r] for r in ws.iter_rows()]
vals = [[str(v.sqref), v.formula1] for v in ws.data_validations.dataValidation]
print(json.dumps({"sheet": ws.title, "freeze": ws.freeze_panes, "rows": rows, "validations": vals,
                  "bold": bool(ws.cell(1, 1).font.b)}, ensure_ascii=False, default=str))
)PY";
const char *kReadCsv = R"PY(
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
text = raw.decode('utf-8-sig')
print(json.dumps({"bom": raw.startswith(b'\xef\xbb\xbf'), "rows": list(csv.reader(text.splitlines(True)))}, ensure_ascii=False))
)PY";

QJsonObject python(const char *script, const QString &file)
{
    return QJsonDocument::fromJson(suiji::test::python(script, {file})).object();
}

Table sample()
{
    Table t;
    t.sheet = QStringLiteral("台账");
    t.header = {QStringLiteral("统一社会信用代码"), QStringLiteral("名称"), QStringLiteral("任务数"), QStringLiteral("备注")};
    t.rows << QList<QVariant>{QStringLiteral("91440300MA5F000001"), QStringLiteral("深圳市甲有限公司"), 3, QStringLiteral("=HYPERLINK(\"x\")")};
    t.rows << QList<QVariant>{QStringLiteral("440305000000002"), QStringLiteral("乙厂, \"南山\""), 2.5, QStringLiteral("两行\n备注")};
    t.rows << QList<QVariant>{QStringLiteral("0012"), QString(), 0, QStringLiteral("+86 755")};
    t.widths = {22, 30, 8, 20};
    return t;
}
} // namespace

class TestTableWriter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void xlsxReadByOpenpyxl()
    {
        const QString path = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        QVERIFY(writeTable(path, sample()).ok());
        const QJsonObject o = python(kReadXlsx, path);
        QCOMPARE(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("台账"));
        QCOMPARE(o.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY(o.value(QStringLiteral("bold")).toBool());
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        auto cell = [&](int r, int c) { return rows.at(r).toArray().at(c).toArray(); };
        QCOMPARE(cell(0, 0).at(0).toString(), QStringLiteral("统一社会信用代码"));
        QCOMPARE(cell(1, 2).at(0).toDouble(), 3.0);
        QCOMPARE(cell(1, 2).at(1).toString(), QStringLiteral("n")); // a number, not text
        QCOMPARE(cell(2, 2).at(0).toDouble(), 2.5);
        QCOMPARE(cell(1, 3).at(0).toString(), QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(cell(1, 3).at(1).toString(), QStringLiteral("s")); // text, never a formula
        QCOMPARE(cell(2, 1).at(0).toString(), QStringLiteral("乙厂, \"南山\""));
        QCOMPARE(cell(2, 3).at(0).toString(), QStringLiteral("两行\n备注"));
        QCOMPARE(cell(3, 0).at(0).toString(), QStringLiteral("0012")); // leading zeros kept: text
        QCOMPARE(cell(3, 3).at(1).toString(), QStringLiteral("s"));
    }

    void csvReadByPythonsCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
        QVERIFY(writeTable(path, sample()).ok());
        const QJsonObject o = python(kReadCsv, path);
        QVERIFY(o.value(QStringLiteral("bom")).toBool()); // Excel opens it as UTF-8
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).toArray().at(1).toString(), QStringLiteral("名称"));
        QCOMPARE(rows.at(2).toArray().at(1).toString(), QStringLiteral("乙厂, \"南山\""));
        QCOMPARE(rows.at(2).toArray().at(3).toString(), QStringLiteral("两行\n备注"));
        QCOMPARE(rows.at(1).toArray().at(3).toString(), QStringLiteral("'=HYPERLINK(\"x\")")); // Excel shows it, never runs it
        QCOMPARE(rows.at(3).toArray().at(3).toString(), QStringLiteral("'+86 755"));
        QCOMPARE(rows.at(1).toArray().at(2).toString(), QStringLiteral("3"));
    }

    void dropDownListsAndFrozenHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.xlsx"));
        XlsxWriter w(path);
        QVERIFY(w.isOpen());
        w.addSheet(QStringLiteral("监管对象"));
        w.writeHeader({QStringLiteral("名称"), QStringLiteral("所属管理局")});
        w.addListValidation(1, {QStringLiteral("福田"), QStringLiteral("南山")}, 100);
        w.writeRow({QStringLiteral("甲"), QStringLiteral("南山")});
        QVERIFY(w.close().ok());
        const QJsonObject o = python(kReadXlsx, path);
        const QJsonArray v = o.value(QStringLiteral("validations")).toArray();
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.at(0).toArray().at(0).toString(), QStringLiteral("B2:B100"));
        QCOMPARE(v.at(0).toArray().at(1).toString(), QStringLiteral("\"福田,南山\""));
        QCOMPARE(o.value(QStringLiteral("rows")).toArray().at(1).toArray().at(1).toArray().at(0).toString(), QStringLiteral("南山"));
    }

    void refusesOtherExtensionsAndKeepsTheOldFile()
    {
        const Status s = writeTable(m_dir.filePath(QStringLiteral("ledger.ods")), sample());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, 2);
        // A folder that does not exist: an error, and nothing half-written anywhere.
        QVERIFY(!writeTable(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), sample()).ok());
        QVERIFY(!writeTable(m_dir.filePath(QStringLiteral("no/such/dir/x.xlsx")), sample()).ok());
        // An existing file stays whole when the new one cannot be written in its place.
        const QString kept = m_dir.filePath(QStringLiteral("kept.csv"));
        QVERIFY(writeTable(kept, sample()).ok());
        QFile f(kept);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Table other = sample();
        other.rows.clear();
        const bool wrote = writeTable(kept, other).ok();
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        if (!wrote) { // root may write anyway; then there is nothing to check
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "TestTableWriter.moc"
