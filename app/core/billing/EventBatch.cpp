#include "EventBatch.h"

#include "MrrLedger.h"
#include "Rules.h"
#include "StripeObjects.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace companion::billing {

namespace {
QJsonObject objectOf(const QJsonObject &event)
{
    return event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
}

QString idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toString();
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// The subscription an event's object is about, whatever its kind (empty: none).
QString subscriptionOf(const QJsonObject &object, EventKind kind)
{
    switch (kind) {
    case EventKind::Subscription:
        return idOf(object);
    case EventKind::Invoice:
        return StripeObjects::invoiceSubscription(object);
    case EventKind::Checkout:
        return StripeObjects::idOf(object.value(QStringLiteral("subscription")));
    default:
        return {};
    }
}

constexpr qsizetype kRejectedExcerpt = 4096; // what we keep of a body we could not trust

// Text no column can keep as it is: a NUL (PostgreSQL refuses it; SQLite's JSON
// lists end there) or half a surrogate pair (becomes U+FFFD on one side only).
bool isUnstorable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return true;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool holdsUnstorableText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return isUnstorable(value.toString());
    case QJsonValue::Array:
        for (const QJsonValue &v : value.toArray())
            if (holdsUnstorableText(v))
                return true;
        return false;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (isUnstorable(it.key()) || holdsUnstorableText(it.value()))
                return true;
        return false;
    }
    default:
        return false;
    }
}
} // namespace

QString EventBatch::rejectedExcerpt(const QByteArray &payload)
{
    // Stored as text: a NUL (which PostgreSQL refuses in text) becomes U+FFFD like any invalid byte.
    return QString::fromUtf8(payload.left(kRejectedExcerpt)).replace(QChar(0), QChar::ReplacementCharacter);
}

QString EventBatch::notAnEventReason()
{
    return QStringLiteral("signed, but not a Stripe event (no evt_ id or type)");
}

QString EventBatch::unstorableTextReason()
{
    return QStringLiteral("signed, but its text holds a NUL or half a surrogate pair, which Stripe never sends");
}

EventBatch::EventBatch(BillingStore &store, qint64 now, EventProcessor::SubscriptionFetcher fetch, EventProcessor::RefreshRequester later)
    : m_store(store)
    , m_now(now)
    , m_fetch(std::move(fetch))
    , m_later(std::move(later))
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
        // Stripe's ids are printable ASCII (letters, digits, '_'); anything else is not Stripe's.
        const bool plainId = std::all_of(item.id.cbegin(), item.id.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
        item.parsed = document.isObject() && item.id.startsWith(QLatin1String("evt_")) && plainId && !item.type.isEmpty();
        if (!item.parsed) {
            item.outcome.error = notAnEventReason();
        } else if (holdsUnstorableText(item.event)) {
            item.parsed = false;
            item.outcome.error = unstorableTextReason();
        }
        item.outcome.eventId = item.id;
        item.outcome.type = item.type;
        item.outcome.created = item.created;
        items.append(item);
    }
    return items;
}

void EventBatch::run(QList<Item> &items, qint64 receivedAt, Delivery delivery)
{
    const QList<Row> rows = sortOutDeliveries(items, delivery);
    load(items, rows);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).parsed && rows.at(i) != Row::Copy)
            decide(items[i]);
    }
    write(items, rows, receivedAt, delivery);
}

