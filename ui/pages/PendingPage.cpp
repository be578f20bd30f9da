#include "PendingPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace suiji {

PendingPage::PendingPage(const QString &id, const QString &title, const QString &what, QWidget *parent)
    : Page(parent), m_id(id), m_title(title)
{
    setObjectName(id + QStringLiteral("Page"));
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    auto *body = new QLabel(what + QStringLiteral("\n\n") + tr("This page is not available in this version yet."), this);
    body->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace suiji
