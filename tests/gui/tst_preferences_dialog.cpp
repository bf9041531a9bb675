// Preferences, driven by objectName as a support person would: OK / Apply / Cancel
// over every section; the admin token and Stripe's keys go into the real OS keychain
// (never the settings file), a new app instance finds them there, and "Test
// connection" reaches the real server with them.
#include "RunningProgram.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "AdminStartup.h"
#include "db/DatabaseThread.h"
#include "dialogs/PreferencesDialog.h"
#include "secrets/KeychainStore.h"
#include "settings/DisplaySettings.h"
#include "settings/ReadDatabaseSettings.h"
#include "settings/StripeConnection.h"
#include "windows/MainWindow.h"

#include <QComboBox>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    // Picks a section in the list on the left, as a person clicks it.
    static void showSection(admin::PreferencesDialog *dialog, const QString &title)
    {
        auto *sections = dialog->findChild<QListWidget *>(QStringLiteral("sections"));
        QVERIFY(sections);
        const QList<QListWidgetItem *> items = sections->findItems(title, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        sections->setCurrentItem(items.first());
        QCOMPARE(dialog->findChild<QStackedWidget *>(QStringLiteral("sectionPages"))->currentIndex(), sections->currentRow());
    }
    static QPushButton *button(admin::PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(which);
    }

private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void adminTokenLivesInTheKeychainAndReachesTheServer()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), testDb.url(), QStringLiteral("gui test"));
        QVERIFY(token.startsWith(QStringLiteral("cat_")));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), "{}", "whsec_wrong_secret_000000000").status, 400);

        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-settings-page")); // its own keychain entries
            admin::MainWindow window(testDb.config(), &settings);
            window.show();
            auto *prefs = window.showPreferences();
            QCOMPARE(window.preferences(), prefs);
            showSection(prefs, QStringLiteral("Server"));
            auto *status = prefs->findChild<QLabel *>(QStringLiteral("serverStatus"));
            auto *state = prefs->findChild<QLabel *>(QStringLiteral("adminTokenState"));
            auto *url = prefs->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
            auto *tokenField = prefs->findChild<QLineEdit *>(QStringLiteral("adminToken"));
            QPushButton *apply = button(prefs, QDialogButtonBox::Apply);

            // A bad address is refused in words; nothing is saved.
            QTest::keyClicks(url, QStringLiteral("billing.example.com"));
            QTest::mouseClick(apply, Qt::LeftButton);
            QVERIFY2(status->text().contains(QStringLiteral("address")), qPrintable(status->text()));
            QVERIFY(!settings.contains(QStringLiteral("server/url")));
            QVERIFY(apply->isEnabled());

            url->clear();
            QTest::keyClicks(url, server.baseUrl().toString());
            QTest::keyClicks(tokenField, token);
            QCOMPARE(tokenField->echoMode(), QLineEdit::Password);
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain only")), 15000);
            QVERIFY(tokenField->text().isEmpty());
            QCOMPARE(state->text(), QStringLiteral("Stored in the keychain: %1").arg(QStringLiteral("cat_…") + token.right(4)));
            QVERIFY(!apply->isEnabled()); // everything shown is saved
            QVERIFY(prefs->isVisible());  // Apply keeps the dialog open
        }
        // Only the address and a redacted hint reach the settings file.
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(server.baseUrl().toString().toUtf8()));
        QVERIFY2(!written.contains(token.toUtf8()) && !written.contains(token.mid(4, 12).toUtf8()), "the token is not in the settings file");

        // A new instance reads the token back from the keychain and talks to the server.
        QSettings settings(settingsFile, QSettings::IniFormat);
        admin::MainWindow again(testDb.config(), &settings);
        again.show();
        auto *prefs = again.showPreferences();
        showSection(prefs, QStringLiteral("Server"));
        auto *status = prefs->findChild<QLabel *>(QStringLiteral("serverStatus"));
        QCOMPARE(prefs->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->text(), server.baseUrl().toString());
        QTest::mouseClick(prefs->findChild<QPushButton *>(QStringLiteral("testServer")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 15000);
        QVERIFY2(status->text().contains(QStringLiteral(": 1;")), qPrintable(status->text())); // the rejected delivery above
        // For docs/screenshots (and a look by eye): COMPANION_SCREENSHOT_DIR=… ctest -R preferences_dialog
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(prefs->grab().save(shots + QStringLiteral("/preferences.png")));

        // Removed from the keychain: the test says so in words.
        QTest::mouseClick(prefs->findChild<QPushButton *>(QStringLiteral("removeAdminToken")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("removed")), 15000);
        QTest::mouseClick(prefs->findChild<QPushButton *>(QStringLiteral("testServer")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("No secret is stored")), 15000);
        QVERIFY2(!server.output().contains(token.toUtf8()), "the token is not logged");
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
    // Stripe's key: test key → connected in test mode, no banner; a live key → the
    // live-mode banner (the sandbox refuses live keys, in words); removed → gone.
    void stripeKeyAndLiveModeBanner()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::SandboxClient sandbox;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-settings-page")); // its own keychain entries
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *page = window.showPreferences();
        showSection(page, QStringLiteral("Stripe"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("liveModeBanner"));
        auto *mode = window.findChild<QLabel *>(QStringLiteral("stripeMode"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("stripeStatus"));
        auto *base = page->findChild<QLineEdit *>(QStringLiteral("stripeApiBase"));
        auto *key = page->findChild<QLineEdit *>(QStringLiteral("stripeSecretKey"));
        QPushButton *save = button(page, QDialogButtonBox::Apply);
        auto *test = page->findChild<QPushButton *>(QStringLiteral("testStripe"));
        QVERIFY(!banner->isVisible());
        QCOMPARE(mode->text(), QStringLiteral("Stripe: no key"));

        QTest::keyClicks(key, QStringLiteral("pk_test_0000000000000000000000"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("publishable key")), qPrintable(status->text()));

        base->clear();
        QTest::keyClicks(base, sandbox.baseUrl().toString());
        key->clear();
        QTest::keyClicks(key, QString::fromLatin1(test::SandboxClient::kKey));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain only")), 15000);
        QVERIFY(mode->text().startsWith(QStringLiteral("Stripe: sandbox at 127.0.0.1")));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Connected to Stripe in test mode."), 15000);
        QVERIFY(!banner->isVisible());

        // Obviously fake, and assembled here so no live-looking key sits in the source.
        const QString liveKey = QStringLiteral("sk_") + QStringLiteral("live_") + QStringLiteral("fake_for_tests_") + QString(16, u'x');
        QTest::keyClicks(key, liveKey);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("stripeKeyState"))->text().contains(QStringLiteral("LIVE")));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/live-mode.png")));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("rejected the API key")), 15000);
        QVERIFY(!status->text().contains(liveKey.mid(8, 12)));

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removeStripeKey")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QCOMPARE(mode->text(), QStringLiteral("Stripe: no key"));

        // The publishable key and the webhook secret: checked, then to the keychain only.
        auto *publishable = page->findChild<QLineEdit *>(QStringLiteral("stripePublishableKey"));
        auto *webhookSecret = page->findChild<QLineEdit *>(QStringLiteral("stripeWebhookSecret"));
        QTest::keyClicks(webhookSecret, QStringLiteral("not-a-secret"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("whsec_")), qPrintable(status->text()));
        webhookSecret->clear();
        const QString signingSecret = QStringLiteral("whsec_") + QStringLiteral("gui_test_signing_secret_0123456789");
        QTest::keyClicks(publishable, QStringLiteral("pk_test_gui_publishable_0123456789"));
        QTest::keyClicks(webhookSecret, signingSecret);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain only")), 15000);
        QVERIFY(publishable->text().isEmpty() && webhookSecret->text().isEmpty());
        const QString webhookState = page->findChild<QLabel *>(QStringLiteral("stripeWebhookSecretState"))->text();
        QVERIFY2(webhookState.startsWith(QStringLiteral("Stored in the keychain: whsec_")), qPrintable(webhookState));
        QVERIFY(!webhookState.contains(signingSecret.mid(10)));
        admin::KeychainStore readBack(&settings);
        QString stored;
        readBack.read(QString::fromLatin1(admin::StripeConnection::kWebhookSecretName), [&stored](const auto &r) { stored = r.secret; });
        QTRY_COMPARE_WITH_TIMEOUT(stored, signingSecret, 15000);

        settings.sync();
        QFile file(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY2(!onDisk.contains(liveKey.mid(8).toUtf8()), "no key in the settings file");
        QVERIFY2(!onDisk.contains(signingSecret.mid(10).toUtf8()), "no webhook secret in the settings file");
        QVERIFY2(!onDisk.contains("gui_publishable_0123456789"), "no publishable key in the settings file");
        QVERIFY(sandbox.stop(&error));
    }

    // Language: every translation is offered by its own name; the choice is saved
    // and decides the next start's language, unless --lang says otherwise.
    void languageIsChosenForTheNextStart()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *prefs = window.showPreferences();
        showSection(prefs, QStringLiteral("Display & language"));
        auto *language = prefs->findChild<QComboBox *>(QStringLiteral("language"));
        auto *status = prefs->findChild<QLabel *>(QStringLiteral("languageStatus"));
        QVERIFY(language && status);
        QStringList offered;
        for (int i = 0; i < language->count(); ++i)
            offered << language->itemText(i);
        QVERIFY2(offered.size() == 3 && offered.at(0).startsWith(QStringLiteral("System default")), qPrintable(offered.join(u'|')));
        QVERIFY2(offered.contains(QStringLiteral("Deutsch")) && offered.contains(QStringLiteral("English")), qPrintable(offered.join(u'|')));
        QCOMPARE(language->currentIndex(), 0);

        // Chosen, then applied: only Apply saves it.
        language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
        QVERIFY(!settings.contains(QStringLiteral("ui/language")));
        QTest::mouseClick(button(prefs, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QVERIFY2(status->text().contains(QStringLiteral("Deutsch")) && status->text().contains(QStringLiteral("next time")),
                 qPrintable(status->text()));

        QCommandLineParser plain;
        admin::AdminStartup::addOptions(plain);
        QVERIFY(plain.parse({QStringLiteral("companion-admin")}));
        QCOMPARE(admin::AdminStartup::language(plain, settings), QStringLiteral("de"));
        QCommandLineParser overridden;
        admin::AdminStartup::addOptions(overridden);
        QVERIFY(overridden.parse({QStringLiteral("companion-admin"), QStringLiteral("--lang"), QStringLiteral("en")}));
        QCOMPARE(admin::AdminStartup::language(overridden, settings), QStringLiteral("en"));

        // A new window shows the saved choice; "System default" and OK forget it.
        admin::MainWindow again(testDb.config(), &settings);
        auto *prefsAgain = again.showPreferences();
        auto *languageAgain = prefsAgain->findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(languageAgain->currentText(), QStringLiteral("Deutsch"));
        languageAgain->setCurrentIndex(0);
        QTest::mouseClick(button(prefsAgain, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!prefsAgain->isVisible());
        QVERIFY(!settings.contains(QStringLiteral("ui/language")));
        QCOMPARE(admin::AdminStartup::language(plain, settings), QString());
    }

    // Apply is offered exactly while something differs from what is saved; OK and
    // Cancel always are.
    void applyIsEnabledOnlyForAChange()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *prefs = window.showPreferences();
        QPushButton *apply = button(prefs, QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());
        QVERIFY(button(prefs, QDialogButtonBox::Ok)->isEnabled() && button(prefs, QDialogButtonBox::Cancel)->isEnabled());

        showSection(prefs, QStringLiteral("Support desk"));
        auto *operatorName = prefs->findChild<QLineEdit *>(QStringLiteral("operatorName"));
        QTest::keyClicks(operatorName, QStringLiteral("Dana"));
        QVERIFY(apply->isEnabled());
        operatorName->clear(); // taken back: nothing to apply
        QVERIFY(!apply->isEnabled());

        showSection(prefs, QStringLiteral("Display & language"));
        auto *theme = prefs->findChild<QComboBox *>(QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findText(QStringLiteral("Dark")));
        QVERIFY(apply->isEnabled());
        theme->setCurrentIndex(theme->findText(QStringLiteral("System")));
        QVERIFY(!apply->isEnabled());

        // A key typed in is a change, and is still one when the section is left.
        showSection(prefs, QStringLiteral("Stripe"));
        QTest::keyClicks(prefs->findChild<QLineEdit *>(QStringLiteral("stripeSecretKey")), QStringLiteral("sk_test_"));
        showSection(prefs, QStringLiteral("Server"));
        QVERIFY(apply->isEnabled());
    }

    // Cancel forgets every edit: the settings and the status bar stay as they were,
    // and opened again the dialog shows what is saved.
    void cancelDiscardsEdits()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("server/url"), QStringLiteral("https://billing.example.com"));
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *bar = window.statusBar()->findChild<QLabel *>(QStringLiteral("serverStatus"));
        QCOMPARE(bar->text(), QStringLiteral("Server: billing.example.com"));
        auto *prefs = window.showPreferences();
        showSection(prefs, QStringLiteral("Server"));
        auto *url = prefs->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
        QCOMPARE(url->text(), QStringLiteral("https://billing.example.com"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://elsewhere.example.org"));

        QTest::mouseClick(button(prefs, QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!prefs->isVisible());
        QCOMPARE(window.preferences(), nullptr);
        QCOMPARE(settings.value(QStringLiteral("server/url")).toString(), QStringLiteral("https://billing.example.com"));
        QCOMPARE(bar->text(), QStringLiteral("Server: billing.example.com"));

        QCOMPARE(window.showPreferences(), prefs); // one dialog, opened again
        QCOMPARE(url->text(), QStringLiteral("https://billing.example.com"));
        QVERIFY(!button(prefs, QDialogButtonBox::Apply)->isEnabled());
    }

    // OK saves every section's changes and closes; the status bar follows at once.
    void okStoresAndCloses()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *bar = window.statusBar()->findChild<QLabel *>(QStringLiteral("serverStatus"));
        QCOMPARE(bar->text(), QStringLiteral("Server: not set"));
        auto *prefs = window.showPreferences();
        QSignalSpy serverChanged(prefs, &admin::PreferencesDialog::serverChanged);
        showSection(prefs, QStringLiteral("Server"));
        QTest::keyClicks(prefs->findChild<QLineEdit *>(QStringLiteral("serverUrl")), QStringLiteral("https://billing.example.com:8443"));
        showSection(prefs, QStringLiteral("Support desk"));
        QTest::keyClicks(prefs->findChild<QLineEdit *>(QStringLiteral("operatorName")), QStringLiteral("Dana Support"));
        QTest::keyClicks(prefs->findChild<QLineEdit *>(QStringLiteral("monthlyPriceId")), QStringLiteral("price_premium_monthly"));

        QTest::mouseClick(button(prefs, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!prefs->isVisible());
        QCOMPARE(settings.value(QStringLiteral("server/url")).toString(), QStringLiteral("https://billing.example.com:8443"));
        QCOMPARE(settings.value(QStringLiteral("support/operatorName")).toString(), QStringLiteral("Dana Support"));
        QCOMPARE(bar->text(), QStringLiteral("Server: billing.example.com:8443"));
        QCOMPARE(serverChanged.count(), 1);

        // A problem in any section keeps the dialog open on that section, and saves nothing.
        window.showPreferences();
        QTest::keyClicks(prefs->findChild<QLineEdit *>(QStringLiteral("operatorName")), QStringLiteral(" Jr."));
        auto *monthly = prefs->findChild<QLineEdit *>(QStringLiteral("monthlyPriceId"));
        monthly->setText(QStringLiteral("not-a-price"));
        showSection(prefs, QStringLiteral("Server"));
        QTest::mouseClick(button(prefs, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(prefs->isVisible());
        QCOMPARE(prefs->findChild<QListWidget *>(QStringLiteral("sections"))->currentItem()->text(), QStringLiteral("Support desk"));
        QVERIFY2(!prefs->findChild<QLabel *>(QStringLiteral("supportStatus"))->text().isEmpty(), "the problem is shown");
        QCOMPARE(settings.value(QStringLiteral("support/operatorName")).toString(), QStringLiteral("Dana Support"));
    }

    // Theme and time zone: offered by name (the local zone named), saved on Apply,
    // announced once so views can follow.
    void displayIsSavedAndAnnounced()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        QSignalSpy displayChanged(&window, &admin::MainWindow::displayChanged);
        auto *prefs = window.showPreferences();
        showSection(prefs, QStringLiteral("Display & language"));
        auto *theme = prefs->findChild<QComboBox *>(QStringLiteral("theme"));
        auto *zone = prefs->findChild<QComboBox *>(QStringLiteral("timeZone"));
        QVERIFY(theme && zone);
        QCOMPARE(theme->currentText(), QStringLiteral("System"));
        QCOMPARE(zone->currentText(), QStringLiteral("Local (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
        QCOMPARE(zone->count(), 2);

        theme->setCurrentIndex(theme->findText(QStringLiteral("Dark")));
        zone->setCurrentIndex(zone->findText(QStringLiteral("UTC")));
        QCOMPARE(displayChanged.count(), 0); // not before Apply
        QTest::mouseClick(button(prefs, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(displayChanged.count(), 1);
        QCOMPARE(admin::DisplaySettings::theme(settings), admin::DisplaySettings::Theme::Dark);
        QCOMPARE(admin::DisplaySettings::zone(settings), admin::DisplaySettings::Zone::Utc);

        // Another section's change does not announce a display change.
        showSection(prefs, QStringLiteral("Server"));
        QTest::keyClicks(prefs->findChild<QLineEdit *>(QStringLiteral("serverUrl")), QStringLiteral("https://billing.example.com"));
        QTest::mouseClick(button(prefs, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!prefs->isVisible());
        QCOMPARE(displayChanged.count(), 1);

        // Back to the defaults: the settings forget the keys again.
        window.showPreferences();
        theme->setCurrentIndex(theme->findText(QStringLiteral("System")));
        zone->setCurrentIndex(0);
        QTest::mouseClick(button(prefs, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(displayChanged.count(), 2);
        QVERIFY(!settings.contains(QStringLiteral("display/theme")) && !settings.contains(QStringLiteral("display/timeZone")));
    }

    // The read replica: an address without a password, PostgreSQL only, saved with its
    // bound for the next start; refused ones are said in the Database section and kept
    // in the field (nothing saved).
    void readReplicaIsCheckedAndSaved()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *prefs = window.showPreferences();
        showSection(prefs, QStringLiteral("Database"));
        auto *replica = prefs->findChild<QLineEdit *>(QStringLiteral("readDatabaseUrl"));
        auto *lag = prefs->findChild<QDoubleSpinBox *>(QStringLiteral("readMaxLag"));
        auto *status = prefs->findChild<QLabel *>(QStringLiteral("databaseTestStatus"));
        QVERIFY(replica && lag && status);
        QCOMPARE(lag->value(), 5.0);

        QTest::keyClicks(replica, QStringLiteral("postgresql://desk:hunter2@db2.internal/companion"));
        QTest::mouseClick(button(prefs, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("Leave the password out")), qPrintable(status->text()));
        QVERIFY(!settings.contains(QStringLiteral("database/readUrl")));
        settings.sync();
        if (QFile file(settings.fileName()); file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("hunter2"));

        replica->clear();
        QTest::keyClicks(replica, QStringLiteral("sqlite:///tmp/replica.db"));
        QTest::mouseClick(button(prefs, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("PostgreSQL streaming replica")), qPrintable(status->text()));
        QVERIFY(!settings.contains(QStringLiteral("database/readUrl")));

        replica->clear();
        QTest::keyClicks(replica, QStringLiteral("postgresql://desk@db2.internal/companion"));
        lag->setValue(2.5);
        QVERIFY(button(prefs, QDialogButtonBox::Apply)->isEnabled());
        QTest::mouseClick(button(prefs, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!prefs->isVisible());
        settings.sync();
        QCOMPARE(admin::ReadDatabaseSettings::url(settings), QStringLiteral("postgresql://desk@db2.internal/companion"));
        QCOMPARE(admin::ReadDatabaseSettings::maxLagMs(settings), 2500);
        // Only with the database Settings names: another one (here the test's) has no replica.
        QVERIFY(!admin::ReadDatabaseSettings::replicaFor(testDb.config(), settings, {}));
    }

    // The keychain does not answer: the dialog says so in the Stripe section, the
    // typed key stays in its field (nothing lost, Apply can try again), and neither
    // the key nor a hint of it is saved.
    void keychainFailureLosesNothing()
    {
        COMPANION_TEST_DATABASE(testDb);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-preferences")); // its own keychain entries
        admin::KeychainStore keychain(&settings);
        keychain.setTimeout(0); // answers "did not answer" before any keychain can
        QNetworkAccessManager network;
        db::DatabaseThread database(testDb.config());
        admin::PreferencesDialog prefs(&settings, &keychain, &network, &database);
        QSignalSpy stripeKeyChanged(&prefs, &admin::PreferencesDialog::stripeKeyChanged);
        prefs.show();
        showSection(&prefs, QStringLiteral("Stripe"));
        auto *key = prefs.findChild<QLineEdit *>(QStringLiteral("stripeSecretKey"));
        auto *status = prefs.findChild<QLabel *>(QStringLiteral("stripeStatus"));
        const QString typed = QStringLiteral("sk_test_") + QStringLiteral("keychain_failure_0123456789");
        QTest::keyClicks(key, typed);
        showSection(&prefs, QStringLiteral("Server"));

        QTest::mouseClick(button(&prefs, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("did not answer")), 15000);
        QVERIFY(prefs.isVisible());
        QCOMPARE(prefs.findChild<QListWidget *>(QStringLiteral("sections"))->currentItem()->text(), QStringLiteral("Stripe"));
        QCOMPARE(key->text(), typed);
        QVERIFY(button(&prefs, QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(keychain.hint(QString::fromLatin1(admin::StripeConnection::kSecretKeyName)).isEmpty());
        QCOMPARE(stripeKeyChanged.count(), 0);
        settings.sync();
        QFile file(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("keychain_failure"), "no key in the settings file");

        // The keychain runs one job at a time, so once this removal answers the
        // timed-out write has finished too (and its entry is gone).
        admin::KeychainStore cleanup(&settings);
        bool removed = false;
        cleanup.remove(QString::fromLatin1(admin::StripeConnection::kSecretKeyName), [&removed](const auto &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
