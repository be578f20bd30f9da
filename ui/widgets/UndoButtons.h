// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo and redo for a page: the actions (Ctrl+Z / Ctrl+Shift+Z while the page has focus) and two
// tool buttons showing what would be undone or redone.

#include <QPair>

class QToolButton;
class QUndoStack;
class QWidget;

namespace suiji {

QPair<QToolButton *, QToolButton *> makeUndoButtons(QWidget *page, QUndoStack *stack);

} // namespace suiji
