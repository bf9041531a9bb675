#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

class QLineEdit;
class QNetworkAccessManager;
class QSettings;

namespace Ui {
class SettingsPage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class KeychainStore;

// Settings: where companion-server is (QSettings) and its admin token (the OS
// keychain only; the form shows "stored: cat_…abcd", never the token), with a
// connection test against the server's admin API.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, db::DatabaseThread *database,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

Q_SIGNALS:
    // The stored Stripe key changed (its kind decides the live-mode banner).
    void stripeKeyChanged();
    // The server's address changed (the status bar shows it).
    void serverChanged();

private:
    void saveServer();
    void removeToken();
    void testServer();
    void showTokenState();
    void saveStripe();
    void storeSecrets(QList<QPair<QString, QLineEdit *>> pending);
    void removeStripeKey();
    void testStripe();
    void showStripeKeyState();
    void saveSupport();
    void saveDatabase();
    void testDatabase();
    void setBusy(bool busy);
    void showLanguages();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    QSettings *m_settings;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_network;
    db::DatabaseThread *m_database;
};

} // namespace companion::admin
