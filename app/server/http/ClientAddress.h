#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>

#include <optional>

namespace companion::http {
class HttpRequest;
}

namespace companion::server {

// Who a request comes from when the server sits behind reverse proxies: the peer
// address, unless the peer is a trusted proxy, in which case the nearest address
// in X-Forwarded-For that is not a trusted proxy. X-Forwarded-For from anyone
// else is ignored: a client could put anything there to dodge rate limits.
class ClientAddress
{
public:
    // `trusted`: "10.0.0.0/8, 127.0.0.1, ::1" style list (TRUSTED_PROXIES); nullopt (and why) when unreadable.
    static std::optional<ClientAddress> fromList(const QString &trusted, QString *error);
    ClientAddress() = default;

    QHostAddress of(const http::HttpRequest &request) const;
    bool isTrusted(const QHostAddress &address) const;

private:
    QList<QPair<QHostAddress, int>> m_trusted;
};

} // namespace companion::server
