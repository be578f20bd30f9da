#pragma once
// A page whose feature is not in this version yet: says so plainly instead of pretending.

#include "pages/Page.h"

namespace suiji {

class PendingPage : public Page {
    Q_OBJECT
public:
    PendingPage(const QString &id, const QString &title, const QString &what, QWidget *parent = nullptr);
    QString pageId() const override { return m_id; }
    QString title() const override { return m_title; }

private:
    QString m_id;
    QString m_title;
};

} // namespace suiji
