// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text normalisation shared by imports and validators.

#include <QString>

namespace suiji::text {

// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space become half-width.
QString toHalfWidth(const QString &s);
// Normalise a cell: half-width, trimmed.
QString clean(const QString &s);
// True if a spreadsheet would read this text as a formula.
bool looksLikeFormula(const QString &s);

} // namespace suiji::text
