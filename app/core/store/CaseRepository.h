// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case ledger (个案, schema 7): imported fields upserted by (source, number), the workbench's
// record written case by case. Callers own the transaction.

#include "model/Case.h"
#include "store/Database.h"

#include <optional>

namespace suiji {

struct CaseFilter {
    QString bureau; // empty: every bureau
    QString state;  // empty: every state
    QString source; // empty: every source
    // Only what the measures and deadlines read (source, number, level, bureau, times, state):
    // the texts (name, content, finding, team…) are left empty.
    bool brief = false;
};

class CaseRepository {
public:
    explicit CaseRepository(const Database &db) : m_db(db) {}

    Result<QList<CaseItem>> list(const CaseFilter &f = {}) const;
    // By `source:number`, or by row id (digits only).
    Result<std::optional<CaseItem>> find(const QString &ref) const;
    // Inserts new cases (pending) and updates the imported fields of known ones; the
    // workbench's record (state, team, check, outcome, feedback, closure) is never touched.
    Status upsertImported(const QList<CaseItem> &cases, const QString &importedAt);
    // Writes the workbench's record of one case (by id).
    Status saveState(const CaseItem &c);
    // A case entered by hand: its row id. Code 3 when the source already has its number.
    Result<qint64> insert(const CaseItem &c, const QString &enteredAt);
    // Writes every field of a case, the imported ones and the record (by id): an edit by hand,
    // or an undo putting it back.
    Status put(const CaseItem &c);
    // Removes a case entered by hand (undoing the entry).
    Status remove(qint64 id);
    // The next free number of the form PREFIX001 … at a source, for a case entered by hand.
    Result<QString> nextNumber(const QString &source, const QString &prefix) const;
    // Keys of every entity in the list (USCC or code), for linking cases to entities.
    Result<QHash<QString, QString>> entityKeys() const; // key → bureau

private:
    const Database &m_db;
};

} // namespace suiji
