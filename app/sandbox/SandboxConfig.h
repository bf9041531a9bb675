#pragma once

#include "util/ListenEndpoint.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace sandbox {

struct SandboxConfig {
    static constexpr quint16 kDefaultPort = 12111; // stripe-mock's port, so tools that know it find us

    companion::util::ListenEndpoint listen;
    QStringList apiKeys;   // accepted secret keys (test mode only)

    static QString defaultApiKey();
    static void addOptions(QCommandLineParser &parser);
    static std::optional<SandboxConfig> fromParser(const QCommandLineParser &parser, QString *error);
};

} // namespace sandbox
