// SPDX-License-Identifier: GPL-3.0-or-later
// io/ZipReader against archives written by Python's zipfile (an independent writer): stored and
// deflated entries, a Zip64 entry, names found in any case, streaming in small reads, and
// damaged input refused rather than read as data.

#include "TestSupport.h"
#include "io/ZipReader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace suiji;
using suiji::test::python;

namespace {
// Writes the archive: argv[1] the zip, argv[2] a file whose bytes become big.bin.
const char *kMakeZip = R"PY(
import sys, zipfile
big = open(sys.argv[2], 'rb').read()
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr(zipfile.ZipInfo('[Content_Types].xml'), '<Types/>', compress_type=zipfile.ZIP_STORED)
    z.writestr('xl/Workbook.xml', '<workbook>南山区</workbook>' * 50, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('big.bin', big, compress_type=zipfile.ZIP_DEFLATED)
    with z.open('zip64.txt', 'w', force_zip64=True) as f:
        f.write(b'zip64 ' * 1000)
    z.writestr('empty.txt', b'', compress_type=zipfile.ZIP_DEFLATED)
)PY";
} // namespace

class TestZipReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_zip;
    QByteArray m_big;

private slots:
    void initTestCase()
    {
        // 1 MiB: half random (incompressible), half repetitive, so inflate crosses many buffers.
        m_big.resize(1 << 20);
        QRandomGenerator rng(42);
        for (int i = 0; i < m_big.size(); ++i)
            m_big[i] = i < m_big.size() / 2 ? char(rng.bounded(256)) : char('a' + i % 7);
        const QString bigFile = m_dir.filePath(QStringLiteral("big.bin"));
        QFile f(bigFile);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(m_big) == m_big.size());
        f.close();
        m_zip = m_dir.filePath(QStringLiteral("test.zip"));
        python(kMakeZip, {m_zip, bigFile});
        QVERIFY2(QFile::exists(m_zip), "python3 (Debian's, packaging/install-deps.sh) could not write the archive");
    }

    void listsAndFindsInAnyCase()
    {
        ZipReader z(m_zip);
        QVERIFY2(z.open(), qPrintable(z.errorString()));
        const ZipReader::Entry *w = z.find(QStringLiteral("xl/workbook.xml"));
        QVERIFY(w);
        QCOMPARE(w->name, QStringLiteral("xl/Workbook.xml"));
        QCOMPARE(w->method, quint16(8));
        QCOMPARE(z.find(QStringLiteral("[content_types].xml"))->method, quint16(0));
        QVERIFY(!z.find(QStringLiteral("xl/missing.xml")));
        QVERIFY(!z.openEntry(QStringLiteral("xl/missing.xml")));
    }

    void readsStoredDeflatedZip64AndEmpty()
    {
        ZipReader z(m_zip);
        QVERIFY(z.open());
        QByteArray out;
        QCOMPARE(z.readAll(QStringLiteral("[Content_Types].xml"), out), ZipEntryDevice::Fault::None);
        QCOMPARE(out, QByteArray("<Types/>"));
        QCOMPARE(z.readAll(QStringLiteral("xl/workbook.xml"), out), ZipEntryDevice::Fault::None);
        QCOMPARE(QString::fromUtf8(out), QStringLiteral("<workbook>南山区</workbook>").repeated(50));
        QCOMPARE(z.readAll(QStringLiteral("zip64.txt"), out), ZipEntryDevice::Fault::None);
        QCOMPARE(out, QByteArray("zip64 ").repeated(1000));
        QCOMPARE(z.readAll(QStringLiteral("empty.txt"), out), ZipEntryDevice::Fault::None);
        QVERIFY(out.isEmpty());
    }

    void streamsInSmallReads()
    {
        ZipReader z(m_zip);
        QVERIFY(z.open());
        auto d = z.openEntry(QStringLiteral("big.bin"));
        QVERIFY(d);
        QByteArray got;
        char buf[1000];
        qint64 n;
        while ((n = d->read(buf, sizeof buf)) > 0)
            got.append(buf, n);
        QVERIFY(!d->failed());
        QCOMPARE(got.size(), m_big.size());
        QVERIFY(got == m_big);
        QCOMPARE(d->compressedRead(), qint64(z.find(QStringLiteral("big.bin"))->compressedSize));
    }

    void refusesWhatIsNotAZip()
    {
        const QString csv = m_dir.filePath(QStringLiteral("list.xlsx"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("统一社会信用代码,名称\n91440300,甲\n");
        f.close();
        ZipReader z(csv);
        QVERIFY(!z.open());
        QVERIFY(!z.errorString().isEmpty());
        ZipReader missing(m_dir.filePath(QStringLiteral("nowhere.xlsx")));
        QVERIFY(!missing.open());
    }

    void refusesACutArchive()
    {
        QFile in(m_zip);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray all = in.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.zip"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.left(all.size() / 2)); // the central directory is gone
        out.close();
        ZipReader z(cut);
        QVERIFY(!z.open());
    }

    void aDamagedDeflateStreamFails()
    {
        QFile in(m_zip);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray all = in.readAll();
        ZipReader probe(m_zip);
        QVERIFY(probe.open());
        const ZipReader::Entry *e = probe.find(QStringLiteral("big.bin"));
        const qsizetype header = qsizetype(e->localHeaderOffset);
        const int nameLen = quint8(all[header + 26]) | quint8(all[header + 27]) << 8;
        const int extraLen = quint8(all[header + 28]) | quint8(all[header + 29]) << 8;
        all[header + 30 + nameLen + extraLen] = char(0xFF); // a final block of the reserved type 11
        const QString bad = m_dir.filePath(QStringLiteral("bad.zip"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all);
        out.close();
        ZipReader z(bad);
        QVERIFY(z.open()); // the directory is intact
        QByteArray data;
        QCOMPARE(z.readAll(QStringLiteral("big.bin"), data), ZipEntryDevice::Fault::Damaged);
        QCOMPARE(z.readAll(QStringLiteral("xl/workbook.xml"), data), ZipEntryDevice::Fault::None); // the other entries still read
    }
    // A stored entry with one byte changed inflates "fine" but is not what was written: its CRC-32
    // says so (before, its garbage became rows).
    void aChangedByteFailsTheChecksum()
    {
        const QString zip = m_dir.filePath(QStringLiteral("crc.zip"));
        python("import sys, zipfile\n"
               "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
               "    z.writestr('a.txt', 'abcdefghij' * 100, compress_type=zipfile.ZIP_STORED)\n"
               "    z.writestr('b.txt', 'klmnopqrst' * 100, compress_type=zipfile.ZIP_DEFLATED)\n",
               {zip});
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        const qsizetype at = all.indexOf("abcdefghij") + 5;
        all[at] = 'X';
        QVERIFY(f.seek(0) && f.write(all) == all.size());
        f.close();
        ZipReader z(zip);
        QVERIFY(z.open());
        QByteArray out;
        QCOMPARE(z.readAll(QStringLiteral("a.txt"), out), ZipEntryDevice::Fault::Checksum);
        QCOMPARE(z.readAll(QStringLiteral("b.txt"), out), ZipEntryDevice::Fault::None);
        auto dev = z.openEntry(QStringLiteral("a.txt"));
        dev->readAll();
        QVERIFY(dev->failed());
    }

    // Zip bombs: 200 MB of zeros in 200 KB (ratio 1000) stops at 500× its compressed size; an entry
    // whose directory says 100 bytes stops past 100 bytes; readAll refuses past its bound.
    void bombsStopAtTheLimits()
    {
        const QString zip = m_dir.filePath(QStringLiteral("bomb.zip"));
        python("import sys, zipfile\n"
               "with zipfile.ZipFile(sys.argv[1], 'w', compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:\n"
               "    with z.open('zeros.xml', 'w') as f:\n"
               "        for _ in range(200): f.write(bytes(1 << 20))\n"
               "    z.writestr('small.xml', b'<a/>' * 10000)\n",
               {zip});
        ZipReader z(zip);
        QVERIFY(z.open());
        auto dev = z.openEntry(QStringLiteral("zeros.xml"));
        QVERIFY(dev);
        qint64 total = 0;
        QByteArray buf(1 << 16, Qt::Uninitialized);
        for (qint64 n; (n = dev->read(buf.data(), buf.size())) > 0;)
            total += n;
        QCOMPARE(dev->fault(), ZipEntryDevice::Fault::TooLarge);
        const ZipReader::Entry *e = z.find(QStringLiteral("zeros.xml"));
        QVERIFY(quint64(total) <= std::max(ZipReader::kRatioFreeBytes, e->compressedSize * ZipReader::kMaxRatio));
        QVERIFY(total < 200 << 20);
        QByteArray out;
        QCOMPARE(z.readAll(QStringLiteral("small.xml"), out, 1000), ZipEntryDevice::Fault::TooLarge);
        QCOMPARE(z.readAll(QStringLiteral("small.xml"), out), ZipEntryDevice::Fault::None);
        QCOMPARE(out.size(), 40000);

        // The directory lies: small.xml "is" 100 bytes (both size fields patched).
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        const qsizetype central = all.lastIndexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(central > 0 && all.mid(central + 46, 9) == "small.xml");
        for (int i = 0; i < 4; ++i)
            all[central + 24 + i] = char(i == 0 ? 100 : 0);
        QVERIFY(f.seek(0) && f.write(all) == all.size());
        f.close();
        ZipReader lied(zip);
        QVERIFY(lied.open());
        QCOMPARE(lied.readAll(QStringLiteral("small.xml"), out), ZipEntryDevice::Fault::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestZipReader)
#include "TestZipReader.moc"
