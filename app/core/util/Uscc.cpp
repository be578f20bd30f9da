#include "Uscc.h"
#include "Text.h"

namespace suiji::uscc {

namespace {
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    return -1;
}
} // namespace

QString normalize(const QString &raw)
{
    return text::toHalfWidth(raw).trimmed().toUpper();
}

QChar checkCharacter(const QString &first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17.at(i));
        if (v < 0)
            return QChar();
        sum += v * kWeights[i];
    }
    return QLatin1Char(kAlphabet[(31 - sum % 31) % 31]);
}

Check validate(const QString &code)
{
    if (code.size() != 18)
        return Check::BadLength;
    for (QChar c : code)
        if (valueOf(c) < 0)
            return Check::BadCharacter;
    return checkCharacter(code.left(17)) == code.at(17) ? Check::Valid : Check::BadCheckCharacter;
}

bool isValid(const QString &code)
{
    return validate(code) == Check::Valid;
}

} // namespace suiji::uscc
