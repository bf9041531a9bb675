#include "StripeError.h"

#include "util/Redact.h"

#include <QCoreApplication>

namespace companion::stripe {

StripeError StripeError::fromResponse(int httpStatus, const QJsonObject &body, const QString &requestId)
{
    StripeError e;
    e.kind = Kind::Api;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    e.type = error.value(QStringLiteral("type")).toString();
    e.code = error.value(QStringLiteral("code")).toString();
    e.declineCode = error.value(QStringLiteral("decline_code")).toString();
    e.param = error.value(QStringLiteral("param")).toString();
    e.message = util::redactSecretsIn(error.value(QStringLiteral("message")).toString());
    if (error.isEmpty()) {
        e.kind = Kind::InvalidResponse;
        e.message = QStringLiteral("HTTP %1 without a Stripe error body").arg(httpStatus);
    }
    return e;
}

QString StripeError::userMessage() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("StripeError", text); };
    switch (kind) {
    case Kind::Network: return tr("Stripe could not be reached. Check the network connection and try again.");
    case Kind::Timeout: return tr("Stripe did not answer in time. The request may still have gone through; try again — it is safe to retry.");
    case Kind::Canceled: return tr("The request was canceled.");
    case Kind::InvalidResponse: return tr("Stripe sent an answer that could not be read.");
    case Kind::Api: break;
    }
    if (isCardError()) {
        const QString reason = declineCode.isEmpty() ? code : declineCode;
        return tr("The card was declined: %1.").arg(QString(reason).replace(u'_', u' '));
    }
    if (isAuthentication())
        return tr("Stripe rejected the API key: it is wrong, revoked or for another account. Check the key in Settings.");
    if (httpStatus == 403)
        return tr("The API key may not do this (a restricted key without this permission).");
    if (isRateLimit())
        return tr("Stripe is limiting how fast requests may come, and still did after waiting. Try again in a moment.");
    if (type == QLatin1String("idempotency_error"))
        return tr("This request was already sent with different details; nothing was changed.");
    if (isNotFound())
        return tr("Stripe does not know this object (%1).").arg(message);
    if (httpStatus >= 500)
        return tr("Stripe had a problem (HTTP %1). Retrying later is safe.").arg(httpStatus);
    return message.isEmpty() ? tr("Stripe refused the request.") : message;
}

QString StripeError::logText() const
{
    static const char *const kinds[] = {"api", "network", "timeout", "canceled", "invalid-response"};
    return QStringLiteral("%1 http=%2 type=%3 code=%4 request=%5 attempts=%6: %7")
        .arg(QString::fromLatin1(kinds[int(kind)]))
        .arg(httpStatus)
        .arg(type, code, requestId)
        .arg(attempts)
        .arg(message);
}

} // namespace companion::stripe
