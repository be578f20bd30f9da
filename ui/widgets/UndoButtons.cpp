// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoButtons.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::UndoButtons)
};
} // namespace

QPair<QToolButton *, QToolButton *> makeUndoButtons(QWidget *page, QUndoStack *stack)
{
    QAction *undo = stack->createUndoAction(page, Tr::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = stack->createRedoAction(page, Tr::tr("&Redo"));
    // Ctrl+Shift+Z (the platform's) and Ctrl+Y, which Windows and Office users reach for.
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(undo);
    page->addAction(redo);
    auto *undoButton = new QToolButton(page);
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(page);
    redoButton->setDefaultAction(redo);
    return {undoButton, redoButton};
}

} // namespace suiji
