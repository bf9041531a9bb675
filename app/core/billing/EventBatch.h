#pragma once

#include "BillingStore.h"
#include "EventProcessor.h"

#include <QJsonObject>
#include <QList>

namespace companion::billing {

// The set-based fast path of EventProcessor::processBatch for the bulk of Stripe's
// traffic: new customer.subscription.* events that are newer than what we hold,
// and invoice events (when they need no answer from Stripe inside the transaction).
// A few statements serve the whole batch (duplicate check, lookups, one upsert, one
// entitlement update, one insert into the webhook log). Everything else — other
// types, stale or same-second events that need Stripe's current state, redeliveries
// of failed events — is left for the per-event path, which runs after it in the
// same transaction. If any statement here fails, the caller rolls back and replays
// the whole batch on the per-event path, so each event stays atomic.
class EventBatch
{
public:
    struct Item {
        QByteArray payload;
        QJsonObject event;
        QString id;
        QString type;
        qint64 created = 0;
        bool parsed = false;
        bool done = false; // handled here; otherwise the per-event path takes it
        ProcessOutcome outcome;
    };

    // `canAskStripe`: ties and stale events are Stripe's to decide (per-event path, or
    // `deferred` when Stripe is asked later without waiting).
    EventBatch(BillingStore &store, qint64 now, bool canAskStripe, EventProcessor::RefreshRequester deferred = {});

    static QList<Item> parse(const QList<QByteArray> &payloads);
    void run(QList<Item> &items, qint64 receivedAt); // throws StoreError

    // Stripe's answers about subscriptions (see EventProcessor::applyCurrentSubscriptions),
    // set-based; returns how many were written. Throws StoreError.
    int applyCurrent(const QList<EventProcessor::FetchedSubscription> &fetched);
    // Invoices as Stripe lists them now (a sync), owned like an invoice event's:
    // metadata.user_id of a known user, else the customer's user. Returns how
    // many were written; an invoice of nobody of ours is skipped. Throws StoreError.
    int applyCurrentInvoices(const QList<QJsonObject> &invoices);

private:
    void markDuplicates(QList<Item> &items, qint64 receivedAt);
    void applySubscriptions(QList<Item> &items);
    void applyInvoices(QList<Item> &items);
    // Who a subscription belongs to (Rules::ownerOf; a first-seen customer is linked to them), or empty.
    QString ownerOf(const QJsonObject &subscription, const QString &mirrorUser, LoadedLearners &learners);
    // The learners these clues may name, in two set-based reads.
    LoadedLearners loadLearners(const QList<OwnerClues> &clues) const;
    void recordEvents(const QList<Item> &items, qint64 receivedAt);

    BillingStore &m_store;
    qint64 m_now;
    bool m_canFetch;
    EventProcessor::RefreshRequester m_deferred;
    QHash<QString, BillingStore::MirrorState> m_mirrors; // subscriptions as this batch leaves them
    QHash<QString, int> m_extraDeliveries; // event id -> further copies in this batch
};

} // namespace companion::billing
