#include "EventBatch.h"

#include "StripeObjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace companion::billing {

namespace {
bool isSubscriptionEvent(const QString &type)
{
    return type.startsWith(QLatin1String("customer.subscription."));
}

// Who an invoice says it is for: its subscription's metadata.user_id.
QString metadataUser(const QJsonObject &invoice)
{
    return invoice.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details")).toObject()
        .value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
}
} // namespace

EventBatch::EventBatch(BillingStore &store, qint64 now, bool canAskStripe, EventProcessor::RefreshRequester deferred)
    : m_store(store)
    , m_now(now)
    , m_canFetch(canAskStripe)
    , m_deferred(std::move(deferred))
{
}

bool EventBatch::isInvoiceEvent(const QString &type)
{
    static const QStringList types{QStringLiteral("invoice.paid"), QStringLiteral("invoice.payment_succeeded"),
                                   QStringLiteral("invoice.payment_failed"), QStringLiteral("invoice.payment_action_required"),
                                   QStringLiteral("invoice.marked_uncollectible"), QStringLiteral("invoice.voided")};
    return types.contains(type);
}

bool EventBatch::invoiceIsAheadOfMirror(const QJsonObject &invoice, const QString &type, const std::optional<BillingStore::MirrorState> &mirror)
{
    if (!mirror)
        return true;
    const bool paid = type == QLatin1String("invoice.paid") || type == QLatin1String("invoice.payment_succeeded");
    if (paid) {
        qint64 periodEnd = invoice.value(QStringLiteral("period_end")).toInteger();
        for (const QJsonValue &line : invoice.value(QStringLiteral("lines")).toObject().value(QStringLiteral("data")).toArray())
            periodEnd = qMax(periodEnd, line.toObject().value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toInteger());
        return !isPremiumStatus(mirror->status) || mirror->status == QLatin1String("past_due") || periodEnd > mirror->currentPeriodEnd;
    }
    if (type == QLatin1String("invoice.payment_failed"))
        return mirror->status == QLatin1String("active") || mirror->status == QLatin1String("trialing");
    return true;
}

QList<EventBatch::Item> EventBatch::parse(const QList<QByteArray> &payloads)
{
    QList<Item> items;
    items.reserve(payloads.size());
    for (const QByteArray &payload : payloads) {
        Item item;
        item.payload = payload;
        const QJsonDocument document = QJsonDocument::fromJson(payload);
        item.event = document.object();
        item.id = item.event.value(QStringLiteral("id")).toString();
        item.type = item.event.value(QStringLiteral("type")).toString();
        item.created = item.event.value(QStringLiteral("created")).toInteger();
        item.parsed = document.isObject() && item.id.startsWith(QLatin1String("evt_")) && !item.type.isEmpty();
        item.outcome.eventId = item.id;
        item.outcome.type = item.type;
        items.append(item);
    }
    return items;
}

void EventBatch::run(QList<Item> &items, qint64 receivedAt)
{
    markDuplicates(items, receivedAt);
    applySubscriptions(items);
    applyInvoices(items);
    recordEvents(items, receivedAt);
}

void EventBatch::markDuplicates(QList<Item> &items, qint64 receivedAt)
{
    QStringList ids;
    for (const Item &item : std::as_const(items)) {
        if (item.parsed && !ids.contains(item.id))
            ids << item.id;
    }
    if (ids.isEmpty())
        return;
    QHash<QString, QString> stored; // event id -> outcome
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT event_id, outcome FROM webhook_events WHERE event_id IN (%1)").arg(db::placeholders(ids.size())),
                                 QVariantList(ids.begin(), ids.end()));
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());

    QHash<QString, int> seenAgain; // stored events delivered again, by id
    QSet<QString> firstInBatch;
    for (Item &item : items) {
        if (!item.parsed)
            continue;
        const auto known = stored.constFind(item.id);
        if (known != stored.constEnd()) {
            if (*known == QLatin1String("failed"))
                continue; // a redelivery of a failed event is retried on the per-event path
            item.done = true;
            item.outcome.outcome = QStringLiteral("duplicate");
            ++seenAgain[item.id];
        } else if (firstInBatch.contains(item.id)) {
            item.done = true; // a copy of an event earlier in this batch
            item.outcome.outcome = QStringLiteral("duplicate");
            ++m_extraDeliveries[item.id];
        } else {
            firstInBatch.insert(item.id);
        }
    }
    for (auto it = seenAgain.cbegin(); it != seenAgain.cend(); ++it) {
        m_store.query(QStringLiteral("UPDATE webhook_events SET delivery_count = delivery_count + ?, last_received_at = ? WHERE event_id = ?"),
                      {it.value(), receivedAt, it.key()});
    }
}