QList<EventBatch::Row> EventBatch::sortOutDeliveries(QList<Item> &items, Delivery delivery)
{
    QStringList ids;
    QSet<QString> unique;
    for (const Item &item : std::as_const(items)) {
        if (item.parsed && !unique.contains(item.id)) {
            unique.insert(item.id);
            ids << item.id;
        }
    }
    QHash<QString, Outcome> storedOutcomes; // event id -> outcome of its stored row
    if (!ids.isEmpty()) {
        QSqlQuery &q = m_store.query(QStringLiteral("SELECT event_id, outcome FROM webhook_events WHERE ")
                                         + db::inBoundList(m_store.dialect(), QStringLiteral("event_id")),
                                     {db::boundList(m_store.dialect(), ids)});
        while (q.next())
            storedOutcomes.insert(q.value(0).toString(), outcomeFromName(q.value(1).toString()).value_or(Outcome::Applied));
        // A cached statement left mid-result would keep SQLite's read snapshot.
        q.finish();
    }

    QList<Row> rows;
    QSet<QString> seen;
    for (Item &item : items) {
        if (!item.parsed) {
            rows << Row::New;
            item.outcome.outcome = Outcome::Rejected;
            continue;
        }
        if (delivery == Delivery::Received)
            ++m_deliveries[item.id];
        if (seen.contains(item.id)) {
            rows << Row::Copy; // a copy of an event earlier in this batch
            item.outcome.outcome = Outcome::Duplicate;
            continue;
        }
        seen.insert(item.id);
        const auto stored = storedOutcomes.constFind(item.id);
        if (stored == storedOutcomes.constEnd()) {
            if (delivery == Delivery::Reapplied)
                throw StoreError(QStringLiteral("event %1 is not stored").arg(item.id));
            rows << Row::New;
        } else if (delivery == Delivery::Reapplied || *stored == Outcome::Failed) {
            rows << Row::Stored; // a failed event delivered again gets another chance
        } else {
            rows << Row::Copy;
            item.outcome.outcome = Outcome::Duplicate;
        }
    }
    return rows;
}

void EventBatch::load(const QList<Item> &items, const QList<Row> &rows)
{
    QStringList subscriptionIds;
    QList<OwnerClues> clues;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (!item.parsed || rows.at(i) == Row::Copy)
            continue;
        const EventKind kind = Rules::kindOf(item.type);
        if (kind == EventKind::Other)
            continue;
        const QJsonObject object = objectOf(item.event);
        subscriptionIds << subscriptionOf(object, kind);
        clues << Rules::cluesOf(object, kind);
    }
    subscriptionIds.removeAll(QString());
    subscriptionIds.removeDuplicates();
    m_mirrors.insert(m_store.subscriptionMirrors(subscriptionIds));
    for (const QString &id : std::as_const(subscriptionIds))
        m_mirrorsRead.insert(id);
    loadLearners(clues);
}

void EventBatch::loadLearners(const QList<OwnerClues> &clues)
{
    // Every id Rules::ownerOf may ask about that this batch has not read yet.
    QStringList userIds, customerIds, emails;
    for (const OwnerClues &c : clues) {
        for (const QString &user : {c.metadataUserId, c.clientReferenceId}) {
            if (!user.isEmpty() && !m_usersRead.contains(user)) {
                m_usersRead.insert(user);
                userIds << user;
            }
        }
        if (!c.customerId.isEmpty() && !m_customersRead.contains(c.customerId)) {
            m_customersRead.insert(c.customerId);
            customerIds << c.customerId;
        }
        if (const QString email = c.email.toLower(); !email.isEmpty() && !m_emailsRead.contains(email)) {
            m_emailsRead.insert(email);
            emails << email;
        }
    }
    // What this batch linked already stands over what the database still says.
    const QHash<QString, QString> customers = m_store.customersOfUsers(userIds);
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        if (!m_learners.customerOfUser.contains(it.key()))
            m_learners.customerOfUser.insert(it.key(), it.value());
    }
    const QHash<QString, QString> users = m_store.usersOfCustomers(customerIds);
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (!m_learners.userOfCustomer.contains(it.key()))
            m_learners.userOfCustomer.insert(it.key(), it.value());
    }
    m_learners.userOfEmail.insert(m_store.usersOfEmails(emails));
}

