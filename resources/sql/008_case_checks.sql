-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: the case table of schema 7 with the same rules, its CHECKs written as comparisons.
-- SQLite checks `x IN ('a', 'b', …)` by a lookup in a temporary b-tree, three per written row:
-- that was half the time of importing a platform's alert list. Rebuilt as SQLite's ALTER TABLE
-- page describes (new table, copy, drop, rename); nothing refers to the table.
CREATE TABLE enforcement_case_8 (
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
  state        TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR state = 'assigned' OR state = 'checked' OR state = 'handled'
                                                      OR state = 'fed_back' OR state = 'closed'),
  team         TEXT NOT NULL DEFAULT '', -- badges, sorted, joined by ','
  due          TEXT,                     -- set at dispatch
  checked_on   TEXT,
  mode         TEXT NOT NULL DEFAULT '' CHECK (mode = '' OR mode = 'onsite' OR mode = 'offsite'),
  finding      TEXT NOT NULL DEFAULT '',
  outcome      TEXT NOT NULL DEFAULT '' CHECK (outcome = '' OR outcome = '无问题' OR outcome = '责令改正' OR outcome = '立案处罚' OR outcome = '移送'),
  case_number  TEXT NOT NULL DEFAULT '',
  handled_on   TEXT,
  feedback_on  TEXT,
  closed_on    TEXT,
  UNIQUE (source, number)
);
INSERT INTO enforcement_case_8 SELECT id, source, number, level, type, name, uscc, entity_key, bureau, received_at, content, due_given, imported_at,
  state, team, due, checked_on, mode, finding, outcome, case_number, handled_on, feedback_on, closed_on FROM enforcement_case;
DROP TABLE enforcement_case;
ALTER TABLE enforcement_case_8 RENAME TO enforcement_case;
CREATE INDEX enforcement_case_bureau ON enforcement_case (bureau, state);
