#pragma once

#include "Entitlement.h"
#include "db/SqlDialect.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace companion::billing {

// What differs between Stripe and our database (DESIGN.md: Stripe is the truth).
enum class DriftKind {
    PremiumWithoutSubscription, // premium here; Stripe has no live subscription (and no grant explains it)
    PayingNotPremium,           // Stripe has a live subscription; not premium here
    StatusMismatch,             // both know the subscription; status, period end or scheduled cancel differ
    MissingSubscription,        // Stripe has a subscription of one of our users that we never mirrored
    UnknownToStripe,            // we mirror a subscription Stripe does not list (another account, deleted test data)
    NoMatchingUser,             // a live Stripe subscription no user of ours is tied to
    DuplicateCustomers,         // one user (metadata.user_id or e-mail) has several Stripe customers
};

// The server's webhook log on the same object: the third side of the comparison.
struct WebhookTrace {
    QString eventId;
    QString type;
    QString outcome;
    QString error;
    qint64 receivedAt = 0;
};

struct Drift {
    DriftKind kind = DriftKind::StatusMismatch;
    QString userId;
    QString email;
    QString subscriptionId;
    QStringList customerIds;
    // Stripe's side and ours.
    QString stripeStatus, ourStatus;
    qint64 stripePeriodEnd = 0, ourPeriodEnd = 0;
    bool stripeCancelPending = false, ourCancelPending = false;
    bool stripePremium = false, ourPremium = false;
    QStringList refetch; // the subscriptions a fix reads again from Stripe
    std::optional<WebhookTrace> lastWebhook;

    // Stripe's truth can be applied by the code webhooks use; the other kinds need a person.
    bool fixable() const;
};

// What was read from Stripe for one comparison.
struct StripeSnapshot {
    QList<QJsonObject> subscriptions; // every status
    QList<QJsonObject> customers;
    qint64 readAt = 0;
};

struct FixResult {
    bool ok = false;
    QString error;
    Entitlement before;
    Entitlement after;
};

namespace Reconciliation {

// Stripe's snapshot against the database at `now`, one drift per finding.
QList<Drift> compare(QSqlDatabase db, db::Dialect dialect, const StripeSnapshot &stripe, qint64 now, QString *error);

// Applies `fresh` (the drift's subscriptions as Stripe has them now) through the
// webhook code and re-derives the user's entitlement; audited as reconcile.fix
// by `actor` with the entitlement before and after.
FixResult apply(QSqlDatabase db, db::Dialect dialect, const Drift &drift, const QList<QJsonObject> &fresh, const QString &actor,
                const QString &source, qint64 now);

QString kindName(DriftKind kind); // "premium_without_subscription", … (audit log, CSV)

} // namespace Reconciliation

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::Drift)
