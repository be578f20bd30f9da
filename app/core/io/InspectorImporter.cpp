// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorImporter.h"

#include "io/CellParsers.h"
#include "model/Bureau.h"
#include "store/InspectorRepository.h"
#include "util/Text.h"
#include "util/Uscc.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace suiji {

namespace {
class Ins {
    Q_DECLARE_TR_FUNCTIONS(suiji::InspectorImporter)
};

QString content(const Inspector &i)
{
    return i.name + QChar(0x1f) + i.bureau + QChar(0x1f) + i.section + QChar(0x1f) + QString::number(i.active) + QChar(0x1f) +
           i.conflicts.join(QLatin1Char(';'));
}
} // namespace

QList<ColumnSpec> InspectorImporter::columnSpecs()
{
    return {
        {QStringLiteral("name"), {QStringLiteral("姓名"), QStringLiteral("name")}, true},
        {QStringLiteral("badge"), {QStringLiteral("执法证号"), QStringLiteral("badge"), QStringLiteral("执法证编号")}, true},
        {QStringLiteral("bureau"), {QStringLiteral("所属管理局"), QStringLiteral("bureau"), QStringLiteral("辖区"), QStringLiteral("所属区")}, true},
        {QStringLiteral("section"), {QStringLiteral("科室"), QStringLiteral("section")}, false},
        {QStringLiteral("active"), {QStringLiteral("本季度参与"), QStringLiteral("active")}, false},
        {QStringLiteral("conflicts"), {QStringLiteral("回避对象"), QStringLiteral("conflicts")}, false},
    };
}

Status InspectorImporter::loadExisting()
{
    m_existing.clear();
    m_seen.clear();
    m_staged.clear();
    auto roster = InspectorRepository(m_db).list();
    if (!roster)
        return roster.error();
    for (Inspector i : roster.value()) {
        i.conflicts.sort();
        m_existing.insert(i.badge, content(i));
    }
    return Ok{};
}

bool InspectorImporter::stageRow(int row, ImportReport &report)
{
    const int before = report.errorCount();
    auto err = [&](const QString &field, const QString &msg) { report.addError(row, header(field), msg); };
    Inspector i;
    warnInvisible(row, report, QStringLiteral("name"), cell(QStringLiteral("name")));
    i.name = text::clean(cell(QStringLiteral("name")));
    if (i.name.isEmpty())
        err(QStringLiteral("name"), Ins::tr("The name is empty."));
    const bool invisibleBadge = refuseInvisible(row, report, QStringLiteral("badge"), cell(QStringLiteral("badge")));
    i.badge = text::clean(cell(QStringLiteral("badge"))).toUpper();
    if (i.badge.isEmpty() && !invisibleBadge)
        err(QStringLiteral("badge"), Ins::tr("The badge number is empty."));
    else if (const auto it = m_seen.constFind(i.badge); it != m_seen.constEnd() && !invisibleBadge)
        err(QStringLiteral("badge"), Ins::tr("Badge number \"%1\" appears twice in this file: also in row %2.").arg(i.badge).arg(*it));
    else
        m_seen.insert(i.badge, row);
    const QString b = text::clean(cell(QStringLiteral("bureau")));
    if (const Bureau *bureau = Bureau::parse(b))
        i.bureau = bureau->id;
    else
        err(QStringLiteral("bureau"), b.isEmpty() ? Ins::tr("The bureau is empty.") : Ins::tr("Unknown bureau \"%1\".").arg(b));
    i.section = text::clean(cell(QStringLiteral("section")));
    const QString active = text::clean(cell(QStringLiteral("active")));
    const auto a = cells::parseBool(active);
    if (!a.ok)
        err(QStringLiteral("active"), Ins::tr("\"%1\" should be 是 or 否.").arg(active));
    i.active = a.value.value_or(true);
    static const QRegularExpression sep(QStringLiteral("[;；,，、\\s]+"));
    for (const QString &k : text::clean(cell(QStringLiteral("conflicts"))).split(sep, Qt::SkipEmptyParts)) {
        const QString key = k.size() == 18 ? uscc::normalize(k) : k;
        if (!i.conflicts.contains(key))
            i.conflicts << key;
    }
    i.conflicts.sort();
    if (report.errorCount() != before)
        return false;
    ++report.byBureau[i.bureau];
    const auto ex = m_existing.constFind(i.badge);
    if (ex == m_existing.constEnd())
        ++report.added;
    else if (*ex == content(i))
        ++report.unchanged;
    else
        ++report.updated;
    if (m_writing)
        m_staged.append(i);
    return true;
}

std::function<Status()> InspectorImporter::takeStaged()
{
    return [db = &m_db, batch = std::exchange(m_staged, {})]() { return InspectorRepository(*db).upsert(batch); };
}

} // namespace suiji
