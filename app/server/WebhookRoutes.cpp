#include "WebhookRoutes.h"

#include "ServerConfig.h"
#include "WebhookIngest.h"
#include "util/Log.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace companion::server {

namespace {
void writeJson(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status, const QJsonObject &body)
{
    responder.write(QJsonDocument(body), status);
}

QJsonObject error(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}
} // namespace

WebhookRoutes::WebhookRoutes(const ServerConfig &config, QObject *parent)
    : QObject(parent)
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
                   receive(request.body(), request.value("Stripe-Signature"), std::move(responder));
               });
}

void WebhookRoutes::receive(const QByteArray &body, const QByteArray &signature, QHttpServerResponder &&responder)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (body.size() > kMaxBody) {
        writeJson(responder, QHttpServerResponder::StatusCode::PayloadTooLarge,
                  error(QStringLiteral("payload_too_large"), QStringLiteral("Webhook bodies are limited to 512 KiB.")));
        return;
    }
    const billing::SignatureCheck check = m_verifier.verify(body, signature, now);
    if (!check.ok()) {
        // Refused at once; kept (truncated) so the webhook log shows what arrived and why.
        QMetaObject::invokeMethod(m_ingest, [ingest = m_ingest, body, reason = check.code(), now] {
            ingest->recordRejected(body, reason, now);
        }, Qt::QueuedConnection);
        qCInfo(lcHttp).noquote() << "webhook refused:" << check.code();
        const auto status = check.error == billing::SignatureError::NoSecret ? QHttpServerResponder::StatusCode::ServiceUnavailable
                                                                             : QHttpServerResponder::StatusCode::BadRequest;
        writeJson(responder, status, error(check.code(), check.message()));
        return;
    }
    const quint64 ticket = m_nextTicket++;
    m_waiting.insert(ticket, {QPointer<QTcpSocket>(responder.socket()), std::make_shared<QHttpServerResponder>(std::move(responder))});
    QMetaObject::invokeMethod(m_ingest, [ingest = m_ingest, ticket, body, now] { ingest->submit(ticket, body, now); },
                              Qt::QueuedConnection);
}

void WebhookRoutes::answer(const QList<quint64> &tickets, const QList<billing::ProcessOutcome> &outcomes)
{
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Waiting waiting = m_waiting.take(tickets.at(i));
        if (!waiting.responder || !waiting.socket || waiting.socket->state() != QAbstractSocket::ConnectedState)
            continue; // Stripe gave up waiting; it will retry and meet a duplicate
        const billing::ProcessOutcome &outcome = outcomes.at(i);
        if (!outcome.stored) {
            writeJson(*waiting.responder, QHttpServerResponder::StatusCode::ServiceUnavailable,
                      error(QStringLiteral("storage_unavailable"), QStringLiteral("The event could not be stored; please retry.")));
            continue;
        }
        QJsonObject body{{QStringLiteral("received"), true}, {QStringLiteral("outcome"), outcome.outcome}};
        if (!outcome.eventId.isEmpty())
            body.insert(QStringLiteral("event_id"), outcome.eventId);
        writeJson(*waiting.responder, QHttpServerResponder::StatusCode::Ok, body);
    }
}

} // namespace companion::server
