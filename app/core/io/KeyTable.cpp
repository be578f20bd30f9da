// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyTable.h"

#include "util/Hash.h"

#include <algorithm>
#include <cstring>

namespace suiji {

namespace {
uint64_t hashOf(int group, QStringView key)
{
    return fasthash::text(key, uint64_t(uint32_t(group)) * 0x9e3779b97f4a7c15ull);
}
} // namespace

void KeyTable::reserve(size_t keys)
{
    size_t want = 16;
    while (want * 2 < keys * 3) // at most two thirds full
        want *= 2;
    if (want <= m_slots.size())
        return;
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(want, Slot{});
    const size_t mask = want - 1;
    for (const Slot &s : old) {
        if (!s.used)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].used)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void KeyTable::grow()
{
    reserve(std::max<size_t>(m_used * 2, 8));
}

KeyTable::Entry &KeyTable::entry(int group, QStringView key)
{
    if ((m_used + 1) * 3 > m_slots.size() * 2)
        grow();
    const uint64_t h = hashOf(group, key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (!s.used) {
            s.used = true;
            s.hash = h;
            s.offset = uint32_t(m_text.size());
            s.length = uint32_t(key.size());
            s.group = group;
            const auto *p = reinterpret_cast<const char16_t *>(key.data());
            m_text.insert(m_text.end(), p, p + key.size());
            ++m_used;
            return s.entry;
        }
        if (s.hash == h && s.group == group && s.length == uint32_t(key.size()) &&
            std::memcmp(m_text.data() + s.offset, key.data(), size_t(key.size()) * sizeof(char16_t)) == 0)
            return s.entry;
    }
}

void KeyTable::clear()
{
    std::vector<Slot>().swap(m_slots);
    std::vector<char16_t>().swap(m_text);
    m_used = 0;
}

} // namespace suiji
