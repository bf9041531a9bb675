#include "StripeEvents.h"

#include "billing/WebhookSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace companion::test {

QJsonObject subscriptionObject(const QString &userId, const QString &status, qint64 created)
{
    const QJsonObject item{{QStringLiteral("current_period_end"), created + 30 * 86400}, {QStringLiteral("current_period_start"), created},
                           {QStringLiteral("price"), QJsonObject{{QStringLiteral("id"), QStringLiteral("price_m")}, {QStringLiteral("unit_amount"), 999},
                                                                 {QStringLiteral("recurring"), QJsonObject{{QStringLiteral("interval"), QStringLiteral("month")}}}}}};
    return {{QStringLiteral("id"), QString(QStringLiteral("sub_") + userId)}, {QStringLiteral("object"), QStringLiteral("subscription")},
            {QStringLiteral("status"), status}, {QStringLiteral("customer"), QString(QStringLiteral("cus_") + userId)},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), userId}}},
            {QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{item}}}}};
}

QByteArray subscriptionEvent(const QString &eventId, const QString &userId, const QString &status, qint64 created)
{
    const QJsonObject sub = subscriptionObject(userId, status, created);
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), eventId}, {QStringLiteral("object"), QStringLiteral("event")},
                                     {QStringLiteral("type"), QStringLiteral("customer.subscription.created")},
                                     {QStringLiteral("created"), created},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), sub}}}})
        .toJson(QJsonDocument::Indented);
}

HttpReply deliverWebhook(const QUrl &server, const QByteArray &body, const QByteArray &signature)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json; charset=utf-8"}};
    if (!signature.isEmpty())
        headers.append({"Stripe-Signature", signature});
    return httpRequest("POST", server.resolved(QUrl(QStringLiteral("/api/v1/payments/webhook"))), headers, body);
}

HttpReply deliverSignedWebhook(const QUrl &server, const QByteArray &body, const QByteArray &secret)
{
    return deliverWebhook(server, body,
                          billing::WebhookVerifier::signatureHeader(secret, QDateTime::currentSecsSinceEpoch(), body));
}

} // namespace companion::test
