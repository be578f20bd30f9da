// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operator.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace suiji {

QString systemUserName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"})
        if (const QString v = qEnvironmentVariable(var).trimmed(); !v.isEmpty())
            return v;
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(::geteuid());
#else
    return QStringLiteral("?");
#endif
}

QString operatorOr(const QString &given)
{
    const QString name = given.trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

} // namespace suiji
