// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fast 64-bit hash for in-memory tables (MurmurHash64A, public domain). Not for security: Qt's
// own qHash for strings (SipHash in Debian's build) costs several times more, and the import's
// per-row checks hash a few strings a row.

#include <QByteArrayView>
#include <QStringView>
#include <cstdint>
#include <cstring>

namespace suiji::fasthash {

inline uint64_t bytes(const void *data, size_t len, uint64_t seed = 0)
{
    constexpr uint64_t m = 0xc6a4a7935bd1e995ull;
    constexpr int r = 47;
    uint64_t h = seed ^ (len * m);
    const auto *p = static_cast<const unsigned char *>(data);
    const unsigned char *end = p + (len / 8) * 8;
    for (; p != end; p += 8) {
        uint64_t k;
        std::memcpy(&k, p, 8);
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    switch (len & 7) {
    case 7:
        h ^= uint64_t(p[6]) << 48;
        [[fallthrough]];
    case 6:
        h ^= uint64_t(p[5]) << 40;
        [[fallthrough]];
    case 5:
        h ^= uint64_t(p[4]) << 32;
        [[fallthrough]];
    case 4:
        h ^= uint64_t(p[3]) << 24;
        [[fallthrough]];
    case 3:
        h ^= uint64_t(p[2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= uint64_t(p[1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= uint64_t(p[0]);
        h *= m;
    }
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return h;
}

inline uint64_t text(QStringView s, uint64_t seed = 0)
{
    return bytes(s.data(), size_t(s.size()) * sizeof(QChar), seed);
}

inline uint64_t text(QByteArrayView s, uint64_t seed = 0)
{
    return bytes(s.data(), size_t(s.size()), seed);
}

} // namespace suiji::fasthash
