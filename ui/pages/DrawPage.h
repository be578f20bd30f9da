// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSet>
#include <functional>
// The draw page, in the order of the ceremony (draw-spec v2): the quarter's inspector count and
// quota table, 锁定名录 (freeze) before any seed, the public seed, previews (each seed tried is
// logged), the commit (a reason when the seed is not the first tried), the committed result shown
// as final, the seeds tried, and the history of committed draws with verification.

#include "draw/DrawService.h"
#include "pages/Page.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QStackedWidget;
class QTabWidget;

namespace suiji {

class QuotaTableModel;
class DrawTaskTableModel;
class DrawHistoryTableModel;

class DrawPage : public Page {
    Q_OBJECT
public:
    explicit DrawPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("draw"); }
    QString title() const override { return tr("Draw"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;
    bool busy() const override { return m_running > 0 || m_loading > 0; }
    void refresh() override;

    void freeze();
    void voidFreeze(const QString &reason);
    void preview();
    void commit();
    void verify();
    void setReason(const QString &reason);
    // Writes the 抽取公告 of the quarter's lock, or the public bundle of the committed quarter.
    void writeFreezeNotice(const QString &path);
    void writeBundle(const QString &dir);
    void setAnchor(const QString &hash);
    const QuarterState *state() const { return m_state ? &*m_state : nullptr; }
    QString bannerText() const;
    void setSeed(const QString &seed);
    void setInspectorCount(int n);
    // Tests answer the commit confirmation themselves.
    void setConfirmCommit(bool ask) { m_confirm = ask; }
    const DrawOutcome *outcome() const { return m_outcome ? &*m_outcome : nullptr; }

signals:
    void committedDraw();
    // A profile for the quarter's year was made from the active one: every page reloads it.
    void profileChanged();

private:
    void setUpCountAndSeed();
    void setUpCeremonyControls();
    void setUpQuotaTable();
    QLayout *buildCeremonyRows();
    QWidget *buildQuotaPanel();
    QWidget *buildTabs();
    void connectActions();
    void reloadQuota();
    // Runs a write of the scope's quarter off the GUI thread, saying what it does and how it ended.
    template <class T>
    void writeInBackground(const QString &busy, std::function<Result<T>(const Database &, const RuleProfile &, const QString &, const Quarter &)> work,
                           std::function<QString(const T &)> written);
    void reloadState();
    void showPlan(const QuarterPlan &plan);
    void reloadHistory();
    void showOutcome();
    void saveCount();
    void setRunning(int delta);
    void updateButtons();
    DrawRequest request() const;

    std::shared_ptr<const RuleProfile> m_profile;
    QLabel *m_heading;
    QLabel *m_profileLabel;
    QPushButton *m_yearProfileButton = nullptr;
    QSpinBox *m_inspectors;
    QPushButton *m_saveCount;
    QuotaTableModel *m_quotaModel;
    QTableView *m_quotaView;
    QLabel *m_warnings;
    QLineEdit *m_seed;
    QPushButton *m_propose;
    QPushButton *m_previewButton;
    QPushButton *m_commitButton;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QStackedWidget *m_previewStack = nullptr;
    DrawTaskTableModel *m_taskModel;
    QTableView *m_taskView;
    DrawHistoryTableModel *m_historyModel;
    QTableView *m_historyView;
    QPushButton *m_verifyButton;
    QLabel *m_verifyResult;
    QLabel *m_banner;
    QLineEdit *m_seedSource;
    QPushButton *m_freezeButton;
    QPushButton *m_voidButton;
    QPushButton *m_noticeButton;
    QPushButton *m_publishButton;
    QLineEdit *m_anchor;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QStandardItemModel *m_attemptModel;
    QTableView *m_attemptView;
    std::optional<QuarterState> m_state;
    std::optional<DrawOutcome> m_outcome;
    std::optional<QuarterPlan> m_plan;
    int m_running = 0;    // preview, commit or verify under way
    int m_loading = 0;    // the quota table is loading
    int m_generation = 0; // drops results of a scope that is no longer shown
    bool m_confirm = true;
    bool m_countEdited = false;
    QSet<QString> m_catchUp; // pools whose year-target catch-up the chief applies
};

} // namespace suiji
