#include "SettingsPage.h"

#include "db/Database.h"
#include "db/DatabaseThread.h"
#include "db/Migrator.h"
#include "secrets/KeychainStore.h"
#include "serverapi/AdminApiClient.h"
#include "settings/LanguageSettings.h"
#include "settings/ServerConnection.h"
#include "settings/StripeConnection.h"
#include "settings/SupportSettings.h"
#include "stripe/StripeClient.h"
#include "ui_SettingsPage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QLocale>
#include <QSettings>

namespace companion::admin {

namespace {
const QString kToken = QString::fromLatin1(ServerConnection::kTokenName);
const QString kStripeKey = QString::fromLatin1(StripeConnection::kSecretKeyName);
}

SettingsPage::SettingsPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, db::DatabaseThread *database,
                           QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_settings(settings)
    , m_keychain(keychain)
    , m_network(network)
    , m_database(database)
{
    m_ui->setupUi(this);
    m_ui->serverUrl->setText(ServerConnection::url(*m_settings).toString());
    showTokenState();
    connect(m_ui->saveServer, &QPushButton::clicked, this, &SettingsPage::saveServer);
    connect(m_ui->removeAdminToken, &QPushButton::clicked, this, &SettingsPage::removeToken);
    connect(m_ui->testServer, &QPushButton::clicked, this, &SettingsPage::testServer);

    m_ui->stripeApiBase->setText(StripeConnection::apiBase(*m_settings).toString());
    showStripeKeyState();
    connect(m_ui->saveStripe, &QPushButton::clicked, this, &SettingsPage::saveStripe);
    connect(m_ui->removeStripeKey, &QPushButton::clicked, this, &SettingsPage::removeStripeKey);
    connect(m_ui->testStripe, &QPushButton::clicked, this, &SettingsPage::testStripe);

    m_ui->operatorName->setText(SupportSettings::configuredOperatorName(*m_settings));
    m_ui->operatorName->setPlaceholderText(tr("Default: %1 (your OS user name)").arg(SupportSettings::systemUserName()));
    m_ui->monthlyPriceId->setText(SupportSettings::monthlyPriceId(*m_settings));
    m_ui->yearlyPriceId->setText(SupportSettings::yearlyPriceId(*m_settings));
    m_ui->successUrl->setText(SupportSettings::successUrl(*m_settings).toString());
    m_ui->cancelUrl->setText(SupportSettings::cancelUrl(*m_settings).toString());
    connect(m_ui->saveSupport, &QPushButton::clicked, this, &SettingsPage::saveSupport);

    m_ui->databaseInUse->setText(m_database->config().displayName());
    m_ui->databaseUrl->setText(m_settings->value(QStringLiteral("database/url")).toString());
    connect(m_ui->saveDatabase, &QPushButton::clicked, this, &SettingsPage::saveDatabase);
    connect(m_ui->testDatabase, &QPushButton::clicked, this, &SettingsPage::testDatabase);

    showLanguages();
}

void SettingsPage::showLanguages()
{
    const QString system = LanguageSettings::nativeName(QLocale::system().name());
    m_ui->language->addItem(system.isEmpty() || QLocale::system().language() == QLocale::C ? tr("System default")
                                                                                            : tr("System default (%1)").arg(system),
                            QString());
    for (const QString &code : LanguageSettings::available())
        m_ui->language->addItem(LanguageSettings::nativeName(code), code);
    const int saved = m_ui->language->findData(LanguageSettings::saved(*m_settings));
    m_ui->language->setCurrentIndex(qMax(0, saved));
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, [this] {
        LanguageSettings::save(*m_settings, m_ui->language->currentData().toString());
        m_ui->languageStatus->setText(tr("Saved. companion-admin starts in %1 from the next time you open it.")
                                          .arg(m_ui->language->currentText()));
    });
}

void SettingsPage::saveSupport()
{
    QStringList problems;
    problems << SupportSettings::checkPriceId(m_ui->monthlyPriceId->text(), true)
             << SupportSettings::checkPriceId(m_ui->yearlyPriceId->text(), false)
             << SupportSettings::checkReturnUrl(m_ui->successUrl->text()) << SupportSettings::checkReturnUrl(m_ui->cancelUrl->text());
    problems.removeAll(QString());
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        m_ui->supportStatus->setText(problems.join(QLatin1Char(' ')));
        return;
    }
    SupportSettings::setOperatorName(*m_settings, m_ui->operatorName->text());
    SupportSettings::setPriceIds(*m_settings, m_ui->monthlyPriceId->text(), m_ui->yearlyPriceId->text());
    SupportSettings::setReturnUrls(*m_settings, QUrl(m_ui->successUrl->text().trimmed()), QUrl(m_ui->cancelUrl->text().trimmed()));
    m_ui->supportStatus->setText(tr("Saved. Audit entries will name %1.").arg(SupportSettings::operatorName(*m_settings)));
}

void SettingsPage::saveDatabase()
{
    const QString text = m_ui->databaseUrl->text().trimmed();
    if (text.isEmpty()) {
        m_settings->remove(QStringLiteral("database/url"));
        m_ui->databaseTestStatus->setText(tr("Cleared. The next start uses DATABASE_URL, else the local SQLite file."));
        return;
    }
    QString error;
    const auto config = db::DatabaseConfig::fromUrl(text, &error);
    if (!config) {
        m_ui->databaseTestStatus->setText(error);
        return;
    }
    // QSettings is a plain file: a password must not end up there.
    if (!config->password.isEmpty()) {
        m_ui->databaseTestStatus->setText(tr("Leave the password out of the address: the settings file is not a safe place for it. "
                                             "PostgreSQL reads it from ~/.pgpass (or PGPASSWORD)."));
        return;
    }
    m_settings->setValue(QStringLiteral("database/url"), text);
    m_ui->databaseTestStatus->setText(tr("Saved. It is used from the next start of the app."));
}

