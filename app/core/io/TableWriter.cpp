// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableWriter.h"

#include "io/XlsxWriter.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::TableWriter)
};

QString csvCell(const QVariant &v)
{
    QString s = v.toString();
    if (v.typeId() == QMetaType::QString && text::looksLikeFormula(s))
        s.prepend(QLatin1Char('\'')); // Excel would otherwise run it
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
} // namespace

Status writeTable(const QString &path, const Table &t)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWriter w(path);
        if (!w.isOpen())
            return Error{Tr::tr("Cannot create %1.").arg(path)};
        w.addSheet(t.sheet);
        w.writeHeader(t.header);
        for (int c = 0; c < t.widths.size(); ++c)
            w.setColumnWidth(c, t.widths.at(c));
        for (const QList<QVariant> &r : t.rows)
            w.writeNumberRow(r);
        return w.close();
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Error{Tr::tr("%1: the file name must end in .xlsx or .csv.").arg(path), 2};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, out.errorString())};
    QByteArray data("\xEF\xBB\xBF");
    auto line = [&](const QList<QVariant> &cells) {
        QStringList parts;
        for (const QVariant &v : cells)
            parts << csvCell(v);
        data += parts.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QList<QVariant> head;
    for (const QString &h : t.header)
        head << h;
    line(head);
    for (const QList<QVariant> &r : t.rows)
        line(r);
    if (out.write(data) != data.size() || !out.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, out.errorString())};
    return Ok{};
}

} // namespace suiji
