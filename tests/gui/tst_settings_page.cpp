// Settings → companion-server, driven by objectName as a support person would: the
// admin token goes into the real OS keychain (never the settings file), a new app
// instance finds it there, and "Test connection" reaches the real server with it.
#include "RunningProgram.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "AdminStartup.h"
#include "pages/SettingsPage.h"
#include "secrets/KeychainStore.h"
#include "settings/StripeConnection.h"
#include "windows/MainWindow.h"

#include <QComboBox>
#include <QCommandLineParser>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private:
    static void openSettings(admin::MainWindow &window)
    {
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QList<QListWidgetItem *> items = navigation->findItems(QStringLiteral("Settings"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        navigation->setCurrentItem(items.first());
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), window.settingsPage());
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
            openSettings(window);
            auto *page = window.settingsPage();
            auto *status = page->findChild<QLabel *>(QStringLiteral("serverStatus"));
            auto *state = page->findChild<QLabel *>(QStringLiteral("adminTokenState"));
            auto *url = page->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
            auto *tokenField = page->findChild<QLineEdit *>(QStringLiteral("adminToken"));

            // A bad address is refused in words; nothing is saved.
            QTest::keyClicks(url, QStringLiteral("billing.example.com"));
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveServer")), Qt::LeftButton);
            QVERIFY2(status->text().contains(QStringLiteral("address")), qPrintable(status->text()));

            url->clear();
            QTest::keyClicks(url, server.baseUrl().toString());
            QTest::keyClicks(tokenField, token);
            QCOMPARE(tokenField->echoMode(), QLineEdit::Password);
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveServer")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain only")), 15000);
            QVERIFY(tokenField->text().isEmpty());
            QCOMPARE(state->text(), QStringLiteral("Stored in the keychain: %1").arg(QStringLiteral("cat_…") + token.right(4)));
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
        openSettings(again);
        auto *status = again.settingsPage()->findChild<QLabel *>(QStringLiteral("serverStatus"));
        QCOMPARE(again.settingsPage()->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->text(), server.baseUrl().toString());
        QTest::mouseClick(again.settingsPage()->findChild<QPushButton *>(QStringLiteral("testServer")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 15000);
        QVERIFY2(status->text().contains(QStringLiteral(": 1;")), qPrintable(status->text())); // the rejected delivery above
        // For docs/screenshots (and a look by eye): COMPANION_SCREENSHOT_DIR=… ctest -R settings_page
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(again.grab().save(shots + QStringLiteral("/settings.png")));

        // Removed from the keychain: the test says so in words.
        QTest::mouseClick(again.settingsPage()->findChild<QPushButton *>(QStringLiteral("removeAdminToken")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("removed")), 15000);
        QTest::mouseClick(again.settingsPage()->findChild<QPushButton *>(QStringLiteral("testServer")), Qt::LeftButton);
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
        openSettings(window);
        auto *page = window.settingsPage();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("liveModeBanner"));
        auto *mode = window.findChild<QLabel *>(QStringLiteral("stripeMode"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("stripeStatus"));
        auto *base = page->findChild<QLineEdit *>(QStringLiteral("stripeApiBase"));
        auto *key = page->findChild<QLineEdit *>(QStringLiteral("stripeSecretKey"));
        auto *save = page->findChild<QPushButton *>(QStringLiteral("saveStripe"));
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
        openSettings(window);
        auto *language = window.settingsPage()->findChild<QComboBox *>(QStringLiteral("language"));
        auto *status = window.settingsPage()->findChild<QLabel *>(QStringLiteral("languageStatus"));
        QVERIFY(language && status);
        QStringList offered;
        for (int i = 0; i < language->count(); ++i)
            offered << language->itemText(i);
        QVERIFY2(offered.size() == 3 && offered.at(0).startsWith(QStringLiteral("System default")), qPrintable(offered.join(u'|')));
        QVERIFY2(offered.contains(QStringLiteral("Deutsch")) && offered.contains(QStringLiteral("English")), qPrintable(offered.join(u'|')));
        QCOMPARE(language->currentIndex(), 0);

        language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
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

        // A new window shows the saved choice; "System default" forgets it.
        admin::MainWindow again(testDb.config(), &settings);
        auto *languageAgain = again.settingsPage()->findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(languageAgain->currentText(), QStringLiteral("Deutsch"));
        languageAgain->setCurrentIndex(0);
        QVERIFY(!settings.contains(QStringLiteral("ui/language")));
        QCOMPARE(admin::AdminStartup::language(plain, settings), QString());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
