// Webhook log, driven by objectName as support would use it to see why a payment
// did not unlock Premium: deliveries come from the real server's admin API with the
// token from the real keychain; a rejected (bad signature) delivery shows; a failed
// one is filtered, read as JSON, and reprocessed once its learner exists.
#include "AdminStartup.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "db/UserDirectory.h"
#include "models/WebhookEventsModel.h"
#include "pages/WebhookLogPage.h"
#include "secrets/KeychainStore.h"
#include "settings/ServerConnection.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

class TestWebhookLogPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void showsFiltersAndReprocesses()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), testDb.url(), QStringLiteral("gui"));
        QVERIFY(token.startsWith(QStringLiteral("cat_")));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        db::UserRecord kai;
        kai.id = QStringLiteral("usr_kai");
        kai.email = QStringLiteral("kai@example.com");
        QVERIFY(db::UserDirectory(db, testDb.config().dialect).insert(kai));
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), test::subscriptionEvent(QStringLiteral("evt_kai"), QStringLiteral("usr_kai"),
                                                                                     QStringLiteral("active"), now - 20), test::kServerWebhookSecret).status, 200);
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), test::subscriptionEvent(QStringLiteral("evt_lee"), QStringLiteral("usr_lee"),
                                                                                     QStringLiteral("active"), now - 10), test::kServerWebhookSecret).status, 200);
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), "{\"id\":\"evt_forged\"}", "whsec_not_the_endpoints_0000").status, 400);
        // A refused delivery is answered at once and stored just after.
        QTRY_COMPARE_WITH_TIMEOUT(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE outcome = 'rejected'")), 1, 10000);

        // Settings as Settings would leave them: the address, and the token in the keychain.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        // Its own keychain entries: the SQLite and PostgreSQL runs go in parallel.
        settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-webhook-log-%1").arg(db::dialectName(testDb.config().dialect)));
        admin::ServerConnection::setUrl(settings, server.baseUrl());
        admin::KeychainStore keychain(&settings);
        bool stored = false;
        keychain.write(QString::fromLatin1(admin::ServerConnection::kTokenName), token, [&stored](const auto &r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);

        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Webhook log"), Qt::MatchExactly).value(0));
        auto *page = window.webhookLogPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = page->findChild<QTableView *>(QStringLiteral("events"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY2_WITH_TIMEOUT(view->model()->rowCount() == 3, qPrintable(status->text()), 15000);
        const auto outcomeAt = [view](int row) { return view->model()->index(row, admin::WebhookEventsModel::Outcome).data().toString(); };
        QCOMPARE(outcomeAt(0), QStringLiteral("rejected")); // newest first
        QCOMPARE(view->model()->index(0, admin::WebhookEventsModel::Error).data().toString(), QStringLiteral("signature_mismatch"));
        auto *counts = page->findChild<QLabel *>(QStringLiteral("counts"));
        QTRY_VERIFY2_WITH_TIMEOUT(counts->text().contains(QStringLiteral("1 failed")), qPrintable(counts->text()), 15000);

        // Only the failed ones; its JSON; Reprocess once the learner exists.
        auto *outcome = page->findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 1 && outcomeAt(0) == QLatin1String("failed"), 15000);
        view->setCurrentIndex(view->model()->index(0, 0));
        auto *payload = page->findChild<QPlainTextEdit *>(QStringLiteral("payload"));
        QTRY_VERIFY_WITH_TIMEOUT(payload->toPlainText().contains(QStringLiteral("\"id\": \"evt_lee\"")), 15000);
        auto *reprocess = page->findChild<QPushButton *>(QStringLiteral("reprocess"));
        QTRY_VERIFY(reprocess->isEnabled());
        // Auto-refresh (every 10 s) keeps the delivery being read: its row stays current,
        // its payload stays on screen, Reprocess stays offered.
        QSignalSpy refreshed(page->model(), &admin::WebhookEventsModel::pageLoaded);
        page->reload();
        QVERIFY(payload->toPlainText().contains(QStringLiteral("\"id\": \"evt_lee\"")));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 15000);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(view->currentIndex().data(admin::WebhookEventsModel::KeyRole).toString(), QStringLiteral("evt_lee"));
        QVERIFY(payload->toPlainText().contains(QStringLiteral("\"id\": \"evt_lee\"")));
        QVERIFY(reprocess->isEnabled());
        db::UserRecord lee;
        lee.id = QStringLiteral("usr_lee");
        lee.email = QStringLiteral("lee@example.com");
        QVERIFY(db::UserDirectory(db, testDb.config().dialect).insert(lee));
        QTest::mouseClick(reprocess, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("evt_lee reprocessed: applied")), qPrintable(status->text()), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 15000); // no failed deliveries left

        // A rejected delivery can be read but not reprocessed.
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("rejected")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 15000);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(payload->toPlainText().contains(QStringLiteral("evt_forged")), 15000);
        QVERIFY(!reprocess->isEnabled());
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            outcome->setCurrentIndex(0);
            QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 15000);
            QVERIFY(window.grab().save(shots + QStringLiteral("/webhook-log.png")));
        }
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_MAIN(TestWebhookLogPage)
#include "tst_webhook_log_page.moc"
