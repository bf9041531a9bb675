#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QSettings;

namespace companion::admin {

class KeychainStore;

// `companion-admin --demo`: connects to what scripts/demo started (stripe-sandbox,
// companion-server, the demo SQLite database) without touching the real set-up:
// its own settings file and its own keychain entries. The facts come from the
// environment scripts/demo exports (secrets never pass through a file), else the
// demo's default ports and paths.
struct DemoSetup {
    QString databaseUrl;
    QUrl stripeApiBase;
    QString stripeKey;  // the sandbox's test key
    QUrl serverUrl;
    QString adminToken; // empty: the webhook log asks for one
    QString monthlyPriceId;
    QString yearlyPriceId;

    static DemoSetup fromEnvironment(const QProcessEnvironment &env);
    // The demo's own settings (next to, never in, the real ones).
    static std::unique_ptr<QSettings> settings();

    // Writes the settings, then the secrets to the keychain; `done` gets an empty
    // string or what went wrong.
    void apply(QSettings &settings, KeychainStore &keychain, std::function<void(const QString &error)> done) const;
};

} // namespace companion::admin
