#include "SettingsPage.h"

#include "secrets/KeychainStore.h"
#include "serverapi/AdminApiClient.h"
#include "settings/ServerConnection.h"
#include "ui_SettingsPage.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>

namespace companion::admin {

namespace {
const QString kToken = QString::fromLatin1(ServerConnection::kTokenName);
}

SettingsPage::SettingsPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_settings(settings)
    , m_keychain(keychain)
    , m_network(network)
{
    m_ui->setupUi(this);
    m_ui->serverUrl->setText(ServerConnection::url(*m_settings).toString());
    showTokenState();
    connect(m_ui->saveServer, &QPushButton::clicked, this, &SettingsPage::saveServer);
    connect(m_ui->removeAdminToken, &QPushButton::clicked, this, &SettingsPage::removeToken);
    connect(m_ui->testServer, &QPushButton::clicked, this, &SettingsPage::testServer);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::showTokenState()
{
    const QString hint = m_keychain->hint(kToken);
    m_ui->adminTokenState->setText(hint.isEmpty() ? tr("No token stored. Create one with: companion-server admin-token create --label \"support desk\"")
                                                  : tr("Stored in the keychain: %1").arg(hint));
    m_ui->adminToken->setPlaceholderText(hint.isEmpty() ? tr("cat_… (kept in the OS keychain only)") : tr("Paste a new token to replace it"));
    m_ui->removeAdminToken->setEnabled(!hint.isEmpty());
}

void SettingsPage::setBusy(bool busy)
{
    m_ui->saveServer->setEnabled(!busy);
    m_ui->testServer->setEnabled(!busy);
    m_ui->removeAdminToken->setEnabled(!busy && !m_keychain->hint(kToken).isEmpty());
}

void SettingsPage::saveServer()
{
    const QString problem = ServerConnection::check(m_ui->serverUrl->text());
    if (!problem.isEmpty()) {
        m_ui->serverStatus->setText(problem);
        return;
    }
    ServerConnection::setUrl(*m_settings, QUrl(m_ui->serverUrl->text().trimmed()));
    const QString token = m_ui->adminToken->text().trimmed();
    if (token.isEmpty()) {
        m_ui->serverStatus->setText(tr("Saved."));
        return;
    }
    setBusy(true);
    m_ui->serverStatus->setText(tr("Storing the token in the keychain…"));
    m_keychain->write(kToken, token, [this](const KeychainStore::Result &result) {
        setBusy(false);
        if (result.ok())
            m_ui->adminToken->clear(); // it is in the keychain now, and nowhere else
        showTokenState();
        m_ui->serverStatus->setText(result.ok() ? tr("Saved. The token is in the keychain only.") : result.message);
    });
}

void SettingsPage::removeToken()
{
    setBusy(true);
    m_keychain->remove(kToken, [this](const KeychainStore::Result &result) {
        setBusy(false);
        showTokenState();
        m_ui->serverStatus->setText(result.ok() ? tr("The token was removed from the keychain.") : result.message);
    });
}

void SettingsPage::testServer()
{
    const QUrl url = ServerConnection::url(*m_settings);
    if (url.isEmpty()) {
        m_ui->serverStatus->setText(tr("Save the server's address first."));
        return;
    }
    setBusy(true);
    m_ui->serverStatus->setText(tr("Asking %1…").arg(url.toDisplayString()));
    m_keychain->read(kToken, [this, url](const KeychainStore::Result &secret) {
        if (!secret.ok()) {
            setBusy(false);
            m_ui->serverStatus->setText(secret.message);
            return;
        }
        auto *client = new serverapi::AdminApiClient(m_network, url, secret.secret, this);
        const qint64 dayAgo = QDateTime::currentSecsSinceEpoch() - 24 * 3600;
        client->webhookStats(dayAgo, this, [this, client](const serverapi::AdminApiResult &result) {
            client->deleteLater();
            setBusy(false);
            if (!result.ok()) {
                m_ui->serverStatus->setText(result.message);
                return;
            }
            const QLocale locale;
            m_ui->serverStatus->setText(tr("Connected. Webhook deliveries in the last 24 hours: %1; failure rate %2.")
                                            .arg(locale.toString(result.body.value(QStringLiteral("total")).toInteger()),
                                                 locale.toString(100.0 * result.body.value(QStringLiteral("failure_rate")).toDouble(), 'f', 1)
                                                     + locale.percent()));
        });
    });
}

} // namespace companion::admin
