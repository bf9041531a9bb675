#include "ServerAccess.h"

#include "secrets/KeychainStore.h"
#include "serverapi/AdminApiClient.h"
#include "settings/ServerConnection.h"

namespace companion::admin {

ServerAccess::ServerAccess(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_network(network)
{
}

void ServerAccess::withClient(std::function<void(serverapi::AdminApiClient *)> ready, std::function<void(const QString &)> failed)
{
    const QUrl url = ServerConnection::url(*m_settings);
    if (url.isEmpty())
        return failed(QString());
    QPointer<ServerAccess> self(this);
    m_keychain->read(QString::fromLatin1(ServerConnection::kTokenName),
                     [self, url, ready = std::move(ready), failed = std::move(failed)](const KeychainStore::Result &secret) {
                         if (!self)
                             return;
                         if (!secret.ok())
                             return failed(secret.message);
                         if (!self->m_client || self->m_client->baseUrl() != url || self->m_clientToken != secret.secret) {
                             if (self->m_client)
                                 self->m_client->deleteLater(); // its answers still arrive (they are tied to their replies)
                             self->m_client = new serverapi::AdminApiClient(self->m_network, url, secret.secret, self);
                             self->m_clientToken = secret.secret;
                         }
                         ready(self->m_client);
                     });
}

} // namespace companion::admin
