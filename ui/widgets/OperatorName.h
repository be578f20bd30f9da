// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The name recorded as the operator of the workbench's draw records and ledger changes: the one
// set in Settings, else the operating system's user name.

#include "Settings.h"
#include "util/Operator.h"

namespace suiji {

inline QString operatorName()
{
    return operatorOr(Settings::operatorName());
}

} // namespace suiji
