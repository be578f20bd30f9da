// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on arbitrary bytes: encoding detection, quotes, delimiters, limits.
#include "FuzzSupport.h"
#include "io/TableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto r = suiji::TableReader::open(suiji::fuzz::inputFile(".csv", data, size));
    if (!r)
        return 0;
    QStringList cells;
    int row = 0;
    for (int n = 0; n < 100000 && r.value()->next(cells, row); ++n) {
    }
    return 0;
}
