#pragma once
// Imports a list of supervised entities (import-format.md): validated, upserted by (category, key).

#include "io/Importer.h"
#include "model/Entity.h"

namespace suiji {

class EntityImporter : public Importer {
public:
    explicit EntityImporter(const Database &db, const Clock &clock = Clock::system()) : Importer(db, clock) {}
    static QList<ColumnSpec> columnSpecs();

protected:
    QString kind() const override { return QStringLiteral("entities"); }
    QList<ColumnSpec> columns() const override { return columnSpecs(); }
    void checkHeader(ImportReport &report) override;
    Status loadExisting() override;
    bool stageRow(int row, ImportReport &report) override;
    Status flush(ImportReport &report) override;

private:
    struct Existing {
        size_t hash = 0;
        bool wasKey = false;
        QDate removed;
    };
    QHash<QString, Existing> m_existing; // category + '\x1f' + key
    QHash<QString, int> m_seen;          // same key → first row
    QList<Entity> m_staged;
    QHash<QString, QString> m_bureauMemo;   // cell text → bureau id ("" if unknown)
    QHash<QString, QString> m_categoryMemo; // cell text → category id
    QString m_stamp;
};

// Hash of the fields an import sets, to tell updated from unchanged rows.
size_t entityContentHash(const Entity &e);

} // namespace suiji