std::optional<SubscriptionMirror> EventBatch::mirrorOf(const QString &subscriptionId) const
{
    const auto found = m_mirrors.constFind(subscriptionId);
    return found == m_mirrors.constEnd() ? std::nullopt : std::optional(*found);
}

qint64 EventBatch::lastSeen(const QString &subscriptionId) const
{
    const auto mirror = mirrorOf(subscriptionId);
    return mirror ? mirror->lastEventCreated : 0;
}

QString EventBatch::owner(const OwnerClues &clues, bool link)
{
    loadLearners({clues}); // read already, except for objects Stripe answered with meanwhile
    const QString user = Rules::ownerOf(clues, m_learners);
    if (link && !user.isEmpty() && !clues.customerId.isEmpty() && m_learners.customerOfUser.value(user).isEmpty()
        && m_learners.ownerOfCustomer(clues.customerId).isEmpty()) {
        m_links.append({user, clues.customerId}); // a learner's first purchase
        m_learners.link(user, clues.customerId);
        m_usersRead.insert(user);
    }
    return user;
}

std::optional<QJsonObject> EventBatch::askStripe(const QString &subscriptionId)
{
    if (m_later) {
        m_later(subscriptionId);
        return std::nullopt;
    }
    return m_fetch ? m_fetch(subscriptionId) : std::nullopt;
}

QString EventBatch::takeState(const QJsonObject &subscription, qint64 seen, const QString &eventId)
{
    const QString id = idOf(subscription);
    if (!m_mirrorsRead.contains(id)) { // a subscription Stripe named in its answer only
        m_mirrors.insert(m_store.subscriptionMirrors({id}));
        m_mirrorsRead.insert(id);
    }
    const auto mirror = mirrorOf(id);
    const QString user = owner(Rules::cluesOf(subscription, EventKind::Subscription, mirror ? mirror->userId : QString()), true);
    if (user.isEmpty())
        return {};
    m_subscriptions.append({subscription, user, seen, eventId});
    // As the row will read once written (its newest `created` is kept).
    m_mirrors.insert(id, {qMax(seen, mirror ? mirror->lastEventCreated : 0), user, subscription.value(QStringLiteral("status")).toString(),
                          StripeObjects::subscriptionState(subscription).currentPeriodEnd});
    m_affectedUsers.insert(user);
    return user;
}

void EventBatch::decide(Item &item)
{
    const QJsonObject object = objectOf(item.event);
    const EventKind kind = Rules::kindOf(item.type);
    ProcessOutcome &out = item.outcome;
    out.outcome = Outcome::Applied;
    if (kind == EventKind::Subscription || kind == EventKind::Invoice) {
        const bool isSubscription = kind == EventKind::Subscription;
        const QString gaps = isSubscription ? StripeObjects::subscriptionGaps(object) : StripeObjects::invoiceGaps(object);
        if (!gaps.isEmpty()) {
            out.outcome = Outcome::Failed;
            out.error = QStringLiteral("the event's %1 has no usable %2").arg(isSubscription ? QStringLiteral("subscription") : QStringLiteral("invoice"), gaps);
            out.userId = owner(Rules::cluesOf(object, kind), false);
            return;
        }
    }
    switch (kind) {
    case EventKind::Subscription:
        decideSubscription(item, object);
        return;
    case EventKind::Checkout:
        decideCheckout(item, object);
        return;
    case EventKind::Invoice:
        decideInvoice(item, object);
        return;
    case EventKind::Refund:
        m_refunds.append({idOf(object), object.value(QStringLiteral("amount_refunded")).toInteger()});
        break;
    case EventKind::Dispute: {
        // Opened, updated or closed: what it costs now (nothing once won), on the invoice its charge paid.
        const StripeObjects::DisputeCost cost = StripeObjects::disputeCost(object);
        m_disputes.append({StripeObjects::idOf(object.value(QStringLiteral("charge"))), cost.amount, cost.fee,
                           object.value(QStringLiteral("created")).toInteger()});
        break;
    }
    case EventKind::Customer:
        break; // recorded for the timeline; access follows the subscription events these come with
    case EventKind::Payout:
        // Nobody's: the account's money going to its bank. A state older than the mirror's changes nothing.
        m_payouts.append({object, item.created});
        return;
    case EventKind::Discount:
        // A coupon is nobody's; a discount is its customer's, but access follows the
        // subscription's own events: here only what the subscription is billed.
        m_discounts.append({item.type, object, item.created});
        return;
    case EventKind::Other:
        out.outcome = Outcome::Ignored;
        return;
    }
    out.userId = owner(Rules::cluesOf(object, kind), false);
}

