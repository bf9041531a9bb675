#include "SandboxConfig.h"

#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <type_traits>

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
    parser.addOption({QStringLiteral("data"),
                      QCoreApplication::translate("SandboxConfig", "SQLite file holding the account (default: stripe-sandbox.db in the data folder)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("ephemeral"),
                      QCoreApplication::translate("SandboxConfig", "Keep the account in memory only; it is gone when the sandbox stops.")});
    parser.addOption({QStringLiteral("forward-to"),
                      QCoreApplication::translate("SandboxConfig", "Deliver every event to this URL as well, like `stripe listen --forward-to`."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("forward-events"),
                      QCoreApplication::translate("SandboxConfig", "Only these event types (comma-separated, * for all) go to --forward-to, like `stripe listen --events`; "
                                                                   "e.g. the original guide's checkout.session.completed,customer.subscription.deleted,invoice.payment_failed."),
                      QCoreApplication::translate("SandboxConfig", "types")});
    parser.addOption({QStringLiteral("start-days-ago"),
                      QCoreApplication::translate("SandboxConfig", "Start a new, empty account's clock this many days in the past, so test helpers can "
                                                                   "replay months of renewals that end today."),
                      QCoreApplication::translate("SandboxConfig", "days")});
    parser.addOption({QStringLiteral("webhook-secret"),
                      QCoreApplication::translate("SandboxConfig", "Signing secret (whsec_…) for --forward-to deliveries."),
                      QStringLiteral("secret")});
    parser.addOption({QStringLiteral("chaos"),
                      QCoreApplication::translate("SandboxConfig", "Misbehave like Stripe on a bad day for this share of calls (0-1): "
                                                                   "429/500/slow answers, duplicated and reordered webhooks."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("drop-webhooks"),
                      QCoreApplication::translate("SandboxConfig", "Never deliver this share of webhook deliveries (0-1), as if the endpoint "
                                                                   "had been down past Stripe's retries: the event keeps pending_webhooks > 0."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("latency"),
                      QCoreApplication::translate("SandboxConfig", "Delay every API answer by this many milliseconds (network distance to Stripe)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("after-failed-retries"),
                      QCoreApplication::translate("SandboxConfig", "What a subscription becomes when every retry of its invoice failed, like the "
                                                                   "Dashboard's failed-payments setting: cancel (Stripe's default), unpaid or past_due."),
                      QStringLiteral("status"), QStringLiteral("cancel")});
    parser.addOption({QStringLiteral("seed-demo"),
                      QCoreApplication::translate("SandboxConfig", "Create the Premium product and N customers with 18 months of history in an empty account."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("SandboxConfig", "Random seed for ids and demo history (default 42)."),
                      QStringLiteral("n"), QStringLiteral("42")});
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
    config.dataPath = parser.isSet(QStringLiteral("ephemeral"))
        ? QStringLiteral(":memory:")
        : parser.value(QStringLiteral("data"));
    if (config.dataPath.isEmpty())
        config.dataPath = companion::util::AppPaths::dataDir() + QStringLiteral("/stripe-sandbox.db");

    if (parser.isSet(QStringLiteral("forward-to"))) {
        config.forwardTo = QUrl(parser.value(QStringLiteral("forward-to")), QUrl::StrictMode);
        if (!config.forwardTo.isValid() || !config.forwardTo.scheme().startsWith(QLatin1String("http"))) {
            *error = QStringLiteral("--forward-to needs an http(s) URL");
            return std::nullopt;
        }
        config.forwardSecret = parser.value(QStringLiteral("webhook-secret"));
        if (!config.forwardSecret.startsWith(QLatin1String("whsec_"))) {
            *error = QStringLiteral("--forward-to needs --webhook-secret whsec_… to sign deliveries");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("forward-events"))) {
        config.forwardEvents = parser.value(QStringLiteral("forward-events")).split(u',', Qt::SkipEmptyParts);
        for (QString &type : config.forwardEvents)
            type = type.trimmed();
        if (config.forwardEvents.isEmpty() || !config.forwardTo.isValid()) {
            *error = QStringLiteral("--forward-events needs --forward-to and at least one event type");
            return std::nullopt;
        }
    }
    // A number option in [low, high], or the reason it is not.
    const auto number = [&parser, error](const QString &name, double low, double high, const QString &takes, auto *into) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        using Target = std::remove_pointer_t<decltype(into)>;
        if (!ok || value < low || value > high || (std::is_integral_v<Target> && value != double(qint64(value)))) {
            *error = QStringLiteral("--%1 takes %2").arg(name, takes);
            return false;
        }
        *into = Target(value);
        return true;
    };
    if (!number(QStringLiteral("start-days-ago"), 1, 3650, QStringLiteral("a number of days from 1 to 3650"), &config.startDaysAgo)
        || !number(QStringLiteral("chaos"), 0, 1, QStringLiteral("a rate between 0 and 1"), &config.chaosRate)
        || !number(QStringLiteral("drop-webhooks"), 0, 1, QStringLiteral("a rate between 0 and 1"), &config.dropRate)
        || !number(QStringLiteral("latency"), 0, 60000, QStringLiteral("milliseconds between 0 and 60000"), &config.latencyMs))
        return std::nullopt;
    const auto afterFailedRetries = afterFailedRetriesFromName(parser.value(QStringLiteral("after-failed-retries")));
    if (!afterFailedRetries) {
        *error = QStringLiteral("--after-failed-retries takes cancel, unpaid or past_due");
        return std::nullopt;
    }
    config.afterFailedRetries = *afterFailedRetries;
    config.seedDemo = parser.value(QStringLiteral("seed-demo")).toInt();
    config.seed = parser.value(QStringLiteral("seed")).toUInt();
    return config;
}

} // namespace sandbox