QString EventBatch::ownerOf(const QJsonObject &subscription, const QString &mirrorUser, QHash<QString, QString> &customerOfUser,
                            QHash<QString, QString> &userOfCustomer)
{
    // The per-event path's rule: metadata.user_id of a known user, else the
    // customer's user, else whoever the mirror already names.
    const QString customer = StripeObjects::idOf(subscription.value(QStringLiteral("customer")));
    QString user = subscription.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
    if (!customerOfUser.contains(user))
        user = userOfCustomer.value(customer);
    if (user.isEmpty())
        user = mirrorUser;
    if (!user.isEmpty() && customerOfUser.value(user).isEmpty() && !customer.isEmpty() && !userOfCustomer.contains(customer)) {
        m_store.linkCustomer(user, customer); // first purchase: rare, so one statement each is fine
        customerOfUser.insert(user, customer);
        userOfCustomer.insert(customer, user);
    }
    return user;
}

void EventBatch::applySubscriptions(QList<Item> &items)
{
    QList<Item *> candidates;
    QStringList subscriptionIds, userIds, customerIds;
    for (Item &item : items) {
        if (item.done || !item.parsed || !isSubscriptionEvent(item.type))
            continue;
        const QJsonObject object = item.event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        if (!object.contains(QStringLiteral("status")) || !StripeObjects::subscriptionGaps(object).isEmpty())
            continue; // a thin payload (the per-event path asks Stripe) or a malformed one (it fails there, kept)
        candidates.append(&item);
        subscriptionIds << object.value(QStringLiteral("id")).toString();
        userIds << object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
        customerIds << StripeObjects::idOf(object.value(QStringLiteral("customer")));
    }
    if (candidates.isEmpty())
        return;
    userIds.removeAll(QString());
    customerIds.removeAll(QString());
    userIds.removeDuplicates();
    customerIds.removeDuplicates();
    subscriptionIds.removeDuplicates();
    m_mirrors = m_store.subscriptionMirrors(subscriptionIds);
    QHash<QString, BillingStore::MirrorState> &mirrors = m_mirrors;
    QHash<QString, QString> customerOfUser = m_store.customersOfUsers(userIds);
    QHash<QString, QString> userOfCustomer = m_store.usersOfCustomers(customerIds);

    QHash<QString, BillingStore::SubscriptionWrite> writes; // newest state per subscription
    QSet<QString> affectedUsers;
    for (Item *item : std::as_const(candidates)) {
        const QJsonObject object = item->event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        const QString subscription = object.value(QStringLiteral("id")).toString();
        const auto mirror = mirrors.constFind(subscription);
        if (mirror != mirrors.constEnd()) {
            // Older than what we hold: what we hold is newer, and stays. So is a
            // same-second state Stripe's lifecycle cannot reach from ours.
            if (item->created < mirror->lastEventCreated
                || (item->created == mirror->lastEventCreated
                    && StripeObjects::statusCannotFollow(mirror->status, object.value(QStringLiteral("status")).toString()))) {
                item->done = true;
                item->outcome.outcome = QStringLiteral("stale");
                item->outcome.userId = mirror->userId;
                continue;
            }
            // A same-second tie: Stripe's current state decides (per-event path).
            if (item->created == mirror->lastEventCreated && m_canFetch)
                continue;
        }
        const QString customer = StripeObjects::idOf(object.value(QStringLiteral("customer")));
        const QString user = ownerOf(object, mirror != mirrors.constEnd() ? mirror->userId : QString(), customerOfUser, userOfCustomer);
        item->done = true;
        if (user.isEmpty()) {
            item->outcome.outcome = QStringLiteral("failed");
            item->outcome.error = QStringLiteral("no user for subscription %1 (customer %2, metadata.user_id \"%3\")")
                                      .arg(subscription, customer, object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString());
            continue;
        }
        writes.insert(subscription, {object, user, item->created, item->id});
        mirrors.insert(subscription, {item->created, user, object.value(QStringLiteral("status")).toString(),
                                      StripeObjects::subscriptionState(object).currentPeriodEnd});
        affectedUsers.insert(user);
        item->outcome.outcome = QStringLiteral("applied");
        item->outcome.userId = user;
    }
    m_store.upsertSubscriptions(writes.values());
    m_store.recomputeEntitlements(QStringList(affectedUsers.begin(), affectedUsers.end()), m_now);
}