void EventBatch::decideSubscription(Item &item, const QJsonObject &subscription)
{
    ProcessOutcome &out = item.outcome;
    const QString id = idOf(subscription);
    const auto mirror = mirrorOf(id);
    const QString mirrorUser = mirror ? mirror->userId : QString();
    const QString status = subscription.value(QStringLiteral("status")).toString();
    switch (Rules::judgeSubscriptionEvent(item.created, status, mirror, m_fetch || m_later)) {
    case SubscriptionVerdict::Stale:
        out.outcome = Outcome::Stale;
        out.userId = mirrorUser;
        return;
    case SubscriptionVerdict::AskStripe:
        if (const auto fresh = askStripe(id)) {
            out.userId = takeState(*fresh, qMax(item.created, lastSeen(id)), item.id);
            if (out.userId.isEmpty()) {
                out.outcome = Outcome::Failed;
                out.error = Rules::noOwnerReason(id, Rules::cluesOf(*fresh, EventKind::Subscription));
            }
            return;
        }
        if (status.isEmpty()) {
            // Keep what we hold; Stripe's state (when asked for later) arrives through applyCurrent.
            out.outcome = Outcome::Stale;
            out.error = Rules::noStateReason();
            out.userId = owner(Rules::cluesOf(subscription, EventKind::Subscription, mirrorUser), false);
            return;
        }
        break; // a tie Stripe answers later: applied in arrival order meanwhile
    case SubscriptionVerdict::Apply:
        break;
    }
    out.userId = takeState(subscription, item.created, item.id);
    if (out.userId.isEmpty()) {
        out.outcome = Outcome::Failed;
        out.error = Rules::noOwnerReason(id, Rules::cluesOf(subscription, EventKind::Subscription));
    }
}

void EventBatch::decideCheckout(Item &item, const QJsonObject &session)
{
    ProcessOutcome &out = item.outcome;
    const OwnerClues clues = Rules::cluesOf(session, EventKind::Checkout);
    out.userId = owner(clues, true);
    if (out.userId.isEmpty()) {
        out.outcome = Outcome::Failed;
        out.error = QStringLiteral("no user for checkout session %1 (metadata.user_id \"%2\", client_reference_id \"%3\", e-mail \"%4\")")
                        .arg(idOf(session), clues.metadataUserId, clues.clientReferenceId, clues.email);
        return;
    }
    m_affectedUsers.insert(out.userId);
    // The session names the subscription only: its state comes from Stripe (or its own events).
    const QString subscription = subscriptionOf(session, EventKind::Checkout);
    if (subscription.isEmpty())
        return;
    if (const auto fresh = askStripe(subscription))
        takeState(*fresh, qMax(item.created, lastSeen(subscription)), item.id);
}

void EventBatch::decideInvoice(Item &item, const QJsonObject &invoice)
{
    ProcessOutcome &out = item.outcome;
    out.userId = owner(Rules::cluesOf(invoice, EventKind::Invoice), false);
    m_invoices.append({invoice, out.userId});
    // A paid or failed invoice moves the period or the status. Its subscription's own
    // event usually says so too; Stripe is asked only when ours does not show it yet.
    const QString subscription = subscriptionOf(invoice, EventKind::Invoice);
    if (subscription.isEmpty() || !(m_fetch || m_later) || !Rules::invoiceNeedsStripe(invoice, item.type, mirrorOf(subscription)))
        return;
    if (const auto fresh = askStripe(subscription)) {
        const QString user = takeState(*fresh, qMax(item.created, lastSeen(subscription)), item.id);
        if (out.userId.isEmpty())
            out.userId = user;
    }
}

