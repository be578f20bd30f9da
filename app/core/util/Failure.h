// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A failure that escaped a worker as an exception (out of memory, a bug) becomes a message the
// front end shows, never a crash of the program: the work's transaction has rolled back by then.

#include "util/Result.h"

#include <exception>

namespace suiji {

// The message for the exception being handled (call it inside a catch block).
QString currentFailureMessage();

// Runs WORK (which returns a Result or a Status) and turns an exception into an Error.
template <class F> auto guarded(F &&work) -> decltype(work())
{
    try {
        return work();
    } catch (...) {
        return Error{currentFailureMessage()};
    }
}

} // namespace suiji
