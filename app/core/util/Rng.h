// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deterministic generator for synthetic data only (demo city, benchmarks).
// It never takes part in a draw: draws use SHA-256 tickets (draw-spec.md).

#include <cstdint>
#include <vector>

namespace suiji {

class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed) : m_state(seed) {}
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) without modulo bias worth caring about for n < 2^32.
    uint32_t below(uint32_t n) { return n == 0 ? 0 : uint32_t((next() >> 32) * n >> 32); }
    int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <class T> const T &pick(const std::vector<T> &v) { return v[below(uint32_t(v.size()))]; }

private:
    uint64_t m_state;
};

} // namespace suiji
