#include "SandboxServer.h"

#include "StripeError.h"
#include "stripe/ApiVersion.h"

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QMetaEnum>
#include <QUuid>

namespace sandbox {

namespace {
QString newRequestId()
{
    return QStringLiteral("req_") + QUuid::createUuid().toString(QUuid::Id128).left(14);
}
} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_auth(m_config.apiKeys)
    , m_info(QStringLiteral("stripe-sandbox"))
{
}

QHttpServerResponse SandboxServer::withStripeHeaders(QHttpServerResponse &&response,
                                                     const QHttpServerRequest &request) const
{
    response.setHeader("Request-Id", newRequestId().toUtf8());
    const QByteArray version = request.value("Stripe-Version");
    response.setHeader("Stripe-Version", version.isEmpty() ? QByteArray(companion::stripe::kApiVersion) : version);
    response.setHeader("Stripe-Should-Retry", "false");
    return std::move(response);
}

bool SandboxServer::start(QString *error)
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(m_info.health({
            {QStringLiteral("api_version"), QString::fromLatin1(companion::stripe::kApiVersion)},
            {QStringLiteral("livemode"), false},
        }));
    });
    // Anything not routed: Stripe authenticates first, then says the URL is unknown.
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString method = QString::fromLatin1(
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))).toUpper();
        QHttpServerResponse response = [&] {
            if (const auto why = m_auth.rejection(request))
                return stripeError(QHttpServerResponse::StatusCode::Unauthorized,
                                   QStringLiteral("invalid_request_error"), {}, *why);
            return stripeError(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("invalid_request_error"), {},
                               QStringLiteral("Unrecognized request URL (%1: %2).").arg(method, request.url().path()));
        }();
        withStripeHeaders(std::move(response), request).write(std::move(responder));
    });
    m_http.afterRequest([this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        return withStripeHeaders(std::move(response), request);
    });

    m_port = m_http.listen(m_config.listen.address, m_config.listen.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1 (port in use, or not allowed)").arg(m_config.listen.toString());
        return false;
    }
    return true;
}

} // namespace sandbox
