#include "DemoSetup.h"

#include "secrets/KeychainStore.h"
#include "settings/ServerConnection.h"
#include "settings/StripeConnection.h"
#include "settings/SupportSettings.h"
#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace companion::admin {

namespace {
// scripts/demo's defaults (SANDBOX_PORT, SERVER_PORT, COMPANION_DEMO_DIR).
constexpr int kSandboxPort = 12111;
constexpr int kServerPort = 8000;
constexpr char kSandboxKey[] = "sk_test_sandbox_0000000000000000"; // the sandbox's fixed test key, not a Stripe secret
} // namespace

DemoSetup DemoSetup::fromEnvironment(const QProcessEnvironment &env)
{
    const QString dataHome = env.value(QStringLiteral("XDG_DATA_HOME"),
                                       QDir::homePath() + QStringLiteral("/.local/share"));
    const QString demoDir = env.value(QStringLiteral("COMPANION_DEMO_DIR"), dataHome + QStringLiteral("/CourseCompanion/demo"));
    DemoSetup demo;
    demo.databaseUrl = env.value(QStringLiteral("DATABASE_URL"), QStringLiteral("sqlite://") + demoDir + QStringLiteral("/companion.db"));
    demo.stripeApiBase = QUrl(env.value(QStringLiteral("STRIPE_API_BASE"), QStringLiteral("http://127.0.0.1:%1").arg(kSandboxPort)));
    demo.stripeKey = env.value(QStringLiteral("STRIPE_SECRET_KEY"), QString::fromLatin1(kSandboxKey));
    demo.serverUrl = QUrl(env.value(QStringLiteral("COMPANION_SERVER_URL"), QStringLiteral("http://127.0.0.1:%1").arg(kServerPort)));
    demo.adminToken = env.value(QStringLiteral("COMPANION_ADMIN_TOKEN"));
    demo.monthlyPriceId = env.value(QStringLiteral("STRIPE_PREMIUM_PRICE_ID"));
    demo.yearlyPriceId = env.value(QStringLiteral("STRIPE_YEARLY_PRICE_ID"));
    return demo;
}

std::unique_ptr<QSettings> DemoSetup::settings()
{
    auto settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                                                QCoreApplication::applicationName() + QStringLiteral("-demo"));
    settings->setValue(QStringLiteral("keychain/service"), QStringLiteral(COMPANION_APP_ID ".demo"));
    return settings;
}

void DemoSetup::apply(QSettings &settings, KeychainStore &keychain, std::function<void(const QString &)> done) const
{
    StripeConnection::setApiBase(settings, stripeApiBase);
    ServerConnection::setUrl(settings, serverUrl);
    if (!monthlyPriceId.isEmpty())
        SupportSettings::setPriceIds(settings, monthlyPriceId, yearlyPriceId);
    settings.setValue(QStringLiteral("database/url"), databaseUrl);

    // The Stripe key first, then the server token (when there is one).
    const QString token = adminToken;
    keychain.write(QString::fromLatin1(StripeConnection::kSecretKeyName), stripeKey,
                   [&keychain, token, done](const KeychainStore::Result &stripe) {
                       if (!stripe.ok())
                           return done(stripe.message);
                       if (token.isEmpty())
                           return done(QString());
                       keychain.write(QString::fromLatin1(ServerConnection::kTokenName), token,
                                      [done](const KeychainStore::Result &server) { done(server.ok() ? QString() : server.message); });
                   });
}

} // namespace companion::admin
