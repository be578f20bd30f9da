// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An enforcement officer (执法人员), identified by badge number (执法证号).

#include <QString>
#include <QStringList>

namespace suiji {

struct Inspector {
    qint64 id = 0;
    QString badge;
    QString name;
    QString bureau;
    QString section;
    bool active = true;    // takes part this quarter
    QStringList conflicts; // entity keys this inspector must not be matched to (回避)
};

} // namespace suiji
