-- SPDX-License-Identifier: GPL-3.0-or-later
-- Suiji schema v1. Dates are ISO 8601 text (YYYY-MM-DD); booleans are 0/1.

CREATE TABLE bureau (
  id        TEXT PRIMARY KEY,
  name_zh   TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  area_code TEXT NOT NULL,
  sort      INTEGER NOT NULL
);

CREATE TABLE entity (
  id             INTEGER PRIMARY KEY,
  category       TEXT NOT NULL,
  key            TEXT NOT NULL,
  name           TEXT NOT NULL,
  uscc           TEXT,
  code           TEXT,
  bureau         TEXT NOT NULL REFERENCES bureau(id),
  level          TEXT NOT NULL DEFAULT 'general' CHECK (level IN ('general', 'key')),
  industry       TEXT,
  street         TEXT,
  address        TEXT,
  credit         TEXT CHECK (credit IS NULL OR credit IN ('诚信', '良好', '警示', '不良')),
  vocs           TEXT CHECK (vocs IS NULL OR vocs IN ('A', 'B', 'C')),
  penalty_date   TEXT,
  waiver_date    TEXT,
  complaints     INTEGER NOT NULL DEFAULT 0 CHECK (complaints >= 0),
  positive_list  INTEGER NOT NULL DEFAULT 0,
  violation_clue INTEGER NOT NULL DEFAULT 0,
  removed_date   TEXT,
  bad_check      INTEGER NOT NULL DEFAULT 0,
  imported_at    TEXT,
  UNIQUE (category, key)
);
CREATE INDEX entity_bureau_category ON entity (bureau, category, level);
CREATE INDEX entity_key ON entity (key);

CREATE TABLE inspector (
  id      INTEGER PRIMARY KEY,
  badge   TEXT NOT NULL UNIQUE,
  name    TEXT NOT NULL,
  bureau  TEXT NOT NULL REFERENCES bureau(id),
  section TEXT,
  active  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX inspector_bureau ON inspector (bureau);

-- 回避: an inspector is never matched to these entity keys.
CREATE TABLE inspector_conflict (
  inspector_id INTEGER NOT NULL REFERENCES inspector(id) ON DELETE CASCADE,
  entity_key   TEXT NOT NULL,
  PRIMARY KEY (inspector_id, entity_key)
) WITHOUT ROWID;

-- I: inspectors taking part, per bureau and quarter (YYYYQn).
CREATE TABLE quarter_inspectors (
  bureau  TEXT NOT NULL REFERENCES bureau(id),
  quarter TEXT NOT NULL,
  count   INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (bureau, quarter)
) WITHOUT ROWID;

CREATE TABLE rule_profile (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  version    INTEGER NOT NULL,
  hash       TEXT NOT NULL,
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  active     INTEGER NOT NULL DEFAULT 0,
  UNIQUE (name, version)
);

-- A committed pool draw (draw-spec v1). Immutable once written.
CREATE TABLE draw (
  id             INTEGER PRIMARY KEY,
  quarter        TEXT NOT NULL,
  bureau         TEXT NOT NULL REFERENCES bureau(id),
  pool           TEXT NOT NULL,
  context        TEXT NOT NULL,
  seed           TEXT NOT NULL,
  k              INTEGER NOT NULL,
  pool_fp        TEXT NOT NULL,
  result_fp      TEXT NOT NULL,
  profile_hash   TEXT NOT NULL,
  operator       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  canonical_json TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  record_hash    TEXT NOT NULL UNIQUE,
  UNIQUE (quarter, bureau, pool)
);

CREATE TABLE draw_pool (
  draw_id INTEGER NOT NULL REFERENCES draw(id),
  key     TEXT NOT NULL,
  PRIMARY KEY (draw_id, key)
) WITHOUT ROWID;

-- kind 'random': selection order in rank; kind 'must': must-checks ordered by key.
CREATE TABLE draw_selection (
  draw_id INTEGER NOT NULL REFERENCES draw(id),
  kind    TEXT NOT NULL CHECK (kind IN ('random', 'must')),
  rank    INTEGER NOT NULL,
  key     TEXT NOT NULL,
  PRIMARY KEY (draw_id, kind, rank)
) WITHOUT ROWID;

CREATE TRIGGER draw_no_update BEFORE UPDATE ON draw
BEGIN SELECT RAISE(ABORT, 'committed draws are immutable'); END;
CREATE TRIGGER draw_no_delete BEFORE DELETE ON draw
BEGIN SELECT RAISE(ABORT, 'committed draws are immutable'); END;
CREATE TRIGGER draw_pool_no_update BEFORE UPDATE ON draw_pool
BEGIN SELECT RAISE(ABORT, 'committed draws are immutable'); END;
CREATE TRIGGER draw_pool_no_delete BEFORE DELETE ON draw_pool
BEGIN SELECT RAISE(ABORT, 'committed draws are immutable'); END;
CREATE TRIGGER draw_selection_no_update BEFORE UPDATE ON draw_selection
BEGIN SELECT RAISE(ABORT, 'committed draws are immutable'); END;
CREATE TRIGGER draw_selection_no_delete BEFORE DELETE ON draw_selection
BEGIN SELECT RAISE(ABORT, 'committed draws are immutable'); END;

-- One row per inspection task of a committed quarter (the ledger, 台账).
CREATE TABLE task (
  id              INTEGER PRIMARY KEY,
  quarter         TEXT NOT NULL,
  bureau          TEXT NOT NULL REFERENCES bureau(id),
  pool            TEXT NOT NULL,
  entity_key      TEXT NOT NULL,
  draw_id         INTEGER REFERENCES draw(id),
  origin          TEXT NOT NULL CHECK (origin IN ('random', 'must', 'all')),
  seq             INTEGER NOT NULL,
  month           INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  mode            TEXT NOT NULL CHECK (mode IN ('onsite', 'offsite')),
  joint           INTEGER NOT NULL DEFAULT 0,
  partners        TEXT NOT NULL DEFAULT '',
  inspectors      TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'published')),
  inspection_date TEXT,
  result          TEXT,
  published_date  TEXT,
  UNIQUE (quarter, bureau, pool, entity_key, month)
);
CREATE INDEX task_quarter ON task (quarter, bureau);

CREATE TABLE task_event (
  id       INTEGER PRIMARY KEY,
  task_id  INTEGER NOT NULL REFERENCES task(id),
  at       TEXT NOT NULL,
  kind     TEXT NOT NULL,
  value    TEXT,
  operator TEXT
);

-- Holiday tables per year: 'holiday' is a day off, 'workday' an adjusted working weekend (调休).
CREATE TABLE holiday (
  date TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT
) WITHOUT ROWID;

-- Small settings that travel with the file (e.g. the joint plan table).
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
