-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: draw-spec v2. One record chain per bureau holding the freeze of a quarter's lists, every
-- seed tried, voids, the commit with its teams, and every later ledger change. Immutable.
CREATE TABLE chain_record (
  id             INTEGER PRIMARY KEY,
  bureau         TEXT NOT NULL,
  seq            INTEGER NOT NULL,   -- 1-based position in the bureau's chain
  kind           TEXT NOT NULL CHECK (kind IN ('freeze', 'void', 'attempt', 'commit', 'ledger', 'case', 'campaign')),
  quarter        TEXT,               -- the quarter (or campaign id) the record belongs to
  freeze_hash    TEXT,               -- void, attempt, commit: the freeze they refer to
  canonical_json TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  record_hash    TEXT NOT NULL UNIQUE,
  UNIQUE (bureau, seq)
);
CREATE INDEX chain_record_quarter ON chain_record (bureau, quarter, kind);

-- What a freeze locked, in full: each pool's keys and must-checks with what a draw needs of them
-- (name, category, off-site, industry), and the roster with its conflicts. Its fingerprints are in
-- the freeze record; the draw of the quarter reads these, never the live lists.
CREATE TABLE freeze_snapshot (
  record_id INTEGER PRIMARY KEY REFERENCES chain_record(id),
  snapshot  TEXT NOT NULL
);

-- v2 commits also index their pools here (pool keys and selections) so the no-repeat rule, the
-- history and the reports read one table; such rows are checked against their commit record.
ALTER TABLE draw ADD COLUMN spec TEXT NOT NULL DEFAULT 'suiji-draw-v1';
ALTER TABLE draw ADD COLUMN commit_id INTEGER REFERENCES chain_record(id);

CREATE TRIGGER chain_record_no_update BEFORE UPDATE ON chain_record
BEGIN SELECT RAISE(ABORT, 'chain records are immutable'); END;
CREATE TRIGGER chain_record_no_delete BEFORE DELETE ON chain_record
BEGIN SELECT RAISE(ABORT, 'chain records are immutable'); END;
CREATE TRIGGER freeze_snapshot_no_update BEFORE UPDATE ON freeze_snapshot
BEGIN SELECT RAISE(ABORT, 'frozen lists are immutable'); END;
CREATE TRIGGER freeze_snapshot_no_delete BEFORE DELETE ON freeze_snapshot
BEGIN SELECT RAISE(ABORT, 'frozen lists are immutable'); END;
