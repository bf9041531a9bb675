#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace companion::util {

// Where an HTTP program listens: --listen ADDRESS and --port N (0 = any free port).
struct ListenEndpoint {
    QHostAddress address = QHostAddress::LocalHost; // behind a TLS proxy by default
    quint16 port = 0;

    QString toString() const; // "127.0.0.1:8000"

    static void addOptions(QCommandLineParser &parser, quint16 defaultPort);
    // `fallbackPort` is used when --port is absent (e.g. $PORT); empty means the default.
    static std::optional<ListenEndpoint> fromParser(const QCommandLineParser &parser, quint16 defaultPort,
                                                    const QString &fallbackPort, QString *error);
};

} // namespace companion::util
