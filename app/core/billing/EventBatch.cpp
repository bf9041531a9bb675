#include "EventBatch.h"

#include "Rules.h"
#include "StripeObjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace companion::billing {

namespace {
QJsonObject objectOf(const QJsonObject &event)
{
    return event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
}
} // namespace

EventBatch::EventBatch(BillingStore &store, qint64 now, bool canAskStripe, EventProcessor::RefreshRequester deferred)
    : m_store(store)
    , m_now(now)
    , m_canFetch(canAskStripe)
    , m_deferred(std::move(deferred))
{
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
            if (outcomeFromName(*known) == Outcome::Failed)
                continue; // a redelivery of a failed event is retried on the per-event path
            item.done = true;
            item.outcome.outcome = Outcome::Duplicate;
            ++seenAgain[item.id];
        } else if (firstInBatch.contains(item.id)) {
            item.done = true; // a copy of an event earlier in this batch
            item.outcome.outcome = Outcome::Duplicate;
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

QString EventBatch::ownerOf(const QJsonObject &subscription, const QString &mirrorUser, LoadedLearners &learners)
{
    const OwnerClues clues = Rules::cluesOf(subscription, EventKind::Subscription, mirrorUser);
    const QString user = Rules::ownerOf(clues, learners);
    if (!user.isEmpty() && learners.customerOfUser.value(user).isEmpty() && !clues.customerId.isEmpty()
        && learners.ownerOfCustomer(clues.customerId).isEmpty()) {
        m_store.linkCustomer(user, clues.customerId); // first purchase: rare, so one statement each is fine
        learners.link(user, clues.customerId);
    }
    return user;
}

LoadedLearners EventBatch::loadLearners(const QList<OwnerClues> &clues) const
{
    // Every id Rules::ownerOf may ask about.
    QStringList userIds, customerIds;
    for (const OwnerClues &c : clues) {
        userIds << c.metadataUserId << c.clientReferenceId;
        customerIds << c.customerId;
    }
    for (QStringList *list : {&userIds, &customerIds}) {
        list->removeAll(QString());
        list->removeDuplicates();
    }
    LoadedLearners learners;
    learners.customerOfUser = m_store.customersOfUsers(userIds);
    learners.userOfCustomer = m_store.usersOfCustomers(customerIds);
    return learners;
}

void EventBatch::applySubscriptions(QList<Item> &items)
{
    QList<Item *> candidates;
    QStringList subscriptionIds;
    QList<OwnerClues> clues;
    for (Item &item : items) {
        if (item.done || !item.parsed || Rules::kindOf(item.type) != EventKind::Subscription)
            continue;
        const QJsonObject object = objectOf(item.event);
        if (!StripeObjects::subscriptionGaps(object).isEmpty())
            continue; // malformed: the per-event path keeps it as failed, with the reason
        candidates.append(&item);
        subscriptionIds << object.value(QStringLiteral("id")).toString();
        clues << Rules::cluesOf(object, EventKind::Subscription);
    }
    if (candidates.isEmpty())
        return;
    subscriptionIds.removeDuplicates();
    m_mirrors = m_store.subscriptionMirrors(subscriptionIds);
    QHash<QString, BillingStore::MirrorState> &mirrors = m_mirrors;
    LoadedLearners learners = loadLearners(clues);

    QList<BillingStore::SubscriptionWrite> writes; // every state applied, in order
    QSet<QString> affectedUsers;
    for (Item *item : std::as_const(candidates)) {
        const QJsonObject object = objectOf(item->event);
        const QString subscription = object.value(QStringLiteral("id")).toString();
        const auto found = mirrors.constFind(subscription);
        const auto mirror = found == mirrors.constEnd() ? std::nullopt : std::optional(*found);
        switch (Rules::judgeSubscriptionEvent(item->created, object.value(QStringLiteral("status")).toString(), mirror, m_canFetch)) {
        case SubscriptionVerdict::Stale:
            item->done = true;
            item->outcome.outcome = Outcome::Stale;
            item->outcome.userId = mirror->userId;
            continue;
        case SubscriptionVerdict::AskStripe:
            if (m_canFetch)
                continue; // Stripe's current state decides: the per-event path asks
            // Nobody to ask (a thin payload): decided here, in order, as the per-event path would.
            item->done = true;
            item->outcome.outcome = Outcome::Stale;
            item->outcome.error = Rules::noStateReason();
            item->outcome.userId = Rules::ownerOf(Rules::cluesOf(object, EventKind::Subscription, mirror ? mirror->userId : QString()), learners);
            continue;
        case SubscriptionVerdict::Apply:
            break;
        }
        const QString user = ownerOf(object, mirror ? mirror->userId : QString(), learners);
        item->done = true;
        if (user.isEmpty()) {
            item->outcome.outcome = Outcome::Failed;
            item->outcome.error = Rules::noOwnerReason(subscription, Rules::cluesOf(object, EventKind::Subscription));
            continue;
        }
        writes.append({object, user, item->created, item->id});
        mirrors.insert(subscription, {item->created, user, object.value(QStringLiteral("status")).toString(),
                                      StripeObjects::subscriptionState(object).currentPeriodEnd});
        affectedUsers.insert(user);
        item->outcome.outcome = Outcome::Applied;
        item->outcome.userId = user;
    }
    m_store.upsertSubscriptions(writes);
    m_store.recomputeEntitlements(QStringList(affectedUsers.begin(), affectedUsers.end()), m_now);
}

int EventBatch::applyCurrent(const QList<EventProcessor::FetchedSubscription> &fetched)
{
    // The newest answer per subscription; every lookup once for all of them.
    QHash<QString, EventProcessor::FetchedSubscription> newest;
    QList<OwnerClues> clues;
    for (const auto &f : fetched) {
        const QString id = f.subscription.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || !f.subscription.contains(QStringLiteral("status")))
            continue;
        if (!newest.contains(id) || newest.value(id).fetchedAt <= f.fetchedAt)
            newest.insert(id, f);
        clues << Rules::cluesOf(f.subscription, EventKind::Subscription);
    }
    if (newest.isEmpty())
        return 0;
    const QHash<QString, BillingStore::MirrorState> mirrors = m_store.subscriptionMirrors(newest.keys());
    LoadedLearners learners = loadLearners(clues);
    QList<BillingStore::SubscriptionWrite> writes;
    QSet<QString> affectedUsers;
    for (const auto &f : std::as_const(newest)) {
        const auto mirror = mirrors.constFind(f.subscription.value(QStringLiteral("id")).toString());
        const QString user = ownerOf(f.subscription, mirror != mirrors.constEnd() ? mirror->userId : QString(), learners);
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
    QList<OwnerClues> clues;
    for (const QJsonObject &invoice : invoices)
        clues << Rules::cluesOf(invoice, EventKind::Invoice);
    const LoadedLearners learners = loadLearners(clues);
    QList<BillingStore::InvoiceWrite> writes;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const QJsonObject &invoice = invoices.at(i);
        const QString user = Rules::ownerOf(clues.at(i), learners);
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
    QStringList subscriptionIds;
    QList<OwnerClues> clues;
    for (Item &item : items) {
        if (item.done || !item.parsed || Rules::kindOf(item.type) != EventKind::Invoice)
            continue;
        const QJsonObject invoice = objectOf(item.event);
        if (!StripeObjects::invoiceGaps(invoice).isEmpty())
            continue; // malformed: the per-event path keeps it as failed, with the reason
        candidates.append(&item);
        const QString subscription = StripeObjects::invoiceSubscription(invoice);
        if (!subscription.isEmpty() && !m_mirrors.contains(subscription))
            subscriptionIds << subscription;
        clues << Rules::cluesOf(invoice, EventKind::Invoice);
    }
    if (candidates.isEmpty())
        return;
    subscriptionIds.removeAll(QString());
    subscriptionIds.removeDuplicates();
    m_mirrors.insert(m_store.subscriptionMirrors(subscriptionIds));
    const LoadedLearners learners = loadLearners(clues);

    QList<BillingStore::InvoiceWrite> writes;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        Item *item = candidates.at(i);
        const QJsonObject invoice = objectOf(item->event);
        const QString subscription = StripeObjects::invoiceSubscription(invoice);
        const auto mirror = m_mirrors.constFind(subscription);
        const bool askStripe = !subscription.isEmpty() && m_canFetch
            && Rules::invoiceNeedsStripe(invoice, item->type, mirror == m_mirrors.constEnd() ? std::nullopt : std::optional(*mirror));
        if (askStripe && !m_deferred)
            continue; // Stripe answers inside the transaction: the per-event path
        const QString user = Rules::ownerOf(clues.at(i), learners);
        writes.append({invoice, user});
        if (askStripe)
            m_deferred(subscription);
        item->done = true;
        item->outcome.outcome = Outcome::Applied;
        item->outcome.userId = user;
    }
    m_store.upsertInvoices(writes);
}

void EventBatch::recordEvents(const QList<Item> &items, qint64 receivedAt)
{
    QVariantList binds;
    int rows = 0;
    for (const Item &item : items) {
        if (!item.done || item.outcome.outcome == Outcome::Duplicate)
            continue;
        const QJsonObject object = objectOf(item.event);
        binds << item.id << item.type << item.created << item.event.value(QStringLiteral("livemode")).toBool()
              << item.event.value(QStringLiteral("api_version")).toString() << receivedAt << receivedAt
              << 1 + m_extraDeliveries.value(item.id) << m_now << item.outcome.name()
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
