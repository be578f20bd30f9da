// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-profile loader on arbitrary JSON (seeded with the shipped profiles).
#include "rules/RuleProfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto p = suiji::RuleProfile::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    (void)p;
    return 0;
}
