#pragma once

#include "BillingStore.h"
#include "EventProcessor.h"
#include "DiscountMirror.h"
#include "PayoutMirror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace companion::billing {

// The one pipeline every Stripe event goes through, whatever its type, one at a
// time or 128 at once: read what the events need in a few set-based statements,
// decide each event in arrival order in memory with billing::Rules (later events
// see what earlier ones decided), then write the results in bulk — one INSERT of
// every new event already carrying its final outcome, then the mirrors, invoices
// and entitlements. EventProcessor runs it over a whole batch and, when a
// statement fails, again over each event alone (same decisions, each in its own
// savepoint). Stripe's answers about subscriptions (applyCurrent) and a sync's
// invoices are applied through the same owner and write steps.
class EventBatch
{
public:
    struct Item {
        QByteArray payload;
        QJsonObject event;
        QString id;
        QString type;
        qint64 created = 0;
        bool parsed = false; // a Stripe event: an object with an evt_ id and a type
        ProcessOutcome outcome;
    };

    // How the items reached us: delivered by Stripe now, or stored events applied
    // again on request (their rows exist; no delivery is counted).
    enum class Delivery { Received, Reapplied };

    // `fetch`: Stripe answers while the batch waits (tools, tests); `later`: Stripe
    // is asked without waiting and answers through applyCurrent (the server).
    EventBatch(BillingStore &store, qint64 now, EventProcessor::SubscriptionFetcher fetch = {},
               EventProcessor::RefreshRequester later = {});

    static QList<Item> parse(const QList<QByteArray> &payloads);
    // What is kept of a body we could not trust (truncated, storable as text).
    static QString rejectedExcerpt(const QByteArray &payload);
    // Why a correctly signed body was refused: it is not a Stripe event.
    static QString notAnEventReason();
    // … or its text cannot be stored as it is (a NUL, half a surrogate pair).
    static QString unstorableTextReason();
    // Decides and writes every item; throws StoreError (nothing of it then stays
    // once the caller rolls back).
    void run(QList<Item> &items, qint64 receivedAt, Delivery delivery = Delivery::Received);

    // Stripe's answers about subscriptions (see EventProcessor::applyCurrentSubscriptions);
    // returns how many were written. Throws StoreError.
    int applyCurrent(const QList<EventProcessor::FetchedSubscription> &fetched);
    // Invoices as Stripe lists them now (a sync), owned like an invoice event's.
    // Returns how many were written; an invoice of nobody of ours is skipped. Throws StoreError.
    int applyCurrentInvoices(const QList<QJsonObject> &invoices);

private:
    enum class Row { New, Stored, Copy }; // INSERT it / it exists: UPDATE it / a duplicate delivery
    struct Refund {
        QString chargeId;
        qint64 amountRefunded = 0;
    };
    struct Dispute {
        QString chargeId;
        qint64 amount = 0;
        qint64 fee = 0;
        qint64 at = 0;
    };

    // Which deliveries are new, redeliveries of stored events, or copies within the batch.
    QList<Row> sortOutDeliveries(QList<Item> &items, Delivery delivery);
    // Mirrors and learners every decision may read, in a few set-based statements.
    void load(const QList<Item> &items, const QList<Row> &rows);
    void decide(Item &item);
    void decideSubscription(Item &item, const QJsonObject &subscription);
    void decideCheckout(Item &item, const QJsonObject &session);
    void decideInvoice(Item &item, const QJsonObject &invoice);
    // A subscription's state as the truth from now on: whose it is (its first customer
    // linked to them), the mirror, and the learner's entitlement. Empty: nobody's.
    QString takeState(const QJsonObject &subscription, qint64 seen, const QString &eventId);
    // Who the clues name; with `link`, a learner's first customer is linked to them.
    QString owner(const OwnerClues &clues, bool link);
    // Stripe's subscription now, when it answers while we wait; otherwise asked for later.
    std::optional<QJsonObject> askStripe(const QString &subscriptionId);
    std::optional<SubscriptionMirror> mirrorOf(const QString &subscriptionId) const;
    qint64 lastSeen(const QString &subscriptionId) const;
    void loadLearners(const QList<OwnerClues> &clues);
    void write(const QList<Item> &items, const QList<Row> &rows, qint64 receivedAt, Delivery delivery);
    void insertEvents(const QList<Item> &items, const QList<Row> &rows, qint64 receivedAt);
    void updateStoredEvents(const QList<Item> &items, const QList<Row> &rows, qint64 receivedAt, Delivery delivery);
    void writeState();
    // The discounts mirror, then the MRR of the subscriptions it concerns, observed again.
    void writeDiscounts();

    BillingStore &m_store;
    qint64 m_now;
    EventProcessor::SubscriptionFetcher m_fetch;
    EventProcessor::RefreshRequester m_later;

    // What the batch has read, as its decisions leave it.
    QHash<QString, SubscriptionMirror> m_mirrors;
    QSet<QString> m_mirrorsRead;
    LoadedLearners m_learners;
    QSet<QString> m_usersRead, m_customersRead, m_emailsRead;
    QHash<QString, int> m_deliveries;         // event id -> deliveries of it in this batch

    // What the decisions write, in the order they were made.
    QList<QPair<QString, QString>> m_links; // learner, customer
    QList<BillingStore::SubscriptionWrite> m_subscriptions;
    QList<BillingStore::InvoiceWrite> m_invoices;
    QList<Refund> m_refunds;
    QList<Dispute> m_disputes;
    QList<PayoutMirror::PayoutWrite> m_payouts;
    struct DiscountWrite {
        QString type;       // the event's: coupon.*, promotion_code.*, customer.discount.*
        QJsonObject object;
        qint64 created = 0;
    };
    QList<DiscountWrite> m_discounts;
    QSet<QString> m_affectedUsers;
};

} // namespace companion::billing
