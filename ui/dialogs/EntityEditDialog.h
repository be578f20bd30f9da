// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits one supervised entity's attributes (not its identity: category and key stay), with the
// import's rules checked before anything is saved.

#include "model/Entity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace suiji {

class EntityEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit EntityEditDialog(const Entity &e, QWidget *parent = nullptr);
    Entity entity() const;
    // Why the values cannot be saved, in words; empty when they can.
    static QString problem(const Entity &e);

    void accept() override;

private:
    Entity m_original;
    QLineEdit *m_name, *m_industry, *m_street, *m_address;
    QComboBox *m_level, *m_credit, *m_vocs;
    QSpinBox *m_complaints;
    QCheckBox *m_positive, *m_clue;
    QLineEdit *m_penalty, *m_waiver, *m_removed;
    QLabel *m_error;
};

} // namespace suiji
