// SPDX-License-Identifier: GPL-3.0-or-later
// The one hashing helper (OpenSSL's libcrypto) against Qt's SHA-256 and the sha256sum program on
// edge inputs: empty, block boundaries, multi-byte UTF-8, a megabyte, and reuse of one hasher.

#include "TestSupport.h"
#include "draw/Sha256.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QtTest>

using namespace suiji;

namespace {
QByteArray sha256sum(const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {});
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.readAllStandardOutput().left(64);
}
} // namespace

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void equalsQtAndSha256sum_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        for (int n : {1, 55, 56, 63, 64, 65, 119, 128})
            QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(n))) << QByteArray(n, 'a');
        QTest::newRow("ticket") << QByteArrayLiteral("58203174960318427705|suiji-draw-v1|2025Q3|futian|fixed.key|91440300MA5XXXXXXX");
        QTest::newRow("utf-8") << QStringLiteral("深圳市示例电子有限公司|未发现环境违法行为").toUtf8();
        QByteArray mb(1 << 20, '\0');
        for (int i = 0; i < mb.size(); ++i)
            mb[i] = char((i * 7919) & 0xFF);
        QTest::newRow("1 MiB of every byte value") << mb;
    }

    void equalsQtAndSha256sum()
    {
        QFETCH(QByteArray, input);
        const QByteArray ours = draw::digest(input).toHex();
        QCOMPARE(ours, QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
        QCOMPARE(ours, sha256sum(input));
        QCOMPARE(draw::hex(input), QString::fromLatin1(ours));
    }

    void oneHasherReused()
    {
        draw::Sha256 h;
        for (const QByteArray &part : {QByteArrayLiteral("abc"), QByteArrayLiteral(""), QByteArray(200, 'z')}) {
            h.reset();
            h.addData(part.left(part.size() / 2));
            h.addData(part.mid(part.size() / 2));
            QCOMPARE(h.result(), QCryptographicHash::hash(part, QCryptographicHash::Sha256));
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
