// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace suiji {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

const Clock &Clock::fromEnvironment()
{
    static const FixedClock fixed(QDateTime(QDate::fromString(qEnvironmentVariable("SUIJI_TODAY"), Qt::ISODate), QTime(9, 0)));
    return fixed.now().date().isValid() ? static_cast<const Clock &>(fixed) : system();
}

namespace {
const Clock *installed = nullptr;
} // namespace

const Clock &Clock::process()
{
    return installed ? *installed : fromEnvironment();
}

void Clock::setProcess(const Clock *clock)
{
    installed = clock;
}

} // namespace suiji
