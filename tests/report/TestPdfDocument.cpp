// SPDX-License-Identifier: GPL-3.0-or-later
// report/PdfDocument, read back with poppler (pdfinfo, pdftotext): a table longer than a page
// repeats its header on every page and never splits a row, each page carries the running header
// and "page x of y", and Chinese is in the text layer as written (search and copy work).

#include "TestSupport.h"
#include "report/PdfDocument.h"

#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace suiji;
using namespace suiji::report;

namespace {
QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestPdfDocument : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdfinfo", "pdftotext"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL("poppler-utils is needed (packaging/install-deps.sh installs it)");
    }

    void longTableRepeatsItsHeaderAndNumbersPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.pdf"));
        QList<QStringList> rows;
        for (int i = 1; i <= 150; ++i)
            rows << QStringList{QString::number(i), QStringLiteral("深圳市第%1食品有限公司").arg(i),
                                QStringLiteral("91440300MA5F%1").arg(i, 6, 10, QLatin1Char('0'))};
        const int pages = PdfDocument::render(path, QStringLiteral("测试"), QStringLiteral("南山 · 2025Q3"), [&](PdfDocument &d) {
            d.heading(QStringLiteral("随机抽查计划"));
            d.paragraph(QStringLiteral("里程碑：食品企业 30/60/100。"));
            d.table({QStringLiteral("序号"), QStringLiteral("名称"), QStringLiteral("统一社会信用代码")}, {1, 5, 4}, rows, 8.5, {2});
        });
        QVERIFY(pages >= 3);
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))), qPrintable(info));
        for (int page = 1; page <= pages; ++page) {
            const QString text = run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
            QVERIFY2(text.contains(QStringLiteral("南山 · 2025Q3")), qPrintable(text.left(200)));
            QVERIFY2(text.contains(QStringLiteral("统一社会信用代码")), qPrintable(QStringLiteral("page %1 has no table header").arg(page)));
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.right(200)));
        }
        // Every row is whole somewhere, with its name and code on one page; Chinese is searchable.
        const QString all = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(all.contains(QStringLiteral("里程碑：食品企业")));
        for (int i : {1, 57, 150}) {
            QVERIFY2(all.contains(QStringLiteral("深圳市第%1食品有限公司").arg(i)), qPrintable(QString::number(i)));
            QVERIFY2(all.contains(QStringLiteral("91440300MA5F%1").arg(i, 6, 10, QLatin1Char('0'))), qPrintable(QString::number(i)));
        }
    }

    void anUnwritablePathFails()
    {
        const int pages = PdfDocument::render(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), QStringLiteral("x"), QStringLiteral("x"),
                                              [](PdfDocument &d) { d.paragraph(QStringLiteral("x")); });
        QCOMPARE(pages, -1);
    }
};

QTEST_MAIN(TestPdfDocument)
#include "TestPdfDocument.moc"
