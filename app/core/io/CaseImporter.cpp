// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseImporter.h"

#include "io/CellParsers.h"
#include "model/Bureau.h"
#include "store/CaseRepository.h"
#include "util/I18n.h"
#include "util/Text.h"
#include "util/Uscc.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::CaseImporter)
};

// "2025-07-03", "2025-07-03 14:05" or "2025-07-03T14:05:09", read digit by digit; nullopt for
// anything else (the general parser then has its say).
std::optional<QDateTime> isoDateTime(const QString &s)
{
    const qsizetype n = s.size();
    if (n != 10 && n != 16 && n != 19)
        return std::nullopt;
    auto digits = [&](qsizetype from, qsizetype len, int &out) {
        out = 0;
        for (qsizetype i = from; i < from + len; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(0, 4, y) || s.at(4) != QLatin1Char('-') || !digits(5, 2, mo) || s.at(7) != QLatin1Char('-') || !digits(8, 2, d))
        return std::nullopt;
    if (n >= 16 && ((s.at(10) != QLatin1Char(' ') && s.at(10) != QLatin1Char('T')) || !digits(11, 2, h) || s.at(13) != QLatin1Char(':') || !digits(14, 2, mi)))
        return std::nullopt;
    if (n == 19 && (s.at(16) != QLatin1Char(':') || !digits(17, 2, sec)))
        return std::nullopt;
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString content(const CaseItem &c)
{
    const QChar s(0x1f);
    return c.level + s + c.type + s + c.name + s + c.uscc + s + c.key + s + c.bureau + s + c.receivedIso() + s + c.content + s +
           c.dueGiven.toString(Qt::ISODate);
}
} // namespace

QList<ColumnSpec> CaseImporter::columnSpecs()
{
    return {
        {QStringLiteral("source"), {QStringLiteral("来源"), QStringLiteral("source"), QStringLiteral("来源平台"), QStringLiteral("线索来源")}, true},
        {QStringLiteral("number"),
         {QStringLiteral("编号"), QStringLiteral("number"), QStringLiteral("预警编号"), QStringLiteral("任务编号"), QStringLiteral("信访编号"),
          QStringLiteral("工单编号")},
         true},
        {QStringLiteral("level"), {QStringLiteral("预警级别"), QStringLiteral("level"), QStringLiteral("级别")}, false},
        {QStringLiteral("type"), {QStringLiteral("类型"), QStringLiteral("type"), QStringLiteral("预警类型"), QStringLiteral("问题类型")}, false},
        {QStringLiteral("name"), {QStringLiteral("单位名称"), QStringLiteral("name"), QStringLiteral("企业名称")}, true},
        {QStringLiteral("uscc"), {QStringLiteral("统一社会信用代码"), QStringLiteral("uscc"), QStringLiteral("信用代码")}, false},
        {QStringLiteral("bureau"), {QStringLiteral("所属管理局"), QStringLiteral("bureau"), QStringLiteral("辖区")}, true},
        {QStringLiteral("received"),
         {QStringLiteral("接收时间"), QStringLiteral("received"), QStringLiteral("预警时间"), QStringLiteral("受理时间"), QStringLiteral("收到日期")},
         true},
        {QStringLiteral("content"), {QStringLiteral("内容"), QStringLiteral("content"), QStringLiteral("描述"), QStringLiteral("问题描述")}, false},
        {QStringLiteral("due"), {QStringLiteral("办结期限"), QStringLiteral("due"), QStringLiteral("期限")}, false},
    };
}

QString CaseImporter::parseSource(const QString &text)
{
    const QString t = text::clean(text);
    if (CaseItem::sources().contains(t))
        return t;
    static const QList<QPair<QString, QString>> synonyms{
        {QStringLiteral("国发"), QStringLiteral("国发平台")},       {QStringLiteral("国家"), QStringLiteral("国发平台")},
        {QStringLiteral("物联网"), QStringLiteral("省物联网平台")}, {QStringLiteral("智慧环保"), QStringLiteral("智慧环保平台")},
        {QStringLiteral("VOCS"), QStringLiteral("VOCs工况监控")},   {QStringLiteral("工况"), QStringLiteral("VOCs工况监控")},
        {QStringLiteral("投诉"), QStringLiteral("投诉举报")},       {QStringLiteral("举报"), QStringLiteral("投诉举报")},
        {QStringLiteral("信访"), QStringLiteral("投诉举报")},       {QStringLiteral("12345"), QStringLiteral("投诉举报")},
        {QStringLiteral("转办"), QStringLiteral("转办交办")},       {QStringLiteral("交办"), QStringLiteral("转办交办")},
        {QStringLiteral("企业申请"), QStringLiteral("企业申请")},   {QStringLiteral("申请"), QStringLiteral("企业申请")},
    };
    const QString upper = t.toUpper();
    for (const auto &[part, source] : synonyms)
        if (upper.contains(part.toUpper()))
            return source;
    return QString();
}

QString CaseImporter::parseLevel(const QString &text)
{
    const QString t = text::clean(text);
    if (t.startsWith(QStringLiteral("红")) || t == QStringLiteral("一级") || t == QStringLiteral("I级"))
        return QStringLiteral("红");
    if (t.startsWith(QStringLiteral("橙")) || t == QStringLiteral("二级") || t == QStringLiteral("II级"))
        return QStringLiteral("橙");
    if (t.startsWith(QStringLiteral("黄")) || t == QStringLiteral("三级") || t == QStringLiteral("III级"))
        return QStringLiteral("黄");
    return QString();
}

Status CaseImporter::loadExisting()
{
    m_existing.clear();
    m_seen.clear();
    m_staged.clear();
    m_stamp = m_clock.now().toString(Qt::ISODate);
    auto all = CaseRepository(m_db).list();
    if (!all)
        return all.error();
    for (const CaseItem &c : all.value())
        m_existing.insert(c.ref(), content(c));
    auto keys = CaseRepository(m_db).entityKeys();
    if (!keys)
        return keys.error();
    m_entities = keys.value();
    return Ok{};
}

CaseItem CaseImporter::checkCells(const std::function<QString(const QString &)> &cell, const QHash<QString, QString> &entities, const QDate &today,
                                  const std::function<void(const QString &, const QString &)> &err)
{
    CaseItem c;
    const QString src = text::clean(cell(QStringLiteral("source")));
    c.source = parseSource(src);
    if (c.source.isEmpty())
        err(QStringLiteral("source"), src.isEmpty()
                                          ? Tr::tr("The source is empty.")
                                          : Tr::tr("Unknown source \"%1\". Use one of: %2.").arg(src, CaseItem::sources().join(QStringLiteral("、"))));
    // Keys identify: an invisible character (control, direction or zero-width mark) is refused.
    for (const QString &field : {QStringLiteral("number"), QStringLiteral("uscc")})
        if (const QString bad = text::firstInvisible(cell(field)); !bad.isEmpty())
            err(field, Tr::tr("\"%1\" holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like "
                              "another code. Type it again.")
                           .arg(text::clean(cell(field)), bad));
    c.number = text::clean(cell(QStringLiteral("number")));
    if (c.number.isEmpty())
        err(QStringLiteral("number"), Tr::tr("The number is empty."));
    const QString level = text::clean(cell(QStringLiteral("level")));
    c.level = parseLevel(level);
    if (!level.isEmpty() && c.level.isEmpty())
        err(QStringLiteral("level"), Tr::tr("\"%1\" is not an alert level: write 红, 橙 or 黄.").arg(level));
    else if (CaseItem::isPlatform(c.source) && c.level.isEmpty())
        err(QStringLiteral("level"), Tr::tr("An alert of %1 needs its level (红, 橙 or 黄).").arg(c.source));
    else if (!c.source.isEmpty() && !CaseItem::isPlatform(c.source) && !c.level.isEmpty())
        err(QStringLiteral("level"), Tr::tr("Only the platforms' alerts have a level; %1 has none. Leave the cell empty.").arg(c.source));
    c.type = text::clean(cell(QStringLiteral("type")));
    c.name = text::clean(cell(QStringLiteral("name")));
    if (c.name.isEmpty())
        err(QStringLiteral("name"), Tr::tr("The name is empty."));
    const QString code = text::clean(cell(QStringLiteral("uscc")));
    if (!code.isEmpty()) {
        const QString u = uscc::normalize(code);
        // A code the entity list holds links, even one accepted there with a wrong check character.
        if (u.size() == 18 && (entities.contains(u) || uscc::validate(u) == uscc::Check::Valid))
            c.uscc = u;
        else if (u.size() == 18)
            err(QStringLiteral("uscc"), Tr::tr("\"%1\" is not a valid unified social credit code (its check character is wrong).").arg(code));
        else
            c.uscc = code; // a code of the entity list (plots, agencies without a USCC)
        c.key = entities.contains(c.uscc) ? c.uscc : QString();
    }
    const QString b = text::clean(cell(QStringLiteral("bureau")));
    if (const Bureau *bureau = Bureau::parse(b))
        c.bureau = bureau->id;
    else
        err(QStringLiteral("bureau"), b.isEmpty() ? Tr::tr("The bureau is empty.") : Tr::tr("Unknown bureau \"%1\".").arg(b));
    const QString received = text::clean(cell(QStringLiteral("received")));
    cells::DateParse d;
    QTime at(0, 0);
    if (const auto fast = isoDateTime(received)) { // the platforms' usual form, without a regular expression
        d.date = fast->date();
        at = fast->time();
    } else {
        d = cells::parseDate(received);
        static const QRegularExpression time(QStringLiteral("[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
        const QRegularExpressionMatch tm = time.match(received);
        at = tm.hasMatch() ? QTime(tm.captured(1).toInt(), tm.captured(2).toInt(), tm.captured(3).toInt()) : QTime(0, 0);
    }
    if (received.isEmpty())
        err(QStringLiteral("received"), Tr::tr("The time of receipt is empty."));
    else if (!d.ok || !d.date.isValid() || !at.isValid())
        err(QStringLiteral("received"), Tr::tr("\"%1\" is not a date or a date and time. Write 2025-07-03 or 2025-07-03 14:05.").arg(received));
    else if (d.date > today)
        err(QStringLiteral("received"), Tr::tr("%1 lies in the future.").arg(d.date.toString(Qt::ISODate)));
    else
        c.received = QDateTime(d.date, at, Qt::UTC);
    c.content = text::clean(cell(QStringLiteral("content")));
    const QString due = text::clean(cell(QStringLiteral("due")));
    const cells::DateParse dd = cells::parseDate(due);
    if (!dd.ok)
        err(QStringLiteral("due"), Tr::tr("\"%1\" is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.").arg(due));
    else if (dd.date.isValid() && c.received.isValid() && dd.date < c.received.date())
        err(QStringLiteral("due"), Tr::tr("The due date %1 lies before the case was received.").arg(dd.date.toString(Qt::ISODate)));
    c.dueGiven = dd.date;
    return c;
}

QString CaseImporter::fieldName(const QString &field)
{
    for (const ColumnSpec &s : columnSpecs())
        if (s.field == field)
            return i18n::isChinese() ? s.names.at(0) : s.names.at(1);
    return field;
}

bool CaseImporter::stageRow(int row, ImportReport &report)
{
    const int before = report.errorCount();
    auto err = [&](const QString &field, const QString &msg) { report.addError(row, header(field), msg); };
    CaseItem c = checkCells([this](const QString &field) { return cell(field); }, m_entities, m_clock.today(), err);
    if (!c.source.isEmpty() && !c.number.isEmpty()) {
        if (const auto it = m_seen.constFind(c.ref()); it != m_seen.constEnd())
            err(QStringLiteral("number"), Tr::tr("%1 number \"%2\" appears twice in this file: also in row %3.").arg(c.source, c.number).arg(*it));
        else
            m_seen.insert(c.ref(), row);
    }
    if (report.errorCount() != before)
        return false;
    ++report.byBureau[c.bureau];
    const auto ex = m_existing.constFind(c.ref());
    if (ex == m_existing.constEnd())
        ++report.added;
    else if (*ex == content(c))
        ++report.unchanged;
    else
        ++report.updated;
    if (m_writing)
        m_staged.append(c);
    return true;
}

std::function<Status()> CaseImporter::takeStaged()
{
    return [db = &m_db, stamp = m_stamp, batch = std::exchange(m_staged, {})]() { return CaseRepository(*db).upsertImported(batch, stamp); };
}

} // namespace suiji
