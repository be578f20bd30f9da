// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A page of the workbench: the sidebar shows it, the main window hands it the open database.

#include "model/Quarter.h"
#include "store/Database.h"

#include <QWidget>

namespace suiji {

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual void setDatabase(const Database *db) { m_db = db; }
    // The bureau and quarter every page follows (the main window's selector).
    virtual void setScope(const QString &bureau, const Quarter &quarter)
    {
        m_bureau = bureau;
        m_quarter = quarter;
    }
    // Reads again what the page shows (another page, an import or another program changed the
    // database), keeping its scope, selection and undo history.
    virtual void refresh() {}
    // True while background work for what the page shows is still running.
    virtual bool busy() const { return false; }

protected:
    const Database *m_db = nullptr;
    QString m_bureau;
    Quarter m_quarter;
};

} // namespace suiji
