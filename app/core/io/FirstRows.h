#pragma once
// The row where each (group, key) first appeared in a file, for the duplicate check of an import.
// A city's list has a million keys: they are kept in one flat table and one text arena, with no
// allocation per row (a hash of QStrings spent a third of the checking thread in the allocator).

#include <QStringView>
#include <cstdint>
#include <vector>

namespace suiji {

class FirstRows {
public:
    void reserve(size_t keys);
    // If (group, key) was seen, returns the row it was seen in; otherwise records row (> 0)
    // for it and returns 0. Keys compare exactly, not by hash.
    int insert(int group, QStringView key, int row);
    size_t size() const { return m_used; }
    void clear();

private:
    struct Slot {
        uint64_t hash = 0;
        uint32_t offset = 0; // into m_text
        uint32_t length = 0;
        int32_t group = 0;
        int32_t row = 0; // 0: empty slot
    };
    void grow();
    std::vector<Slot> m_slots; // a power of two, at most half full
    std::vector<char16_t> m_text;
    size_t m_used = 0;
};

} // namespace suiji
