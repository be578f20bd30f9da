// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A special campaign's summary (专项执法检查总结) as a PDF: the campaign and its legal basis, the
// procedure record (each step with its date, document, operator and record hash), the scope, the
// proof of its targets (the lock, every seed tried, voided locks, the commit, how to check a
// ticket with sha256sum), the results (planned, done, off site, findings) and every target with
// its team, month, inspection and result; a QR code of the campaign's last record.

#include "rules/RuleProfile.h"
#include "store/Database.h"

namespace suiji::report {

// Returns the page count; error code 3 when the campaign does not exist.
Result<int> writeCampaignReport(const Database &db, const RuleProfile &profile, const QString &campaign, const QString &path);

} // namespace suiji::report
