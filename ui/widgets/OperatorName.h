// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The name recorded as the operator of the workbench's draw records and ledger changes: the one
// set in Settings, else the operating system's user name.

#include "util/Operator.h"

#include <QSettings>

namespace suiji {

inline QString operatorName()
{
    const QString set = QSettings().value(QStringLiteral("operator/name")).toString().trimmed();
    return set.isEmpty() ? systemUserName() : set;
}

} // namespace suiji
