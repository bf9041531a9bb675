#include "StripeAccess.h"

#include "StripeConnection.h"
#include "billing/StripeDashboard.h"
#include "secrets/KeychainStore.h"
#include "stripe/StripeClient.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

namespace companion::admin {

StripeAccess::StripeAccess(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_network(network)
{
}

void StripeAccess::withClient(QObject *context, std::function<void(stripe::StripeClient *)> ready,
                              std::function<void(const QString &)> failed)
{
    const QPointer<QObject> guard(context);
    if (m_client) {
        QTimer::singleShot(0, context, [this, ready] {
            if (m_client)
                ready(m_client);
        });
        return;
    }
    const QString name = QString::fromLatin1(StripeConnection::kSecretKeyName);
    if (!m_keychain->isStored(name)) {
        QTimer::singleShot(0, context, [failed] {
            failed(QCoreApplication::translate("StripeAccess", "No Stripe key is stored yet: add one in Settings."));
        });
        return;
    }
    m_keychain->read(name, [this, guard, ready, failed](const KeychainStore::Result &secret) {
        if (!guard)
            return;
        if (!secret.ok())
            return failed(secret.message);
        if (!m_client)
            m_client = new stripe::StripeClient(m_network, StripeConnection::apiBase(*m_settings), secret.secret, this);
        ready(m_client);
    });
}

bool StripeAccess::isLiveMode() const
{
    return StripeConnection::mode(StripeConnection::apiBase(*m_settings), m_keychain->hint(QString::fromLatin1(StripeConnection::kSecretKeyName)))
        == StripeMode::Live;
}

QUrl StripeAccess::dashboardUrl(const QString &id, bool livemode) const
{
    return billing::StripeDashboard::url(StripeConnection::apiBase(*m_settings), id, livemode);
}

bool StripeAccess::hasDashboard() const
{
    return billing::StripeDashboard::exists(StripeConnection::apiBase(*m_settings));
}

void StripeAccess::forget()
{
    // The next action reads the key again. The old client (and the old key in it)
    // goes as soon as the calls it carries have finished; they are its children.
    stripe::StripeClient *old = m_client;
    m_client = nullptr;
    if (!old)
        return;
    const auto release = [old] {
        if (old->findChildren<stripe::StripeCall *>(Qt::FindDirectChildrenOnly).isEmpty())
            old->deleteLater();
    };
    for (auto *call : old->findChildren<stripe::StripeCall *>(Qt::FindDirectChildrenOnly))
        connect(call, &QObject::destroyed, old, release, Qt::QueuedConnection);
    release();
}

} // namespace companion::admin
