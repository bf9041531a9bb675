#include "WebhookIngest.h"

#include "db/Database.h"
#include "stripe/StripeClient.h"
#include "util/Log.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace companion::server {

WebhookIngest::WebhookIngest(db::DatabaseConfig database, QUrl stripeApiBase, QString stripeSecretKey, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_stripeApiBase(std::move(stripeApiBase))
    , m_stripeSecretKey(std::move(stripeSecretKey))
{
    qRegisterMetaType<QList<quint64>>();
    qRegisterMetaType<QList<billing::ProcessOutcome>>();
}

WebhookIngest::~WebhookIngest()
{
    m_processor.reset(); // its prepared statements go before the connection does
    db::Database::dropThreadConnections();
    if (m_fetchThread) {
        m_fetchThread->quit();
        m_fetchThread->wait();
        delete m_fetchThread;
    }
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

billing::ProcessOutcome WebhookIngest::reprocess(const QString &eventId)
{
    flush(); // deliveries already waiting go first, in arrival order
    auto *p = processor();
    if (!p)
        return {eventId, {}, QStringLiteral("error"), QStringLiteral("database unavailable"), {}, false};
    const billing::ProcessOutcome outcome = p->reprocess(eventId);
    if (!outcome.stored) {
        m_processor.reset();
        db::Database::dropThreadConnections();
    }
    return outcome;
}

billing::EventProcessor *WebhookIngest::processor()
{
    if (m_processor)
        return m_processor.get();
    const auto connection = db::Database::connection(m_database);
    if (!connection.ok())
        return nullptr;
    billing::EventProcessor::SubscriptionFetcher fetch;
    if (!m_stripeSecretKey.isEmpty())
        fetch = [this](const QString &id) { return fetchSubscription(id); };
    m_processor = std::make_unique<billing::EventProcessor>(connection.db, m_database.dialect, fetch);
    return m_processor.get();
}

std::optional<QJsonObject> WebhookIngest::fetchSubscription(const QString &id)
{
    // Stale or thin events ask Stripe for the current subscription; this thread only
    // writes the database, so blocking it here holds up no HTTP traffic.
    if (!m_fetchThread) {
        m_fetchThread = new QThread;
        m_fetchThread->setObjectName(QStringLiteral("stripe-fetch"));
        m_fetchContext = new QObject;
        auto *network = new QNetworkAccessManager(m_fetchContext);
        m_stripe = new stripe::StripeClient(network, m_stripeApiBase, m_stripeSecretKey, m_fetchContext);
        auto settings = m_stripe->settings();
        settings.timeoutMs = 10000;
        m_stripe->setSettings(settings);
        m_fetchContext->moveToThread(m_fetchThread);
        connect(m_fetchThread, &QThread::finished, m_fetchContext, &QObject::deleteLater);
        m_fetchThread->start();
    }
    std::optional<QJsonObject> result;
    QMetaObject::invokeMethod(m_fetchContext, [this, &result, id] {
        QEventLoop loop; // on the fetch thread: nothing else is queued there
        auto *call = m_stripe->get(QStringLiteral("/v1/subscriptions/") + id);
        connect(call, &stripe::StripeCall::finished, &loop, [&](const stripe::StripeResult &r) {
            if (r.ok())
                result = r.body;
            loop.quit();
        });
        loop.exec();
    }, Qt::BlockingQueuedConnection);
    return result;
}

void WebhookIngest::flush()
{
    m_flushQueued = false;
    if (m_payloads.isEmpty())
        return;
    const QList<quint64> tickets = std::exchange(m_tickets, {});
    const QList<QByteArray> payloads = std::exchange(m_payloads, {});
    QList<billing::ProcessOutcome> outcomes;
    if (auto *p = processor()) {
        outcomes = p->processBatch(payloads, m_receivedAt);
    } else {
        for (qsizetype i = 0; i < payloads.size(); ++i)
            outcomes.append({{}, {}, QStringLiteral("error"), QStringLiteral("database unavailable"), {}, false});
    }
    const bool nothingStored = std::none_of(outcomes.begin(), outcomes.end(), [](const auto &o) { return o.stored; });
    if (nothingStored) {
        // The connection may be broken: start afresh on the next delivery (Stripe retries this one).
        m_processor.reset();
        db::Database::dropThreadConnections();
    }
    Q_EMIT processed(tickets, outcomes);
}

} // namespace companion::server
