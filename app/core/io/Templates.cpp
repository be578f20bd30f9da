// SPDX-License-Identifier: GPL-3.0-or-later
#include "Templates.h"

#include "io/EntityImporter.h"
#include "io/InspectorImporter.h"
#include "io/XlsxWriter.h"
#include "model/Bureau.h"
#include "model/Category.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace suiji {

namespace {
struct TemplateSpec {
    QStringList headers;
    QStringList example;
    QHash<int, QStringList> lists;
};

TemplateSpec spec(TemplateKind kind)
{
    TemplateSpec t;
    QStringList bureaus;
    for (const Bureau &b : Bureau::all())
        bureaus << b.nameZh;
    const QStringList yesNo = {QStringLiteral("是"), QStringLiteral("否")};
    if (kind == TemplateKind::Entities) {
        for (const ColumnSpec &c : EntityImporter::columnSpecs())
            t.headers << c.names.first();
        t.example = {QStringLiteral("深圳市示例电子有限公司"),
                     QStringLiteral("914403001922038216"),
                     QString(),
                     QStringLiteral("南山"),
                     QStringLiteral("固定源"),
                     QStringLiteral("一般"),
                     QStringLiteral("电子元件制造"),
                     QStringLiteral("粤海"),
                     QStringLiteral("深圳市南山区粤海街道科技路1号"),
                     QStringLiteral("良好"),
                     QStringLiteral("B"),
                     QStringLiteral("2025-03-31"),
                     QString(),
                     QStringLiteral("0"),
                     QStringLiteral("否"),
                     QStringLiteral("否"),
                     QString()};
        QStringList cats;
        for (const Category &c : Category::all())
            cats << c.nameZh;
        t.lists = {{3, bureaus},
                   {4, cats},
                   {5, {QStringLiteral("一般"), QStringLiteral("重点")}},
                   {9, {QStringLiteral("诚信"), QStringLiteral("良好"), QStringLiteral("警示"), QStringLiteral("不良")}},
                   {10, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}},
                   {14, yesNo},
                   {15, yesNo}};
    } else {
        for (const ColumnSpec &c : InspectorImporter::columnSpecs())
            t.headers << c.names.first();
        t.example = {QStringLiteral("王伟"),     QStringLiteral("19050001"), QStringLiteral("南山"),
                     QStringLiteral("执法一科"), QStringLiteral("是"),       QStringLiteral("914403001922038216")};
        t.lists = {{2, bureaus + QStringList{Bureau::mobile().nameZh}}, {4, yesNo}}; // the division has a roster of its own
    }
    return t;
}
} // namespace

Status writeTemplate(TemplateKind kind, const QString &path)
{
    const TemplateSpec t = spec(kind);
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("xlsx")) {
        XlsxWriter w(path);
        w.addSheet(kind == TemplateKind::Entities ? QStringLiteral("监管对象") : QStringLiteral("执法人员"));
        w.writeHeader(t.headers);
        w.writeRow(t.example);
        for (int c = 0; c < t.headers.size(); ++c)
            w.setColumnWidth(c, c == 0 || t.headers[c].contains(QStringLiteral("地址")) ? 32 : 18);
        for (auto it = t.lists.begin(); it != t.lists.end(); ++it)
            w.addListValidation(it.key(), it.value());
        return w.close();
    }
    if (ext == QLatin1String("csv")) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error{QCoreApplication::translate("suiji::Templates", "Cannot write %1: %2").arg(path, f.errorString())};
        f.write("\xEF\xBB\xBF");
        f.write(t.headers.join(QLatin1Char(',')).toUtf8() + "\r\n");
        QStringList quoted;
        for (const QString &c : t.example)
            quoted << (c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
        f.write(quoted.join(QLatin1Char(',')).toUtf8() + "\r\n");
        if (!f.commit())
            return Error{QCoreApplication::translate("suiji::Templates", "Cannot write %1: %2").arg(path, f.errorString())};
        return Ok{};
    }
    return Error{QCoreApplication::translate("suiji::Templates", "The template file must end in .xlsx or .csv, not \"%1\".").arg(QFileInfo(path).fileName()),
                 2};
}

} // namespace suiji
