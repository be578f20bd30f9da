// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rule profile versions kept in the database file. The active one governs quotas and draws; with
// none saved, the shipped profile does.

#include "rules/RuleProfile.h"
#include "store/Database.h"

namespace suiji {

struct ProfileVersion {
    qint64 id = 0;
    QString name;
    int version = 0;
    QString hash;
    QString createdAt;
    bool active = false;
};

class ProfileRepository {
public:
    explicit ProfileRepository(const Database &db) : m_db(db) {}

    // The active profile, or the shipped one when none was saved. A stored profile that no longer
    // validates is an error, not a silent fallback.
    Result<RuleProfile> active() const;
    Result<QList<ProfileVersion>> versions() const; // a failed read is an error
    // The profile with this hash (the shipped one, or a version saved in the file): what a freeze
    // recorded, so a draw is verified with the rules it was made with. Error if neither has it.
    Result<RuleProfile> byHash(const QString &hash) const;
    // Stores the profile as the next version of its id and makes it the active one (one transaction).
    Result<ProfileVersion> save(const RuleProfile &profile, const QString &createdAt);

private:
    const Database &m_db;
};

} // namespace suiji
