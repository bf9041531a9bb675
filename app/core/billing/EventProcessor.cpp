#include "EventProcessor.h"

#include <algorithm>
#include <numeric>

#include "EventBatch.h"
#include "Rules.h"
#include "StripeObjects.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::billing {

namespace {
constexpr qsizetype kRejectedExcerpt = 4096; // what we keep of a body we could not trust
} // namespace

EventProcessor::EventProcessor(QSqlDatabase db, db::Dialect dialect, SubscriptionFetcher fetcher)
    : m_store(std::move(db), dialect)
    , m_fetch(std::move(fetcher))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

ProcessOutcome EventProcessor::process(const QByteArray &payload, qint64 receivedAt)
{
    return processBatch({payload}, receivedAt).first();
}

namespace {
// A key that is the same for the same delivery on every instance: the event id
// (the first evt_… in the body), else the body itself.
QByteArray lockOrderKey(const QByteArray &payload)
{
    const qsizetype at = payload.indexOf("\"evt_");
    if (at < 0)
        return payload;
    const qsizetype end = payload.indexOf('"', at + 1);
    return end < 0 ? payload : payload.mid(at + 1, end - at - 1);
}

// Failures that say "another transaction was in the way", not "this event is bad".
bool isTransient(const ProcessOutcome &outcome)
{
    return !outcome.stored
        && (outcome.error.contains(QLatin1String("deadlock detected")) || outcome.error.contains(QLatin1String("could not serialize"))
            || outcome.error.contains(QLatin1String("database is locked")));
}
} // namespace

