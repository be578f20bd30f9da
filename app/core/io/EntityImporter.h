// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports a list of supervised entities (import-format.md): validated, then added or updated by
// (category, key); rows that did not change are not written.

#include "io/Importer.h"
#include "io/KeyTable.h"
#include "model/Entity.h"
#include "store/EntityRepository.h"
#include "util/Clock.h"

#include <memory>
#include <mutex>
#include <vector>

namespace suiji {

// Hash of the fields an import sets, to tell updated from unchanged rows: two 64-bit hashes with
// different seeds, so that an unchanged verdict (the row is then not rewritten) is as good as a
// comparison (a chance of error below 1 in 10^18 per row).
struct EntityContentHash {
    size_t a = 0, b = 0;
    bool operator==(const EntityContentHash &) const = default;
};
EntityContentHash entityContentHash(const Entity &e);
EntityContentHash entityContentHash(const EntityRepository::StoredRow &r); // the same for a stored row

class EntityImporter : public Importer {
public:
    explicit EntityImporter(const Database &db, const Clock &clock = Clock::process()) : Importer(db, clock) {}
    static QList<ColumnSpec> columnSpecs();

protected:
    QString kind() const override { return QStringLiteral("entities"); }
    QList<ColumnSpec> columns() const override { return columnSpecs(); }
    void checkHeader(ImportReport &report) override;
    Status loadExisting() override;
    bool stageRow(int row, ImportReport &report) override;
    std::function<Status()> takeStaged() override;
    bool stagedFull() const override { return m_staged.textBytes() >= 64 << 20; }
    void endWrites() override { m_writer.reset(); }
    void expectRows(qint64 rows) override;
    void endRows() override;

private:
    struct Existing {
        qint64 id = 0;
        EntityContentHash hash;
        bool wasKey = false;
        QDate removed;
    };
    // (category slot, key) → the row it first appeared in and the stored row it matches.
    int categorySlot(const QString &category);
    int categorySlot(QByteArrayView id); // the same slots for a stored row's category
    QStringList m_categories;
    KeyTable m_keys;
    std::vector<Existing> m_existing; // KeyTable::Entry::existing indexes this
    EntityRepository::Batch m_staged; // id 0: new; otherwise the row it updates. Unchanged rows are not staged.
    bool m_stagedReady = false;
    EntityRepository::Batch freshBatch();
    std::mutex m_spentMutex;
    std::vector<EntityRepository::Batch> m_spent;                // written, to be refilled
    std::vector<EntityRepository::Writer::ClueDate> m_clueDates; // 违法线索日期 of the rows staged since the last hand-over
    using Memo = QList<std::pair<QString, QString>>;             // a dozen spellings: searched in order
    Memo m_bureauMemo;                                           // cell text → bureau id ("" if unknown)
    Memo m_categoryMemo;                                         // cell text → category id
    QString m_stamp;
    QDate m_today;
    std::unique_ptr<EntityRepository::Writer> m_writer; // prepared once per import
};

} // namespace suiji
