#pragma once

#include "DeskSection.h"
#include "db/DatabaseConfig.h"
#include "db/RolePrivileges.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QNetworkAccessManager;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class AuditLogPage;
class Confirmer;
class DeskActions;
class LayoutMemory;
class PayoutsPage;
class ReconciliationPage;
class RevenuePage;
class KeychainStore;
class LearnerFinder;
class StripeAccess;
class UserDetailDialog;
class PreferencesDialog;
class SubscriptionsPage;
class UsersPage;
class WebhookLogPage;
class HealthPage;

// The support desk's window: sections on the left, the chosen one on the right,
// connection facts in the status bar; every command a QAction in the menus, the
// toolbar and the rows' context menus (DeskActions). The window's arrangement is
// remembered across starts (LayoutMemory).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings`: where preferences go (tests pass their own); the application's by default.
    explicit MainWindow(const db::DatabaseConfig &database, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    UsersPage *usersPage() const { return m_usersPage; }
    LearnerFinder *learnerFinder() const { return m_finder; }
    SubscriptionsPage *subscriptionsPage() const { return m_subscriptionsPage; }
    // The Preferences dialog while it is open, else nullptr.
    PreferencesDialog *preferences() const;
    WebhookLogPage *webhookLogPage() const { return m_webhookLogPage; }
    HealthPage *healthPage() const { return m_healthPage; }
    AuditLogPage *auditLogPage() const { return m_auditLogPage; }
    RevenuePage *revenuePage() const { return m_revenuePage; }
    ReconciliationPage *reconciliationPage() const { return m_reconciliationPage; }
    PayoutsPage *payoutsPage() const { return m_payoutsPage; }
    // What the database role may do (known once databaseReady was emitted).
    const db::RolePrivileges &privileges() const { return m_privileges; }

    // The seam for confirmations (tests answer them); the window keeps ownership.
    void setConfirmer(std::unique_ptr<Confirmer> confirmer);
    // Opens (or raises) the detail of a user, as Enter on the users view does.
    UserDetailDialog *openUser(const QString &userId);
    // Opens Preferences (one dialog, non-modal), or raises it when it is open.
    PreferencesDialog *showPreferences();

    DeskActions *deskActions() const { return m_actions; }
    // The section shown, and showing one (as Go ▸ and Ctrl+1…9 do).
    int currentSection() const;
    void showSection(int index);
    const QList<DeskSection> &sections() const { return m_sections; }
    // Who the Learner menu acts on: the current row of the section shown, if it is a learner.
    LearnerRow currentLearner() const;

Q_SIGNALS:
    void databaseReady(int schemaVersion);
    void databaseFailed(const QString &message);
    // The theme or the time zone changed (View ▸ Colours / Times in, Preferences).
    void displayChanged();
    // A dialog the window opened (About, Keyboard shortcuts), for tests.
    void dialogOpened(QWidget *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addSection(DeskSection section);
    // The arrangement and the section shown, for the next start.
    void rememberLayout();
    void buildCommands();
    void wireLearnerCommands();
    void updateCommands();
    void copyToClipboard(const QString &text, const QString &what);
    void requestOnLearner(int request);
    void showAbout();
    void showShortcuts();
    void showDisplayChoices();
    void prepareDatabase();
    void applyPrivileges(const db::RolePrivileges &privileges);
    void showStripeMode();
    void showServer();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_network;
    StripeAccess *m_stripe;
    std::unique_ptr<Confirmer> m_confirmer;
    QHash<QString, QPointer<UserDetailDialog>> m_userDialogs;
    db::DatabaseThread *m_database;
    UsersPage *m_usersPage = nullptr;
    LearnerFinder *m_finder = nullptr;
    SubscriptionsPage *m_subscriptionsPage = nullptr;
    PreferencesDialog *m_preferences = nullptr; // made when first opened
    WebhookLogPage *m_webhookLogPage = nullptr;
    HealthPage *m_healthPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    RevenuePage *m_revenuePage = nullptr;
    ReconciliationPage *m_reconciliationPage = nullptr;
    PayoutsPage *m_payoutsPage = nullptr;
    db::RolePrivileges m_privileges;
    int m_schemaVersion = 0;
    QList<DeskSection> m_sections;
    DeskActions *m_actions = nullptr;
    LayoutMemory *m_layout = nullptr;
    QLabel *m_readStatus = nullptr; // where the lists are read: the replica, or why the primary
    QLabel *m_databaseStatus;
    QLabel *m_stripeStatus;
    QLabel *m_serverStatus;
    QLabel *m_liveBanner;
};

} // namespace companion::admin
