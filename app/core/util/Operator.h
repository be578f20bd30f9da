// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is recorded as the operator of a draw record or a ledger change when no name is given:
// the operating system's user name (never "unknown").

#include <QString>

namespace suiji {

QString systemUserName();
// The operator to record: the given name (trimmed) when there is one, else systemUserName().
// The CLI's --operator and the workbench's Settings name both go through it.
QString operatorOr(const QString &given);

} // namespace suiji
