// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Special campaigns (专项执法) and one visit per company (综合查一次). The first tab lists the
// bureau's campaigns; the one selected shows its procedure (批准、备案、公布 with the documents'
// numbers and dates), its scope with a live count, the ceremony of its targets (lock, seed,
// preview, commit) and its targets' ledger. The second tab proposes the quarter's combined visits,
// accepts them, and shows the visits spared and the companies visited most this year.

#include "ledger/CampaignService.h"
#include "ledger/VisitService.h"
#include "pages/Page.h"

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace suiji {

class CampaignsPage : public Page {
    Q_OBJECT
public:
    explicit CampaignsPage(QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("campaigns"); }
    QString title() const override { return tr("Campaigns"); }
    void setDatabase(const Database *db) override;
    void setScope(const QString &bureau, const Quarter &quarter) override;
    void refresh() override { reload(); }
    bool busy() const override { return m_loading > 0; }

    // What the buttons do, without their dialogs (tests drive them): each writes in one
    // transaction and says the outcome in the message line.
    Status create(const Campaign &c);
    Status applyScope(const QString &id, const CampaignScope &scope);
    Status nextStep(const QString &id, const QString &who, const QDate &on, const QString &doc); // approve, file or publish, by the state
    Status lockTargets(const QString &id, std::optional<int> sample);
    Status voidLock(const QString &id, const QString &reason);
    // Writes the campaign's summary PDF on a worker; done(ok) once it is written or failed.
    void writeSummary(const QString &id, const QString &path, std::function<void(bool)> done = {});
    Status drawTargets(const QString &id, const QString &seed, bool commit, const QString &reason);
    Status recordInspection(const QString &id, const QString &key, const QDate &on, const QString &result);
    Status acceptVisit(const QString &visitId);
    // The entities a scope takes, as the scope dialog counts them live.
    int scopeCount(const Campaign &c, const CampaignScope &scope) const;

    void selectCampaign(const QString &id);
    QString selectedCampaign() const;
    QStringList campaignIds() const;
    QString procedureText() const;
    QString messageText() const;
    int targetRows() const;
    QStringList proposedVisits() const;
    int acceptedVisits() const;
    QString visitsSummary() const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void changed();

private:
    void reload();
    void showSelected();
    void reloadVisits();
    void say(const Status &s, const QString &done);
    std::optional<Campaign> current() const;
    void openCreateDialog();
    void openScopeDialog();
    void openStepDialog();
    void openLockDialog();
    void openDrawDialog();
    void openInspectionDialog();

    // What a reload reads on a worker (a city's proposals read every ledger of the quarter).
    struct Loaded {
        QList<Campaign> campaigns;
        QHash<QString, QList<CampaignTask>> tasks; // by campaign
        QHash<QString, CampaignCeremony> ceremonies;
        QHash<QString, QString> names; // badge → name
        QList<Visit> proposed;
        VisitSummary quarter, year;
        QList<EntityVisits> frequent;
        bool visitsRead = false; // the proposals and counts above were read (the 综合查一次 tab is shown)
    };
    void apply(const Loaded &l);

    std::shared_ptr<const RuleProfile> m_profile;
    Loaded m_loaded;
    QString m_select; // to select once the reload is in
    int m_loading = 0, m_generation = 0;
    QTabWidget *m_tabs;
    QTableWidget *m_list, *m_targets, *m_proposed, *m_accepted, *m_frequent;
    QLabel *m_procedure, *m_ceremony, *m_message, *m_visitsSummary;
    QPushButton *m_new, *m_scope, *m_step, *m_lock, *m_void, *m_draw, *m_inspect, *m_close, *m_summary, *m_accept;
    QList<Campaign> &m_campaigns = m_loaded.campaigns;
    QList<Visit> &m_proposals = m_loaded.proposed;
};

} // namespace suiji
