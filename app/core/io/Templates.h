// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The import templates: header row, one example row, drop-down lists in .xlsx.

#include "util/Result.h"

namespace suiji {

enum class TemplateKind { Entities, Inspectors };

// Writes .xlsx or .csv (UTF-8 with BOM) by the file's extension.
Status writeTemplate(TemplateKind kind, const QString &path);

} // namespace suiji
