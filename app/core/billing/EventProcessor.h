#pragma once

#include "BillingStore.h"
#include "Rules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace companion::billing {

class EventBatch;

// What became of one delivery; `stored` is false only when the database failed
// (`outcome` then means nothing and `error` says why), in which case the webhook
// must not be acknowledged (Stripe will retry).
struct ProcessOutcome {
    QString eventId;
    QString type;
    Outcome outcome = Outcome::Ignored;
    QString error;
    QString userId;
    bool stored = true;
    qint64 created = 0; // the event's, when it could be read

    static ProcessOutcome notStored(const QString &eventId, const QString &error) { return {eventId, {}, Outcome::Failed, error, {}, false}; }
    // The word stored in webhook_events.outcome and answered to Stripe.
    QString name() const { return outcomeName(outcome); }
};

// Applies verified Stripe events to the database, each exactly once and atomically,
// through the one pipeline (EventBatch: read, decide in order with billing::Rules,
// write once): a duplicate event id changes nothing; an event older than what a
// subscription row last saw is stale and changes nothing (the row holds newer
// state); a same-second tie or a payload without state asks Stripe for the current
// subscription; an event for an unknown user is kept as failed, to be reprocessed.
// Entitlement is always re-derived by deriveEntitlement().
class EventProcessor
{
public:
    // Synchronously returns Stripe's current subscription (or nothing when unreachable).
    using SubscriptionFetcher = std::function<std::optional<QJsonObject>(const QString &subscriptionId)>;

    // Asks Stripe later, without waiting; the answer comes back through applyCurrentSubscriptions.
    using RefreshRequester = std::function<void(const QString &subscriptionId)>;

    EventProcessor(QSqlDatabase db, db::Dialect dialect, SubscriptionFetcher fetcher = {});

    // The server's way: events never wait for Stripe inside their transaction.
    // Replaces the fetcher; what it would have returned is applied when it arrives.
    void setRefreshRequester(RefreshRequester requester) { m_refresh = std::move(requester); }

    // What "now" is for entitlement and the rows' stamps (tests move time).
    void setClock(std::function<qint64()> clock);

    // One event in its own transaction.
    ProcessOutcome process(const QByteArray &payload, qint64 receivedAt);
    // Stripe's current state of a subscription, and when it was asked for.
    struct FetchedSubscription {
        QJsonObject subscription;
        qint64 fetchedAt = 0;
    };
    // Several in one transaction (one commit makes them all durable); if a statement
    // fails, each again in its own savepoint, so one bad event never spoils its
    // neighbours. Stripe's answers that came in meanwhile (`fetched`, see
    // applyCurrentSubscriptions) go first, in the same transaction.
    QList<ProcessOutcome> processBatch(const QList<QByteArray> &payloads, qint64 receivedAt, const QList<FetchedSubscription> &fetched = {});
    // Stripe's current state of subscriptions, fetched because events asked for it
    // (a same-second tie, a payload without state, a paid invoice ahead of our copy)
    // and stamped with when they were asked; applied in one transaction. A refresh
    // requester's answers come back here. Returns how many were applied.
    int applyCurrentSubscriptions(const QList<FetchedSubscription> &fetched, QString *error);
    // The same for objects all read at `fetchedAt`.
    int applyCurrentSubscriptions(const QList<QJsonObject> &subscriptions, qint64 fetchedAt, QString *error);
    // Invoices read from Stripe (a sync), in one transaction; returns how many were written.
    int applyCurrentInvoices(const QList<QJsonObject> &invoices, QString *error);
    // A stored event again (after the missing user appeared, say).
    ProcessOutcome reprocess(const QString &eventId);
    // A delivery whose signature failed: kept (truncated) with the reason.
    bool recordRejected(const QByteArray &payload, const QString &reason, qint64 receivedAt);

private:
    // One EventBatch's work in a transaction; 0 and *error when it fails.
    int inTransaction(QString *error, const std::function<int(EventBatch &)> &work);
    EventBatch pipeline();
    QList<ProcessOutcome> processInOrder(const QList<QByteArray> &payloads, qint64 receivedAt, const QList<FetchedSubscription> &fetched);
    QList<ProcessOutcome> processEachInOwnSavepoint(const QList<QByteArray> &payloads, qint64 receivedAt);
    ProcessOutcome processSavepointed(const QByteArray &payload, qint64 receivedAt);

    static constexpr int kTransientRetries = 3;

    BillingStore m_store;
    SubscriptionFetcher m_fetch;
    RefreshRequester m_refresh;
    std::function<qint64()> m_clock;
};

} // namespace companion::billing
