// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The import wizard: pick a file → see the detected encoding or sheet and the column mapping,
// adjust it → check every row (report with row numbers, exportable) → import with progress and
// cancel. Nothing is written until the last step, and a cancelled import leaves the file as it was.

#include "io/Importer.h"

#include "store/Database.h"

#include <QWizard>
#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace suiji {

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Kind { Entities, Inspectors };
    ImportWizard(const Database::Location &database, QWidget *parent = nullptr);
    ~ImportWizard() override; // closed during a check or an import: the worker is told to stop

    void setFile(const QString &path, Kind kind = Entities);
    Kind kind() const;
    QString file() const;
    ReadOptions readOptions() const;
    QList<ColumnSpec> specs() const;

    // Shared by the pages.
    std::optional<ImportPreview> preview;
    QHash<QString, int> mapping;
    std::optional<ImportReport> check;
    std::optional<ImportReport> result;
    bool acceptBadCheck = false;
    Database::Location database; // the window's file: the import goes into it or nowhere
    bool running = false;        // a check or an import is under way

    // Runs an import (dry or real) off the GUI thread; done() gets the report.
    void runImport(bool dryRun, QProgressBar *bar, std::function<void(ImportReport)> done);
    void cancelRunning() { *m_cancel = true; }

signals:
    void imported();

private:
    // Shared with the worker, which may outlive the wizard (closed during an import).
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    class FilePage *m_filePage;
};

} // namespace suiji
