#include "MainWindow.h"

#include "actions/LearnerFinder.h"
#include "actions/MessageBoxConfirmer.h"
#include "billing/MrrLedger.h"
#include "db/DatabaseThread.h"
#include "dialogs/UserDetailDialog.h"
#include "models/UsersModel.h"
#include "db/Migrator.h"
#include "pages/AuditLogPage.h"
#include "pages/ReconciliationPage.h"
#include "pages/RevenuePage.h"
#include "models/SubscriptionsModel.h"
#include "pages/SettingsPage.h"
#include "pages/SubscriptionsPage.h"
#include "pages/UsersPage.h"
#include "pages/WebhookLogPage.h"
#include "secrets/KeychainStore.h"
#include "settings/ServerConnection.h"
#include "settings/StripeAccess.h"
#include "settings/StripeConnection.h"
#include "ui_MainWindow.h"
#include "widgets/ThemedStyleSheet.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QShortcut>

namespace companion::admin {

MainWindow::MainWindow(const db::DatabaseConfig &database, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_keychain(new KeychainStore(m_settings, this))
    , m_network(new QNetworkAccessManager(this))
    , m_stripe(new StripeAccess(m_settings, m_keychain, m_network, this))
    , m_confirmer(std::make_unique<MessageBoxConfirmer>())
    , m_database(new db::DatabaseThread(database, this))
    , m_databaseStatus(new QLabel(this))
    , m_stripeStatus(new QLabel(this))
    , m_serverStatus(new QLabel(this))
    , m_liveBanner(new QLabel(this))
{
    m_ui->setupUi(this);
    // Live keys move real money and access: say so where nobody can miss it.
    m_liveBanner->setObjectName(QStringLiteral("liveModeBanner"));
    m_liveBanner->setText(tr("LIVE MODE — a live Stripe key is in use: actions here charge real cards and change real access."));
    m_liveBanner->setAlignment(Qt::AlignCenter);
    ThemedStyleSheet::follow(m_liveBanner, [](const StatusPalette &colours) { return colours.bannerStyleSheet(6); });
    auto *outer = new QWidget(this);
    auto *column = new QVBoxLayout(outer);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_liveBanner);
    column->addWidget(takeCentralWidget());
    setCentralWidget(outer);
    m_stripeStatus->setObjectName(QStringLiteral("stripeMode"));
    statusBar()->addPermanentWidget(m_stripeStatus);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    statusBar()->addPermanentWidget(m_serverStatus);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(tr("Database: %1 (opening…)").arg(database.displayName()));
    statusBar()->addPermanentWidget(m_databaseStatus);

    // Migrations are queued first, so every later query on the database thread
    // sees the current schema.
    prepareDatabase();

    m_usersPage = new UsersPage(m_database, this);
    m_usersPage->setObjectName(QStringLiteral("usersPage"));
    addPage(m_usersPage, tr("Users"));
    m_subscriptionsPage = new SubscriptionsPage(m_database, this);
    m_subscriptionsPage->setObjectName(QStringLiteral("subscriptionsPage"));
    addPage(m_subscriptionsPage, tr("Subscriptions"));
    m_webhookLogPage = new WebhookLogPage(m_settings, m_keychain, m_network, this);
    m_webhookLogPage->setObjectName(QStringLiteral("webhookLogPage"));
    addPage(m_webhookLogPage, tr("Webhook log"));
    m_auditLogPage = new AuditLogPage(m_database, this);
    m_auditLogPage->setObjectName(QStringLiteral("auditLogPage"));
    addPage(m_auditLogPage, tr("Audit log"));
    m_revenuePage = new RevenuePage(m_database, m_settings, this);
    m_revenuePage->setObjectName(QStringLiteral("revenuePage"));
    m_revenuePage->setConfirmer(m_confirmer.get());
    addPage(m_revenuePage, tr("Revenue"));
    m_reconciliationPage = new ReconciliationPage(m_database, m_stripe, m_settings, this);
    m_reconciliationPage->setObjectName(QStringLiteral("reconciliationPage"));
    m_reconciliationPage->setConfirmer(m_confirmer.get());
    addPage(m_reconciliationPage, tr("Reconciliation"));
    m_settingsPage = new SettingsPage(m_settings, m_keychain, m_network, m_database, this);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    addPage(m_settingsPage, tr("Settings"));
    connect(m_settingsPage, &SettingsPage::stripeKeyChanged, this, &MainWindow::showStripeMode);
    connect(m_settingsPage, &SettingsPage::stripeKeyChanged, m_stripe, &StripeAccess::forget);
    connect(m_settingsPage, &SettingsPage::serverChanged, this, &MainWindow::showServer);
    showServer();
    connect(m_usersPage, &UsersPage::userActivated, this, &MainWindow::openUser);
    connect(m_subscriptionsPage, &SubscriptionsPage::userActivated, this, &MainWindow::openUser);
    connect(m_revenuePage, &RevenuePage::userActivated, this, &MainWindow::openUser);
    connect(m_reconciliationPage, &ReconciliationPage::userActivated, this, &MainWindow::openUser);
    showStripeMode();

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);