QList<ProcessOutcome> EventProcessor::processBatch(const QList<QByteArray> &payloads, qint64 receivedAt)
{
    // Several instances on one database storing the same deliveries take their row
    // locks in one order (by event id), so they wait for each other instead of
    // deadlocking; what still collides (other rows, other orders) is retried.
    QList<qsizetype> order(payloads.size());
    std::iota(order.begin(), order.end(), 0);
    QList<QByteArray> keys;
    keys.reserve(payloads.size());
    for (const QByteArray &payload : payloads)
        keys.append(lockOrderKey(payload));
    std::stable_sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    QList<QByteArray> sorted;
    sorted.reserve(payloads.size());
    for (qsizetype i : std::as_const(order))
        sorted.append(payloads.at(i));

    QList<ProcessOutcome> sortedOutcomes = processInOrder(sorted, receivedAt);
    for (int attempt = 0; attempt < kTransientRetries; ++attempt) {
        QList<qsizetype> again;
        for (qsizetype i = 0; i < sortedOutcomes.size(); ++i) {
            if (isTransient(sortedOutcomes.at(i)))
                again.append(i);
        }
        if (again.isEmpty())
            break;
        qCInfo(lcDb) << "retrying" << again.size() << "webhook events after a lock conflict";
        QList<QByteArray> retry;
        for (qsizetype i : std::as_const(again))
            retry.append(sorted.at(i));
        const QList<ProcessOutcome> outcomes = processEachInOwnSavepoint(retry, receivedAt);
        for (qsizetype k = 0; k < again.size(); ++k)
            sortedOutcomes[again.at(k)] = outcomes.at(k);
    }
    QList<ProcessOutcome> outcomes(payloads.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        outcomes[order.at(k)] = sortedOutcomes.at(k);
    return outcomes;
}

QList<ProcessOutcome> EventProcessor::processInOrder(const QList<QByteArray> &payloads, qint64 receivedAt)
{
    if (payloads.size() > 1) {
        // The set-based path first; if any of its statements fails, nothing of it stays
        // and the whole batch goes event by event below.
        db::Transaction tx(m_store.database(), m_store.dialect());
        if (tx.isActive()) {
            try {
                QList<EventBatch::Item> items = EventBatch::parse(payloads);
                EventBatch(m_store, m_clock(), canAskStripe(), m_refresh).run(items, receivedAt);
                QList<ProcessOutcome> outcomes;
                for (const EventBatch::Item &item : std::as_const(items))
                    outcomes.append(item.done ? item.outcome : processSavepointed(item.payload, receivedAt));
                if (tx.commit())
                    return outcomes;
            } catch (const StoreError &e) {
                qCInfo(lcDb).noquote() << "batch path failed, replaying event by event:" << e.message();
            }
        }
    }
    return processEachInOwnSavepoint(payloads, receivedAt);
}

ProcessOutcome EventProcessor::processSavepointed(const QByteArray &payload, qint64 receivedAt)
{
    m_store.exec(QStringLiteral("SAVEPOINT webhook_event"));
    try {
        ProcessOutcome outcome = processOne(payload, receivedAt, false);
        m_store.exec(QStringLiteral("RELEASE SAVEPOINT webhook_event"));
        return outcome;
    } catch (const StoreError &e) {
        // This event's work is undone; the others in the batch stand. (If even the
        // rollback fails the connection is gone, and that error reaches the caller.)
        m_store.exec(QStringLiteral("ROLLBACK TO SAVEPOINT webhook_event"));
        m_store.exec(QStringLiteral("RELEASE SAVEPOINT webhook_event"));
        return ProcessOutcome::notStored({}, e.message());
    }
}

QList<ProcessOutcome> EventProcessor::processEachInOwnSavepoint(const QList<QByteArray> &payloads, qint64 receivedAt)
{
    QList<ProcessOutcome> outcomes;
    db::Transaction tx(m_store.database(), m_store.dialect());
    auto failAll = [&](const QString &error) {
        QList<ProcessOutcome> failed;
        for (qsizetype i = 0; i < payloads.size(); ++i)
            failed.append(ProcessOutcome::notStored({}, error));
        qCWarning(lcDb).noquote() << "webhook batch not stored:" << error;
        return failed;
    };
    if (!tx.isActive())
        return failAll(tx.error());
    try {
        for (const QByteArray &payload : payloads)
            outcomes.append(processSavepointed(payload, receivedAt));
    } catch (const StoreError &e) {
        return failAll(e.message());
    }
    if (!tx.commit())
        return failAll(tx.error());
    return outcomes;
}

ProcessOutcome EventProcessor::processOne(const QByteArray &payload, qint64 receivedAt, bool forceReapply)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    const QJsonObject event = document.object();
    ProcessOutcome outcome;
    outcome.eventId = event.value(QStringLiteral("id")).toString();
    outcome.type = event.value(QStringLiteral("type")).toString();
    if (!document.isObject() || !outcome.eventId.startsWith(QLatin1String("evt_")) || outcome.type.isEmpty()) {
        recordRejected(payload, QStringLiteral("signed, but not a Stripe event (no evt_ id or type)"), receivedAt);
        outcome.outcome = Outcome::Rejected;
        outcome.error = QStringLiteral("not a Stripe event");
        return outcome;
    }

    if (!forceReapply) {
        // The unique event id decides, even between several servers on one database.
        QSqlQuery &insert = m_store.query(QStringLiteral(
            "INSERT INTO webhook_events (event_id, type, created, livemode, api_version, received_at, last_received_at, outcome, "
            "object_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (event_id) DO NOTHING"),
            {outcome.eventId, outcome.type, event.value(QStringLiteral("created")).toInteger(), event.value(QStringLiteral("livemode")).toBool(),
             event.value(QStringLiteral("api_version")).toString(), receivedAt, receivedAt,
             event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString(),
             QString::fromUtf8(payload)});
        if (insert.numRowsAffected() == 0) {
            m_store.exec(QStringLiteral("UPDATE webhook_events SET delivery_count = delivery_count + 1, last_received_at = ? WHERE event_id = ?"),
                         {receivedAt, outcome.eventId});
            QSqlQuery &previous = m_store.query(QStringLiteral("SELECT outcome FROM webhook_events WHERE event_id = ?"), {outcome.eventId});
            if (!previous.next())
                throw StoreError(QStringLiteral("event %1 vanished").arg(outcome.eventId));
            const QString previousOutcome = previous.value(0).toString();
            // A cached statement left mid-result would keep SQLite's read snapshot after
            // the commit, and the connection's next write would fail as "locked".
            previous.finish();
            // A redelivery of an event that could not be applied gets another chance; anything else is done.
            if (outcomeFromName(previousOutcome) != Outcome::Failed) {
                outcome.outcome = Outcome::Duplicate;
                return outcome;
            }
        }
    }
    outcome = apply(event, outcome);
    finishRow(outcome);
    return outcome;
}

void EventProcessor::finishRow(const ProcessOutcome &outcome)
{
    m_store.exec(QStringLiteral("UPDATE webhook_events SET outcome = ?, error = ?, user_id = ?, processed_at = ? WHERE event_id = ?"),
                 {outcome.name(), outcome.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(outcome.error),
                  outcome.userId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(outcome.userId), m_clock(), outcome.eventId});
}

