// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports alert, complaint and referral lists (个案, import-format.md "Cases"): all rows checked,
// written in one transaction or not at all; a re-import updates cases by (来源, 编号) and never
// touches the workbench's record of them.

#include "io/Importer.h"
#include "model/Case.h"

namespace suiji {

class CaseImporter : public Importer {
public:
    explicit CaseImporter(const Database &db, const Clock &clock = Clock::process()) : Importer(db, clock) {}
    static QList<ColumnSpec> columnSpecs();
    // 国发平台 … from the names the platforms' exports use; empty when unknown.
    static QString parseSource(const QString &text);
    // 红 / 橙 / 黄 from 红色, 一级 …; empty when unknown.
    static QString parseLevel(const QString &text);
    // One case's cells (by field: source, number, level, type, name, uscc, bureau, received,
    // content, due) checked as a row of a list is: the case, each problem reported to err as
    // (field, message). entities: the list's keys → bureau, to link the case; today: no receipt
    // after it. The import and the entry by hand share it.
    static CaseItem checkCells(const std::function<QString(const QString &)> &cell, const QHash<QString, QString> &entities, const QDate &today,
                               const std::function<void(const QString &, const QString &)> &err);
    // A field's name as the UI says it (接收时间 / received), for the entry's messages.
    static QString fieldName(const QString &field);

protected:
    QString kind() const override { return QStringLiteral("cases"); }
    QList<ColumnSpec> columns() const override { return columnSpecs(); }
    void checkHeader(ImportReport &) override {}
    Status loadExisting() override;
    bool stageRow(int row, ImportReport &report) override;
    std::function<Status()> takeStaged() override;

private:
    QHash<QString, QString> m_existing; // ref → imported content
    QHash<QString, QString> m_entities; // entity key → bureau
    QHash<QString, int> m_seen;         // ref → row
    QList<CaseItem> m_staged;
    QString m_stamp;
};

} // namespace suiji
