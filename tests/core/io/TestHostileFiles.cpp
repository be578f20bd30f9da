// SPDX-License-Identifier: GPL-3.0-or-later
// Files made to hurt the readers (issue 20's measurements): each is refused, or read within fixed
// limits, with a message naming the file and the limit; never an abort, never gigabytes. The
// workbooks are written by Python's zipfile, an independent writer.

#include "TestSupport.h"
#include "io/TableReader.h"
#include "io/XlsxReader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace suiji;
using suiji::test::python;

namespace {
// argv: out.xlsx, sheet.xml file, [sharedStrings.xml file or "-"], [workbook.xml file or "-"]
const char *kWorkbook = R"PY(
import sys, zipfile
out, sheet = sys.argv[1], open(sys.argv[2], 'rb').read()
shared = open(sys.argv[3], 'rb').read() if len(sys.argv) > 3 and sys.argv[3] != '-' else None
book = open(sys.argv[4], 'rb').read() if len(sys.argv) > 4 and sys.argv[4] != '-' else (
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
with zipfile.ZipFile(out, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('xl/workbook.xml', book)
    z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr('xl/worksheets/sheet1.xml', sheet)
    if shared is not None:
        z.writestr('xl/sharedStrings.xml', shared)
)PY";

const QByteArray kHead = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
const QByteArray kTail = "</sheetData></worksheet>";
} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString file(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("part%1").arg(++m_n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QString workbook(const QByteArray &sheet, const QByteArray &shared = {}, const QByteArray &book = {})
    {
        const QString out = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_n));
        python(kWorkbook, {out, file(sheet), shared.isEmpty() ? QStringLiteral("-") : file(shared), book.isEmpty() ? QStringLiteral("-") : file(book)});
        return out;
    }
    // Opens and reads every row; the error (open's or the reading's), or "" and the rows read.
    static QString readAll(const QString &path, int *rows = nullptr, QStringList *last = nullptr)
    {
        auto r = TableReader::open(path);
        if (!r)
            return r.message();
        QStringList cells;
        int row = 0, n = 0;
        while (r.value()->next(cells, row)) {
            ++n;
            if (last)
                *last = cells;
        }
        if (rows)
            *rows = n;
        return r.value()->error();
    }

private slots:
    void sharedStringsPastTheLimitAreRefused()
    {
        // 4,000,001 different (empty) strings: the 2.5 MB file that held 40 million took 55 s at 4 GB.
        QByteArray sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        sst += QByteArray("<si><t>x</t></si>").repeated(XlsxReader::kMaxSharedStrings + 1);
        sst += "</sst>";
        const QString path = workbook(kHead + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + kTail, sst);
        const QString e = readAll(path);
        QVERIFY2(e.contains(QFileInfo(path).fileName()) && e.contains(QStringLiteral("refused")), qPrintable(e));
    }

    void aTextPastAMegabyteIsRefused()
    {
        // One cell of 2 million characters (the measured 1.5 billion aborted with bad_alloc).
        const QString path = workbook(kHead + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + QByteArray(2'000'000, 'a') + "</t></is></c></row>" + kTail);
        const QString e = readAll(path);
        QVERIFY2(e.contains(QStringLiteral("1 MB")) && e.contains(QFileInfo(path).fileName()), qPrintable(e));
        const QString shared = workbook(kHead + kTail, "<sst><si><t>" + QByteArray(2'000'000, 'b') + "</t></si></sst>");
        QVERIFY2(readAll(shared).contains(QStringLiteral("1 MB")), qPrintable(readAll(shared)));
    }

    void aHugeWorkbookPartIsRefused()
    {
        // A workbook.xml of 20 MB (a real one is a few KB; the measured 2 GB one aborted).
        const QByteArray book = "<workbook><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>" + QByteArray(20 << 20, ' ') + "</workbook>";
        const QString e = readAll(workbook(kHead + kTail, {}, book));
        QVERIFY2(e.contains(QStringLiteral("16 MB")), qPrintable(e));
    }

