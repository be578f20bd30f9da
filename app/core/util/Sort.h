// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Byte order for keys (draw-spec v1 sorts by UTF-8 bytes), with each key converted once.

#include <QByteArray>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace suiji {

inline void sortByBytes(QStringList &keys)
{
    bool ascii = true;
    for (const QString &k : keys)
        for (QChar c : k)
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
    if (ascii) { // for ASCII, UTF-16 code unit order is byte order
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return QStringView(a).compare(QStringView(b), Qt::CaseSensitive) < 0; });
        return;
    }
    std::vector<std::pair<QByteArray, QString>> v;
    v.reserve(size_t(keys.size()));
    for (const QString &k : keys)
        v.emplace_back(k.toUtf8(), k);
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < keys.size(); ++i)
        keys[i] = v[size_t(i)].second;
}

} // namespace suiji
