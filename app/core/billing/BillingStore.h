#pragma once

#include "Entitlement.h"
#include "Rules.h"
#include "db/SqlDialect.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace companion::billing {

// A database failure inside billing work: the caller rolls back and answers 5xx
// (Stripe retries), never 200.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &what) : std::runtime_error(what.toStdString()), m_message(what) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// The SQL side of billing: the subscription and invoice mirrors, users' Stripe
// links and their derived entitlement. Every statement binds its values; every
// failure throws StoreError.
class BillingStore
{
public:
    BillingStore(QSqlDatabase db, db::Dialect dialect);

    QSqlDatabase database() const { return m_db; }
    db::Dialect dialect() const { return m_dialect; }

    // What "now" is for the rows' updated_at stamps (tests move time; default: the wall clock).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Tests: runs between reading learners' subscriptions and writing their
    // entitlement, to hold a transaction in the window another instance could use.
    void setEntitlementWriteHook(std::function<void()> hook) { m_entitlementWriteHook = std::move(hook); }
    qint64 now() const { return m_clock(); }

    bool userExists(const QString &userId) const;
    // Links a customer to a user that has none yet; an existing different link is kept.
    void linkCustomer(const QString &userId, const QString &customerId);

    using MirrorState = SubscriptionMirror;
    void upsertSubscription(const QJsonObject &subscription, const QString &userId, qint64 eventCreated, const QString &eventId);

    // Set-based forms for batches: one statement whatever the batch size.
    struct SubscriptionWrite {
        QJsonObject subscription;
        QString userId;
        qint64 eventCreated = 0;
        QString eventId;
    };
    // Several states of one subscription are applied in the order given.
    void upsertSubscriptions(const QList<SubscriptionWrite> &writes);
    QHash<QString, MirrorState> subscriptionMirrors(const QStringList &subscriptionIds) const;
    QHash<QString, QString> customersOfUsers(const QStringList &userIds) const;     // user id -> customer (maybe empty); known users only
    QHash<QString, QString> usersOfCustomers(const QStringList &customerIds) const; // customer -> user id
    QHash<QString, QString> usersOfEmails(const QStringList &emails) const;         // e-mail in lower case -> user id
    void upsertInvoice(const QJsonObject &invoice, const QString &userId);
    struct InvoiceWrite {
        QJsonObject invoice;
        QString userId;
    };
    // One statement for many (the last write of an invoice id wins).
    void upsertInvoices(const QList<InvoiceWrite> &writes);
    // A refund support made, as Stripe answered it: the invoice learns its charge (webhooks
    // since basil name only the charge) and at least `refundedTotal` refunded.
    void recordRefundOnInvoice(const QString &invoiceId, const QString &chargeId, qint64 refundedTotal);
    void recordRefund(const QString &chargeId, qint64 amountRefunded);
    // An invoice's payment as Stripe's balance shows it: the charge, its balance
    // transaction's fee and net (no longer estimated) and what was refunded.
    // Returns 1 if the invoice is ours, else 0.
    int recordPayment(const QString &invoiceId, const QString &chargeId, const QString &balanceTransactionId, qint64 fee, qint64 net,
                      qint64 refunded);
    // A chargeback on the invoice paid by `chargeId`: the amount taken back and Stripe's fee for it (a won dispute: 0, 0).
    void recordDispute(const QString &chargeId, qint64 amount, qint64 fee, qint64 at);

    // Re-derives users.tier/is_premium/premium_source/payment_at_risk/subscription_expires_at
    // from the user's subscriptions and grants; returns what it wrote.
    Entitlement recomputeEntitlement(const QString &userId, qint64 now);
    QHash<QString, Entitlement> recomputeEntitlements(const QStringList &userIds, qint64 now);

    // Subscriptions Stripe may have moved without an event we receive (the guide's
    // endpoint gets no invoice.paid nor customer.subscription.updated): a paying one
    // whose period has ended (renewed, or not), or one past due (paid since, or given
    // up on). Ask Stripe about these; the longest-ended first.
    QStringList subscriptionsToAskAbout(qint64 now, int limit) const;

    // Time moves on without webhooks: premium that has reached its end (a cancel at
    // period end whose "deleted" is late, an expired grant) is re-derived. Run it
    // periodically and before answering from the database. Returns users updated.
    int recomputeExpired(qint64 now);

    // Runs `work` (statements that throw StoreError) in one transaction; false and
    // why when it or the commit failed (then nothing of it stays).
    bool atomically(const std::function<void()> &work, QString *error);

    void exec(const QString &sql, const QVariantList &binds = {});
    // Runs `sql` as a statement prepared once per store (PostgreSQL prepares on the
    // server: preparing per call would cost round trips on every event). Read the
    // returned query before running the same statement again.
    QSqlQuery &query(const QString &sql, const QVariantList &binds = {}) const;

private:
    // Two-column lookups keyed by the first column, `keys` bound as one list (db::inBoundList: %1 in the template).
    QHash<QString, QString> lookupPairs(const QString &sqlTemplate, const QString &keyColumn, const QStringList &keys) const;
    // Waits until no other transaction decides about these keys in `space` (PostgreSQL).
    void takeTurns(int space, const QStringList &keys) const;

    QSqlDatabase m_db;
    db::Dialect m_dialect;
    std::function<qint64()> m_clock;
    std::function<void()> m_entitlementWriteHook;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // a cache: logically const
};

} // namespace companion::billing
