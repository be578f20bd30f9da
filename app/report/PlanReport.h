// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The quarter plan (抽查计划) as a PDF: the rule profile and its hash, the inspector count and the
// quota table with formulas, then per pool the seed, context, fingerprints, must-checks and the
// selected entities with their teams, months, modes and joint partners; the record hashes, a QR
// code of the chain's last hash, how to verify with sha256sum, and signature lines.

#include "model/Quarter.h"
#include "rules/RuleProfile.h"
#include "store/ChainRepository.h"
#include "store/Database.h"

#include <functional>

namespace suiji::report {

// bureau empty: every bureau with committed draws, each from a new page. Returns the page count;
// error code 3 when nothing is committed for the scope.
// progress(done, total) is called as each bureau's section is painted.
Result<int> writePlanReport(const Database &db, const RuleProfile &profile, const Quarter &q, const QString &bureau, const QString &path,
                            const std::function<void(int, int)> &progress = {});

// The one-page 抽取公告 of a quarter's lock (draw-spec v2): the freeze hash, the pools with k and
// pool_fp, roster_fp, the seed source, voided locks, a QR code of the hash. Error code 3 if unlocked.
Result<int> writeFreezeReport(const Database &db, const RuleProfile &profile, const Quarter &q, const QString &bureau, const QString &path);

// What the report's QR code holds: enough to find and check the record chain.
QString verificationPayload(const Quarter &q, const QString &bureau, const QString &seed, const QString &lastRecordHash);
QImage qrCode(const QString &text, int moduleSize = 6);
class PdfDocument;
// The "Voided locks" section of a notice or summary: each void record's lock, date and reason.
void writeVoidedLocks(PdfDocument &doc, const QList<ChainRecord> &voids, int headingLevel);

// A text as one single-quoted shell word (for the printf … | sha256sum lines).
QString shellQuote(const QString &s);

} // namespace suiji::report
