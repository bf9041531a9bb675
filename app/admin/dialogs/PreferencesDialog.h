#pragma once

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QSettings;

namespace Ui {
class PreferencesDialog;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class KeychainStore;

// Preferences: the desk's settings in sections (server, Stripe, support desk,
// database, display & language) behind one OK / Apply / Cancel. Apply saves what
// changed on every section; OK applies and closes once everything is stored;
// Cancel forgets the edits. Keys and tokens go to the OS keychain only (the form
// shows "stored: sk_…abcd", never the key); a keychain refusal is shown in the
// section and the typed key stays in its field, so nothing is lost.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, db::DatabaseThread *database,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Something differs from what is saved (Apply is enabled exactly then).
    bool hasChanges() const;
    // Saves every changed section; keys are stored asynchronously, one after another.
    void apply();

    void accept() override; // OK: apply, and close once everything is stored
    void reject() override; // Cancel: not while keys are being written

Q_SIGNALS:
    // The Stripe address or a stored Stripe key changed (the key's kind decides the live-mode banner).
    void stripeKeyChanged();
    // The server's address changed (the status bar shows it).
    void serverChanged();
    // The theme or the time zone changed (views read DisplaySettings again).
    void displayChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Section { Server, Stripe, Support, Database, Display };
    struct Changes;
    struct PendingSecret {
        QString name;
        QLineEdit *field = nullptr;
        Section section = Section::Server;
    };

    Changes changes() const;
    void load();
    void fillChoices();
    void updateButtons();
    void applyChanges(bool close);
    bool validate(const Changes &changes);
    void showProblem(Section section, QLabel *status, QWidget *field, const QString &problem);
    void saveSettings(const Changes &changes);
    void storeSecrets(QList<PendingSecret> pending, bool close, bool stripeTouched);
    void finishApply(bool close, bool stripeTouched);
    void setApplying(bool applying);
    QLabel *statusOf(Section section) const;

    void showTokenState();
    void showStripeKeyState();
    void removeToken();
    void removeStripeKey();
    // The secret typed into `field`, else the one in the keychain.
    void withSecret(const QString &name, QLineEdit *field, std::function<void(const QString &secret, const QString &problem)> use);
    void testServer();
    void testStripe();
    void testDatabase();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QSettings *m_settings;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_network;
    db::DatabaseThread *m_database;
    bool m_applying = false;
};

} // namespace companion::admin
