// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Store-internal: suiji_entity_batch(?), an eponymous virtual table over an EntityRepository::Batch
// passed with sqlite3_bind_pointer, so a whole batch of new entities is one INSERT … SELECT.

#include <sqlite3.h>

namespace suiji::entitybatch {

// The pointer type the batch is bound with (sqlite3_bind_pointer).
extern const char *const kPointerType;
// The module to register as "suiji_entity_batch" on the connection.
const sqlite3_module &module();

} // namespace suiji::entitybatch
