#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace companion::server {

class InFlight;

// One request being answered, now or later (after a database job or a Stripe
// call). It gives the request its id (echoed as Request-Id, as Stripe does),
// writes the common headers, and logs one structured line when answered.
// Answering twice, or after the client left, does nothing.
class HttpExchange
{
public:
    HttpExchange(const http::HttpRequest &request, http::HttpResponder &&responder, InFlight *inFlight);
    ~HttpExchange();
    HttpExchange(const HttpExchange &) = delete;
    HttpExchange &operator=(const HttpExchange &) = delete;

    const QString &requestId() const { return m_requestId; }
    bool answered() const { return m_answered; }
    // For the log line: who the request turned out to be from.
    void setActor(const QString &actor) { m_actor = actor; }
    // A header every answer of this exchange carries (where its data was read from).
    void addHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }

    void reply(http::HttpResponse &&response);
    void json(QHttpServerResponse::StatusCode status, const QJsonObject &body);
    void error(QHttpServerResponse::StatusCode status, const QString &code, const QString &message,
               const QJsonObject &details = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    void finish(int status);

    QString m_requestId;
    QByteArray m_method;
    QString m_path;
    QHostAddress m_remote;
    QString m_actor;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QElapsedTimer m_timer;
    http::HttpResponder m_responder;
    QPointer<InFlight> m_inFlight;
    bool m_answered = false;
};

using Exchange = std::shared_ptr<HttpExchange>;

// Starts an exchange for a route handler (to be answered through the shared pointer).
Exchange beginExchange(const http::HttpRequest &request, http::HttpResponder &&responder, InFlight *inFlight);

} // namespace companion::server
