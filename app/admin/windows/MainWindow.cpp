#include "MainWindow.h"

#include "DeskActions.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/AuditModel.h"
#include "models/WebhookEventsModel.h"
#include "settings/DisplaySettings.h"
#include "settings/ReadDatabaseSettings.h"
#include "widgets/LayoutMemory.h"
#include "widgets/ReadOriginText.h"
#include "widgets/RowContextMenu.h"
#include "widgets/DisplayFormat.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/ThemeApplier.h"

#include "actions/LearnerFinder.h"
#include "actions/MessageBoxConfirmer.h"
#include "billing/MrrLedger.h"
#include "db/DatabaseThread.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "models/UsersModel.h"
#include "db/Migrator.h"
#include "pages/AuditLogPage.h"
#include "pages/PayoutsPage.h"
#include "pages/ReconciliationPage.h"
#include "pages/RevenuePage.h"
#include "models/SubscriptionsModel.h"
#include "pages/SubscriptionsPage.h"
#include "pages/UsersPage.h"
#include "pages/HealthPage.h"
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
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace companion::admin {

namespace {
void focusField(QWidget *page, const char *name)
{
    if (auto *edit = page->findChild<QLineEdit *>(QString::fromLatin1(name))) {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    }
}
} // namespace

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
    // A read replica (Settings or DATABASE_READ_URL): the lists say how far behind it is.
    m_database->setReadReplica(ReadDatabaseSettings::replicaFor(database, *m_settings, QProcessEnvironment::systemEnvironment()));
    if (m_database->hasReadReplica()) {
        m_readStatus = new QLabel(tr("Lists: from the read replica"), this);
        m_readStatus->setObjectName(QStringLiteral("readStatus"));
        statusBar()->addPermanentWidget(m_readStatus);
        connect(m_database, &db::DatabaseThread::readRouted, m_readStatus,
                [this](const db::ReadRoute &route) { m_readStatus->setText(tr("Lists: %1").arg(ReadOriginText::describe(route))); });
    }
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(tr("Database: %1 (opening…)").arg(database.displayName()));
    statusBar()->addPermanentWidget(m_databaseStatus);

    // Migrations are queued first, so every later query on the database thread
    // sees the current schema.
    prepareDatabase();

    m_usersPage = new UsersPage(m_database, this);
    m_usersPage->setObjectName(QStringLiteral("usersPage"));
    addSection({m_usersPage, tr("Users"), {}, [this] { m_usersPage->model()->reload(); }, [this] { m_usersPage->focusSearch(); },
                [this] { m_usersPage->startExport(); },
                m_usersPage->view(), [this](const QModelIndex &index) {
                    const db::UserRecord user = m_usersPage->model()->user(index.row());
                    return LearnerRow{user.id, user.email, user.stripeCustomerId, {}};
                }});
    m_subscriptionsPage = new SubscriptionsPage(m_database, this);
    m_subscriptionsPage->setObjectName(QStringLiteral("subscriptionsPage"));
    addSection({m_subscriptionsPage, tr("Subscriptions"), {}, [this] { m_subscriptionsPage->model()->reload(); },
                [this] { focusField(m_subscriptionsPage, "subscriptionsSearch"); }, [this] { m_subscriptionsPage->startExport(); },
                m_subscriptionsPage->view(),
                [this](const QModelIndex &index) {
                    const billing::SubscriptionRow row = m_subscriptionsPage->model()->row(index.row());
                    return LearnerRow{row.userId, row.email, row.subscription.customerId, row.subscription.id};
                }});
    m_webhookLogPage = new WebhookLogPage(m_settings, m_keychain, m_network, this);
    m_webhookLogPage->setObjectName(QStringLiteral("webhookLogPage"));
    addSection({m_webhookLogPage, tr("Webhook log"), {}, [this] { m_webhookLogPage->reload(); },
                [this] { focusField(m_webhookLogPage, "typeFilter"); }, {}, m_webhookLogPage->findChild<QTableView *>(QStringLiteral("events")),
                [](const QModelIndex &index) { return LearnerRow{index.siblingAtColumn(WebhookEventsModel::User).data().toString(), {}, {}, {}}; }});
    m_auditLogPage = new AuditLogPage(m_database, this);
    m_auditLogPage->setObjectName(QStringLiteral("auditLogPage"));
    addSection({m_auditLogPage, tr("Audit log"), {}, [this] { m_auditLogPage->model()->reload(); },
                [this] { focusField(m_auditLogPage, "actorFilter"); }, {}, m_auditLogPage->findChild<QTableView *>(QStringLiteral("entries")),
                [this](const QModelIndex &index) {
                    const billing::AuditRecord *record = m_auditLogPage->model()->record(index.row());
                    return LearnerRow{record ? record->userId : QString(), {}, {}, {}};
                }});
    m_revenuePage = new RevenuePage(m_database, m_settings, this);
    m_revenuePage->setObjectName(QStringLiteral("revenuePage"));
    m_revenuePage->setConfirmer(m_confirmer.get());
    addSection({m_revenuePage, tr("Revenue"), {}, [this] { m_revenuePage->refresh(); }, {}, [this] { m_revenuePage->exportCsv(); }, {}, {}});
    m_reconciliationPage = new ReconciliationPage(m_database, m_stripe, m_settings, this);
    m_reconciliationPage->setObjectName(QStringLiteral("reconciliationPage"));
    m_reconciliationPage->setConfirmer(m_confirmer.get());
    addSection({m_reconciliationPage, tr("Reconciliation"), {}, [this] { m_reconciliationPage->compare(); }, {},
                [this] { m_reconciliationPage->exportCsv(); }, {}, {}});
    m_payoutsPage = new PayoutsPage(m_database, this);
    m_payoutsPage->setObjectName(QStringLiteral("payoutsPage"));
    addSection({m_payoutsPage, tr("Payouts"), {}, [this] { m_payoutsPage->refresh(); }, {}, [this] { m_payoutsPage->exportCsv(); },
                m_payoutsPage->learnerView(), [this](const QModelIndex &index) { return m_payoutsPage->learnerAt(index); }});
    // Problems seen before learners report them (the server's health report).
    m_healthPage = new HealthPage(m_settings, m_keychain, m_network, this);
    m_healthPage->setObjectName(QStringLiteral("healthPage"));
    addSection({m_healthPage, tr("Health"), {}, [this] { m_healthPage->refresh(); }, {}, {}, {}, {}});
    showServer();
    connect(m_usersPage, &UsersPage::userActivated, this, &MainWindow::openUser);
    connect(m_subscriptionsPage, &SubscriptionsPage::userActivated, this, &MainWindow::openUser);
    connect(m_revenuePage, &RevenuePage::userActivated, this, &MainWindow::openUser);
    connect(m_reconciliationPage, &ReconciliationPage::userActivated, this, &MainWindow::openUser);
    connect(m_payoutsPage, &PayoutsPage::userActivated, this, &MainWindow::openUser);
    showStripeMode();

    m_finder = new LearnerFinder(m_database, m_stripe, this);
    connect(m_usersPage, &UsersPage::stripeIdEntered, m_finder, &LearnerFinder::find);
    connect(m_finder, &LearnerFinder::progress, m_usersPage, &UsersPage::showLookup);
    connect(m_finder, &LearnerFinder::notFound, m_usersPage, &UsersPage::showLookup);
    connect(m_finder, &LearnerFinder::found, this, [this](const QString &userId) {
        m_usersPage->showLookup(QString());
        openUser(userId);
    });

    buildCommands();
    // The operator's arrangement from last time: geometry, toolbar, widths, sorts, splitters, page.
    m_layout = LayoutMemory::track(this, m_settings, QStringLiteral("window"));
    showSection(qBound(0, m_settings->value(QStringLiteral("window/section")).toInt(), int(m_sections.size()) - 1));
}

