// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text normalisation shared by imports and validators.

#include <QString>

namespace suiji::text {

// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space become half-width.
QString toHalfWidth(const QString &s);
// Normalise a cell: half-width, trimmed, invisible characters (below) removed.
QString clean(const QString &s);
// Characters that change how a text looks or compares without being seen: NUL and other control
// characters (tab and line breaks aside), bidirectional controls (U+061C, U+200E/F, U+202A–E,
// U+2066–9) and zero-width characters (U+200B–D, U+2060, U+FEFF). "RHPWK-440305-\u202E1234"
// would otherwise be a second entity beside "RHPWK-440305-1234".
bool isInvisible(char16_t u);
// The first such character as "U+202E", or empty when there is none.
QString firstInvisible(const QString &s);
// True if a spreadsheet would read this text as a formula.
bool looksLikeFormula(const QString &s);

} // namespace suiji::text
