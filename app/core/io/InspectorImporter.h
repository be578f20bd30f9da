// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports the inspectors' list (执法人员): badge numbers unique, taking-part flag, conflicts.

#include "io/Importer.h"
#include "model/Inspector.h"
#include "util/Clock.h"

namespace suiji {

class InspectorImporter : public Importer {
public:
    explicit InspectorImporter(const Database &db, const Clock &clock = Clock::process()) : Importer(db, clock) {}
    static QList<ColumnSpec> columnSpecs();

protected:
    QString kind() const override { return QStringLiteral("inspectors"); }
    QList<ColumnSpec> columns() const override { return columnSpecs(); }
    void checkHeader(ImportReport &) override {}
    Status loadExisting() override;
    bool stageRow(int row, ImportReport &report) override;
    std::function<Status()> takeStaged() override;

private:
    QHash<QString, QString> m_existing; // badge → content
    QHash<QString, int> m_seen;
    QList<Inspector> m_staged;
};

} // namespace suiji
