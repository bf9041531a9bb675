#include "PreferencesDialog.h"

#include "db/Database.h"
#include "db/DatabaseThread.h"
#include "db/Migrator.h"
#include "secrets/KeychainStore.h"
#include "serverapi/AdminApiClient.h"
#include "settings/DisplaySettings.h"
#include "settings/LanguageSettings.h"
#include "settings/ReadDatabaseSettings.h"
#include "settings/ServerConnection.h"
#include "settings/StripeConnection.h"
#include "settings/SupportSettings.h"
#include "stripe/StripeClient.h"
#include "ui_PreferencesDialog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::admin {

namespace {
const QString kToken = QString::fromLatin1(ServerConnection::kTokenName);
const QString kStripeKey = QString::fromLatin1(StripeConnection::kSecretKeyName);
const QString kPublishableKey = QString::fromLatin1(StripeConnection::kPublishableKeyName);
const QString kWebhookSecret = QString::fromLatin1(StripeConnection::kWebhookSecretName);
const QString kDatabaseUrl = QStringLiteral("database/url");

QString trimmed(const QLineEdit *field)
{
    return field->text().trimmed();
}
} // namespace

// What differs from the saved settings, section by section.
struct PreferencesDialog::Changes {
    bool serverUrl = false;
    bool token = false;
    bool stripeBase = false;
    bool stripeSecrets = false;
    bool support = false;
    bool database = false;
    bool language = false;
    bool display = false;
    bool any() const { return serverUrl || token || stripeBase || stripeSecrets || support || database || language || display; }
};

