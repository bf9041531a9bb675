#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace companion::serverapi {
class AdminApiClient;
}

namespace companion::admin {

class KeychainStore;

// The desk's way to companion-server's admin API: the address from Settings, the
// admin token read from the keychain each time (Settings may have replaced it) and
// kept only in memory, inside the client, which is made anew when either changes.
class ServerAccess : public QObject
{
    Q_OBJECT
public:
    ServerAccess(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Runs `ready` with a client for the configured server, or `failed` with the
    // keychain's message, or with an empty one when no server is configured.
    void withClient(std::function<void(serverapi::AdminApiClient *)> ready, std::function<void(const QString &)> failed);
    // The client made last (null before the first withClient that succeeded).
    serverapi::AdminApiClient *client() const { return m_client; }

private:
    QSettings *m_settings;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_network;
    QPointer<serverapi::AdminApiClient> m_client;
    QString m_clientToken; // which token m_client carries
};

} // namespace companion::admin
