-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: case-driven inspections (个案执法, issue 18): alerts of the four platforms, complaints,
-- referrals and company requests, each tracked to closure. The imported fields come from the
-- platforms' lists (re-imports update them by source and number); the workbench fields (state,
-- team, check, outcome, feedback, closure) are written only by the workbench, each change with a
-- `case` record in the bureau's chain (draw-spec v2).
CREATE TABLE enforcement_case (
  id           INTEGER PRIMARY KEY,
  source       TEXT NOT NULL,            -- 国发平台, 省物联网平台, 智慧环保平台, VOCs工况监控, 投诉举报, 转办交办, 企业申请, 其他
  number       TEXT NOT NULL,            -- its number at the source
  level        TEXT NOT NULL DEFAULT '', -- 红, 橙, 黄 for platform alerts; '' otherwise
  type         TEXT NOT NULL DEFAULT '',
  name         TEXT NOT NULL,
  uscc         TEXT NOT NULL DEFAULT '',
  entity_key   TEXT NOT NULL DEFAULT '', -- the entity list's key when the case links to it
  bureau       TEXT NOT NULL,
  received_at  TEXT NOT NULL,            -- YYYY-MM-DDTHH:MM:SS
  content      TEXT NOT NULL DEFAULT '',
  due_given    TEXT,                     -- a referral's own due date
  imported_at  TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'assigned', 'checked', 'handled', 'fed_back', 'closed')),
  team         TEXT NOT NULL DEFAULT '', -- badges, sorted, joined by ','
  due          TEXT,                     -- set at dispatch
  checked_on   TEXT,
  mode         TEXT NOT NULL DEFAULT '' CHECK (mode IN ('', 'onsite', 'offsite')),
  finding      TEXT NOT NULL DEFAULT '',
  outcome      TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', '无问题', '责令改正', '立案处罚', '移送')),
  case_number  TEXT NOT NULL DEFAULT '',
  handled_on   TEXT,
  feedback_on  TEXT,
  closed_on    TEXT,
  UNIQUE (source, number)
);
CREATE INDEX enforcement_case_bureau ON enforcement_case (bureau, state);
