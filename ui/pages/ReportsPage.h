// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reports page: pick the quarter plan, the progress report or the year report for the window's
// bureau and quarter, preview it in the app, save it, print it.

#include "pages/Page.h"

#include <QTemporaryDir>

class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace suiji {

class ReportsPage : public Page {
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override { return tr("Reports"); }
    bool busy() const override { return m_running > 0; }

    // "plan", "progress" or "year"; writes the PDF and shows it.
    void generate(const QString &kind);
    int pageCount() const;
    bool saveTo(const QString &path) const;
    // Save PDF…: writes the shown report to path and says in the page's status line where, or why not.
    bool save(const QString &path);

private:
    void show(const QString &file, int pages, const QString &error);
    void print();

    QComboBox *m_kind;
    QPushButton *m_generate, *m_save, *m_print;
    QLabel *m_status;
    QPdfDocument *m_doc;
    QPdfView *m_view;
    QTemporaryDir m_tmp;
    QString m_file;
    int m_running = 0;
    int m_serial = 0;
};

} // namespace suiji
