// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is recorded as the operator of a draw record or a ledger change when no name is given:
// the operating system's user name (never "unknown").

#include <QString>

namespace suiji {

QString systemUserName();

} // namespace suiji
