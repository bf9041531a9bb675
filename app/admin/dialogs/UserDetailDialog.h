#pragma once

#include "CancelSubscriptionDialog.h"
#include "GrantDialog.h"
#include "LinkDialog.h"
#include "RefundDialog.h"
#include "actions/SupportActions.h"
#include "billing/LearnerPayments.h"
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

// One user as support sees them: profile, access and why, their payment (cards, the
// last payment's outcome in plain words, the next invoice — read live from Stripe),
// subscriptions, invoices (with Stripe's hosted page and PDF), grants and a timeline
// of Stripe's events (with our outcome) and audit entries; and the actions on their
// plan: checkout and card update links, refunds, one Cancel dialog, resume, grants.
// After a change to a subscription it shows the change as pending until Stripe's
// webhook about it has arrived.
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
    LinkDialog *checkoutLinkDialog() const { return m_checkoutDialog; }
    LinkDialog *cardUpdateLinkDialog() const { return m_cardUpdateDialog; }
    GrantDialog *grantDialog() const { return m_grantDialog; }
    CancelSubscriptionDialog *cancelDialog() const { return m_cancelDialog; }
    RefundDialog *refundDialog() const { return m_refundDialog; }
    // What Stripe said about the learner's payments at the last read; paymentsLoaded() once read.
    const billing::LearnerPayments &payments() const { return m_payments; }
    bool paymentsLoaded() const { return m_paymentsLoaded; }
    bool isWaitingForWebhook() const { return m_pending.active; }

    // What the Learner menu and the lists' context menus may ask of an open learner.
    enum class Request { CheckoutLink, Grant, Cancel };
    // Does what the action's button does, once the learner has been read; when the
    // action does not apply (e.g. Cancel without a live subscription), says why.
    void request(Request what);

public Q_SLOTS:
    void reload();
    // Reads the payment picture from Stripe again (after a change, or on Refresh).
    void reloadPayments();

Q_SIGNALS:
    void loaded();
    void paymentsRead();
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
    void showPayments();
    void updateActions();
    void updateInvoiceButtons();
    void checkPending();

    bool confirm(const QString &title, const QString &text, const QString &acceptLabel, bool destructive);
    QString requireReason();
    void startCheckoutLink();
    void startCardUpdateLink();
    void startCancel();
    void startRefund(const QString &invoiceId);
    void resumeSubscription();
    QString selectedInvoiceId() const;
    const billing::InvoiceView *stripeInvoice(const QString &id) const;
    void openDashboard(const QString &id);
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
    bool m_loadedOnce = false;
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
    QPointer<LinkDialog> m_checkoutDialog;
    QPointer<LinkDialog> m_cardUpdateDialog;
    QPointer<GrantDialog> m_grantDialog;
    QPointer<CancelSubscriptionDialog> m_cancelDialog;
    QPointer<RefundDialog> m_refundDialog;
    billing::LearnerPayments m_payments;
    bool m_paymentsLoaded = false;
    int m_paymentsGeneration = 0;
    QString m_paymentsCustomer; // whose payments were last read
};

} // namespace companion::admin
