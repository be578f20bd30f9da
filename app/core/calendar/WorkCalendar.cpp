// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkCalendar.h"

#include "store/HolidayRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::WorkCalendar)
};

QString normKind(const QString &k)
{
    const QString t = k.trimmed().toLower();
    if (t == QLatin1String("holiday") || t == QStringLiteral("休") || t == QStringLiteral("假") || t == QStringLiteral("节假日"))
        return QStringLiteral("holiday");
    if (t == QLatin1String("workday") || t == QStringLiteral("班") || t == QStringLiteral("调休上班") || t == QStringLiteral("工作日"))
        return QStringLiteral("workday");
    return QString();
}
} // namespace

const WorkCalendar &WorkCalendar::shipped()
{
    static const WorkCalendar cal = [] {
        WorkCalendar c;
        for (int y : {2025, 2026}) {
            QFile f(QStringLiteral(":/calendar/%1.json").arg(y));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto days = parse(f.readAll(), true);
            Q_ASSERT(days.ok());
            if (days)
                c.setYear(y, days.value());
        }
        return c;
    }();
    return cal;
}

Result<WorkCalendar> WorkCalendar::load(const Database &db)
{
    WorkCalendar c = shipped();
    QHash<int, QList<CalendarDay>> stored;
    auto days = HolidayRepository(db).all();
    if (!days)
        return days.error();
    for (const CalendarDay &d : days.value())
        stored[d.date.year()] << d;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        c.setYear(it.key(), it.value());
    return c;
}

Result<QList<CalendarDay>> WorkCalendar::parse(const QByteArray &bytes, bool json)
{
    QList<CalendarDay> out;
    if (json) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (pe.error != QJsonParseError::NoError)
            return Error{Tr::tr("The holiday table is not valid JSON: %1 at character %2.").arg(pe.errorString()).arg(pe.offset), 3};
        const QJsonArray days = doc.object().value(QLatin1String("days")).toArray();
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject o = days.at(i).toObject();
            CalendarDay d{QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate), normKind(o.value(QLatin1String("kind")).toString()),
                          o.value(QLatin1String("name")).toString()};
            if (!d.date.isValid() || d.kind.isEmpty())
                return Error{Tr::tr("Holiday table entry %1: needs a date (YYYY-MM-DD) and a kind (holiday or workday).").arg(i + 1), 3};
            out << d;
        }
    } else {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || (i == 0 && (line.startsWith(QLatin1String("date")) || line.startsWith(QStringLiteral("日期")))))
                continue;
            const QStringList cells = line.split(QLatin1Char(','));
            CalendarDay d{QDate::fromString(cells.value(0).trimmed(), Qt::ISODate), normKind(cells.value(1)), cells.value(2).trimmed()};
            if (!d.date.isValid() || d.kind.isEmpty())
                return Error{Tr::tr("Line %1: \"%2\" needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).").arg(i + 1).arg(line), 3};
            out << d;
        }
    }
    QSet<QDate> seen;
    for (const CalendarDay &d : out) {
        if (seen.contains(d.date))
            return Error{Tr::tr("%1 appears twice in the holiday table.").arg(d.date.toString(Qt::ISODate)), 3};
        seen.insert(d.date);
        if (auto s = checkDay(d); !s)
            return s.error();
    }
    if (out.isEmpty())
        return Error{Tr::tr("The holiday table is empty."), 3};
    return out;
}

Status WorkCalendar::checkDay(const CalendarDay &d)
{
    if (d.kind == QLatin1String("workday") && d.date.dayOfWeek() < 6)
        return Error{Tr::tr("%1 is a weekday; only a Saturday or Sunday can be an adjusted working day (调休上班).").arg(d.date.toString(Qt::ISODate)), 3};
    return Ok{};
}

Result<CalendarDay> WorkCalendar::day(const QString &date, const QString &kind, const QString &name)
{
    const CalendarDay d{QDate::fromString(date.trimmed(), Qt::ISODate), normKind(kind), name.trimmed()};
    if (!d.date.isValid() || d.kind.isEmpty())
        return Error{Tr::tr("\"%1 %2\" needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).").arg(date, kind), 3};
    if (auto s = checkDay(d); !s)
        return s.error();
    return d;
}

void WorkCalendar::setYear(int year, const QList<CalendarDay> &days)
{
    for (auto it = m_days.begin(); it != m_days.end();)
        it = it.key().year() == year ? m_days.erase(it) : std::next(it);
    for (const CalendarDay &d : days)
        if (d.date.year() == year)
            m_days.insert(d.date, d);
    m_years.insert(year);
}

QList<int> WorkCalendar::years() const
{
    QList<int> y = m_years.values();
    std::sort(y.begin(), y.end());
    return y;
}

QList<CalendarDay> WorkCalendar::days(int year) const
{
    QList<CalendarDay> out;
    for (const CalendarDay &d : m_days)
        if (d.date.year() == year)
            out << d;
    std::sort(out.begin(), out.end(), [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return out;
}

bool WorkCalendar::isWorkingDay(const QDate &d) const
{
    const auto it = m_days.constFind(d);
    if (it != m_days.constEnd())
        return it->kind == QLatin1String("workday");
    return d.dayOfWeek() < 6;
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d);
    return n;
}

QStringList WorkCalendar::warnings(const QDate &from, const QDate &to) const
{
    QStringList out;
    for (int y = from.year(); y <= to.year(); ++y)
        if (!m_years.contains(y))
            out << Tr::tr("No holiday table for %1: working days there count weekends only. Add the State Council's notice for %1 on the settings page or with "
                          "suiji-cli holidays import.")
                       .arg(y);
    return out;
}

} // namespace suiji
