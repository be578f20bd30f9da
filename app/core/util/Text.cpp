// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

namespace suiji::text {

namespace {
bool isFullWidth(char16_t u)
{
    return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000;
}
} // namespace

QString toHalfWidth(const QString &s)
{
    // Most cells have nothing to change: share the text rather than copy it.
    const auto *p = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype n = s.size();
    qsizetype first = 0;
    while (first < n && !isFullWidth(p[first]))
        ++first;
    if (first == n)
        return s;
    QString out = s;
    for (qsizetype i = first; i < n; ++i) {
        const char16_t u = out.at(i).unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out[i] = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out[i] = QLatin1Char(' ');
    }
    return out;
}

QString clean(const QString &s)
{
    const qsizetype n = s.size();
    if (n == 0)
        return s;
    const auto *p = reinterpret_cast<const char16_t *>(s.constData());
    bool plain = !QChar::isSpace(p[0]) && !QChar::isSpace(p[n - 1]);
    for (qsizetype i = 0; plain && i < n; ++i)
        plain = !isFullWidth(p[i]);
    return plain ? s : toHalfWidth(s).trimmed();
}

bool looksLikeFormula(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

} // namespace suiji::text