int EventBatch::applyCurrent(const QList<EventProcessor::FetchedSubscription> &fetched)
{
    // The newest answer per subscription; every lookup once for all of them.
    QHash<QString, EventProcessor::FetchedSubscription> newest;
    QStringList userIds, customerIds;
    for (const auto &f : fetched) {
        const QString id = f.subscription.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || !f.subscription.contains(QStringLiteral("status")))
            continue;
        if (!newest.contains(id) || newest.value(id).fetchedAt <= f.fetchedAt)
            newest.insert(id, f);
        userIds << f.subscription.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
        customerIds << StripeObjects::idOf(f.subscription.value(QStringLiteral("customer")));
    }
    if (newest.isEmpty())
        return 0;
    for (QStringList *list : {&userIds, &customerIds}) {
        list->removeAll(QString());
        list->removeDuplicates();
    }
    const QHash<QString, BillingStore::MirrorState> mirrors = m_store.subscriptionMirrors(newest.keys());
    QHash<QString, QString> customerOfUser = m_store.customersOfUsers(userIds);
    QHash<QString, QString> userOfCustomer = m_store.usersOfCustomers(customerIds);
    QList<BillingStore::SubscriptionWrite> writes;
    QSet<QString> affectedUsers;
    for (const auto &f : std::as_const(newest)) {
        const auto mirror = mirrors.constFind(f.subscription.value(QStringLiteral("id")).toString());
        const QString user = ownerOf(f.subscription, mirror != mirrors.constEnd() ? mirror->userId : QString(), customerOfUser, userOfCustomer);
        if (user.isEmpty())
            continue; // nobody of ours: the subscription's own events are kept as failed
        // Stripe's state as of when we asked: events created before then are older news.
        const qint64 seen = qMax(f.fetchedAt, mirror != mirrors.constEnd() ? mirror->lastEventCreated : 0);
        writes.append({f.subscription, user, seen, QString()});
        affectedUsers.insert(user);
    }
    m_store.upsertSubscriptions(writes);
    m_store.recomputeEntitlements(QStringList(affectedUsers.begin(), affectedUsers.end()), m_now);
    return int(writes.size());
}

int EventBatch::applyCurrentInvoices(const QList<QJsonObject> &invoices)
{
    QStringList userIds, customerIds;
    for (const QJsonObject &invoice : invoices) {
        userIds << metadataUser(invoice);
        customerIds << StripeObjects::idOf(invoice.value(QStringLiteral("customer")));
    }
    for (QStringList *list : {&userIds, &customerIds}) {
        list->removeAll(QString());
        list->removeDuplicates();
    }
    const QHash<QString, QString> knownUsers = m_store.customersOfUsers(userIds);
    const QHash<QString, QString> userOfCustomer = m_store.usersOfCustomers(customerIds);
    QList<BillingStore::InvoiceWrite> writes;
    for (const QJsonObject &invoice : invoices) {
        const QString byMetadata = metadataUser(invoice);
        const QString user = knownUsers.contains(byMetadata) ? byMetadata : userOfCustomer.value(StripeObjects::idOf(invoice.value(QStringLiteral("customer"))));
        if (user.isEmpty() || invoice.value(QStringLiteral("id")).toString().isEmpty())
            continue;
        writes.append({invoice, user});
    }
    m_store.upsertInvoices(writes);
    return int(writes.size());
}

