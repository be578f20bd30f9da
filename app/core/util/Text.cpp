// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

namespace suiji::text {

namespace {
bool isFullWidth(char16_t u)
{
    return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000;
}
} // namespace

bool isInvisible(char16_t u)
{
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r';
    if (u < 0x7F)
        return false;
    return (u <= 0x9F) || u == 0x061C || (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2060 && u <= 0x2069) || u == 0xFEFF;
}

QString firstInvisible(const QString &s)
{
    for (QChar c : s)
        if (isInvisible(c.unicode()))
            return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return {};
}

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
    bool invisible = false;
    for (qsizetype i = 0; plain && i < n; ++i) {
        // One comparison for the common case: ASCII letters, digits and CJK pass both tests.
        if (p[i] >= 0x20 && p[i] < 0x7F)
            continue;
        invisible = isInvisible(p[i]);
        plain = !isFullWidth(p[i]) && !invisible;
    }
    if (plain)
        return s;
    QString out = toHalfWidth(s);
    if (invisible || !firstInvisible(out).isEmpty())
        out.removeIf([](QChar c) { return isInvisible(c.unicode()); });
    return out.trimmed();
}

bool looksLikeFormula(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

} // namespace suiji::text
