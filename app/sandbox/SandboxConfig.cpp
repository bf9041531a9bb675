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
    companion::util::ListenEndpoint::addOptions(parser, kDefaultPort);
    parser.addOption({QStringLiteral("api-key"),
                      QCoreApplication::translate("SandboxConfig", "Secret key clients must send (sk_test_…); may be repeated."),
                      QStringLiteral("key")});
}

std::optional<SandboxConfig> SandboxConfig::fromParser(const QCommandLineParser &parser, QString *error)
{
    SandboxConfig config;
    const auto listen = companion::util::ListenEndpoint::fromParser(parser, kDefaultPort, {}, error);
    if (!listen)
        return std::nullopt;
    config.listen = *listen;
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
