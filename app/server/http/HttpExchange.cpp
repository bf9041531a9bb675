#include "HttpExchange.h"

#include "ApiError.h"
#include "InFlight.h"
#include "util/Log.h"

#include <QRandomGenerator>

namespace companion::server {

namespace {
QString newRequestId()
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id = QStringLiteral("req_");
    for (int i = 0; i < 14; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return id;
}

} // namespace

Exchange beginExchange(const http::HttpRequest &request, http::HttpResponder &&responder, InFlight *inFlight)
{
    return std::make_shared<HttpExchange>(request, std::move(responder), inFlight);
}

HttpExchange::HttpExchange(const http::HttpRequest &request, http::HttpResponder &&responder, InFlight *inFlight)
    : m_requestId(newRequestId())
    , m_method(request.methodName().left(16))
    , m_path(request.url().path())
    , m_remote(request.remoteAddress())
    , m_responder(std::move(responder))
    , m_inFlight(inFlight)
{
    m_timer.start();
    if (m_inFlight)
        m_inFlight->begin();
}

HttpExchange::~HttpExchange()
{
    if (!m_answered)
        finish(0); // the client left, or the server is going down: count it as done
}

void HttpExchange::reply(http::HttpResponse &&response)
{
    if (m_answered)
        return;
    if (m_responder.isConnected()) {
        response.setHeader(QByteArrayLiteral("Request-Id"), m_requestId.toLatin1());
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        for (const auto &[name, value] : std::as_const(m_headers))
            response.setHeader(name, value);
        const int status = response.status;
        m_responder.respond(response);
        finish(status);
    } else {
        finish(0);
    }
}

void HttpExchange::json(QHttpServerResponse::StatusCode status, const QJsonObject &body)
{
    reply(http::HttpResponse::json(int(status), body));
}

void HttpExchange::error(QHttpServerResponse::StatusCode status, const QString &code, const QString &message,
                         const QJsonObject &details, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    http::HttpResponse response = apiError(status, code, message, details);
    response.headers.append(headers);
    reply(std::move(response));
}

void HttpExchange::finish(int status)
{
    m_answered = true;
    // One key=value line per request: greppable, and parseable by a log shipper.
    // The query string stays out (it may carry e-mail addresses).
    qCInfo(lcHttp).noquote() << QStringLiteral("request_id=%1 method=%2 path=%3 status=%4 duration_ms=%5 remote=%6%7")
                                    .arg(m_requestId, QString::fromLatin1(m_method), m_path,
                                         status ? QString::number(status) : QStringLiteral("gone"),
                                         QString::number(double(m_timer.nsecsElapsed()) / 1e6, 'f', 2), m_remote.toString(),
                                         m_actor.isEmpty() ? QString() : QString(QStringLiteral(" actor=") + m_actor));
    if (m_inFlight)
        m_inFlight->end();
}

} // namespace companion::server
