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

EventProcessor::EventProcessor(QSqlDatabase db, db::Dialect dialect, SubscriptionFetcher fetcher)
    : m_store(std::move(db), dialect)
    , m_fetch(std::move(fetcher))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void EventProcessor::setClock(std::function<qint64()> clock)
{
    m_clock = clock;
    m_store.setClock(std::move(clock));
}

EventBatch EventProcessor::pipeline()
{
    return EventBatch(m_store, m_clock(), m_refresh ? SubscriptionFetcher() : m_fetch, m_refresh);
}

namespace {
QList<ProcessOutcome> outcomesOf(const QList<EventBatch::Item> &items)
{
    QList<ProcessOutcome> outcomes;
    outcomes.reserve(items.size());
    for (const EventBatch::Item &item : items)
        outcomes.append(item.outcome);
    return outcomes;
}
} // namespace

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

QList<ProcessOutcome> EventProcessor::processBatch(const QList<QByteArray> &payloads, qint64 receivedAt, const QList<FetchedSubscription> &fetched)
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

    QList<ProcessOutcome> sortedOutcomes = processInOrder(sorted, receivedAt, fetched);
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

QList<ProcessOutcome> EventProcessor::processInOrder(const QList<QByteArray> &payloads, qint64 receivedAt, const QList<FetchedSubscription> &fetched)
{
    {
        // The whole batch at once; if any of its statements fails (another instance
        // stored one of these events meanwhile, a value the database refuses), nothing
        // of it stays and the same pipeline runs again for each event on its own.
        db::Transaction tx(m_store.database(), m_store.dialect());
        if (tx.isActive()) {
            try {
                QList<EventBatch::Item> items = EventBatch::parse(payloads);
                EventBatch batch = pipeline();
                batch.applyCurrent(fetched);
                batch.run(items, receivedAt);
                if (tx.commit())
                    return outcomesOf(items);
            } catch (const StoreError &e) {
                qCInfo(lcDb).noquote() << "batch of" << payloads.size() << "webhook events failed, replaying event by event:" << e.message();
            }
        }
    }
    if (!fetched.isEmpty()) {
        QString error;
        applyCurrentSubscriptions(fetched, &error);
        if (!error.isEmpty())
            qCWarning(lcDb).noquote() << "Stripe's state of" << fetched.size() << "subscriptions not applied:" << error;
    }
    return processEachInOwnSavepoint(payloads, receivedAt);
}

ProcessOutcome EventProcessor::processSavepointed(const QByteArray &payload, qint64 receivedAt)
{
    // Twice: when another instance stored the same event while we decided it, our
    // INSERT waits for its commit and fails; run again, the pipeline sees that row.
    QString error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_store.exec(QStringLiteral("SAVEPOINT webhook_event"));
        try {
            QList<EventBatch::Item> items = EventBatch::parse({payload});
            pipeline().run(items, receivedAt);
            m_store.exec(QStringLiteral("RELEASE SAVEPOINT webhook_event"));
            return items.first().outcome;
        } catch (const StoreError &e) {
            // This event's work is undone; the others in the batch stand. (If even the
            // rollback fails the connection is gone, and that error reaches the caller.)
            m_store.exec(QStringLiteral("ROLLBACK TO SAVEPOINT webhook_event"));
            m_store.exec(QStringLiteral("RELEASE SAVEPOINT webhook_event"));
            error = e.message();
        }
    }
    return ProcessOutcome::notStored({}, error);
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
        EventBatch batch = pipeline();
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
        QString error;
        if (!db::Database::exec(q, QStringLiteral("SELECT payload, received_at FROM webhook_events WHERE event_id = ?"), {eventId}, &error))
            return ProcessOutcome::notStored(eventId, error);
        if (!q.next())
            return ProcessOutcome::notStored(eventId, QStringLiteral("no such stored event"));
        payload = q.value(0).toString().toUtf8();
        receivedAt = q.value(1).toLongLong();
    }
    try {
        QList<EventBatch::Item> items = EventBatch::parse({payload});
        pipeline().run(items, receivedAt, EventBatch::Delivery::Reapplied);
        if (!tx.commit())
            return ProcessOutcome::notStored(eventId, tx.error());
        return items.first().outcome;
    } catch (const StoreError &e) {
        return ProcessOutcome::notStored(eventId, e.message());
    }
}

bool EventProcessor::recordRejected(const QByteArray &payload, const QString &reason, qint64 receivedAt)
{
    QSqlQuery q(m_store.database());
    QString error;
    if (db::Database::exec(q, QStringLiteral("INSERT INTO webhook_events (event_id, type, received_at, last_received_at, outcome, error, payload) "
                                             "VALUES (NULL, '', ?, ?, 'rejected', ?, ?)"),
                           {receivedAt, receivedAt, reason, EventBatch::rejectedExcerpt(payload)}, &error))
        return true;
    qCWarning(lcDb).noquote() << "a refused webhook body was not kept:" << error;
    return false;
}

} // namespace companion::billing