MainWindow::~MainWindow()
{
    rememberLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::rememberLayout()
{
    m_layout->save();
    m_settings->setValue(QStringLiteral("window/section"), currentSection());
}

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

PreferencesDialog *MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, m_keychain, m_network, m_database, this);
        m_preferences->setObjectName(QStringLiteral("preferences"));
        connect(m_preferences, &PreferencesDialog::stripeKeyChanged, this, &MainWindow::showStripeMode);
        connect(m_preferences, &PreferencesDialog::stripeKeyChanged, m_stripe, &StripeAccess::forget);
        connect(m_preferences, &PreferencesDialog::serverChanged, this, &MainWindow::showServer);
        connect(m_preferences, &PreferencesDialog::displayChanged, this, &MainWindow::displayChanged);
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
    return m_preferences;
}

PreferencesDialog *MainWindow::preferences() const
{
    return m_preferences && m_preferences->isVisible() ? m_preferences : nullptr;
}

void MainWindow::addSection(DeskSection section)
{
    m_ui->pages->addWidget(section.page);
    m_ui->navigation->addItem(section.title);
    m_sections << std::move(section);
}

int MainWindow::currentSection() const
{
    return m_ui->pages->currentIndex();
}

void MainWindow::showSection(int index)
{
    if (index >= 0 && index < m_sections.size())
        m_ui->navigation->setCurrentRow(index);
}

