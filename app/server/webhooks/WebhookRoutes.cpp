#include "WebhookRoutes.h"

#include "ServerConfig.h"
#include "WebhookIngest.h"
#include "util/Log.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace companion::server {

namespace {
using Status = QHttpServerResponse::StatusCode;
}

WebhookRoutes::WebhookRoutes(const ServerConfig &config, InFlight &inFlight, QObject *parent)
    : QObject(parent)
    , m_inFlight(inFlight)
    , m_verifier(config.webhookSecrets)
    , m_ingest(new WebhookIngest(config.database, config.stripeApiBase, config.stripeSecretKey))
{
    m_thread.setObjectName(QStringLiteral("webhook-ingest"));
    m_ingest->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_ingest, &QObject::deleteLater);
    connect(m_ingest, &WebhookIngest::processed, this, &WebhookRoutes::answer);
    m_thread.start();
    if (config.webhookSecrets.isEmpty())
        qCWarning(lcHttp) << "STRIPE_WEBHOOK_SECRET is not set: webhook deliveries will be refused";
}

WebhookRoutes::~WebhookRoutes()
{
    m_thread.quit(); // events already handed over finish first
    m_thread.wait();
}

void WebhookRoutes::registerRoutes(QHttpServer &http)
{
    http.route(QStringLiteral("/api/v1/payments/webhook"), QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   receive(request.body(), request.value("Stripe-Signature"), beginExchange(request, std::move(responder), &m_inFlight));
               });
}

void WebhookRoutes::receive(const QByteArray &body, const QByteArray &signature, const Exchange &exchange)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (body.size() > kMaxBody)
        return exchange->error(Status::PayloadTooLarge, QStringLiteral("payload_too_large"), QStringLiteral("Webhook bodies are limited to 512 KiB."));
    const billing::SignatureCheck check = m_verifier.verify(body, signature, now);
    if (!check.ok()) {
        // Refused at once; kept (truncated) so the webhook log shows what arrived and why.
        QMetaObject::invokeMethod(m_ingest, [ingest = m_ingest, body, reason = check.code(), now] {
            ingest->recordRejected(body, reason, now);
        }, Qt::QueuedConnection);
        qCInfo(lcHttp).noquote() << QString(QStringLiteral("request_id=") + exchange->requestId()) << "webhook refused:" << check.code();
        const auto status = check.error == billing::SignatureError::NoSecret ? Status::ServiceUnavailable : Status::BadRequest;
        return exchange->error(status, check.code(), check.message());
    }
    const quint64 ticket = m_nextTicket++;
    m_waiting.insert(ticket, exchange);
    QMetaObject::invokeMethod(m_ingest, [ingest = m_ingest, ticket, body, now] { ingest->submit(ticket, body, now); },
                              Qt::QueuedConnection);
}

void WebhookRoutes::reprocess(const QString &eventId, QObject *context, std::function<void(const billing::ProcessOutcome &)> done)
{
    QPointer<QObject> guard(context);
    QPointer<WebhookRoutes> self(this);
    QMetaObject::invokeMethod(m_ingest, [ingest = m_ingest, eventId, self, guard, done = std::move(done)] {
        const billing::ProcessOutcome outcome = ingest->reprocess(eventId);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [guard, done, outcome] {
            if (guard)
                done(outcome);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void WebhookRoutes::answer(const QList<quint64> &tickets, const QList<billing::ProcessOutcome> &outcomes)
{
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
        QJsonObject body{{QStringLiteral("received"), true}, {QStringLiteral("outcome"), outcome.outcome}};
        if (!outcome.eventId.isEmpty())
            body.insert(QStringLiteral("event_id"), outcome.eventId);
        exchange->json(Status::Ok, body);
    }
}

} // namespace companion::server
