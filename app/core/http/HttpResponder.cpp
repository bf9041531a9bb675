#include "HttpResponder.h"

#include "HttpConnection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace companion::http {

HttpResponder::HttpResponder(HttpConnection *connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
    , m_answered(false)
{
}

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_serial(other.m_serial)
    , m_answered(std::exchange(other.m_answered, true))
    , m_onAnswer(std::move(other.m_onAnswer))
{
}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        m_connection = std::move(other.m_connection);
        m_serial = other.m_serial;
        m_answered = std::exchange(other.m_answered, true);
        m_onAnswer = std::move(other.m_onAnswer);
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    if (m_answered)
        return;
    if (m_onAnswer)
        m_onAnswer(500); // a handler that forgot its request is the server's fault, client gone or not
    if (!m_connection)
        return;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("detail"), QStringLiteral("The request was dropped without an answer.")}})
                                .toJson(QJsonDocument::Compact);
    m_connection->respond(m_serial, {500, QByteArrayLiteral("application/json"), {}, body});
}

void HttpResponder::respond(const HttpResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_onAnswer)
        m_onAnswer(response.status);
    if (m_connection)
        m_connection->respond(m_serial, response);
}

bool HttpResponder::isConnected() const
{
    return !m_answered && m_connection && m_connection->canAnswer(m_serial);
}

} // namespace companion::http