QString EventProcessor::applySubscription(const QJsonObject &given, const QJsonObject &event, Outcome *outcome, QString *error)
{
    QJsonObject subscription = given;
    const QString id = subscription.value(QStringLiteral("id")).toString();
    const qint64 created = event.value(QStringLiteral("created")).toInteger();
    const auto mirror = m_store.subscriptionMirror(id);
    const QString mirrorUser = mirror ? mirror->userId : QString();
    const QString status = subscription.value(QStringLiteral("status")).toString();
    qint64 seen = created;
    *outcome = Outcome::Applied;
    switch (Rules::judgeSubscriptionEvent(created, status, mirror, canAskStripe())) {
    case SubscriptionVerdict::Stale:
        *outcome = Outcome::Stale;
        return mirrorUser;
    case SubscriptionVerdict::AskStripe:
        if (const auto fresh = askStripe(id)) {
            subscription = *fresh;
            seen = qMax(created, mirror ? mirror->lastEventCreated : 0);
        } else if (status.isEmpty()) {
            // Keep what we hold; Stripe's state (when asked for later) arrives through
            // applyCurrentSubscriptions.
            *outcome = Outcome::Stale;
            *error = Rules::noStateReason();
            return Rules::ownerOf(Rules::cluesOf(subscription, EventKind::Subscription, mirrorUser), m_store);
        }
        break; // a tie Stripe answers later: applied in arrival order meanwhile
    case SubscriptionVerdict::Apply:
        break;
    }
    const OwnerClues clues = Rules::cluesOf(subscription, EventKind::Subscription, mirrorUser);
    const QString user = Rules::ownerOf(clues, m_store);
    if (user.isEmpty()) {
        *outcome = Outcome::Failed;
        *error = Rules::noOwnerReason(id, clues);
        return {};
    }
    m_store.linkCustomer(user, clues.customerId);
    m_store.upsertSubscription(subscription, user, seen, event.value(QStringLiteral("id")).toString());
    m_store.recomputeEntitlement(user, m_clock());
    return user;
}

ProcessOutcome EventProcessor::apply(const QJsonObject &event, ProcessOutcome outcome)
{
    const QJsonObject object = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    const QString customer = StripeObjects::idOf(object.value(QStringLiteral("customer")));
    const EventKind kind = Rules::kindOf(outcome.type);
    const auto owner = [&] { return Rules::ownerOf(Rules::cluesOf(object, kind), m_store); };
    if (kind == EventKind::Subscription || kind == EventKind::Invoice) {
        const bool isSubscription = kind == EventKind::Subscription;
        const QString gaps = isSubscription ? StripeObjects::subscriptionGaps(object) : StripeObjects::invoiceGaps(object);
        if (!gaps.isEmpty()) {
            outcome.outcome = Outcome::Failed;
            outcome.error = QStringLiteral("the event's %1 has no usable %2").arg(isSubscription ? QStringLiteral("subscription") : QStringLiteral("invoice"), gaps);
            outcome.userId = owner();
            return outcome;
        }
    }
    switch (kind) {
    case EventKind::Subscription:
        outcome.userId = applySubscription(object, event, &outcome.outcome, &outcome.error);
        break;
    case EventKind::Checkout: {
        outcome.userId = owner();
        if (outcome.userId.isEmpty()) {
            outcome.outcome = Outcome::Failed;
            outcome.error = QStringLiteral("no user for checkout session %1 (metadata.user_id \"%2\", client_reference_id \"%3\")")
                                .arg(object.value(QStringLiteral("id")).toString(),
                                     object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(),
                                     object.value(QStringLiteral("client_reference_id")).toString());
            return outcome;
        }
        m_store.linkCustomer(outcome.userId, customer);
        outcome.outcome = Outcome::Applied;
        // The session names the subscription only: its state comes from Stripe (or its own events).
        const QString subscription = StripeObjects::idOf(object.value(QStringLiteral("subscription")));
        const auto fresh = subscription.isEmpty() ? std::nullopt : askStripe(subscription);
        if (fresh) {
            QString ignoredError;
            Outcome subOutcome;
            applySubscription(*fresh, event, &subOutcome, &ignoredError);
        }
        m_store.recomputeEntitlement(outcome.userId, m_clock());
        break;
    }
    case EventKind::Invoice: {
        outcome.userId = owner();
        m_store.upsertInvoice(object, outcome.userId);
        outcome.outcome = Outcome::Applied;
        const QString subscription = StripeObjects::invoiceSubscription(object);
        // A paid or failed invoice moves the period or the status. Its subscription's
        // own event usually says so too; Stripe is asked only when ours does not show it yet.
        if (!subscription.isEmpty() && canAskStripe() && Rules::invoiceNeedsStripe(object, outcome.type, m_store.subscriptionMirror(subscription))) {
            if (const auto fresh = askStripe(subscription)) {
                Outcome subOutcome;
                QString subError;
                const QString user = applySubscription(*fresh, event, &subOutcome, &subError);
                if (outcome.userId.isEmpty())
                    outcome.userId = user;
            }
        }
        break;
    }
    case EventKind::Refund:
        m_store.recordRefund(object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("amount_refunded")).toInteger());
        outcome.userId = owner();
        outcome.outcome = Outcome::Applied;
        break;
    case EventKind::Dispute: {
        // Opened, updated or closed: what it costs now (nothing once won), on the invoice its charge paid.
        const StripeObjects::DisputeCost cost = StripeObjects::disputeCost(object);
        m_store.recordDispute(StripeObjects::idOf(object.value(QStringLiteral("charge"))), cost.amount, cost.fee,
                              object.value(QStringLiteral("created")).toInteger());
        outcome.userId = owner();
        outcome.outcome = Outcome::Applied;
        break;
    }
    case EventKind::Customer:
        // Recorded for the timeline; access follows the subscription events these come with.
        outcome.userId = owner();
        outcome.outcome = Outcome::Applied;
        break;
    case EventKind::Other:
        outcome.outcome = Outcome::Ignored;
        break;
    }
    return outcome;
}

