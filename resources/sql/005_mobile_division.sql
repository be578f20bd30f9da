-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: the mobile-source division (移动源处, bureau id 'mobile') draws the mobile pools of
-- every district in one ceremony of its own chain. Its tasks belong to the district (its ledger,
-- its progress) and name the chain that drew them; '' is the task's own bureau.
ALTER TABLE task ADD COLUMN drawn_by TEXT NOT NULL DEFAULT '';
CREATE INDEX task_drawn_by ON task (quarter, drawn_by) WHERE drawn_by <> '';
