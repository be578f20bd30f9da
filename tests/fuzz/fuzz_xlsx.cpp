// SPDX-License-Identifier: GPL-3.0-or-later
// The .xlsx reader on arbitrary bytes (a workbook from tests/data mutated): zip, workbook,
// styles, shared strings, the sheet.
#include "FuzzSupport.h"
#include "io/TableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    suiji::fuzz::readRows(suiji::TableReader::open(suiji::fuzz::inputFile(".xlsx", data, size)));
    return 0;
}
