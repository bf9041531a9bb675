#include "ServerEnvironment.h"

#include "SandboxClient.h"

namespace companion::test {

QProcessEnvironment serverEnvironment(const QList<QPair<QString, QString>> &overrides)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWT_SECRET"), QString::fromLatin1(kJwtSecret));
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QString::fromLatin1(SandboxClient::kKey));
    env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kServerWebhookSecret));
    env.insert(QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), QString::fromLatin1(kPremiumPrice));
    env.insert(QStringLiteral("STRIPE_API_BASE"), QStringLiteral("http://127.0.0.1:9")); // discard: nothing answers
    for (const auto &[name, value] : overrides)
        env.insert(name, value);
    return env;
}

} // namespace companion::test
