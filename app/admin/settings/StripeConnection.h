#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace companion::admin {

// What the desk is connected to, decided once for the live banner, the status bar
// and the typed confirmations alike.
enum class StripeMode {
    NoKey,
    Sandbox, // a test key at a host that is not Stripe (a stripe-sandbox)
    Test,    // a test key at api.stripe.com
    Live,    // a live key, wherever it is sent: it moves real money
};

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
    static StripeMode mode(const QUrl &apiBase, const QString &keyHint);
    // Empty when `key` looks like a secret or restricted key, else why not.
    static QString checkKey(const QString &key);
    static QString checkPublishableKey(const QString &key);
    static QString checkWebhookSecret(const QString &secret);
};

} // namespace companion::admin
