#include "ClientAddress.h"

#include "http/HttpRequest.h"

namespace companion::server {

std::optional<ClientAddress> ClientAddress::fromList(const QString &trusted, QString *error)
{
    ClientAddress result;
    for (const QString &entry : trusted.split(u',', Qt::SkipEmptyParts)) {
        const QString text = entry.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text.contains(u'/') ? text : QString());
        if (!text.contains(u'/')) {
            const QHostAddress single(text);
            subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull()) {
            *error = QStringLiteral("TRUSTED_PROXIES: \"%1\" is not an address or subnet").arg(text);
            return std::nullopt;
        }
        result.m_trusted.append(subnet);
    }
    return result;
}

bool ClientAddress::isTrusted(const QHostAddress &address) const
{
    for (const auto &subnet : m_trusted) {
        if (address.isInSubnet(subnet))
            return true;
        // An IPv4 proxy seen on a dual-stack socket as ::ffff:a.b.c.d.
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4 && QHostAddress(v4).isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress ClientAddress::of(const http::HttpRequest &request) const
{
    QHostAddress client = request.remoteAddress();
    if (m_trusted.isEmpty() || !isTrusted(client))
        return client;
    // Walk X-Forwarded-For from the nearest hop back; the first untrusted one is the client.
    const QList<QByteArray> hops = request.value("X-Forwarded-For").split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops.at(i).trimmed()));
        if (hop.isNull())
            break; // garbage: trust nothing further back
        client = hop;
        if (!isTrusted(hop))
            break;
    }
    return client;
}

} // namespace companion::server