void EventBatch::write(const QList<Item> &items, const QList<Row> &rows, qint64 receivedAt, Delivery delivery)
{
    // The events' rows first: their unique ids claim them. If another instance stored
    // one since sortOutDeliveries looked, this fails, everything is rolled back, and
    // the same decisions run again (then seeing that row) instead of applying twice.
    insertEvents(items, rows, receivedAt);
    updateStoredEvents(items, rows, receivedAt, delivery);
    writeState();
}

void EventBatch::insertEvents(const QList<Item> &items, const QList<Row> &rows, qint64 receivedAt)
{
    static const QVariant noText{QMetaType(QMetaType::QString)};
    static const QVariant noNumber{QMetaType(QMetaType::LongLong)};
    QVariantList binds;
    int count = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (rows.at(i) != Row::New)
            continue;
        const Item &item = items.at(i);
        if (item.parsed) {
            binds << item.id << item.type << item.created << item.event.value(QStringLiteral("livemode")).toBool()
                  << item.event.value(QStringLiteral("api_version")).toString() << receivedAt << receivedAt << m_deliveries.value(item.id)
                  << m_now << item.outcome.name() << nullableText(item.outcome.error) << nullableText(item.outcome.userId)
                  << idOf(objectOf(item.event)) << QString::fromUtf8(item.payload);
        } else {
            // A correctly signed body that is not an event: kept (truncated) with the reason.
            binds << noText << QStringLiteral("") << noNumber << false << noText << receivedAt << receivedAt << 1 << noNumber
                  << item.outcome.name() << item.outcome.error << noText << noText << rejectedExcerpt(item.payload);
        }
        ++count;
    }
    if (count == 0)
        return;
    QStringList values;
    for (int r = 0; r < count; ++r)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_store.query(QStringLiteral("INSERT INTO webhook_events (event_id, type, created, livemode, api_version, received_at, last_received_at, "
                                 "delivery_count, processed_at, outcome, error, user_id, object_id, payload) VALUES %1")
                      .arg(values.join(QStringLiteral(", "))),
                  binds);
}

void EventBatch::updateStoredEvents(const QList<Item> &items, const QList<Row> &rows, qint64 receivedAt, Delivery delivery)
{
    QSet<QString> done;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (!item.parsed || done.contains(item.id))
            continue;
        done.insert(item.id); // the first copy of an id says what its row needs
        const int deliveries = m_deliveries.value(item.id);
        if (rows.at(i) == Row::Stored) {
            const ProcessOutcome &o = item.outcome;
            if (delivery == Delivery::Received) {
                m_store.exec(QStringLiteral("UPDATE webhook_events SET outcome = ?, error = ?, user_id = ?, processed_at = ?, "
                                            "delivery_count = delivery_count + ?, last_received_at = ? WHERE event_id = ?"),
                             {o.name(), nullableText(o.error), nullableText(o.userId), m_now, deliveries, receivedAt, item.id});
            } else {
                m_store.exec(QStringLiteral("UPDATE webhook_events SET outcome = ?, error = ?, user_id = ?, processed_at = ? WHERE event_id = ?"),
                             {o.name(), nullableText(o.error), nullableText(o.userId), m_now, item.id});
            }
        } else if (rows.at(i) == Row::Copy && deliveries > 0) {
            m_store.exec(QStringLiteral("UPDATE webhook_events SET delivery_count = delivery_count + ?, last_received_at = ? WHERE event_id = ?"),
                         {deliveries, receivedAt, item.id});
        }
    }
}

