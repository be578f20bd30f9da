// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The quarter's exports (issue: reports and exports): the ledger (台账), the publication list with
// the national credit system's random-check result fields, and the target breakdown table
// (目标任务分解表). .xlsx or .csv by the file's extension; one row per task where it applies.

#include "model/Quarter.h"
#include "rules/RuleProfile.h"
#include "store/Database.h"
#include "store/EntityRepository.h"

namespace suiji {

class Exporters {
public:
    Exporters(const Database &db, const RuleProfile &profile) : m_db(db), m_profile(profile) {}

    // Each returns the number of data rows written. An empty bureau means every bureau.
    Result<int> ledger(const Quarter &q, const QString &bureau, const QString &path) const;
    Result<int> publicity(const Quarter &q, const QString &bureau, const QString &path) const;
    Result<int> breakdown(const Quarter &q, const QString &bureau, const QString &path) const;
    // The entity list as filtered (every row, offset and limit ignored), with each entity's class
    // in quarter q by the profile (empty when q is not valid): the entities page's export.
    Result<int> entities(EntityFilter filter, const Quarter &q, const QString &path) const;
    // The cases received in quarter q (个案), with the workbench's record and deadlines. The first
    // columns are the import format's, in Chinese whatever the UI language, so an export
    // re-imports (updating by 来源 and 编号).
    Result<int> cases(const Quarter &q, const QString &bureau, const QString &path) const;
    // A special campaign's targets (专项), each row with the campaign's procedure (its approval,
    // filing and publication with their documents), the draw's seed and the target's result.
    Result<int> campaign(const QString &id, const QString &path) const;

    // 抽查计划编号 and 抽查计划名称 of a bureau's quarter, as the reports print them.
    static QString planNumber(const Quarter &q, const QString &bureau);
    static QString planName(const Quarter &q, const QString &bureau);
    static QString authority(const QString &bureau); // 抽查机关

private:
    const Database &m_db;
    const RuleProfile &m_profile;
};

} // namespace suiji
