// SPDX-License-Identifier: GPL-3.0-or-later
// util/Hash: MurmurHash64A, checked by SMHasher's verification value for it (0x1F0D3804): hash
// the keys {}, {0}, {0,1}, … {0..254} with seed 256 − n, hash the 256 results with seed 0, and
// take the low 32 bits. Any change to the mixing, the tail or the seed handling changes it.

#include "util/Hash.h"

#include <QtTest>
#include <cstring>

using namespace suiji;

class TestHash : public QObject {
    Q_OBJECT
private slots:
    void smhasherVerificationValue()
    {
        unsigned char key[256];
        unsigned char hashes[256 * 8];
        for (int i = 0; i < 256; ++i) {
            key[i] = static_cast<unsigned char>(i);
            const uint64_t h = fasthash::bytes(key, size_t(i), uint64_t(256 - i));
            std::memcpy(hashes + i * 8, &h, 8); // little-endian, as SMHasher on x86
        }
        const uint64_t final = fasthash::bytes(hashes, sizeof hashes, 0);
        QCOMPARE(uint32_t(final & 0xffffffffu), uint32_t(0x1F0D3804u));
    }

    void textHashesTheCodeUnits()
    {
        const QString s = QStringLiteral("南山区");
        QCOMPARE(fasthash::text(QStringView(s)), fasthash::bytes(s.constData(), size_t(s.size()) * 2));
        const QByteArray b("91440300");
        QCOMPARE(fasthash::text(QByteArrayView(b)), fasthash::bytes(b.constData(), size_t(b.size())));
        QVERIFY(fasthash::text(QStringView(s), 1) != fasthash::text(QStringView(s), 2)); // the seed matters
        QVERIFY(fasthash::text(QStringView(u"ab")) != fasthash::text(QStringView(u"ba")));
    }
};

QTEST_APPLESS_MAIN(TestHash)
#include "TestHash.moc"
