#include "WebhookRoutes.h"

#include "PayoutReader.h"
#include "ServerConfig.h"
#include "SubscriptionRefresher.h"
#include "WebhookIngest.h"
#include "ops/ServerMetrics.h"
#include "billing/EventBatch.h"
#include "http/HttpServer.h"
#include "util/Log.h"
#include "util/ThreadCrypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace companion::server {

namespace {
using Status = QHttpServerResponse::StatusCode;

// The event's customer id (the first "cus_…" in the body) without parsing the
// JSON here on the HTTP thread; empty when there is none.
QByteArrayView customerOf(const QByteArray &body)
{
    const qsizetype at = body.indexOf("\"cus_");
    if (at < 0)
        return {};
    const qsizetype end = body.indexOf('"', at + 1);
    return end < 0 ? QByteArrayView() : QByteArrayView(body).sliced(at + 1, end - at - 1);
}
} // namespace

WebhookRoutes::WebhookRoutes(const ServerConfig &config, InFlight &inFlight, ServerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_inFlight(inFlight)
    , m_metrics(metrics)
    , m_maxBody(config.webhookMaxBodyBytes)
    , m_verifier(config.webhookSecrets)
    , m_refresher(new SubscriptionRefresher(config.stripeApiBase, config.stripeSecretKey))
    , m_payoutReader(new PayoutReader(config.stripeApiBase, config.stripeSecretKey, config.database))
{
    m_refresher->setObservers([&metrics] { metrics.refreshGivenUp(); }, metrics.stripeObserver());
    m_payoutReader->setStripeObserver(metrics.stripeObserver());
    metrics.registry().gaugeReadAtScrape(QStringLiteral("companion_subscription_refresh_pending"),
                                         QStringLiteral("Subscriptions the server is asking Stripe about or waits to ask again."), {},
                                         [pending = m_refresher->pending()] { return QList<metrics::MetricsRegistry::Sample>{{{}, double(pending->load())}}; });
    m_refreshThread.setObjectName(QStringLiteral("stripe-refresh"));
    m_refresher->moveToThread(&m_refreshThread);
    connect(&m_refreshThread, &QThread::finished, m_refresher, &QObject::deleteLater);
    m_payoutReader->moveToThread(&m_refreshThread);
    connect(&m_refreshThread, &QThread::finished, m_payoutReader, &QObject::deleteLater);
    connect(&m_refreshThread, &QThread::finished, m_refresher, [] { util::releaseThreadCrypto(); }, Qt::DirectConnection);
    for (int i = 0; i < qMax(1, config.ingestThreads); ++i) {
        Lane lane{std::make_unique<QThread>(),
                  new WebhookIngest(config.database, !config.stripeSecretKey.isEmpty(),
                                    [&metrics](int events, double seconds) { metrics.ingestBatch(events, seconds); })};
        lane.thread->setObjectName(QStringLiteral("webhook-ingest-%1").arg(i));
        lane.ingest->moveToThread(lane.thread.get());
        connect(lane.thread.get(), &QThread::finished, lane.ingest, &QObject::deleteLater);
        connect(lane.ingest, &WebhookIngest::processed, this, &WebhookRoutes::answer);
        connect(lane.ingest, &WebhookIngest::refreshWanted, m_refresher, &SubscriptionRefresher::request);
        connect(lane.ingest, &WebhookIngest::payoutSettled, m_payoutReader, &PayoutReader::request);
        lane.thread->start();
        m_lanes.push_back(std::move(lane));
    }
    // Stripe's answer goes to the lane that stores that customer's events.
    connect(m_refresher, &SubscriptionRefresher::fetched, this, [this](const QJsonObject &subscription, qint64 fetchedAt) {
        const QJsonValue customer = subscription.value(QStringLiteral("customer"));
        const QByteArray id = (customer.isObject() ? customer.toObject().value(QStringLiteral("id")) : customer).toString().toLatin1();
        QMetaObject::invokeMethod(laneFor(id), [ingest = laneFor(id), subscription, fetchedAt] {
            ingest->applyCurrentSubscription(subscription, fetchedAt);
        }, Qt::QueuedConnection);
    });
    m_refreshThread.start();
    if (config.webhookSecrets.isEmpty())
        qCWarning(lcHttp) << "STRIPE_WEBHOOK_SECRET is not set: webhook deliveries will be refused";
}

WebhookRoutes::~WebhookRoutes()
{
    m_refreshThread.quit(); // Stripe answers still on the way are dropped: reconciliation covers them
    m_refreshThread.wait();
    for (Lane &lane : m_lanes) {
        lane.thread->quit(); // events already handed over finish first
        lane.thread->wait();
    }
}

WebhookIngest *WebhookRoutes::laneFor(QByteArrayView customer) const
{
    if (m_lanes.size() == 1 || customer.isEmpty())
        return m_lanes.front().ingest;
    return m_lanes.at(qHash(customer) % m_lanes.size()).ingest;
}

void WebhookRoutes::registerRoutes(http::HttpServer &http)
{
    // Stripe's events are a few KB; a larger body is refused (413) before it is read.
    http.route(
        QStringLiteral("/api/v1/payments/webhook"), http::HttpMethod::Post,
        [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
            receive(request.body(), request.value("Stripe-Signature"), beginExchange(request, std::move(responder), &m_inFlight));
        },
        m_maxBody);
}

void WebhookRoutes::receive(const QByteArray &body, const QByteArray &signature, const Exchange &exchange)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const billing::SignatureCheck check = m_verifier.verify(body, signature, now);
    if (!check.ok()) {
        // Refused at once; kept (truncated) so the webhook log shows what arrived and why.
        QMetaObject::invokeMethod(laneFor({}), [ingest = laneFor({}), body, reason = check.code(), now] {
            ingest->recordRejected(body, reason, now);
        }, Qt::QueuedConnection);
        qCInfo(lcHttp).noquote() << QString(QStringLiteral("request_id=") + exchange->requestId()) << "webhook refused:" << check.code();
        m_metrics.signatureRefused(check.code());
        const auto status = check.error == billing::SignatureError::NoSecret ? Status::ServiceUnavailable : Status::BadRequest;
        return exchange->error(status, check.code(), check.message());
    }
    const quint64 ticket = m_nextTicket++;
    m_waiting.insert(ticket, exchange);
    WebhookIngest *lane = laneFor(customerOf(body));
    QMetaObject::invokeMethod(lane, [lane, ticket, body, now] { lane->submit(ticket, body, now); }, Qt::QueuedConnection);
}