void MainWindow::buildCommands()
{
    m_actions = new DeskActions(this);
    m_actions->populate(m_sections);
    const QList<QAction *> go = m_actions->sections->actions();
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this, go](int row) {
        m_ui->pages->setCurrentIndex(row);
        if (row >= 0 && row < go.size())
            go.at(row)->setChecked(true);
        updateCommands();
    });
    connect(m_actions->sections, &QActionGroup::triggered, this, [this](QAction *action) { showSection(action->data().toInt()); });

    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        if (const auto &refresh = m_sections.value(currentSection()).refresh)
            refresh();
    });
    connect(m_actions->exportCsv, &QAction::triggered, this, [this] {
        if (const auto &exportCsv = m_sections.value(currentSection()).exportCsv)
            exportCsv();
    });
    // One search box for the whole desk: Ctrl+K (as in Stripe's Dashboard) goes to it from any page;
    // Find goes to the page's own filter where it has one.
    const auto findLearner = [this] {
        showSection(int(m_ui->pages->indexOf(m_usersPage)));
        m_usersPage->focusSearch();
    };
    connect(m_actions->findLearner, &QAction::triggered, this, findLearner);
    connect(m_actions->find, &QAction::triggered, this, [this, findLearner] {
        if (const auto &find = m_sections.value(currentSection()).find)
            find();
        else
            findLearner();
    });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    showDisplayChoices();
    const auto chooseTheme = [this](DisplaySettings::Theme theme) {
        DisplaySettings::setTheme(*m_settings, theme);
        Q_EMIT displayChanged();
    };
    connect(m_actions->themeSystem, &QAction::triggered, this, [chooseTheme] { chooseTheme(DisplaySettings::Theme::System); });
    connect(m_actions->themeLight, &QAction::triggered, this, [chooseTheme] { chooseTheme(DisplaySettings::Theme::Light); });
    connect(m_actions->themeDark, &QAction::triggered, this, [chooseTheme] { chooseTheme(DisplaySettings::Theme::Dark); });
    const auto chooseZone = [this](DisplaySettings::Zone zone) {
        DisplaySettings::setZone(*m_settings, zone);
        Q_EMIT displayChanged();
    };
    connect(m_actions->zoneLocal, &QAction::triggered, this, [chooseZone] { chooseZone(DisplaySettings::Zone::Local); });
    connect(m_actions->zoneUtc, &QAction::triggered, this, [chooseZone] { chooseZone(DisplaySettings::Zone::Utc); });
    connect(this, &MainWindow::displayChanged, this, &MainWindow::showDisplayChoices);
    // A new theme or zone applies at once, to every open window (Preferences and View ▸ Colours / Times in).
    DisplayFormat::useZone(DisplaySettings::zone(*m_settings));
    connect(this, &MainWindow::displayChanged, this, [this] {
        ThemeApplier::apply(DisplaySettings::theme(*m_settings));
        DisplayFormat::useZone(DisplaySettings::zone(*m_settings));
        const auto views = findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views)
            view->viewport()->update();
    });
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    wireLearnerCommands();
    // Every list answers a right-click: the Learner menu's commands on rows of learners, Copy on all.
    for (const DeskSection &section : std::as_const(m_sections)) {
        const auto views = section.page->findChildren<QTableView *>();
        for (QTableView *view : views) {
            if (view == section.learnerView)
                RowContextMenu::install(view, [this](QMenu *menu, const QModelIndex &) { m_actions->addLearnerCommands(menu); });
            else
                RowContextMenu::install(view);
        }
    }
    // A refresh keeps the operator's place: the row they were on stays current.
    SelectionKeeper::keep(m_usersPage->view(), UsersModel::UserIdRole);
    SelectionKeeper::keep(m_subscriptionsPage->view(), SubscriptionsModel::UserIdRole);
    updateCommands();
}

