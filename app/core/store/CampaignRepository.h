// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Special campaigns (专项, schema 9): the procedure and scope of each, and its committed targets
// with their ledger state. Callers own the transaction.

#include "model/Campaign.h"
#include "store/Database.h"

#include <optional>

namespace suiji {

class CampaignRepository {
public:
    explicit CampaignRepository(const Database &db) : m_db(db) {}

    // By id; every bureau's when bureau is empty, in id order.
    Result<QList<Campaign>> list(const QString &bureau = {}) const;
    Result<std::optional<Campaign>> find(const QString &id) const;
    // Code 3 when the id is taken.
    Status insert(const Campaign &c);
    // Writes the procedure and scope fields of a known campaign.
    Status save(const Campaign &c);

    // The targets of one campaign in selection order (or of every campaign of a bureau).
    Result<QList<CampaignTask>> tasks(const QString &campaign) const;
    Result<QList<CampaignTask>> tasksOfBureau(const QString &bureau) const;
    // The same, each with its campaign (for its months and state).
    Result<QList<QPair<Campaign, CampaignTask>>> targets(const QString &bureau) const;
    Status insertTasks(const QList<CampaignTask> &tasks);
    // Writes the ledger state (status, date, result) of one target.
    Status saveTask(const CampaignTask &t);

private:
    const Database &m_db;
};

} // namespace suiji
