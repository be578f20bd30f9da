// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Assigned targets (下达任务) of a bureau and year: the counts handed down (深圳蓝 new vehicles and
// machinery, non-road mobile machinery…) with what is done against them; hand one down or change
// it, and record inspections against the selected one. Each change is a chained fact
// (FactService), as `suiji-cli targets set|record` makes it.

#include "store/Database.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QComboBox;

namespace suiji {

class Clock;

class AssignedTargetsDialog : public QDialog {
    Q_OBJECT
public:
    AssignedTargetsDialog(const Database &db, const Clock &clock, const QString &bureau, int year, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void reload();
    void handDown();
    void record();
    void say(const QString &message, bool error);

    const Database &m_db;
    const Clock &m_clock;
    QString m_bureau;
    int m_year;
    bool m_changed = false;
    QTableWidget *m_table;
    QComboBox *m_item;
    QSpinBox *m_count;
    QLineEdit *m_source;
    QDateEdit *m_due;
    QSpinBox *m_doneCount;
    QDateEdit *m_doneOn;
    QLabel *m_message;
};

} // namespace suiji