void SettingsPage::testDatabase()
{
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

void SettingsPage::showStripeKeyState()
{
    const QString hint = m_keychain->hint(kStripeKey);
    if (hint.isEmpty())
        m_ui->stripeKeyState->setText(tr("No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe's Dashboard."));
    else if (StripeConnection::isLiveHint(hint))
        m_ui->stripeKeyState->setText(tr("Stored in the keychain: %1 — LIVE mode: real money and real access.").arg(hint));
    else
        m_ui->stripeKeyState->setText(tr("Stored in the keychain: %1 (test mode)").arg(hint));
    m_ui->stripeSecretKey->setPlaceholderText(hint.isEmpty() ? tr("sk_test_… (kept in the OS keychain only)") : tr("Paste a new key to replace it"));
    m_ui->removeStripeKey->setEnabled(!hint.isEmpty());
    const auto showStored = [this](const char *name, QLabel *state, QLineEdit *field, const QString &what) {
        const QString stored = m_keychain->hint(QString::fromLatin1(name));
        state->setText(stored.isEmpty() ? tr("None stored (%1).").arg(what) : tr("Stored in the keychain: %1").arg(stored));
        field->setPlaceholderText(stored.isEmpty() ? tr("kept in the OS keychain only") : tr("Paste a new one to replace it"));
    };
    showStored(StripeConnection::kPublishableKeyName, m_ui->stripePublishableKeyState, m_ui->stripePublishableKey,
               tr("pk_test_…, for the course's web page; optional here"));
    showStored(StripeConnection::kWebhookSecretName, m_ui->stripeWebhookSecretState, m_ui->stripeWebhookSecret,
               tr("whsec_…, the signing secret of the server's webhook endpoint; optional here"));
}

void SettingsPage::saveStripe()
{
    const QUrl base(m_ui->stripeApiBase->text().trimmed(), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        m_ui->stripeStatus->setText(tr("Enter Stripe's address, https://api.stripe.com, or a stripe-sandbox's."));
        return;
    }
    // Every field typed in is checked before anything is stored.
    struct Secret {
        QString name;
        QLineEdit *field;
        QString (*check)(const QString &);
    };
    const QList<Secret> fields{
        {kStripeKey, m_ui->stripeSecretKey, &StripeConnection::checkKey},
        {QString::fromLatin1(StripeConnection::kPublishableKeyName), m_ui->stripePublishableKey, &StripeConnection::checkPublishableKey},
        {QString::fromLatin1(StripeConnection::kWebhookSecretName), m_ui->stripeWebhookSecret, &StripeConnection::checkWebhookSecret},
    };
    QList<QPair<QString, QLineEdit *>> toStore;
    for (const Secret &secret : fields) {
        const QString value = secret.field->text().trimmed();
        if (value.isEmpty())
            continue;
        if (const QString problem = secret.check(value); !problem.isEmpty()) {
            m_ui->stripeStatus->setText(problem);
            secret.field->setFocus(Qt::OtherFocusReason);
            return;
        }
        toStore.append({secret.name, secret.field});
    }
    StripeConnection::setApiBase(*m_settings, base);
    if (toStore.isEmpty()) {
        m_ui->stripeStatus->setText(tr("Saved."));
        Q_EMIT stripeKeyChanged(); // the address is part of the connection
        return;
    }
    m_ui->saveStripe->setEnabled(false);
    storeSecrets(toStore);
}

void SettingsPage::storeSecrets(QList<QPair<QString, QLineEdit *>> pending)
{
    // One at a time: the keychain may prompt, and a refusal stops the rest.
    const auto [name, field] = pending.takeFirst();
    m_keychain->write(name, field->text().trimmed(), [this, pending, field = field](const KeychainStore::Result &result) {
        if (result.ok())
            field->clear();
        if (result.ok() && !pending.isEmpty())
            return storeSecrets(pending);
        m_ui->saveStripe->setEnabled(true);
        showStripeKeyState();
        m_ui->stripeStatus->setText(result.ok() ? tr("Saved. Keys are in the keychain only.") : result.message);
        Q_EMIT stripeKeyChanged();
    });
}

void SettingsPage::removeStripeKey()
{
    m_keychain->remove(kStripeKey, [this](const KeychainStore::Result &result) {
        showStripeKeyState();
        m_ui->stripeStatus->setText(result.ok() ? tr("The key was removed from the keychain.") : result.message);
        Q_EMIT stripeKeyChanged();
    });
}

void SettingsPage::testStripe()
{
    const QUrl base = StripeConnection::apiBase(*m_settings);
    m_ui->testStripe->setEnabled(false);
    m_ui->stripeStatus->setText(tr("Asking %1…").arg(base.toDisplayString()));
    m_keychain->read(kStripeKey, [this, base](const KeychainStore::Result &secret) {
        if (!secret.ok()) {
            m_ui->testStripe->setEnabled(true);
            m_ui->stripeStatus->setText(secret.message);
            return;
        }
        auto *client = new stripe::StripeClient(m_network, base, secret.secret, this);
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
    Q_EMIT serverChanged();
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
