// SPDX-License-Identifier: GPL-3.0-or-later
// The zip reader on arbitrary bytes: the directory, Zip64, stored and deflated entries, CRC-32,
// the inflation limits; every entry read whole and streamed.
#include "FuzzSupport.h"
#include "io/ZipReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    suiji::ZipReader z(suiji::fuzz::inputFile(".zip", data, size));
    if (!z.open())
        return 0;
    for (const QString &name : z.names()) {
        QByteArray out;
        z.readAll(name, out, 1 << 20);
        if (auto dev = z.openEntry(name)) {
            char buf[4096];
            qint64 total = 0;
            for (qint64 n; total < (4 << 20) && (n = dev->read(buf, sizeof buf)) > 0;)
                total += n;
        }
    }
    return 0;
}
