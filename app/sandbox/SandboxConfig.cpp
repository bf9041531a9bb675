#include "SandboxConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sandbox {

QString SandboxConfig::defaultApiKey()
{
    // Not a secret: the sandbox holds no money and accepts only test keys.
    return QStringLiteral("sk_test_sandbox_0000000000000000");
}

void SandboxConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("SandboxConfig", "TCP port to listen on (default 12111; 0 picks a free one)."),
                      QStringLiteral("port")});
    parser.addOption({QStringLiteral("listen"),
                      QCoreApplication::translate("SandboxConfig", "Address to listen on (default 127.0.0.1)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("api-key"),
                      QCoreApplication::translate("SandboxConfig", "Secret key clients must send (sk_test_…); may be repeated."),
                      QStringLiteral("key")});
}

std::optional<SandboxConfig> SandboxConfig::fromParser(const QCommandLineParser &parser, QString *error)
{
    SandboxConfig config;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            *error = QStringLiteral("invalid port \"%1\"").arg(parser.value(QStringLiteral("port")));
            return std::nullopt;
        }
        config.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("listen"))
        && !config.listenAddress.setAddress(parser.value(QStringLiteral("listen")))) {
        *error = QStringLiteral("invalid listen address \"%1\"").arg(parser.value(QStringLiteral("listen")));
        return std::nullopt;
    }
    config.apiKeys = parser.values(QStringLiteral("api-key"));
    if (config.apiKeys.isEmpty())
        config.apiKeys << defaultApiKey();
    for (const QString &key : std::as_const(config.apiKeys)) {
        if (!key.startsWith(QLatin1String("sk_test_")) && !key.startsWith(QLatin1String("rk_test_"))) {
            *error = QStringLiteral("stripe-sandbox runs in test mode only: --api-key must start with sk_test_ or rk_test_");
            return std::nullopt;
        }
    }
    return config;
}

} // namespace sandbox
