#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace companion::admin {

// Which Stripe the admin app talks to (api.stripe.com or a stripe-sandbox, in
// QSettings) and the keychain name of its secret key.
struct StripeConnection {
    static constexpr char kSecretKeyName[] = "stripe-secret-key";
    static constexpr char kPublishableKeyName[] = "stripe-publishable-key";
    static constexpr char kWebhookSecretName[] = "stripe-webhook-secret";

    static QUrl apiBase(const QSettings &settings); // https://api.stripe.com unless set
    static void setApiBase(QSettings &settings, const QUrl &url);
    // From a stored key's hint ("sk_live_…abcd"): live keys move real money.
    static bool isLiveHint(const QString &hint);
    // Empty when `key` looks like a secret or restricted key, else why not.
    static QString checkKey(const QString &key);
    static QString checkPublishableKey(const QString &key);
    static QString checkWebhookSecret(const QString &secret);
};

} // namespace companion::admin
