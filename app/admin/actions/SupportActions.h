#pragma once

#include "SupportRequests.h"
#include "billing/AuditLog.h"
#include "billing/UserDossier.h"
#include "stripe/RetryKeys.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;

namespace companion::db {
class DatabaseThread;
}
namespace companion::stripe {
class StripeCall;
}

namespace companion::billing {
class SubscriptionCommand;
}

namespace companion::admin {

class StripeAccess;

// What support does to one user's plan, each step off the GUI thread: Stripe is
// asked first (its answer is the truth), then our copy and the audit row are
// written in one transaction, so the desk and the server's chapter gating see the
// change at once. One action at a time; the Stripe call in flight can be cancelled.
// Stripe calls are retried inside the client with one Idempotency-Key; when they
// still end without a clear answer, repeating the action reuses that key.
class SupportActions : public QObject
{
    Q_OBJECT
public:
    enum class Plan { Monthly, Yearly };

    struct Outcome {
        bool ok = false;
        QString message;     // for people, success or not
        QString requestId;   // Stripe's, when Stripe was asked
        QJsonObject object;  // what Stripe answered (session, subscription)
    };

    SupportActions(db::DatabaseThread *database, StripeAccess *stripe, QSettings *settings, QObject *parent = nullptr);

    void createCheckoutLink(const db::UserRecord &user, Plan plan);
    // A portal session that opens on "update your card" (Stripe's hosted page); the
    // new card becomes the subscription's and an unpaid invoice is retried with it.
    void createCardUpdateLink(const db::UserRecord &user);
    // Ends the subscription as planned; a refund asked for goes after Stripe has ended it.
    void cancelSubscription(const QString &userId, const billing::SubscriptionRecord &subscription, const CancelPlan &plan);
    // Money back on a charge; the learner's access is not touched.
    void refund(const QString &userId, const RefundPlan &plan);
    void resume(const QString &userId, const billing::SubscriptionRecord &subscription, const QString &reason);
    void grant(const QString &userId, const QString &reason, std::optional<qint64> until);
    void revoke(qint64 grantId, const QString &reason);

    bool isBusy() const { return m_busy; }
    QString operatorName() const;

public Q_SLOTS:
    void cancel(); // stops waiting for Stripe; a change Stripe already made arrives by webhook

Q_SIGNALS:
    void started(const QString &what);
    void progress(const QString &message);
    void finished(const companion::admin::SupportActions::Outcome &outcome);

private:
    using Then = std::function<void(Outcome)>; // what follows a step's outcome (by default, finishing)
    void changeSubscription(const QString &userId, const billing::SubscriptionRecord &subscription,
                            const billing::SubscriptionCommand &command, const QString &doneText, Then then = {});
    void mirror(const QString &userId, const QJsonObject &subscription, const billing::AuditEntry &audit, const QString &doneText,
                Then then);
    void sendRefund(const QString &userId, const RefundPlan &plan, Then then);
    // A link Stripe made (checkout, portal): its audit row, then the outcome with the link;
    // `unloggedText` (with %1 for the reason) when the row could not be written.
    void finishWithLink(const billing::AuditEntry &audit, const QJsonObject &session, const QString &doneText, const QString &unloggedText);
    void runGrantChange(std::function<void(QSqlDatabase, db::Dialect)> change, const QString &doneText);
    // Runs `change` on the database thread (a StoreError becomes the error text), then
    // `written` with the error or nothing, unless the action was cancelled meanwhile.
    void write(std::function<void(QSqlDatabase, db::Dialect)> change, std::function<void(const QString &error)> written);
    // Given a refusal and its message for people; returns true when it takes the action over.
    using Refusal = std::function<bool(const stripe::StripeError &error, const QString &message)>;
    void sendToStripe(const QString &method, const QString &path, const QJsonObject &params,
                      std::function<void(const QJsonObject &body, const QString &requestId)> accepted, Refusal refused = {});
    void start(const QString &what);
    void finish(Outcome outcome);

    db::DatabaseThread *m_database;
    StripeAccess *m_stripe;
    QSettings *m_settings;
    QPointer<stripe::StripeCall> m_call;
    stripe::RetryKeys m_retryKeys; // an action repeated after no clear answer goes with its first key
    bool m_busy = false;
    int m_generation = 0; // answers of a cancelled action are dropped
};

} // namespace companion::admin

Q_DECLARE_METATYPE(companion::admin::SupportActions::Outcome)
