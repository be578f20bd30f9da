#pragma once
// A page of the workbench: the sidebar shows it, the main window hands it the open database.

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

protected:
    const Database *m_db = nullptr;
};

} // namespace suiji
