// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on arbitrary bytes: encoding detection, quotes, delimiters, limits.
#include "FuzzSupport.h"
#include "io/TableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    suiji::fuzz::readRows(suiji::TableReader::open(suiji::fuzz::inputFile(".csv", data, size)));
    return 0;
}