    // One search box for the whole desk: Find and Ctrl+K (as in Stripe's Dashboard) go to it from any page.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
        auto *find = new QShortcut(keys, this);
        connect(find, &QShortcut::activated, this, [this] {
            m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_usersPage));
            m_usersPage->focusSearch();
        });
    }
    m_finder = new LearnerFinder(m_database, m_stripe, this);
    connect(m_usersPage, &UsersPage::stripeIdEntered, m_finder, &LearnerFinder::find);
    connect(m_finder, &LearnerFinder::progress, m_usersPage, &UsersPage::showLookup);
    connect(m_finder, &LearnerFinder::notFound, m_usersPage, &UsersPage::showLookup);
    connect(m_finder, &LearnerFinder::found, this, [this](const QString &userId) {
        m_usersPage->showLookup(QString());
        openUser(userId);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setConfirmer(std::unique_ptr<Confirmer> confirmer)
{
    m_confirmer = std::move(confirmer);
    m_revenuePage->setConfirmer(m_confirmer.get());
    m_reconciliationPage->setConfirmer(m_confirmer.get());
}

UserDetailDialog *MainWindow::openUser(const QString &userId)
{
    if (userId.isEmpty())
        return nullptr;
    if (UserDetailDialog *open = m_userDialogs.value(userId); open && open->isVisible()) { // a closed one is on its way out
        open->raise();
        open->activateWindow();
        return open;
    }
    // Non-modal: support keeps the list at hand while a customer is on the phone.
    auto *dialog = new UserDetailDialog(userId, {m_database, m_stripe, m_settings, m_confirmer.get(), m_privileges.supportActions}, this);
    dialog->setObjectName(QStringLiteral("userDetail"));
    connect(dialog, &UserDetailDialog::userChanged, m_usersPage->model(), &UsersModel::reload);
    connect(dialog, &UserDetailDialog::userChanged, m_subscriptionsPage->model(), &SubscriptionsModel::reload);
    m_userDialogs.insert(userId, dialog);
    dialog->show();
    return dialog;
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_ui->pages->addWidget(page);
    m_ui->navigation->addItem(title);
}

void MainWindow::showStripeMode()
{
    const QUrl base = StripeConnection::apiBase(*m_settings);
    const StripeMode mode = StripeConnection::mode(base, m_keychain->hint(QString::fromLatin1(StripeConnection::kSecretKeyName)));
    m_liveBanner->setVisible(mode == StripeMode::Live);
    switch (mode) {
    case StripeMode::NoKey:
        m_stripeStatus->setText(tr("Stripe: no key"));
        break;
    case StripeMode::Sandbox:
        m_stripeStatus->setText(tr("Stripe: sandbox at %1").arg(base.authority()));
        break;
    case StripeMode::Test:
        m_stripeStatus->setText(tr("Stripe: test mode"));
        break;
    case StripeMode::Live:
        m_stripeStatus->setText(base.host() == QLatin1String("api.stripe.com") ? tr("Stripe: LIVE")
                                                                               : tr("Stripe: LIVE key, sent to %1").arg(base.authority()));
        break;
    }
}

void MainWindow::showServer()
{
    const QUrl url = ServerConnection::url(*m_settings);
    m_serverStatus->setText(url.isEmpty() ? tr("Server: not set") : tr("Server: %1").arg(url.authority()));
}

void MainWindow::applyPrivileges(const db::RolePrivileges &privileges)
{
    // Only what the database role may do is offered; the database refuses the rest anyway.
    m_privileges = privileges;
    m_revenuePage->setMayCloseMonths(privileges.closeMonths);
    m_reconciliationPage->setMayApply(privileges.applyFromStripe);
    QStringList cannot;
    if (!privileges.supportActions)
        cannot << tr("change plans or grants");
    if (!privileges.closeMonths)
        cannot << tr("close months");
    if (!privileges.applyFromStripe)
        cannot << tr("apply Stripe's state");
    m_databaseStatus->setToolTip(cannot.isEmpty() ? QString()
                                                  : tr("Your database role %1 may not %2: those actions are not offered.")
                                                        .arg(privileges.role, QLocale().createSeparatedList(cannot)));
}

void MainWindow::prepareDatabase()
{
    struct Outcome {
        bool ok = false;
        int version = 0;
        QString error;
        db::RolePrivileges privileges;
    };
    m_database->run<Outcome>(
        this,
        [config = m_database->config()](db::Connection &) {
            db::MigrationReport report;
            const db::Connection connection = db::openMigrated(config, &report);
            billing::completeLedgerMigration(connection.db, config.dialect, &report);
            return Outcome{report.ok, report.versionAfter, report.error,
                           report.ok ? db::RolePrivileges::read(connection.db, config.dialect) : db::RolePrivileges()};
        },
        [this](const Outcome &outcome) {
            const QString name = m_database->config().displayName();
            if (outcome.ok) {
                m_databaseStatus->setText(tr("Database: %1 (schema %2)").arg(name).arg(outcome.version));
                applyPrivileges(outcome.privileges);
                Q_EMIT databaseReady(outcome.version);
            } else {
                m_databaseStatus->setText(tr("Database: %1 — unavailable").arg(name));
                m_databaseStatus->setToolTip(outcome.error);
                statusBar()->showMessage(tr("Database problem: %1").arg(outcome.error));
                Q_EMIT databaseFailed(outcome.error);
            }
        });
}

} // namespace companion::admin
