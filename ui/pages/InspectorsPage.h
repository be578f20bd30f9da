// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The inspectors page: the bureau's roster with badge numbers, who takes part this quarter, their
// conflicts of interest (回避), and the quarter's inspector count (the roster's default or a
// stored override). Edits are undoable.

#include "model/Inspector.h"
#include "pages/Page.h"

#include <QUndoStack>

class QTableWidget;
class QLabel;
class QSpinBox;
class QPushButton;

namespace suiji {

class InspectorsPage : public Page {
    Q_OBJECT
public:
    explicit InspectorsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("inspectors"); }
    QString title() const override { return tr("Inspectors"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;
    void refresh() override { reload(); }

    // Edits, each one undoable; false with the reason shown if refused.
    bool setActive(const QString &badge, bool active);
    bool setConflicts(const QString &badge, const QStringList &keys);
    bool saveQuarterCount(int count);
    QUndoStack *undoStack() { return &m_undo; }
    QList<Inspector> roster() const { return m_roster; }

signals:
    void rosterChanged();

private:
    void reload();
    bool apply(Inspector before, Inspector after, const QString &text); // by value: a write reloads the roster

    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    QSpinBox *m_count;
    QPushButton *m_saveCount;
    QList<Inspector> m_roster;
    QUndoStack m_undo;
    bool m_loading = false;
};

} // namespace suiji
