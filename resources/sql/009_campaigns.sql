-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: special campaigns (专项执法, issue 19). A campaign's procedure (草拟 → 已批准 → 已备案 →
-- 已公布 → 已完结) and its scope; each step with a `campaign` record in its bureau's chain
-- (draw-spec v2), its targets drawn with the freeze → attempt → commit ceremony (records filed
-- under the campaign's id as their quarter), each target's ledger state with a `ledger` record.
CREATE TABLE campaign (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  bureau          TEXT NOT NULL REFERENCES bureau(id),
  basis           TEXT NOT NULL DEFAULT '', -- legal basis (依据)
  field           TEXT NOT NULL DEFAULT '', -- the field or region of the problem (领域、区域)
  date_from       TEXT NOT NULL,
  date_to         TEXT NOT NULL,
  mode            TEXT NOT NULL DEFAULT 'onsite' CHECK (mode = 'onsite' OR mode = 'offsite'), -- off-site first: 书面核查、信息共享、智慧监管
  state           TEXT NOT NULL DEFAULT 'draft'
                  CHECK (state = 'draft' OR state = 'approved' OR state = 'filed' OR state = 'published' OR state = 'closed'),
  scope           TEXT NOT NULL DEFAULT '', -- the filter, compact JSON ('' until set)
  scope_fp        TEXT NOT NULL DEFAULT '',
  scope_count     INTEGER NOT NULL DEFAULT 0,
  approved_by     TEXT NOT NULL DEFAULT '',
  approved_on     TEXT,
  approval_doc    TEXT NOT NULL DEFAULT '',
  filed_with      TEXT NOT NULL DEFAULT '',
  filed_on        TEXT,
  published_where TEXT NOT NULL DEFAULT '',
  published_on    TEXT,
  closed_on       TEXT
);

-- A campaign's targets as committed: never added or removed after the commit; only the ledger
-- columns (status, inspection_date, result) change, each change with a `ledger` record.
CREATE TABLE campaign_task (
  campaign        TEXT NOT NULL REFERENCES campaign(id),
  seq             INTEGER NOT NULL,          -- 1-based, in selection order
  entity_key      TEXT NOT NULL,
  category        TEXT NOT NULL,
  name            TEXT NOT NULL DEFAULT '',
  month           INTEGER NOT NULL,          -- 1-based month of the campaign's period
  mode            TEXT NOT NULL DEFAULT 'onsite' CHECK (mode = 'onsite' OR mode = 'offsite'),
  inspectors      TEXT NOT NULL,             -- badges in team order, joined by ','
  status          TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'done'),
  inspection_date TEXT,
  result          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (campaign, entity_key)
);
CREATE UNIQUE INDEX campaign_task_seq ON campaign_task (campaign, seq);

-- Combined visits accepted (综合查一次): the tasks of one entity due in one month, visited once by
-- one team on one day. Each task keeps its own origin, result and publication; the visit links
-- them. Each acceptance is a `fact` record (visit) in the bureau's chain.
CREATE TABLE visit (
  id          TEXT PRIMARY KEY,         -- bureau|YYYY-MM|entity_key
  bureau      TEXT NOT NULL,
  month       TEXT NOT NULL,            -- YYYY-MM
  entity_key  TEXT NOT NULL,
  name        TEXT NOT NULL DEFAULT '',
  visit_date  TEXT NOT NULL,
  inspectors  TEXT NOT NULL,            -- badges, the drawn team's first, joined by ','
  items       TEXT NOT NULL,            -- compact JSON: [{"origin":…,"ref":…}] in visit order
  accepted_on TEXT NOT NULL
);
CREATE INDEX visit_bureau_month ON visit (bureau, month);
