// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shown when the open database holds no entities: offers the demo city or an empty start.

#include <QDialog>

namespace suiji {

class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Demo = 1, Empty = 2 };
    explicit FirstRunDialog(const QString &dbPath, QWidget *parent = nullptr);
};

} // namespace suiji
