// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// (group, key) → an entry, for an import's checks: the row where each key first appeared in the
// file (duplicates) and the stored row it matches (updates). A city's list has a million keys:
// they are kept in one flat table and one text arena, with no allocation per row (a hash of
// QStrings spent a third of the checking thread in the allocator and in cache misses).

#include <QStringView>
#include <cstdint>
#include <vector>

namespace suiji {

class KeyTable {
public:
    struct Entry {
        int32_t firstRow = 0;  // the file's row where the key first appeared, 0 if not yet
        int32_t existing = -1; // the caller's index of the stored row with this key, -1 if none
    };
    void reserve(size_t keys);
    // The entry of (group, key), added empty if absent. Keys compare exactly, not by hash. The
    // reference holds until the next call.
    Entry &entry(int group, QStringView key);
    size_t size() const { return m_used; }
    void clear();

private:
    struct Slot {
        uint64_t hash = 0;
        uint32_t offset = 0; // into m_text
        uint32_t length = 0;
        int32_t group = 0;
        bool used = false;
        Entry entry;
    };
    void grow();
    std::vector<Slot> m_slots; // a power of two, at most two thirds full
    std::vector<char16_t> m_text;
    size_t m_used = 0;
};

} // namespace suiji
