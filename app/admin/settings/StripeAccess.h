#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace companion::stripe {
class StripeClient;
}

namespace companion::admin {

class KeychainStore;

// The admin app's way to Stripe: the secret key is read from the keychain when
// first needed and kept only in memory, inside the client. Forgotten when the key
// or the address changes in Settings.
class StripeAccess : public QObject
{
    Q_OBJECT
public:
    StripeAccess(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Runs `ready` with a client, or `failed` with a message for people (no key,
    // keychain locked, …). Either runs later, never inside this call.
    void withClient(QObject *context, std::function<void(stripe::StripeClient *)> ready, std::function<void(const QString &)> failed);
    // From the stored key's hint, without touching the keychain.
    bool isLiveMode() const;
    // A customer, subscription, invoice, charge, … in Stripe's Dashboard (test or
    // live); empty for a sandbox, which has none.
    QUrl dashboardUrl(const QString &id, bool livemode) const;
    bool hasDashboard() const;

public Q_SLOTS:
    void forget();

private:
    QSettings *m_settings;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_network;
    QPointer<stripe::StripeClient> m_client;
};

} // namespace companion::admin