    void aTagOfAQuarterMillionAttributesIsRefused()
    {
        QByteArray row = "<row r=\"1\"";
        for (int i = 0; i < 200'000; ++i)
            row += " a" + QByteArray::number(i) + "=\"1\"";
        row += "><c r=\"A1\"><v>1</v></c></row>";
        const QString e = readAll(workbook(kHead + row + kTail));
        QVERIFY2(e.contains(QStringLiteral("64 KB")), qPrintable(e));
    }

    void tooManyRowsOrAbsurdRowNumbersAreRefused()
    {
        // 1,100,000 blank rows without numbers (the measured 10 million took 9.7 s).
        QString e = readAll(workbook(kHead + QByteArray("<row/>").repeated(1'100'000) + kTail));
        QVERIFY2(e.contains(QStringLiteral("1048576")), qPrintable(e));
        e = readAll(workbook(kHead + "<row r=\"99999999999\"><c r=\"A1\"><v>1</v></c></row>" + kTail));
        QVERIFY2(e.contains(QStringLiteral("99999999999")), qPrintable(e)); // before: read as row 0
        e = readAll(workbook(kHead + "<row r=\"0\"><c r=\"A1\"><v>1</v></c></row>" + kTail));
        QVERIFY(!e.isEmpty());
    }

    void farColumnsPadNothingAndValuesBeyondAreRefused()
    {
        // Empty cells at XFD on 20,000 rows: read as two-cell rows (before: 16,384 cells each).
        QByteArray rows;
        for (int i = 1; i <= 20'000; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) + "\"><v>1</v></c><c r=\"B" + QByteArray::number(i) +
                    "\"><v>2</v></c><c r=\"XFD" + QByteArray::number(i) + "\" s=\"0\"/></row>";
        int n = 0;
        QStringList last;
        QCOMPARE(readAll(workbook(kHead + rows + kTail), &n, &last), QString());
        QCOMPARE(n, 20'000);
        QCOMPARE(last, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        const QString e = readAll(workbook(kHead + "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>9</v></c></row>" + kTail));
        QVERIFY2(e.contains(QStringLiteral("16384")) && e.contains(QStringLiteral("1024")), qPrintable(e));
        // Letters past XFD (and far past int): outside the sheet, no overflow.
        QCOMPARE(XlsxReader::columnIndex(u"XFD1"), 16383);
        QVERIFY(XlsxReader::columnIndex(u"ZZZZZZZZZZZZZZ1") >= 16384);
        const QString far = readAll(workbook(kHead + "<row r=\"1\"><c r=\"ZZZZZZZZZZZZZZ1\"><v>9</v></c></row>" + kTail));
        QVERIFY2(far.contains(QStringLiteral("outside the sheet")), qPrintable(far));
    }

    void aDtdIsRefused()
    {
        const QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        const QString e = readAll(workbook(dtd + kHead + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>" + kTail));
        QVERIFY2(e.contains(QStringLiteral("DTD")), qPrintable(e));
    }

    void outOfRangeNumbersAreNoUndefinedCasts()
    {
        // 1e300 as a date serial and as a number: no date, text; never a cast out of range.
        QCOMPARE(XlsxReader::serialToDate(1e300, false), QDate());
        QCOMPARE(XlsxReader::serialToDate(-1e300, true), QDate());
        QCOMPARE(XlsxReader::serialToDate(std::numeric_limits<double>::quiet_NaN(), false), QDate());
        QCOMPARE(XlsxReader::serialToDate(2958465, false), QDate(9999, 12, 31));
        QStringList last;
        QCOMPARE(readAll(workbook(kHead + "<row r=\"1\"><c r=\"A1\"><v>1e300</v></c><c r=\"B1\"><v>-9.3e18</v></c><c r=\"C1\"><v>42</v></c></row>" + kTail),
                         nullptr, &last),
                 QString());
        QCOMPARE(last, (QStringList{QStringLiteral("1e+300"), QStringLiteral("-9.3e+18"), QStringLiteral("42")}));
    }
    // The whole file decides the encoding: one bad byte is named, not read as GB18030 (a bad byte in
    // the first 64 KB) nor as U+FFFD (a later one); a valid GB18030 file is still GB18030.
    void aBadByteInACsvIsNamedByLine()
    {
        const QByteArray header = "单位名称,统一社会信用代码,所属管理局\n";
        QByteArray rows;
        for (int i = 0; i < 3000; ++i)
            rows += "深圳市示例" + QByteArray::number(i) + "有限公司,91440300MA5XXXXXXX,南山\n";
        for (const int at : {2, 2500}) { // line 2 (inside the first 64 KB) and line 2,500 (after it)
            QByteArray bytes = header + rows;
            qsizetype pos = 0;
            for (int line = 1; line < at; ++line)
                pos = bytes.indexOf('\n', pos) + 1;
            bytes.insert(pos + 3, char(0xFF)); // after "深" (3 bytes)
            const QString path = m_dir.filePath(QStringLiteral("bad%1.csv").arg(at));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            const QString e = readAll(path);
            QVERIFY2(e.contains(QStringLiteral("line %1, character 2").arg(at)) && e.contains(QStringLiteral("0xFF")), qPrintable(e));
        }
        int n = 0;
        QStringList last;
        QCOMPARE(readAll(test::dataPath(QStringLiteral("entities-gb18030.csv")), &n, &last), QString());
        QVERIFY(n > 1);
    }

    void nulBytesAndEndlessRowsInACsvAreRefused()
    {
        const QString nul = m_dir.filePath(QStringLiteral("nul.csv"));
        QFile f(nul);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("a,b\n1,2\n3,") + '\0' + "4\n");
        f.close();
        QString e = readAll(nul);
        QVERIFY2(e.contains(QStringLiteral("NUL")) && e.contains(QStringLiteral("line 3")), qPrintable(e));
        // 100,000 commas in one row (the measured 50 million took 1.18 GB).
        const QString commas = m_dir.filePath(QStringLiteral("commas.csv"));
        QFile c(commas);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("a,b\n" + QByteArray(100'000, ','));
        c.close();
        e = readAll(commas);
        QVERIFY2(e.contains(QStringLiteral("16384")), qPrintable(e));
        // A pipe, a folder and a device: refused before anything is read.
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        for (const QString &p : {fifo, m_dir.path(), QStringLiteral("/dev/zero")})
            QVERIFY2(readAll(p).contains(QStringLiteral("not a regular file")), qPrintable(p));
    }
    // 20 pages of a real database overwritten on disk (as a failing disk or a careless copy would):
    // verify names the damage from SQLite's quick_check before any hash (before: it passed).
    void verifyRunsQuickCheckFirst()
    {
        const QString db = m_dir.filePath(QStringLiteral("damaged.db"));
        auto demo = test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("0.02")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(test::sqlite(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).isEmpty(), false);
        const int pageSize = test::sqlite(db, QStringLiteral("PRAGMA page_size;")).toInt();
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / pageSize;
        QVERIFY(pages > 60);
        QByteArray noise(20 * pageSize, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761u) >> 13);
        QVERIFY(f.seek((pages / 2) * pageSize) && f.write(noise) == noise.size());
        f.close();
        auto v = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify")});
        QVERIFY2(v.exitCode != 0, v.err.constData());
        QVERIFY2(v.errText().contains(QStringLiteral("damaged")), qPrintable(v.errText()));
    }
    // Look-alikes: a code with a right-to-left override beside the same code without it was a
    // second entity; now refused, naming the character. A zero-width space in a name is removed,
    // with a warning; a NUL in an inspector's badge is refused.
    void invisibleCharactersInKeysAreRefused()
    {
        const QString db = m_dir.filePath(QStringLiteral("lookalike.db"));
        const QString csv = m_dir.filePath(QStringLiteral("lookalike.csv"));
        auto write = [](const QString &path, const QString &text) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(text.toUtf8());
        };
        QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        write(csv, QStringLiteral(
                       "单位名称,编码,所属管理局,监管类别\n盐田码头,RHPWK-440308-1234,盐田,入海排污口\n盐田码头二,RHPWK-440308-\u202E1234,盐田,入海排污口\n"));
        auto refused = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("entities"), csv});
        QVERIFY2(refused.exitCode == 3, refused.err.constData());
        QVERIFY2(refused.errText().contains(QStringLiteral("U+202E")) && refused.errText().contains(QStringLiteral("invisible")),
                 qPrintable(refused.errText()));
        write(csv, QStringLiteral("单位名称,编码,所属管理局,监管类别\n盐田\u200B码头,RHPWK-440308-1234,盐田,入海排污口\n"));
        auto kept = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("entities"), csv});
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        QVERIFY2(kept.errText().contains(QStringLiteral("U+200B")), qPrintable(kept.errText()));
        QCOMPARE(test::sqlite(db, QStringLiteral("SELECT name FROM entity")), QStringLiteral("盐田码头"));
        const QString ins = m_dir.filePath(QStringLiteral("inspectors.csv"));
        write(ins, QStringLiteral("姓名,执法证号,所属管理局\n陈明,1904\u00000001,盐田\n"));
        // A NUL in a CSV is refused by the reader, naming its line; nothing is written.
        auto nul = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("inspectors"), ins});
        QCOMPARE(nul.exitCode, 3);
        QVERIFY2(nul.errText().contains(QStringLiteral("NUL")), qPrintable(nul.errText()));
        QCOMPARE(test::sqlite(db, QStringLiteral("SELECT count(*) FROM inspector")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"
