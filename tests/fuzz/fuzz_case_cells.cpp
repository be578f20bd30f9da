// SPDX-License-Identifier: GPL-3.0-or-later
// The case importer's row check (the same the entry dialog uses) on arbitrary cells: the input,
// split at U+001F, fills the fields in the order of the import's columns.
#include "io/CaseImporter.h"

#include <QHash>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<suiji::ColumnSpec> specs = suiji::CaseImporter::columnSpecs();
    static const QHash<QString, QString> entities{{QStringLiteral("91440300MA5FXXXX0A"), QStringLiteral("nanshan")}};
    const QStringList cells = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(QChar(0x1f));
    QHash<QString, QString> byField;
    for (qsizetype i = 0; i < specs.size() && i < cells.size(); ++i)
        byField.insert(specs[i].field, cells[i]);
    int errors = 0;
    suiji::CaseImporter::checkCells([&](const QString &f) { return byField.value(f); }, entities, QDate(2025, 9, 15),
                                    [&](const QString &, const QString &) { ++errors; });
    return 0;
}