int WebhookRoutes::refreshPending() const
{
    return m_refresher->pending()->load();
}

void WebhookRoutes::askStripe(const QString &subscriptionId)
{
    QMetaObject::invokeMethod(m_refresher, [refresher = m_refresher, subscriptionId] { refresher->request(subscriptionId); }, Qt::QueuedConnection);
}

void WebhookRoutes::reprocess(const QString &eventId, QObject *context, std::function<void(const billing::ProcessOutcome &)> done)
{
    QPointer<QObject> guard(context);
    QPointer<WebhookRoutes> self(this);
    QMetaObject::invokeMethod(laneFor({}), [ingest = laneFor({}), eventId, self, guard, done = std::move(done)] {
        const billing::ProcessOutcome outcome = ingest->reprocess(eventId);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [guard, done, outcome] {
            if (guard)
                done(outcome);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void WebhookRoutes::report(const billing::ProcessOutcome &outcome, qint64 now)
{
    m_metrics.delivery(outcome.type, outcome.stored ? outcome.name() : QStringLiteral("unstored"));
    if (outcome.created > 0)
        m_metrics.eventAge(double(now - outcome.created));
    const QString learner = outcome.userId.isEmpty() ? QStringLiteral("unknown") : outcome.userId;
    if (outcome.stored && outcome.outcome == billing::Outcome::Failed)
        qCWarning(lcHttp).noquote() << QStringLiteral("event %1 (%2) was stored as failed: %3. Learner: %4. Next: make the learner known "
                                                      "(their account, or the Stripe customer's metadata.user_id), then reprocess it from "
                                                      "the desk's webhook log or POST /api/v1/admin/webhook-events/%1/reprocess.")
                                           .arg(outcome.eventId, outcome.type, outcome.error, learner);
    else if (outcome.stored && outcome.outcome == billing::Outcome::Applied && outcome.type == QLatin1String("invoice.payment_failed"))
        qCWarning(lcHttp).noquote() << QStringLiteral("event %1: a renewal payment failed for learner %2. Stripe retries it; the learner "
                                                      "keeps Premium while past due. Next: send them a card update link from the desk.")
                                           .arg(outcome.eventId, learner);
}

void WebhookRoutes::answer(const QList<quint64> &tickets, const QList<billing::ProcessOutcome> &outcomes)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const billing::ProcessOutcome &outcome : outcomes)
        report(outcome, now);
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Exchange exchange = m_waiting.take(tickets.at(i));
        if (!exchange)
            continue;
        const billing::ProcessOutcome &outcome = outcomes.at(i);
        if (!outcome.stored) {
            // Stripe retries with backoff; the event is applied then, exactly once.
            exchange->error(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                            QStringLiteral("The event could not be stored; please retry."));
            continue;
        }
        if (outcome.outcome == billing::Outcome::Rejected) {
            // Signed, but not a Stripe event (not JSON, no evt_ id or type, text no database
            // keeps): the official libraries' construct_event refuses it, and so does the
            // guide's endpoint. Kept in the webhook log as rejected.
            exchange->error(Status::BadRequest, QStringLiteral("invalid_payload"),
                            outcome.error == billing::EventBatch::unstorableTextReason()
                                ? QStringLiteral("The event's text holds a NUL or half a surrogate pair, which Stripe never sends.")
                                : QStringLiteral("The body is not a Stripe event (it must be a JSON object with an evt_ id and a type)."));
            continue;
        }
        // The guide's {"status": "success"} plus what became of the event.
        QJsonObject body{{QStringLiteral("status"), QStringLiteral("success")},
                         {QStringLiteral("received"), true},
                         {QStringLiteral("outcome"), outcome.name()}};
        if (!outcome.eventId.isEmpty())
            body.insert(QStringLiteral("event_id"), outcome.eventId);
        exchange->json(Status::Ok, body);
    }
}

} // namespace companion::server
