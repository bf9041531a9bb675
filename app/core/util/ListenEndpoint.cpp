#include "ListenEndpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace companion::util {

QString ListenEndpoint::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                             : address.toString();
    return host + u':' + QString::number(port);
}

void ListenEndpoint::addOptions(QCommandLineParser &parser, quint16 defaultPort)
{
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("ListenEndpoint", "TCP port to listen on (default %1; 0 picks a free one).")
                          .arg(defaultPort),
                      QStringLiteral("port")});
    parser.addOption({QStringLiteral("listen"),
                      QCoreApplication::translate("ListenEndpoint", "Address to listen on (default 127.0.0.1)."),
                      QStringLiteral("address")});
}

std::optional<ListenEndpoint> ListenEndpoint::fromParser(const QCommandLineParser &parser, quint16 defaultPort,
                                                         const QString &fallbackPort, QString *error)
{
    ListenEndpoint endpoint;
    endpoint.port = defaultPort;
    const QString portText = parser.isSet(QStringLiteral("port")) ? parser.value(QStringLiteral("port")) : fallbackPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535) {
            *error = QStringLiteral("invalid port \"%1\" (expected 0-65535)").arg(portText);
            return std::nullopt;
        }
        endpoint.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("listen")) && !endpoint.address.setAddress(parser.value(QStringLiteral("listen")))) {
        *error = QStringLiteral("invalid listen address \"%1\"").arg(parser.value(QStringLiteral("listen")));
        return std::nullopt;
    }
    return endpoint;
}

} // namespace companion::util
