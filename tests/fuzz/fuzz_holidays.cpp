// SPDX-License-Identifier: GPL-3.0-or-later
// The holiday table (CSV and JSON, as Settings imports it) on arbitrary bytes.
#include "calendar/WorkCalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)suiji::WorkCalendar::parse(bytes, false);
    (void)suiji::WorkCalendar::parse(bytes, true);
    return 0;
}
