#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace companion::http {

enum class HttpMethod { Get, Head, Post, Put, Patch, Delete, Options, Other };

// One request as read from a connection: its head, its whole body, and who sent it.
class HttpRequest
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpMethod method() const { return m_method; }
    const QByteArray &methodName() const { return m_methodName; }
    const QByteArray &target() const { return m_target; }
    // The target as a URL: path and query (http://<Host>/…).
    const QUrl &url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    int minorVersion() const { return m_minorVersion; } // HTTP/1.0 or HTTP/1.1
    const Headers &headers() const { return m_headers; }
    // The first field called `name` (case-insensitive), or empty.
    QByteArray value(QByteArrayView name) const;
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    quint16 remotePort() const { return m_remotePort; }
    // Whether the client keeps the connection open after the answer (HTTP/1.1 unless
    // "Connection: close"; HTTP/1.0 only with "Connection: keep-alive").
    bool keepAlive() const;

private:
    friend class HttpRequestParser;
    friend class HttpConnection;

    HttpMethod m_method = HttpMethod::Other;
    QByteArray m_methodName;
    QByteArray m_target;
    QUrl m_url;
    int m_minorVersion = 1;
    Headers m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    quint16 m_remotePort = 0;
};

} // namespace companion::http
