#include "StripeConnection.h"

#include <QCoreApplication>
#include <QSettings>

namespace companion::admin {

namespace {
const QString kApiBaseKey = QStringLiteral("stripe/apiBase");
}

QUrl StripeConnection::apiBase(const QSettings &settings)
{
    return QUrl(settings.value(kApiBaseKey, QStringLiteral("https://api.stripe.com")).toString());
}

void StripeConnection::setApiBase(QSettings &settings, const QUrl &url)
{
    settings.setValue(kApiBaseKey, url.toString());
}

StripeMode StripeConnection::mode(const QUrl &apiBase, const QString &keyHint)
{
    // The key decides before the host: a live key at an unexpected host is still a
    // live key (a proxy may forward it), so the person is warned rather than reassured.
    if (keyHint.isEmpty())
        return StripeMode::NoKey;
    if (isLiveHint(keyHint))
        return StripeMode::Live;
    return apiBase.host() == QLatin1String("api.stripe.com") ? StripeMode::Test : StripeMode::Sandbox;
}

bool StripeConnection::isLiveHint(const QString &hint)
{
    return hint.startsWith(QLatin1String("sk_live_")) || hint.startsWith(QLatin1String("rk_live_"));
}

QString StripeConnection::checkKey(const QString &key)
{
    for (const char *prefix : {"sk_test_", "sk_live_", "rk_test_", "rk_live_"}) {
        if (key.startsWith(QLatin1String(prefix)) && key.size() > 20)
            return {};
    }
    if (key.startsWith(QLatin1String("pk_")))
        return QCoreApplication::translate("StripeConnection", "That is a publishable key (pk_…); the admin app needs a secret (sk_…) or restricted (rk_…) key.");
    return QCoreApplication::translate("StripeConnection", "A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.");
}

QString StripeConnection::checkPublishableKey(const QString &key)
{
    if ((key.startsWith(QLatin1String("pk_test_")) || key.startsWith(QLatin1String("pk_live_"))) && key.size() > 20)
        return {};
    return QCoreApplication::translate("StripeConnection", "A publishable key starts with pk_test_ or pk_live_.");
}

QString StripeConnection::checkWebhookSecret(const QString &secret)
{
    if (secret.startsWith(QLatin1String("whsec_")) && secret.size() > 20)
        return {};
    return QCoreApplication::translate("StripeConnection", "A webhook signing secret starts with whsec_ (Stripe's Dashboard → Webhooks → the endpoint).");
}

} // namespace companion::admin
