#pragma once
// Imports a list of supervised entities (import-format.md): validated, upserted by (category, key).

#include "io/Importer.h"
#include "model/Entity.h"
#include "store/EntityRepository.h"

#include <memory>

namespace suiji {

// Hash of the fields an import sets, to tell updated from unchanged rows: 128 bits, so that an
// unchanged verdict (the row is then not rewritten) is as good as a comparison.
struct EntityContentHash {
    size_t a = 0, b = 0;
    bool operator==(const EntityContentHash &) const = default;
};
EntityContentHash entityContentHash(const Entity &e);

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
    std::function<Status()> takeStaged() override;
    void endWrites() override { m_writer.reset(); }

private:
    struct Existing {
        qint64 id = 0;
        EntityContentHash hash;
        bool wasKey = false;
        QDate removed;
    };
    // Keyed by category, then key: no joined string per row.
    QHash<QString, QHash<QString, Existing>> m_existing;
    QHash<QString, QHash<QString, int>> m_seen; // category → key → first row
    QList<Entity> m_staged; // id 0: new; otherwise the row it updates. Unchanged rows are not staged.
    QHash<QString, QString> m_bureauMemo;   // cell text → bureau id ("" if unknown)
    QHash<QString, QString> m_categoryMemo; // cell text → category id
    QString m_stamp;
    std::unique_ptr<EntityRepository::Writer> m_writer; // prepared once per import
};


} // namespace suiji
