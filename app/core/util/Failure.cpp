// SPDX-License-Identifier: GPL-3.0-or-later
#include "Failure.h"

#include <QCoreApplication>
#include <new>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Failure)
};
} // namespace

QString currentFailureMessage()
{
    try {
        throw;
    } catch (const std::bad_alloc &) {
        return Tr::tr("The computer ran out of memory during this work. It was stopped and nothing was written; close other programs and try again.");
    } catch (const std::exception &e) {
        return Tr::tr("An internal error stopped this work (%1). Nothing was written. Please report it with what you were doing.")
            .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return Tr::tr("An internal error stopped this work. Nothing was written. Please report it with what you were doing.");
    }
}

} // namespace suiji
