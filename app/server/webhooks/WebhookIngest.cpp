#include "WebhookIngest.h"

#include "util/ThreadCrypto.h"

#include "db/Database.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace companion::server {

WebhookIngest::WebhookIngest(db::DatabaseConfig database, bool canAskStripe, BatchObserver batchWritten, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_canAskStripe(canAskStripe)
    , m_batchWritten(std::move(batchWritten))
{
    qRegisterMetaType<QList<quint64>>();
    qRegisterMetaType<QList<billing::ProcessOutcome>>();
}

WebhookIngest::~WebhookIngest()
{
    // Deleted on its lane as the lane's thread finishes: the thread's last act.
    startAfresh();
    util::releaseThreadCrypto();
}

void WebhookIngest::startAfresh()
{
    // The connection may be broken: the next work opens a new one. The processor's
    // prepared statements go before the connection does.
    m_processor.reset();
    db::Database::dropThreadConnections();
}

void WebhookIngest::submit(quint64 ticket, const QByteArray &payload, qint64 receivedAt)
{
    m_tickets.append(ticket);
    m_payloads.append(payload);
    m_receivedAt = receivedAt;
    if (m_payloads.size() >= kMaxBatch) {
        flush();
    } else if (!m_flushQueued) {
        // Let deliveries already queued for this thread join the batch first.
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &WebhookIngest::flush, Qt::QueuedConnection);
    }
}

void WebhookIngest::recordRejected(const QByteArray &payload, const QString &reason, qint64 receivedAt)
{
    if (auto *p = processor(); !p || !p->recordRejected(payload, reason, receivedAt))
        qCWarning(lcHttp).noquote() << "could not record a rejected webhook delivery:" << reason;
}

void WebhookIngest::applyFetched()
{
    // Stripe's answers with no deliveries to go with: in a transaction of their own.
    if (m_fetched.isEmpty())
        return;
    const auto fetched = std::exchange(m_fetched, {});
    QString error;
    auto *p = processor();
    if (!p) {
        qCWarning(lcDb) << "Stripe's state of" << fetched.size() << "subscriptions not applied: database unavailable";
        return;
    }
    p->applyCurrentSubscriptions(fetched, &error);
    if (!error.isEmpty()) {
        qCWarning(lcDb).noquote() << "Stripe's state of" << fetched.size() << "subscriptions not applied:" << error;
        startAfresh();
    }
}

billing::ProcessOutcome WebhookIngest::reprocess(const QString &eventId)
{
    flush(); // deliveries already waiting go first, in arrival order
    auto *p = processor();
    if (!p)
        return billing::ProcessOutcome::notStored(eventId, QStringLiteral("database unavailable"));
    const billing::ProcessOutcome outcome = p->reprocess(eventId);
    if (!outcome.stored)
        startAfresh();
    return outcome;
}

billing::EventProcessor *WebhookIngest::processor()
{
    if (m_processor)
        return m_processor.get();
    const auto connection = db::Database::connection(m_database);
    if (!connection.ok())
        return nullptr;
    m_processor = std::make_unique<billing::EventProcessor>(connection.db, m_database.dialect);
    // Stripe is asked asynchronously (SubscriptionRefresher): storing webhooks never
    // waits for it, and its answers are applied with the next batch.
    if (m_canAskStripe)
        m_processor->setRefreshRequester([this](const QString &id) { Q_EMIT refreshWanted(id); });
    return m_processor.get();
}

void WebhookIngest::applyCurrentSubscription(const QJsonObject &subscription, qint64 fetchedAt)
{
    m_fetched.append({subscription, fetchedAt});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &WebhookIngest::flush, Qt::QueuedConnection);
    }
}

void WebhookIngest::flush()
{
    m_flushQueued = false;
    if (m_payloads.isEmpty()) {
        applyFetched();
        return;
    }
    const QList<quint64> tickets = std::exchange(m_tickets, {});
    const QList<QByteArray> payloads = std::exchange(m_payloads, {});
    QList<billing::ProcessOutcome> outcomes;
    if (auto *p = processor()) {
        // Stripe's answers go first, in the same transaction: applied before the
        // deliveries that queued behind them, which may be newer still.
        QElapsedTimer clock;
        clock.start();
        outcomes = p->processBatch(payloads, m_receivedAt, std::exchange(m_fetched, {}));
        if (m_batchWritten)
            m_batchWritten(int(payloads.size()), double(clock.nsecsElapsed()) / 1e9);
    } else {
        for (qsizetype i = 0; i < payloads.size(); ++i)
            outcomes.append(billing::ProcessOutcome::notStored({}, QStringLiteral("database unavailable")));
    }
    const bool nothingStored = std::none_of(outcomes.begin(), outcomes.end(), [](const auto &o) { return o.stored; });
    if (nothingStored) {
        startAfresh(); // Stripe retries this batch
    }
    Q_EMIT processed(tickets, outcomes);
    if (m_canAskStripe) {
        for (qsizetype i = 0; i < payloads.size(); ++i) {
            if (outcomes.at(i).stored && settlesAPayout(payloads.at(i))) {
                Q_EMIT payoutSettled();
                break; // one read covers every payout not yet read
            }
        }
    }
}

bool WebhookIngest::settlesAPayout(const QByteArray &payload)
{
    if (!payload.contains("\"payout.")) // most events: no second parse
        return false;
    const QJsonObject event = QJsonDocument::fromJson(payload).object();
    const QJsonObject payout = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    const QString status = payout.value(QStringLiteral("status")).toString();
    return event.value(QStringLiteral("type")).toString().startsWith(QLatin1String("payout."))
        && payout.value(QStringLiteral("automatic")).toBool()
        && (status == QLatin1String("paid") || status == QLatin1String("failed") || status == QLatin1String("canceled"));
}

} // namespace companion::server