void MainWindow::wireLearnerCommands()
{
    for (const DeskSection &section : std::as_const(m_sections)) {
        if (section.learnerView) {
            connect(section.learnerView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateCommands);
            connect(section.learnerView->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCommands);
        }
    }
    connect(m_actions->openLearner, &QAction::triggered, this, [this] { openUser(currentLearner().userId); });
    connect(m_actions->copyEmail, &QAction::triggered, this, [this] { copyToClipboard(currentLearner().email, tr("e-mail")); });
    connect(m_actions->copyLearnerId, &QAction::triggered, this, [this] { copyToClipboard(currentLearner().userId, tr("learner id")); });
    connect(m_actions->copyCustomerId, &QAction::triggered, this, [this] { copyToClipboard(currentLearner().customerId, tr("customer id")); });
    connect(m_actions->openInStripe, &QAction::triggered, this, [this] {
        const QUrl url = m_stripe->dashboardUrl(currentLearner().customerId, m_stripe->isLiveMode());
        if (!url.isEmpty())
            QDesktopServices::openUrl(url);
    });
    connect(m_actions->checkoutLink, &QAction::triggered, this, [this] { requestOnLearner(int(UserDetailDialog::Request::CheckoutLink)); });
    connect(m_actions->grantPremium, &QAction::triggered, this, [this] { requestOnLearner(int(UserDetailDialog::Request::Grant)); });
    connect(m_actions->cancelSubscription, &QAction::triggered, this, [this] { requestOnLearner(int(UserDetailDialog::Request::Cancel)); });
}

LearnerRow MainWindow::currentLearner() const
{
    const DeskSection section = m_sections.value(currentSection());
    if (!section.learnerView || !section.learnerAt)
        return {};
    const QModelIndex current = section.learnerView->currentIndex();
    return current.isValid() ? section.learnerAt(current) : LearnerRow{};
}

void MainWindow::updateCommands()
{
    const DeskSection section = m_sections.value(currentSection());
    m_actions->refresh->setEnabled(bool(section.refresh));
    m_actions->exportCsv->setEnabled(bool(section.exportCsv));
    const LearnerRow learner = currentLearner();
    const bool some = learner.isValid();
    m_actions->openLearner->setEnabled(some);
    m_actions->copyEmail->setEnabled(!learner.email.isEmpty());
    m_actions->copyLearnerId->setEnabled(some);
    m_actions->copyCustomerId->setEnabled(!learner.customerId.isEmpty());
    m_actions->openInStripe->setEnabled(!learner.customerId.isEmpty() && m_stripe->hasDashboard());
    // Only what the database role may do is offered (the database refuses the rest anyway).
    for (QAction *act : {m_actions->checkoutLink, m_actions->grantPremium, m_actions->cancelSubscription}) {
        act->setVisible(m_privileges.supportActions);
        act->setEnabled(some && m_privileges.supportActions);
    }
}

void MainWindow::requestOnLearner(int request)
{
    if (UserDetailDialog *dialog = openUser(currentLearner().userId))
        dialog->request(UserDetailDialog::Request(request));
}

void MainWindow::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied the %1 %2.").arg(what, text), 5000);
}

void MainWindow::showDisplayChoices()
{
    switch (DisplaySettings::theme(*m_settings)) {
    case DisplaySettings::Theme::System: m_actions->themeSystem->setChecked(true); break;
    case DisplaySettings::Theme::Light: m_actions->themeLight->setChecked(true); break;
    case DisplaySettings::Theme::Dark: m_actions->themeDark->setChecked(true); break;
    }
    (DisplaySettings::zone(*m_settings) == DisplaySettings::Zone::Utc ? m_actions->zoneUtc : m_actions->zoneLocal)->setChecked(true);
}

void MainWindow::showAbout()
{
    const QUrl server = ServerConnection::url(*m_settings);
    auto *about = new AboutDialog({{tr("Database"), m_schemaVersion > 0 ? tr("%1, schema %2").arg(m_database->config().displayName()).arg(m_schemaVersion)
                                                                        : m_database->config().displayName()},
                                   {tr("Database role"), m_privileges.role},
                                   {tr("Stripe"), m_stripeStatus->text()},
                                   {tr("Server"), server.isEmpty() ? QString() : server.toDisplayString()}},
                                  this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
    Q_EMIT dialogOpened(about);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(actions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
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
    updateCommands();
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
                m_schemaVersion = outcome.version;
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
