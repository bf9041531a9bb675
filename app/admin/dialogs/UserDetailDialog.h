#pragma once

#include "CheckoutLinkDialog.h"
#include "GrantDialog.h"
#include "actions/SupportActions.h"
#include "billing/UserDossier.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

class QSettings;
class QTableWidget;

namespace Ui {
class UserDetailDialog;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class Confirmer;
class StripeAccess;

// One user as support sees them: profile, access and why, subscriptions, invoices,
// grants and a timeline of Stripe's events (with our outcome) and audit entries;
// and the actions on their plan. After a change to a subscription it shows the
// change as pending until Stripe's webhook about it has arrived.
class UserDetailDialog : public QDialog
{
    Q_OBJECT
public:
    struct Services {
        db::DatabaseThread *database;
        StripeAccess *stripe;
        QSettings *settings;
        Confirmer *confirmer;
        bool maySupport = true; // the database role may act (grants, cancel/resume); else no actions are offered
    };

    UserDetailDialog(const QString &userId, const Services &services, QWidget *parent = nullptr);
    ~UserDetailDialog() override;

    QString userId() const { return m_userId; }
    const billing::UserDossier &dossier() const { return m_dossier; }
    SupportActions *actions() const { return m_actions; }
    CheckoutLinkDialog *checkoutLinkDialog() const { return m_checkoutDialog; }
    GrantDialog *grantDialog() const { return m_grantDialog; }
    bool isWaitingForWebhook() const { return m_pending.active; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    // Something about the user changed (the users view should show it).
    void userChanged(const QString &userId);

private:
    void showDossier(const billing::UserDossier &dossier);
    void showProfile();
    void showAccess();
    void showSubscriptions();
    void showInvoices();
    void showGrants();
    void showTimeline();
    void updateActions();
    void checkPending();

    bool confirm(const QString &title, const QString &text, const QString &acceptLabel, bool destructive);
    QString requireReason();
    void startCheckoutLink();
    void changeSubscription(const QString &which);
    void startGrant();
    void revokeGrant();
    void onActionStarted(const QString &what);
    void onActionFinished(const SupportActions::Outcome &outcome);
    const billing::GrantRecord *activeGrant() const;

    std::unique_ptr<Ui::UserDetailDialog> m_ui;
    QString m_userId;
    Services m_services;
    SupportActions *m_actions;
    billing::UserDossier m_dossier;
    int m_loadGeneration = 0;
    QString m_runningAction;
    qint64 m_actionStartedAt = 0;
    struct Pending {
        bool active = false;
        QString text;
        qint64 since = 0;
        qint64 giveUpAt = 0;
        QString giveUpText;
        QString confirmedText;
    } m_pending;
    QTimer m_pendingPoll;
    QPointer<CheckoutLinkDialog> m_checkoutDialog;
    QPointer<GrantDialog> m_grantDialog;
};

} // namespace companion::admin
