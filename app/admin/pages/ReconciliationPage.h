#pragma once

#include "billing/Reconciler.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>

class QSettings;

namespace Ui {
class ReconciliationPage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class Confirmer;
class MissedEventsModel;
class ReconciliationModel;
class StripeAccess;

// Does our database match Stripe? A comparison of every subscription and
// customer with our mirror, the users' access and the webhook log, with Fix for
// one difference and Fix all (a dry run first). Stripe and the database are
// worked on a thread of the page's own (billing::Reconciler); progress, Stop.
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(db::DatabaseThread *database, StripeAccess *stripe, QSettings *settings, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    ReconciliationModel *model() const { return m_model; }
    MissedEventsModel *missedModel() const { return m_missed; }
    void setConfirmer(Confirmer *confirmer) { m_confirmer = confirmer; }
    // Whether the database role may apply Stripe's state (fixes, missed webhooks);
    // else only comparing and listing are offered.
    void setMayApply(bool may);
    using PathChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

public Q_SLOTS:
    void compare();
    void fixSelected();
    void fixAll();
    void listMissed();
    void applySelected();
    void applyAll();
    void stop();
    void exportCsv();

Q_SIGNALS:
    void userActivated(const QString &userId);
    void compared();
    void missedListed();
    void fixed(const companion::billing::FixSummary &summary);

private:
    // With a Stripe client: a new reconciler on the worker thread, then `job` on it.
    void withReconciler(std::function<void(billing::Reconciler *)> job);
    void showDrifts(const QList<billing::Drift> &drifts, const QString &error);
    void showFixed(const billing::FixSummary &summary);
    void showMissed(const QList<billing::MissedEvent> &events, const QString &error);
    void runRecover(const QList<billing::MissedEvent> &events);
    void showProgress(const QString &stage, int done, int total);
    void runFix(const QList<billing::Drift> &drifts);
    void setBusy(bool busy);
    void updateButtons();

    std::unique_ptr<Ui::ReconciliationPage> m_ui;
    db::DatabaseThread *m_database;
    StripeAccess *m_stripe;
    QSettings *m_settings;
    ReconciliationModel *m_model;
    MissedEventsModel *m_missed;
    Confirmer *m_confirmer = nullptr;
    PathChooser m_choosePath;
    QThread m_thread;
    QPointer<billing::Reconciler> m_reconciler;
    bool m_busy = false;
    QString m_afterWork; // the last fix's summary, shown with the comparison that follows it
};

} // namespace companion::admin
