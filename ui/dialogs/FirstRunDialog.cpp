// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace suiji {

FirstRunDialog::FirstRunDialog(const QString &dbPath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Suiji"));
    auto *text = new QLabel(tr("<h3>The database is empty</h3>"
                               "<p>%1</p>"
                               "<p>You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about "
                               "100,000 fictional entities and their inspectors) to try the workbench, or start "
                               "empty and import your bureau's own lists.</p>")
                                .arg(dbPath.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(this);
    auto *demo = buttons->addButton(tr("Create the demo city"), QDialogButtonBox::AcceptRole);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto *empty = buttons->addButton(tr("Start empty"), QDialogButtonBox::RejectRole);
    empty->setObjectName(QStringLiteral("emptyButton"));
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, [this] { done(Demo); });
    connect(empty, &QPushButton::clicked, this, [this] { done(Empty); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(520, 260);
}

} // namespace suiji