void EventBatch::writeState()
{
    for (const auto &[user, customer] : std::as_const(m_links))
        m_store.linkCustomer(user, customer);
    m_store.upsertSubscriptions(m_subscriptions);
    m_store.upsertInvoices(m_invoices);
    for (const Refund &r : std::as_const(m_refunds))
        m_store.recordRefund(r.chargeId, r.amountRefunded);
    for (const Dispute &d : std::as_const(m_disputes))
        m_store.recordDispute(d.chargeId, d.amount, d.fee, d.at);
    PayoutMirror(m_store).upsertPayouts(m_payouts);
    writeDiscounts();
    m_store.recomputeEntitlements(QStringList(m_affectedUsers.begin(), m_affectedUsers.end()), m_now);
    m_links.clear();
    m_subscriptions.clear();
    m_invoices.clear();
    m_refunds.clear();
    m_disputes.clear();
    m_payouts.clear();
    m_discounts.clear();
    m_affectedUsers.clear();
}

void EventBatch::writeDiscounts()
{
    DiscountMirror mirror(m_store);
    for (const DiscountWrite &w : std::as_const(m_discounts)) {
        QStringList concerned;
        if (w.type.startsWith(QLatin1String("coupon."))) {
            mirror.upsertCoupons({w.object}, w.type == QLatin1String("coupon.deleted"));
            // A coupon mirrored after its discounts: their subscriptions' MRR can count it now.
            if (w.type == QLatin1String("coupon.created"))
                concerned = mirror.subscriptionsWithCoupons({idOf(w.object)});
        } else if (w.type.startsWith(QLatin1String("promotion_code."))) {
            mirror.upsertPromotionCodes({w.object});
        } else {
            const bool removed = w.type == QLatin1String("customer.discount.deleted");
            concerned = mirror.upsertDiscounts({w.object}, removed ? w.created : 0);
        }
        MrrLedger(m_store).reobserve(concerned, w.created);
    }
}

int EventBatch::applyCurrent(const QList<EventProcessor::FetchedSubscription> &fetched)
{
    // The newest answer per subscription; every lookup once for all of them.
    QHash<QString, EventProcessor::FetchedSubscription> newest;
    QList<OwnerClues> clues;
    for (const auto &f : fetched) {
        const QString id = idOf(f.subscription);
        if (id.isEmpty() || !f.subscription.contains(QStringLiteral("status")))
            continue;
        if (!newest.contains(id) || newest.value(id).fetchedAt <= f.fetchedAt)
            newest.insert(id, f);
        clues << Rules::cluesOf(f.subscription, EventKind::Subscription);
    }
    if (newest.isEmpty())
        return 0;
    const QStringList ids = newest.keys();
    m_mirrors.insert(m_store.subscriptionMirrors(ids));
    for (const QString &id : ids)
        m_mirrorsRead.insert(id);
    loadLearners(clues);
    int written = 0;
    for (const auto &f : std::as_const(newest)) {
        // Stripe's state as of when we asked: events created before then are older news.
        // Nobody of ours: the subscription's own events are kept as failed.
        if (!takeState(f.subscription, qMax(f.fetchedAt, lastSeen(idOf(f.subscription))), QString()).isEmpty())
            ++written;
    }
    writeState();
    return written;
}

int EventBatch::applyCurrentInvoices(const QList<QJsonObject> &invoices)
{
    QList<OwnerClues> clues;
    for (const QJsonObject &invoice : invoices)
        clues << Rules::cluesOf(invoice, EventKind::Invoice);
    loadLearners(clues);
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const QString user = owner(clues.at(i), false);
        if (!user.isEmpty() && !idOf(invoices.at(i)).isEmpty())
            m_invoices.append({invoices.at(i), user});
    }
    const int written = int(m_invoices.size());
    writeState();
    return written;
}

} // namespace companion::billing
