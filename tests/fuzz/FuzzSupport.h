// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: the readers take a path, so each input is written to one file
// in a private folder (on tmpfs where there is one) and read back from there.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstddef>
#include <cstdint>

namespace suiji::fuzz {

inline QString inputFile(const char *suffix, const uint8_t *data, size_t size)
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/suiji-fuzz-") + QUuid::createUuid().toString(QUuid::Id128);
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QStringLiteral("/input") + QLatin1String(suffix);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Reads every row a table file holds (at most 100,000), as an import would.
template <class Reader> void readRows(const Reader &opened)
{
    if (!opened)
        return;
    QStringList cells;
    int row = 0;
    for (int n = 0; n < 100000 && opened.value()->next(cells, row); ++n) {
    }
}

} // namespace suiji::fuzz
