// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellParsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace suiji::cells {

DateParse parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression sep(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = sep.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return {QDate(), false};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {d, d.isValid()};
}

BoolParse parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("y"),    QStringLiteral("yes"),
                                    QStringLiteral("1"),  QStringLiteral("true"), QStringLiteral("√")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("n"),     QStringLiteral("no"),
                                   QStringLiteral("0"),  QStringLiteral("false"), QStringLiteral("×")};
    if (yes.contains(t))
        return {true, true};
    if (no.contains(t))
        return {false, true};
    return {std::nullopt, false};
}

QString futureDateProblem(const QDate &date, const QDate &today)
{
    if (date.isValid() && date > today.addYears(1))
        return QCoreApplication::translate("suiji::EntityImporter", "%1 lies in the future.").arg(date.toString(Qt::ISODate));
    return QString();
}

QString dateProblem(const QString &text, const QDate &today)
{
    const DateParse d = parseDate(text);
    if (!d.ok)
        return QCoreApplication::translate("suiji::EntityImporter", "\"%1\" is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.")
            .arg(text.trimmed());
    return futureDateProblem(d.date, today);
}

} // namespace suiji::cells
