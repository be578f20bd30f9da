// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Unified social credit code (统一社会信用代码, GB 32100-2015): normalisation and check character.

#include <QString>

namespace suiji::uscc {

inline constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

enum class Check { Valid, BadLength, BadCharacter, BadCheckCharacter };

// Trim, full-width to half-width, upper case.
QString normalize(const QString &raw);
// The check character for the first 17 characters, or '\0' if one is outside the alphabet.
QChar checkCharacter(const QString &first17);
Check validate(const QString &code);
bool isValid(const QString &code);

} // namespace suiji::uscc
