#include "Text.h"

namespace suiji::text {

QString toHalfWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

bool looksLikeFormula(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

} // namespace suiji::text
