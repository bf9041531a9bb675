#pragma once

#include "Entitlement.h"
#include "ManualGrants.h"
#include "SubscriptionRecord.h"
#include "db/SqlDialect.h"
#include "db/UserDirectory.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace companion::billing {

struct InvoiceRecord {
    QString id;
    QString subscriptionId;
    QString status;        // draft, open, paid, uncollectible, void
    QString billingReason; // subscription_create, subscription_cycle, …
    QString currency;
    qint64 total = 0;
    qint64 amountPaid = 0;
    qint64 amountRemaining = 0;
    qint64 amountRefunded = 0;
    int attemptCount = 0;
    qint64 created = 0;
    qint64 paidAt = 0;
    // Open with attempts made: a payment failed and Stripe is retrying.
    bool failed() const { return status == QLatin1String("open") && attemptCount > 0; }
};

// One line of a user's story: a Stripe event as we received and processed it, or
// something a person (or the server) did, from the audit log.
struct TimelineEntry {
    enum class Kind { StripeEvent, Audit };
    Kind kind = Kind::StripeEvent;
    qint64 at = 0;          // event.created (Stripe's clock) or audit time
    QString title;          // event type or audit action
    QString reference;      // evt_… or the audit row's target
    QString outcome;        // applied, duplicate, stale, ignored, rejected, failed; empty for audit rows
    int deliveries = 1;     // > 1: Stripe delivered it again; the repeats changed nothing
    QString detail;         // error, reason, actor
};

// Everything support sees about one user, read in one go off the GUI thread.
struct UserDossier {
    bool found = false;
    QString error;
    db::UserRecord user;
    Entitlement entitlement; // derived now, with the reason
    QList<SubscriptionRecord> subscriptions; // newest first
    QList<InvoiceRecord> invoices;           // newest first
    QList<GrantRecord> grants;               // newest first
    QList<TimelineEntry> timeline;           // newest first
    bool livemode = false;                   // whether their Stripe objects are live ones

    // The subscription that decides (live first, else newest); nullptr when none.
    const SubscriptionRecord *currentSubscription() const;
};

class UserDossierReader
{
public:
    UserDossierReader(QSqlDatabase db, db::Dialect dialect);
    // `limit` bounds each of invoices, events and audit rows (the newest are kept).
    UserDossier read(const QString &userId, qint64 now, int limit = 200) const;

private:
    QList<SubscriptionRecord> subscriptions(const QString &userId) const;
    QList<InvoiceRecord> invoices(const QString &userId, int limit) const;
    QList<TimelineEntry> events(const QString &userId, int limit) const;
    QList<TimelineEntry> auditEntries(const QString &userId, int limit) const;

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::UserDossier)
