// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The public verification bundle of a committed quarter (draw-spec v2): draw.json (everything a
// verifier needs: the bureau's record chain, the frozen pools and roster, the draw settings of the
// profile, the tasks with their ledger state), verify.py, verify.html and README.txt, so anyone
// can check the draw offline without Suiji.

#include "draw/DrawService.h"

#include <QJsonObject>

namespace suiji::draw {

struct BundleOptions {
    bool withNames = false; // inspectors' names (left out by default: the badges suffice to check)
};

// draw.json of a committed quarter; error code 3 when the quarter has no v2 commit.
Result<QJsonObject> makeBundle(const Database &db, const RuleProfile &profile, const QString &bureau, const Quarter &quarter,
                               const BundleOptions &options = {});
// draw.json of a special campaign's committed targets (kind "campaign"): its bureau's chain, the
// frozen keys and roster, the months of its period, the targets with their ledger state and its
// procedure; error code 3 when its targets are not committed.
Result<QJsonObject> makeCampaignBundle(const Database &db, const RuleProfile &profile, const QString &campaign, const BundleOptions &options = {});
// Writes draw.json, verify.py, verify.html and README.txt into dir (created if missing), for a
// quarter's bundle or a campaign's (the page and the script check both).
Status writeBundle(const QJsonObject &bundle, const QString &dir);

} // namespace suiji::draw