std::optional<QJsonObject> EventProcessor::askStripe(const QString &subscriptionId)
{
    if (m_refresh) {
        m_refresh(subscriptionId);
        return std::nullopt;
    }
    return m_fetch ? m_fetch(subscriptionId) : std::nullopt;
}

int EventProcessor::applyCurrentSubscriptions(const QList<FetchedSubscription> &fetched, QString *error)
{
    return inTransaction(error, [&](EventBatch &batch) { return batch.applyCurrent(fetched); });
}

int EventProcessor::applyCurrentSubscriptions(const QList<QJsonObject> &subscriptions, qint64 fetchedAt, QString *error)
{
    QList<FetchedSubscription> fetched;
    for (const QJsonObject &s : subscriptions)
        fetched.append({s, fetchedAt});
    return fetched.isEmpty() ? 0 : applyCurrentSubscriptions(fetched, error);
}

int EventProcessor::applyCurrentInvoices(const QList<QJsonObject> &invoices, QString *error)
{
    return inTransaction(error, [&](EventBatch &batch) { return batch.applyCurrentInvoices(invoices); });
}

int EventProcessor::inTransaction(QString *error, const std::function<int(EventBatch &)> &work)
{
    db::Transaction tx(m_store.database(), m_store.dialect());
    if (!tx.isActive()) {
        *error = tx.error();
        return 0;
    }
    int applied = 0;
    try {
        EventBatch batch(m_store, m_clock(), canAskStripe());
        applied = work(batch);
    } catch (const StoreError &e) {
        *error = e.message();
        return 0;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return 0;
    }
    return applied;
}

ProcessOutcome EventProcessor::reprocess(const QString &eventId)
{
    // Read inside the transaction: on SQLite a read left open would pin an old
    // snapshot, and the write lock could then not be taken ("database is locked").
    db::Transaction tx(m_store.database(), m_store.dialect());
    if (!tx.isActive())
        return ProcessOutcome::notStored(eventId, tx.error());
    QByteArray payload;
    qint64 receivedAt = 0;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT payload, received_at FROM webhook_events WHERE event_id = ?"));
        q.addBindValue(eventId);
        if (!q.exec() || !q.next())
            return ProcessOutcome::notStored(eventId, QStringLiteral("no such stored event"));
        payload = q.value(0).toString().toUtf8();
        receivedAt = q.value(1).toLongLong();
    }
    try {
        const ProcessOutcome outcome = processOne(payload, receivedAt, true);
        if (!tx.commit())
            return ProcessOutcome::notStored(eventId, tx.error());
        return outcome;
    } catch (const StoreError &e) {
        return ProcessOutcome::notStored(eventId, e.message());
    }
}

bool EventProcessor::recordRejected(const QByteArray &payload, const QString &reason, qint64 receivedAt)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO webhook_events (event_id, type, received_at, last_received_at, outcome, error, payload) "
                             "VALUES (NULL, '', ?, ?, 'rejected', ?, ?)"));
    q.addBindValue(receivedAt);
    q.addBindValue(receivedAt);
    q.addBindValue(reason);
    // Stored as text: a NUL (which PostgreSQL refuses in text) becomes U+FFFD like any invalid byte.
    q.addBindValue(QString::fromUtf8(payload.left(kRejectedExcerpt)).replace(QChar(0), QChar::ReplacementCharacter));
    return q.exec();
}

} // namespace companion::billing
