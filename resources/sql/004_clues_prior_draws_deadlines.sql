-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: when each violation clue arrived (issue 16). A monitoring agency with a clue is a
-- must-check in the first quarter committed after the clue arrived, once, whatever was drawn
-- before; a clue arrives when an import or an edit sets it (the entity's imported_at, from the
-- program's clock). Kept by triggers, so every path that writes an entity records it.
CREATE TABLE entity_clue (
  category   TEXT NOT NULL,
  key        TEXT NOT NULL,
  arrived_at TEXT NOT NULL,
  PRIMARY KEY (category, key, arrived_at)
) WITHOUT ROWID;

CREATE TRIGGER entity_clue_on_insert AFTER INSERT ON entity WHEN NEW.violation_clue = 1
BEGIN INSERT OR IGNORE INTO entity_clue(category, key, arrived_at) VALUES (NEW.category, NEW.key, COALESCE(NEW.imported_at, '')); END;

CREATE TRIGGER entity_clue_on_update AFTER UPDATE OF violation_clue ON entity WHEN NEW.violation_clue = 1 AND OLD.violation_clue = 0
BEGIN INSERT OR IGNORE INTO entity_clue(category, key, arrived_at) VALUES (NEW.category, NEW.key, COALESCE(NEW.imported_at, '')); END;

-- Clues already in the file arrived, at the latest, when their row was last written.
INSERT OR IGNORE INTO entity_clue(category, key, arrived_at) SELECT category, key, COALESCE(imported_at, '') FROM entity WHERE violation_clue = 1;

-- What a bureau drew elsewhere earlier in the year (the provincial platform, before it used
-- Suiji), per pool: entered by hand so the year targets' catch-up is right (issue 16).
CREATE TABLE prior_draw (
  bureau TEXT NOT NULL,
  year   INTEGER NOT NULL,
  pool   TEXT NOT NULL,
  count  INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (bureau, year, pool)
) WITHOUT ROWID;

-- The year's reporting deadlines a bureau (or, with bureau '', the city) has met: the day each
-- report was submitted (issue 16; the deadlines themselves come from the rule profile).
CREATE TABLE deadline_done (
  bureau  TEXT NOT NULL,
  year    INTEGER NOT NULL,
  id      TEXT NOT NULL,
  done_on TEXT NOT NULL,
  PRIMARY KEY (bureau, year, id)
) WITHOUT ROWID;

-- Assigned targets (下达任务, e.g. the 深圳蓝 new-vehicle inspections): counts handed down per
-- bureau and year, not drawn, and the inspections recorded against them (issue 16).
CREATE TABLE assigned_target (
  bureau TEXT NOT NULL,
  year   INTEGER NOT NULL,
  item   TEXT NOT NULL,
  count  INTEGER NOT NULL CHECK (count >= 0),
  source TEXT,
  due    TEXT,
  PRIMARY KEY (bureau, year, item)
) WITHOUT ROWID;

CREATE TABLE assigned_done (
  id      INTEGER PRIMARY KEY,
  bureau  TEXT NOT NULL,
  year    INTEGER NOT NULL,
  item    TEXT NOT NULL,
  count   INTEGER NOT NULL CHECK (count > 0),
  done_on TEXT NOT NULL,
  FOREIGN KEY (bureau, year, item) REFERENCES assigned_target (bureau, year, item)
);
