-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6.
-- The facts reports rely on beyond the draws and the ledger are chained too (kind 'fact'): what a
-- bureau drew elsewhere earlier in the year (prior_draw), reports submitted (deadline_done),
-- assigned targets and the inspections recorded against them (assigned_target, assigned_done),
-- typical cases (typical_case). The CHECK of chain_record's kinds is widened by rebuilding the
-- table; its rows, ids and hashes are copied unchanged. Foreign keys (freeze_snapshot, draw) are
-- deferred to the end of the upgrade's transaction, when chain_record holds the same ids again.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE chain_record_copy AS SELECT * FROM chain_record;
DROP TABLE chain_record;
CREATE TABLE chain_record (
  id             INTEGER PRIMARY KEY,
  bureau         TEXT NOT NULL,
  seq            INTEGER NOT NULL,   -- 1-based position in the bureau's chain
  kind           TEXT NOT NULL CHECK (kind IN ('freeze', 'void', 'attempt', 'commit', 'ledger', 'case', 'campaign', 'fact')),
  quarter        TEXT,               -- the quarter (or campaign id) the record belongs to
  freeze_hash    TEXT,               -- void, attempt, commit: the freeze they refer to
  canonical_json TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  record_hash    TEXT NOT NULL UNIQUE,
  UNIQUE (bureau, seq)
);
-- Inserting the parent rows again resolves the deferred references of freeze_snapshot and draw.
INSERT INTO chain_record (id, bureau, seq, kind, quarter, freeze_hash, canonical_json, prev_hash, record_hash)
  SELECT id, bureau, seq, kind, quarter, freeze_hash, canonical_json, prev_hash, record_hash FROM chain_record_copy ORDER BY id;
DROP TABLE chain_record_copy;
CREATE INDEX chain_record_quarter ON chain_record (bureau, quarter, kind);
CREATE TRIGGER chain_record_no_update BEFORE UPDATE ON chain_record
BEGIN SELECT RAISE(ABORT, 'chain records are immutable'); END;
CREATE TRIGGER chain_record_no_delete BEFORE DELETE ON chain_record
BEGIN SELECT RAISE(ABORT, 'chain records are immutable'); END;

-- Typical cases (典型案例) for the annual report: a done task marked with a short text.
CREATE TABLE typical_case (
  task_id   INTEGER PRIMARY KEY REFERENCES task(id),
  text      TEXT NOT NULL,
  marked_on TEXT NOT NULL
);
