#pragma once

#include <QHostAddress>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace sandbox {

struct SandboxConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 12111;  // stripe-mock's port, so tools that know it find us
    QStringList apiKeys;   // accepted secret keys (test mode only)

    static QString defaultApiKey();
    static void addOptions(QCommandLineParser &parser);
    static std::optional<SandboxConfig> fromParser(const QCommandLineParser &parser, QString *error);
};

} // namespace sandbox