void EventBatch::applyInvoices(QList<Item> &items)
{
    QList<Item *> candidates;
    QStringList subscriptionIds, userIds, customerIds;
    for (Item &item : items) {
        if (item.done || !item.parsed || !isInvoiceEvent(item.type))
            continue;
        const QJsonObject invoice = item.event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        if (!StripeObjects::invoiceGaps(invoice).isEmpty())
            continue; // malformed: the per-event path keeps it as failed, with the reason
        candidates.append(&item);
        const QString subscription = StripeObjects::invoiceSubscription(invoice);
        if (!subscription.isEmpty() && !m_mirrors.contains(subscription))
            subscriptionIds << subscription;
        userIds << metadataUser(invoice);
        customerIds << StripeObjects::idOf(invoice.value(QStringLiteral("customer")));
    }
    if (candidates.isEmpty())
        return;
    for (QStringList *list : {&subscriptionIds, &userIds, &customerIds}) {
        list->removeAll(QString());
        list->removeDuplicates();
    }
    m_mirrors.insert(m_store.subscriptionMirrors(subscriptionIds));
    const QHash<QString, QString> knownUsers = m_store.customersOfUsers(userIds);
    const QHash<QString, QString> userOfCustomer = m_store.usersOfCustomers(customerIds);

    QList<BillingStore::InvoiceWrite> writes;
    for (Item *item : std::as_const(candidates)) {
        const QJsonObject invoice = item->event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        const QString subscription = StripeObjects::invoiceSubscription(invoice);
        const auto mirror = m_mirrors.constFind(subscription);
        const bool askStripe = !subscription.isEmpty() && m_canFetch
            && invoiceIsAheadOfMirror(invoice, item->type, mirror == m_mirrors.constEnd() ? std::nullopt : std::optional(*mirror));
        if (askStripe && !m_deferred)
            continue; // Stripe answers inside the transaction: the per-event path
        // The same rule as the per-event path: metadata.user_id of a known user, else the customer's user.
        const QString byMetadata = metadataUser(invoice);
        const QString user = knownUsers.contains(byMetadata) ? byMetadata : userOfCustomer.value(StripeObjects::idOf(invoice.value(QStringLiteral("customer"))));
        writes.append({invoice, user});
        if (askStripe)
            m_deferred(subscription);
        item->done = true;
        item->outcome.outcome = QStringLiteral("applied");
        item->outcome.userId = user;
    }
    m_store.upsertInvoices(writes);
}

void EventBatch::recordEvents(const QList<Item> &items, qint64 receivedAt)
{
    QVariantList binds;
    int rows = 0;
    for (const Item &item : items) {
        if (!item.done || item.outcome.outcome == QLatin1String("duplicate"))
            continue;
        const QJsonObject object = item.event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        binds << item.id << item.type << item.created << item.event.value(QStringLiteral("livemode")).toBool()
              << item.event.value(QStringLiteral("api_version")).toString() << receivedAt << receivedAt
              << 1 + m_extraDeliveries.value(item.id) << m_now << item.outcome.outcome
              << (item.outcome.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(item.outcome.error))
              << (item.outcome.userId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(item.outcome.userId))
              << object.value(QStringLiteral("id")).toString() << QString::fromUtf8(item.payload);
        ++rows;
    }
    if (rows == 0)
        return;
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // No ON CONFLICT: if another instance stored one of these events since
    // markDuplicates looked, the unique id makes this fail, the whole set-based
    // work is rolled back, and the per-event path (which claims each id before
    // applying it) sorts out who applies what. Silently skipping the row here
    // would let both instances apply the event.
    m_store.query(QStringLiteral("INSERT INTO webhook_events (event_id, type, created, livemode, api_version, received_at, last_received_at, "
                                 "delivery_count, processed_at, outcome, error, user_id, object_id, payload) VALUES %1")
                      .arg(values.join(QStringLiteral(", "))),
                  binds);
}

} // namespace companion::billing
