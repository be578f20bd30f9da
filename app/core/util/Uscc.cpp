// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uscc.h"

#include "Text.h"

#include <array>

namespace suiji::uscc {

namespace {
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// ASCII → value in the alphabet, -1 outside it.
constexpr auto kValues = [] {
    std::array<signed char, 128> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 31; ++i)
        t[size_t(kAlphabet[i])] = static_cast<signed char>(i);
    return t;
}();

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? kValues[u] : -1;
}

QChar checkOf(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17.at(i));
        if (v < 0)
            return QChar();
        sum += v * kWeights[i];
    }
    return QLatin1Char(kAlphabet[(31 - sum % 31) % 31]);
}
} // namespace

QString normalize(const QString &raw)
{
    // Upper-cased only when it changes anything (most codes come upper case): no copy otherwise.
    const QString t = text::clean(raw);
    for (QChar c : t)
        if (c.unicode() >= 0x80 || (c.unicode() >= 'a' && c.unicode() <= 'z'))
            return t.toUpper();
    return t;
}

QChar checkCharacter(const QString &first17)
{
    return first17.size() == 17 ? checkOf(first17) : QChar();
}

Check validate(const QString &code)
{
    if (code.size() != 18)
        return Check::BadLength;
    for (QChar c : code)
        if (valueOf(c) < 0)
            return Check::BadCharacter;
    return checkOf(QStringView(code).left(17)) == code.at(17) ? Check::Valid : Check::BadCheckCharacter;
}

bool isValid(const QString &code)
{
    return validate(code) == Check::Valid;
}

} // namespace suiji::uscc
