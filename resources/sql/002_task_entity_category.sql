-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: a task names its entity by (category, key), the entity table's unique key, instead of
-- by key and bureau. The ledger's lookup of the entity's name then uses the UNIQUE index, and the
-- index on entity(key) alone, which served only that lookup, goes: every import maintained it.
ALTER TABLE task ADD COLUMN entity_category TEXT;
UPDATE task SET entity_category =
  (SELECT e.category FROM entity e WHERE e.key = task.entity_key AND e.bureau = task.bureau ORDER BY e.id LIMIT 1);
DROP INDEX IF EXISTS entity_key;
