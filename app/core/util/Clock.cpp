#include "Clock.h"

namespace suiji {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace suiji