PreferencesDialog::PreferencesDialog(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network,
                                     db::DatabaseThread *database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
    , m_keychain(keychain)
    , m_network(network)
    , m_database(database)
{
    m_ui->setupUi(this);
    connect(m_ui->sections, &QListWidget::currentRowChanged, m_ui->sectionPages, &QStackedWidget::setCurrentIndex);
    m_ui->sections->setCurrentRow(0);
    m_ui->operatorName->setPlaceholderText(tr("Default: %1 (your OS user name)").arg(SupportSettings::systemUserName()));
    fillChoices();
    load();

    // Apply follows every edit, including one taken back.
    for (QLineEdit *field : findChildren<QLineEdit *>())
        connect(field, &QLineEdit::textChanged, this, &PreferencesDialog::updateButtons);
    for (QComboBox *choice : findChildren<QComboBox *>())
        connect(choice, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->readMaxLag, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    connect(m_ui->removeAdminToken, &QPushButton::clicked, this, &PreferencesDialog::removeToken);
    connect(m_ui->testServer, &QPushButton::clicked, this, &PreferencesDialog::testServer);
    connect(m_ui->removeStripeKey, &QPushButton::clicked, this, &PreferencesDialog::removeStripeKey);
    connect(m_ui->testStripe, &QPushButton::clicked, this, &PreferencesDialog::testStripe);
    connect(m_ui->testDatabase, &QPushButton::clicked, this, &PreferencesDialog::testDatabase);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillChoices()
{
    m_ui->theme->addItem(tr("System"), int(DisplaySettings::Theme::System));
    m_ui->theme->addItem(tr("Light"), int(DisplaySettings::Theme::Light));
    m_ui->theme->addItem(tr("Dark"), int(DisplaySettings::Theme::Dark));
    m_ui->timeZone->addItem(tr("Local (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), int(DisplaySettings::Zone::Local));
    m_ui->timeZone->addItem(tr("UTC"), int(DisplaySettings::Zone::Utc));

    const QString system = LanguageSettings::nativeName(QLocale::system().name());
    m_ui->language->addItem(system.isEmpty() || QLocale::system().language() == QLocale::C ? tr("System default")
                                                                                            : tr("System default (%1)").arg(system),
                            QString());
    for (const QString &code : LanguageSettings::available())
        m_ui->language->addItem(LanguageSettings::nativeName(code), code);
}

void PreferencesDialog::load()
{
    m_ui->serverUrl->setText(ServerConnection::url(*m_settings).toString());
    m_ui->stripeApiBase->setText(StripeConnection::apiBase(*m_settings).toString());
    for (QLineEdit *secret : {m_ui->adminToken, m_ui->stripeSecretKey, m_ui->stripePublishableKey, m_ui->stripeWebhookSecret})
        secret->clear();
    m_ui->operatorName->setText(SupportSettings::configuredOperatorName(*m_settings));
    m_ui->monthlyPriceId->setText(SupportSettings::monthlyPriceId(*m_settings));
    m_ui->yearlyPriceId->setText(SupportSettings::yearlyPriceId(*m_settings));
    m_ui->successUrl->setText(SupportSettings::successUrl(*m_settings).toString());
    m_ui->cancelUrl->setText(SupportSettings::cancelUrl(*m_settings).toString());
    m_ui->databaseInUse->setText(m_database->config().displayName());
    m_ui->databaseUrl->setText(m_settings->value(kDatabaseUrl).toString());
    m_ui->readDatabaseUrl->setText(ReadDatabaseSettings::url(*m_settings));
    m_ui->readMaxLag->setValue(ReadDatabaseSettings::maxLagMs(*m_settings) / 1000.0);
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(LanguageSettings::saved(*m_settings))));
    m_ui->theme->setCurrentIndex(m_ui->theme->findData(int(DisplaySettings::theme(*m_settings))));
    m_ui->timeZone->setCurrentIndex(m_ui->timeZone->findData(int(DisplaySettings::zone(*m_settings))));
    for (Section section : {Section::Server, Section::Stripe, Section::Support, Section::Database, Section::Display})
        statusOf(section)->clear();
    m_ui->languageStatus->clear();
    showTokenState();
    showStripeKeyState();
    updateButtons();
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    // Opened again after Cancel: the saved settings, not the abandoned edits.
    if (!event->spontaneous())
        load();
    QDialog::showEvent(event);
}

PreferencesDialog::Changes PreferencesDialog::changes() const
{
    Changes c;
    c.serverUrl = trimmed(m_ui->serverUrl) != ServerConnection::url(*m_settings).toString();
    c.token = !trimmed(m_ui->adminToken).isEmpty();
    c.stripeBase = trimmed(m_ui->stripeApiBase) != StripeConnection::apiBase(*m_settings).toString();
    c.stripeSecrets = !trimmed(m_ui->stripeSecretKey).isEmpty() || !trimmed(m_ui->stripePublishableKey).isEmpty()
                      || !trimmed(m_ui->stripeWebhookSecret).isEmpty();
    c.support = trimmed(m_ui->operatorName) != SupportSettings::configuredOperatorName(*m_settings)
                || trimmed(m_ui->monthlyPriceId) != SupportSettings::monthlyPriceId(*m_settings)
                || trimmed(m_ui->yearlyPriceId) != SupportSettings::yearlyPriceId(*m_settings)
                || trimmed(m_ui->successUrl) != SupportSettings::successUrl(*m_settings).toString()
                || trimmed(m_ui->cancelUrl) != SupportSettings::cancelUrl(*m_settings).toString();
    c.database = trimmed(m_ui->databaseUrl) != m_settings->value(kDatabaseUrl).toString()
                 || trimmed(m_ui->readDatabaseUrl) != ReadDatabaseSettings::url(*m_settings)
                 || qRound(m_ui->readMaxLag->value() * 1000) != ReadDatabaseSettings::maxLagMs(*m_settings);
    c.language = m_ui->language->currentData().toString() != LanguageSettings::saved(*m_settings);
    c.display = m_ui->theme->currentData().toInt() != int(DisplaySettings::theme(*m_settings))
                || m_ui->timeZone->currentData().toInt() != int(DisplaySettings::zone(*m_settings));
    return c;
}

bool PreferencesDialog::hasChanges() const
{
    return changes().any();
}

void PreferencesDialog::updateButtons()
{
    m_ui->buttonBox->setEnabled(!m_applying);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(!m_applying && hasChanges());
    m_ui->removeAdminToken->setEnabled(!m_applying && !m_keychain->hint(kToken).isEmpty());
    m_ui->removeStripeKey->setEnabled(!m_applying && !m_keychain->hint(kStripeKey).isEmpty());
}

void PreferencesDialog::setApplying(bool applying)
{
    m_applying = applying;
    updateButtons();
}

QLabel *PreferencesDialog::statusOf(Section section) const
{
    switch (section) {
    case Section::Server: return m_ui->serverStatus;
    case Section::Stripe: return m_ui->stripeStatus;
    case Section::Support: return m_ui->supportStatus;
    case Section::Database: return m_ui->databaseTestStatus;
    case Section::Display: return m_ui->displayStatus;
    }
    return m_ui->serverStatus;
}

void PreferencesDialog::showProblem(Section section, QLabel *status, QWidget *field, const QString &problem)
{
    m_ui->sections->setCurrentRow(int(section));
    status->setText(problem);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool PreferencesDialog::validate(const Changes &c)
{
    // Every section is checked before anything is stored: Apply saves all or nothing.
    if (c.serverUrl) {
        if (const QString problem = ServerConnection::check(m_ui->serverUrl->text()); !problem.isEmpty()) {
            showProblem(Section::Server, m_ui->serverStatus, m_ui->serverUrl, problem);
            return false;
        }
    }
    if (c.stripeBase) {
        const QUrl base(trimmed(m_ui->stripeApiBase), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
            showProblem(Section::Stripe, m_ui->stripeStatus, m_ui->stripeApiBase,
                        tr("Enter Stripe's address, https://api.stripe.com, or a stripe-sandbox's."));
            return false;
        }
    }
    const QList<std::pair<QLineEdit *, QString (*)(const QString &)>> secrets{
        {m_ui->stripeSecretKey, &StripeConnection::checkKey},
        {m_ui->stripePublishableKey, &StripeConnection::checkPublishableKey},
        {m_ui->stripeWebhookSecret, &StripeConnection::checkWebhookSecret},
    };
    for (const auto &[field, check] : secrets) {
        if (trimmed(field).isEmpty())
            continue;
        if (const QString problem = check(trimmed(field)); !problem.isEmpty()) {
            showProblem(Section::Stripe, m_ui->stripeStatus, field, problem);
            return false;
        }
    }
    if (c.support) {
        const QList<std::pair<QLineEdit *, QString>> checks{
            {m_ui->monthlyPriceId, SupportSettings::checkPriceId(m_ui->monthlyPriceId->text(), true)},
            {m_ui->yearlyPriceId, SupportSettings::checkPriceId(m_ui->yearlyPriceId->text(), false)},
            {m_ui->successUrl, SupportSettings::checkReturnUrl(m_ui->successUrl->text())},
            {m_ui->cancelUrl, SupportSettings::checkReturnUrl(m_ui->cancelUrl->text())},
        };
        QStringList problems;
        QWidget *first = nullptr;
        for (const auto &[field, problem] : checks) {
            if (problem.isEmpty())
                continue;
            problems << problem;
            if (!first)
                first = field;
        }
        problems.removeDuplicates();
        if (!problems.isEmpty()) {
            showProblem(Section::Support, m_ui->supportStatus, first, problems.join(QLatin1Char(' ')));
            return false;
        }
    }
    if (c.database) {
        // Each address: usable, PostgreSQL for the replica, and without a password
        // (QSettings is a plain file: a password must not end up there).
        for (QLineEdit *field : {m_ui->databaseUrl, m_ui->readDatabaseUrl}) {
            if (trimmed(field).isEmpty())
                continue;
            QString problem;
            const auto config = db::DatabaseConfig::fromUrl(trimmed(field), &problem);
            if (config && field == m_ui->readDatabaseUrl && config->dialect != db::Dialect::PostgreSQL)
                problem = tr("A read replica is a PostgreSQL streaming replica: postgresql://user@replica/db.");
            else if (config && !config->password.isEmpty())
                problem = tr("Leave the password out of the address: the settings file is not a safe place for it. "
                             "PostgreSQL reads it from ~/.pgpass (or PGPASSWORD).");
            if (!problem.isEmpty()) {
                showProblem(Section::Database, m_ui->databaseTestStatus, field, problem);
                return false;
            }
        }
    }
    return true;
}

void PreferencesDialog::apply()
{
    applyChanges(false);
}

void PreferencesDialog::applyChanges(bool close)
{
    if (m_applying)
        return;
    const Changes c = changes();
    if (!validate(c))
        return;
    saveSettings(c);
    QList<PendingSecret> pending;
    if (c.token)
        pending.append({kToken, m_ui->adminToken, Section::Server});
    for (const auto &[name, field] : {std::pair{kStripeKey, m_ui->stripeSecretKey}, std::pair{kPublishableKey, m_ui->stripePublishableKey},
                                      std::pair{kWebhookSecret, m_ui->stripeWebhookSecret}}) {
        if (!trimmed(field).isEmpty())
            pending.append({name, field, Section::Stripe});
    }
    if (pending.isEmpty())
        return finishApply(close, c.stripeBase);
    setApplying(true);
    storeSecrets(pending, close, c.stripeBase);
}

void PreferencesDialog::saveSettings(const Changes &c)
{
    if (c.serverUrl) {
        ServerConnection::setUrl(*m_settings, QUrl(trimmed(m_ui->serverUrl)));
        m_ui->serverStatus->setText(tr("Saved."));
        Q_EMIT serverChanged();
    }
    if (c.stripeBase) {
        StripeConnection::setApiBase(*m_settings, QUrl(trimmed(m_ui->stripeApiBase)));
        m_ui->stripeApiBase->setText(StripeConnection::apiBase(*m_settings).toString());
        m_ui->stripeStatus->setText(tr("Saved."));
    }
    if (c.support) {
        SupportSettings::setOperatorName(*m_settings, m_ui->operatorName->text());
        SupportSettings::setPriceIds(*m_settings, m_ui->monthlyPriceId->text(), m_ui->yearlyPriceId->text());
        SupportSettings::setReturnUrls(*m_settings, QUrl(trimmed(m_ui->successUrl)), QUrl(trimmed(m_ui->cancelUrl)));
        m_ui->supportStatus->setText(tr("Saved. Audit entries will name %1.").arg(SupportSettings::operatorName(*m_settings)));
    }
    if (c.database) {
        if (trimmed(m_ui->databaseUrl).isEmpty()) {
            m_settings->remove(kDatabaseUrl);
            m_ui->databaseTestStatus->setText(tr("Cleared. The next start uses DATABASE_URL, else the local SQLite file."));
        } else {
            m_settings->setValue(kDatabaseUrl, trimmed(m_ui->databaseUrl));
            m_ui->databaseTestStatus->setText(tr("Saved. It is used from the next start of the app."));
        }
        ReadDatabaseSettings::set(*m_settings, trimmed(m_ui->readDatabaseUrl), qRound(m_ui->readMaxLag->value() * 1000));
    }
    if (c.language) {
        LanguageSettings::save(*m_settings, m_ui->language->currentData().toString());
        m_ui->languageStatus->setText(
            tr("Saved. companion-admin starts in %1 from the next time you open it.").arg(m_ui->language->currentText()));
    }
    if (c.display) {
        DisplaySettings::setTheme(*m_settings, DisplaySettings::Theme(m_ui->theme->currentData().toInt()));
        DisplaySettings::setZone(*m_settings, DisplaySettings::Zone(m_ui->timeZone->currentData().toInt()));
        m_ui->displayStatus->setText(tr("Saved."));
        Q_EMIT displayChanged();
    }
    // The fields now show what is saved, in its saved spelling.
    m_ui->serverUrl->setText(ServerConnection::url(*m_settings).toString());
    m_ui->operatorName->setText(SupportSettings::configuredOperatorName(*m_settings));
    m_ui->monthlyPriceId->setText(SupportSettings::monthlyPriceId(*m_settings));
    m_ui->yearlyPriceId->setText(SupportSettings::yearlyPriceId(*m_settings));
    m_ui->successUrl->setText(SupportSettings::successUrl(*m_settings).toString());
    m_ui->cancelUrl->setText(SupportSettings::cancelUrl(*m_settings).toString());
    m_ui->databaseUrl->setText(m_settings->value(kDatabaseUrl).toString());
    m_ui->readDatabaseUrl->setText(ReadDatabaseSettings::url(*m_settings));
}

void PreferencesDialog::storeSecrets(QList<PendingSecret> pending, bool close, bool stripeTouched)
{
    // One at a time: the keychain may prompt, and a refusal stops the rest.
    const PendingSecret next = pending.takeFirst();
    statusOf(next.section)->setText(tr("Storing in the keychain…"));
    m_keychain->write(next.name, trimmed(next.field),
                      [self = QPointer<PreferencesDialog>(this), pending, next, close, stripeTouched](const KeychainStore::Result &result) {
                          if (!self)
                              return;
                          const bool stripe = stripeTouched || (result.ok() && next.section == Section::Stripe);
                          if (!result.ok()) {
                              // The typed key stays in its field: nothing is lost, Apply can try again.
                              self->setApplying(false);
                              self->showTokenState();
                              self->showStripeKeyState();
                              self->showProblem(next.section, self->statusOf(next.section), next.field, result.message);
                              return self->finishApply(false, stripe);
                          }
                          next.field->clear(); // it is in the keychain now, and nowhere else
                          self->statusOf(next.section)->setText(next.section == Section::Server
                                                                    ? tr("Saved. The token is in the keychain only.")
                                                                    : tr("Saved. Keys are in the keychain only."));
                          if (!pending.isEmpty())
                              return self->storeSecrets(pending, close, stripe);
                          self->setApplying(false);
                          self->showTokenState();
                          self->showStripeKeyState();
                          self->finishApply(close, stripe);
                      });
}

void PreferencesDialog::finishApply(bool close, bool stripeTouched)
{
    if (stripeTouched)
        Q_EMIT stripeKeyChanged();
    updateButtons();
    if (close)
        QDialog::accept();
}

void PreferencesDialog::accept()
{
    applyChanges(true); // a problem is shown in its section, and the dialog stays open
}

void PreferencesDialog::reject()
{
    if (m_applying)
        return; // the keychain answers (or times out) soon; then Cancel works
    QDialog::reject();
}

void PreferencesDialog::showTokenState()
{
    const QString hint = m_keychain->hint(kToken);
    m_ui->adminTokenState->setText(hint.isEmpty() ? tr("No token stored. Create one with: companion-server admin-token create --label \"support desk\"")
                                                  : tr("Stored in the keychain: %1").arg(hint));
    m_ui->adminToken->setPlaceholderText(hint.isEmpty() ? tr("cat_… (kept in the OS keychain only)") : tr("Paste a new token to replace it"));
    updateButtons();
}

void PreferencesDialog::showStripeKeyState()
{
    const QString hint = m_keychain->hint(kStripeKey);
    if (hint.isEmpty())
        m_ui->stripeKeyState->setText(tr("No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe's Dashboard."));
    else if (StripeConnection::isLiveHint(hint))
        m_ui->stripeKeyState->setText(tr("Stored in the keychain: %1 — LIVE mode: real money and real access.").arg(hint));
    else
        m_ui->stripeKeyState->setText(tr("Stored in the keychain: %1 (test mode)").arg(hint));
    m_ui->stripeSecretKey->setPlaceholderText(hint.isEmpty() ? tr("sk_test_… (kept in the OS keychain only)") : tr("Paste a new key to replace it"));
    const auto showStored = [this](const QString &name, QLabel *state, QLineEdit *field, const QString &what) {
        const QString stored = m_keychain->hint(name);
        state->setText(stored.isEmpty() ? tr("None stored (%1).").arg(what) : tr("Stored in the keychain: %1").arg(stored));
        field->setPlaceholderText(stored.isEmpty() ? tr("kept in the OS keychain only") : tr("Paste a new one to replace it"));
    };
    showStored(kPublishableKey, m_ui->stripePublishableKeyState, m_ui->stripePublishableKey,
               tr("pk_test_…, for the course's web page; optional here"));
    showStored(kWebhookSecret, m_ui->stripeWebhookSecretState, m_ui->stripeWebhookSecret,
               tr("whsec_…, the signing secret of the server's webhook endpoint; optional here"));
    updateButtons();
}

void PreferencesDialog::removeToken()
{
    m_ui->removeAdminToken->setEnabled(false);
    m_keychain->remove(kToken, [self = QPointer<PreferencesDialog>(this)](const KeychainStore::Result &result) {
        if (!self)
            return;
        self->showTokenState();
        self->m_ui->serverStatus->setText(result.ok() ? tr("The token was removed from the keychain.") : result.message);
    });
}

void PreferencesDialog::removeStripeKey()
{
    m_ui->removeStripeKey->setEnabled(false);
    m_keychain->remove(kStripeKey, [self = QPointer<PreferencesDialog>(this)](const KeychainStore::Result &result) {
        if (!self)
            return;
        self->showStripeKeyState();
        self->m_ui->stripeStatus->setText(result.ok() ? tr("The key was removed from the keychain.") : result.message);
        Q_EMIT self->stripeKeyChanged();
    });
}

void PreferencesDialog::withSecret(const QString &name, QLineEdit *field,
                                   std::function<void(const QString &secret, const QString &problem)> use)
{
    // A test tries what the form shows: a key typed but not yet applied, else the stored one.
    if (const QString typed = trimmed(field); !typed.isEmpty())
        return use(typed, QString());
    m_keychain->read(name, [self = QPointer<PreferencesDialog>(this), use](const KeychainStore::Result &result) {
        if (self)
            use(result.secret, result.ok() ? QString() : result.message);
    });
}

void PreferencesDialog::testServer()
{
    if (const QString problem = ServerConnection::check(m_ui->serverUrl->text()); !problem.isEmpty()) {
        m_ui->serverStatus->setText(problem);
        return;
    }
    const QUrl url(trimmed(m_ui->serverUrl));
    m_ui->testServer->setEnabled(false);
    m_ui->serverStatus->setText(tr("Asking %1…").arg(url.toDisplayString()));
    withSecret(kToken, m_ui->adminToken, [this, url](const QString &token, const QString &problem) {
        if (!problem.isEmpty()) {
            m_ui->testServer->setEnabled(true);
            m_ui->serverStatus->setText(problem);
            return;
        }
        auto *client = new serverapi::AdminApiClient(m_network, url, token, this);
        const qint64 dayAgo = QDateTime::currentSecsSinceEpoch() - 24 * 3600;
        client->webhookStats(dayAgo, this, [this, client](const serverapi::AdminApiResult &result) {
            client->deleteLater();
            m_ui->testServer->setEnabled(true);
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

void PreferencesDialog::testStripe()
{
    const QUrl base(trimmed(m_ui->stripeApiBase), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty()) {
        m_ui->stripeStatus->setText(tr("Enter Stripe's address, https://api.stripe.com, or a stripe-sandbox's."));
        return;
    }
    if (const QString typed = trimmed(m_ui->stripeSecretKey); !typed.isEmpty()) {
        if (const QString problem = StripeConnection::checkKey(typed); !problem.isEmpty()) {
            m_ui->stripeStatus->setText(problem);
            return;
        }
    }
    m_ui->testStripe->setEnabled(false);
    m_ui->stripeStatus->setText(tr("Asking %1…").arg(base.toDisplayString()));
    withSecret(kStripeKey, m_ui->stripeSecretKey, [this, base](const QString &key, const QString &problem) {
        if (!problem.isEmpty()) {
            m_ui->testStripe->setEnabled(true);
            m_ui->stripeStatus->setText(problem);
            return;
        }
        auto *client = new stripe::StripeClient(m_network, base, key, this);
        const bool live = client->isLiveMode();
        // A read that any secret or restricted key with customer access may do.
        client->get(QStringLiteral("/v1/customers"), {{QStringLiteral("limit"), 1}})->then(this, [this, client, live](const stripe::StripeResult &result) {
            client->deleteLater();
            m_ui->testStripe->setEnabled(true);
            m_ui->stripeStatus->setText(result.ok() ? (live ? tr("Connected to Stripe in LIVE mode.") : tr("Connected to Stripe in test mode."))
                                                    : result.error->userMessage());
        });
    });
}

void PreferencesDialog::testDatabase()
{
    // The database in use: the address for the next start is only stored, as before.
    struct Probe {
        bool ok = false;
        QString error;
        int schema = 0;
        qint64 users = 0;
        qint64 ms = 0;
    };
    m_ui->testDatabase->setEnabled(false);
    m_ui->databaseTestStatus->setText(tr("Asking %1…").arg(m_database->config().displayName()));
    m_database->run<Probe>(
        this,
        [dialect = m_database->config().dialect](db::Connection &connection) {
            Probe probe;
            QElapsedTimer timer;
            timer.start();
            if (!connection.ok()) {
                probe.error = connection.error;
                return probe;
            }
            const auto version = db::Migrator(connection.db, dialect).currentVersion(&probe.error);
            QSqlQuery count(connection.db);
            if (!version || !count.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !count.next()) {
                if (probe.error.isEmpty())
                    probe.error = db::Database::errorText(count.lastError());
                return probe;
            }
            probe.ok = true;
            probe.schema = *version;
            probe.users = count.value(0).toLongLong();
            probe.ms = timer.elapsed();
            return probe;
        },
        [this](const Probe &probe) {
            m_ui->testDatabase->setEnabled(true);
            m_ui->databaseTestStatus->setText(probe.ok ? tr("Connected: schema version %1, %2 users, answered in %3 ms.")
                                                             .arg(probe.schema)
                                                             .arg(QLocale().toString(probe.users))
                                                             .arg(probe.ms)
                                                       : tr("Cannot use the database: %1").arg(probe.error));
        });
}

} // namespace companion::admin
