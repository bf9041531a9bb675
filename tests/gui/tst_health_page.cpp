// The Health page as an operator opens it in the morning: companion-server's health
// report read over the admin API with the token from the real keychain — the last
// webhook, failed events still open, the refresher, the scheduled recovery, the
// webhook endpoint check against the (sandbox) Stripe account — a day of deliveries
// as a chart, and the alerts a real Prometheus has active. A refresh keeps the
// selected alert selected. With a read replica (a real one, streaming), the page, the
// webhook log and the desk's own lists say how far behind it is, and when it is too
// far behind to be used they read the primary.
#include "AdminStartup.h"
#include "BillingStack.h"
#include "PostgresReplicaSet.h"
#include "PrometheusProcess.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEventFactory.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "billing/EventProcessor.h"
#include "db/Database.h"
#include "db/UserDirectory.h"
#include "models/HealthAlertsModel.h"
#include "models/UsersModel.h"
#include "models/WebhookEventsModel.h"
#include "pages/HealthPage.h"
#include "pages/UsersPage.h"
#include "pages/WebhookLogPage.h"
#include "secrets/KeychainStore.h"
#include "settings/ReadDatabaseSettings.h"
#include "settings/ServerConnection.h"
#include "widgets/DeliveriesChart.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;

namespace {
const QByteArray kSecret = "whsec_test_health_page_0123456789abc";
const QByteArray kMetricsToken = "metrics-token-for-the-health-page-01";

int rowOf(const admin::HealthAlertsModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->alert(row).name == name)
            return row;
    return -1;
}
} // namespace

class TestHealthPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void showsTheDayAndWhatIsWrong()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        namespace f = bench::StripeEventFactory;
        const int learners = 40;
        for (int i = 1; i <= learners; ++i)
            QVERIFY2(test::TestDatabase::addLearner(db, f::userId(i), &error), qPrintable(error));

        // A day of deliveries before this morning: most applied, a few for a learner nobody
        // knows (failed), two that were not Stripe's (rejected); stored by the server's own code.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        billing::EventProcessor processor(db, testDb.config().dialect);
        int failed = 0;
        for (int i = 1; i <= learners; ++i) {
            const qint64 at = now - 23 * 3600 + i * 1900;
            const bool stranger = i % 9 == 0;
            const QByteArray event = stranger
                ? test::subscriptionEvent(QStringLiteral("evt_h%1").arg(i), QStringLiteral("usr_stranger%1").arg(i), QStringLiteral("active"), at)
                : f::event(QStringLiteral("evt_h%1").arg(i), QStringLiteral("customer.subscription.created"), at,
                           f::subscription(i, QStringLiteral("active"), at, QStringLiteral("in_h%1").arg(i)));
            QVERIFY(processor.process(event, at).stored);
            failed += stranger;
        }
        QVERIFY(processor.recordRejected("{\"id\":\"evt_forged1\"}", QStringLiteral("signature_mismatch"), now - 5 * 3600));
        QVERIFY(processor.recordRejected("{\"id\":\"evt_forged2\"}", QStringLiteral("signature_mismatch"), now - 5 * 3600 + 60));

        // The server, Prometheus scraping it, Stripe's (sandbox) account with no endpoint for us.
        test::PrometheusProcess prometheus;
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(kSecret), &error,
                             {{QStringLiteral("METRICS_TOKEN"), QString::fromLatin1(kMetricsToken)},
                              {QStringLiteral("PROMETHEUS_URL"), prometheus.baseUrl().toString()},
                              {QStringLiteral("ENDPOINT_CHECK_SECONDS"), QStringLiteral("1")},
                              {QStringLiteral("MISSED_EVENT_RECOVERY_SECONDS"), QStringLiteral("1")},
                              {QStringLiteral("MISSED_EVENT_GRACE_SECONDS"), QStringLiteral("0")},
                              {QStringLiteral("RENEWAL_CHECK_SECONDS"), QStringLiteral("0")}}),
                 qPrintable(error));
        const QUrl server = stack.server().baseUrl();
        QVERIFY2(prometheus.start(server, kMetricsToken, QStringLiteral(COMPANION_ALERT_RULES), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(prometheus.value(QStringLiteral("count_over_time(companion_webhook_deliveries_total{outcome=\"failed\"}[1m])")) >= 2,
                                 30000);
        // This morning: one more delivery for somebody nobody knows, through the server.
        QCOMPARE(test::deliverSignedWebhook(server, test::subscriptionEvent(QStringLiteral("evt_h_now"), QStringLiteral("usr_unknown"),
                                                                            QStringLiteral("active"), now),
                                            kSecret)
                     .status,
                 200);
        ++failed;

        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), testDb.url(), QStringLiteral("health"));
        QVERIFY(token.startsWith(QStringLiteral("cat_")));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-health-%1").arg(db::dialectName(testDb.config().dialect)));
        admin::ServerConnection::setUrl(settings, server);
        admin::KeychainStore keychain(&settings);
        bool stored = false;
        keychain.write(QString::fromLatin1(admin::ServerConnection::kTokenName), token, [&stored](const auto &r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);

        admin::MainWindow window(testDb.config(), &settings);
        window.resize(1280, 800);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Health"), Qt::MatchExactly).value(0));
        admin::HealthPage *page = window.healthPage();
        QAbstractItemModelTester tester(page->alertsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto text = [page](const char *name) { return page->findChild<QLabel *>(QString::fromLatin1(name))->text(); };

        // The failed events, and the endpoint Stripe lacks.
        QTRY_COMPARE_WITH_TIMEOUT(text("failedOpenValue"), QString::number(failed), 15000);
        QVERIFY(text("failedOpenDetail").contains(QStringLiteral("open the Webhook log")));
        QTRY_VERIFY_WITH_TIMEOUT((page->refresh(), text("endpointValue") == QLatin1String("MISSING")), 15000);
        QVERIFY(text("endpointDetail").contains(QStringLiteral("No webhook endpoint at Stripe points at this server")));
        QCOMPARE(text("lastDeliveryValue"), QStringLiteral("just now"));
        QTRY_VERIFY2_WITH_TIMEOUT((page->refresh(), text("recoveryValue") == QLatin1String("none pending")), qPrintable(text("recoveryValue") + u' ' + text("recoveryDetail")), 15000);
        QCOMPARE(text("refresherValue"), QStringLiteral("0"));
        // The day as a chart: every delivery of the last 24 hours, by what became of it.
        QCOMPARE(page->chart()->total(QStringLiteral("failed")), failed);
        QCOMPARE(page->chart()->total(QStringLiteral("rejected")), 2);
        // Applied ones, and the sandbox's catalogue events the server ignored.
        QCOMPARE(page->chart()->total(QStringLiteral("ok")),
                 test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE outcome NOT IN ('failed', 'rejected')")));
        QVERIFY(page->chart()->total(QStringLiteral("ok")) >= learners - (failed - 1));
        QVERIFY(page->chart()->accessibleDescription().contains(QStringLiteral("%1 failed").arg(failed)));

        // Prometheus' alerts: the failed event fires at once; the endpoint's is pending.
        QTRY_VERIFY_WITH_TIMEOUT((page->refresh(), rowOf(page->alertsModel(), QStringLiteral("CompanionWebhookEventsFailed")) >= 0
                                                       && rowOf(page->alertsModel(), QStringLiteral("CompanionWebhookEndpointWrong")) >= 0),
                                 40000);
        const int row = rowOf(page->alertsModel(), QStringLiteral("CompanionWebhookEventsFailed"));
        QCOMPARE(page->alertsModel()->index(row, admin::HealthAlertsModel::State).data().toString(), QStringLiteral("firing"));
        QVERIFY(page->alertsModel()->index(row, admin::HealthAlertsModel::Summary).data(Qt::ToolTipRole).toString().contains(QStringLiteral("reprocess")));

        // Selected, it stays selected through a refresh.
        auto *view = page->findChild<QTableView *>(QStringLiteral("alerts"));
        view->setCurrentIndex(page->alertsModel()->index(row, admin::HealthAlertsModel::Alert));
        QSignalSpy refreshed(page, &admin::HealthPage::refreshed);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 15000);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(view->currentIndex().siblingAtColumn(admin::HealthAlertsModel::Alert).data().toString(), QStringLiteral("CompanionWebhookEventsFailed"));

        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("health.png"))));
        }
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }

    void saysHowFarBehindTheReplicaIs()
    {
        if (test::TestDatabase::dialectUnderTest() != db::Dialect::PostgreSQL)
            QSKIP("a streaming replica: PostgreSQL only");
        test::PostgresReplicaSet pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        const QString primaryUrl = pg.url(test::PostgresReplicaSet::Primary);
        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), primaryUrl, QStringLiteral("health")); // migrates too
        QVERIFY(token.startsWith(QStringLiteral("cat_")));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), primaryUrl},
                              test::serverEnvironment({{QStringLiteral("DATABASE_READ_URL"), pg.url(test::PostgresReplicaSet::Replica)},
                                                       {QStringLiteral("DATABASE_READ_MAX_LAG_MS"), QStringLiteral("1500")}}),
                              &error),
                 qPrintable(error));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), test::subscriptionEvent(QStringLiteral("evt_r_1"), QStringLiteral("usr_r"),
                                                                                     QStringLiteral("active"), now - 20), test::kServerWebhookSecret).status, 200);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-health-replica"));
        admin::ServerConnection::setUrl(settings, server.baseUrl());
        admin::KeychainStore keychain(&settings);
        bool stored = false;
        keychain.write(QString::fromLatin1(admin::ServerConnection::kTokenName), token, [&stored](const auto &r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
        const auto config = db::DatabaseConfig::fromUrl(primaryUrl, &error);
        QVERIFY2(config, qPrintable(error));
        // The desk's own lists read the replica too (Settings: the database and its replica).
        settings.setValue(QStringLiteral("database/url"), primaryUrl);
        admin::ReadDatabaseSettings::set(settings, pg.url(test::PostgresReplicaSet::Replica), 1500);
        const auto addLearner = [&](const QString &id) {
            db::Connection c = db::Database::open(*config, QStringLiteral("learners"));
            db::UserRecord user;
            user.id = id;
            user.email = id + QStringLiteral("@example.com");
            const bool ok = c.ok() && db::UserDirectory(c.db, db::Dialect::PostgreSQL).insert(user);
            c.db.close();
            c = {};
            QSqlDatabase::removeDatabase(QStringLiteral("learners"));
            return ok;
        };
        QVERIFY(addLearner(QStringLiteral("usr_r1")));
        admin::MainWindow window(*config, &settings);
        window.resize(1280, 800);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Webhook log"), Qt::MatchExactly).value(0));
        auto *readStatus = window.findChild<QLabel *>(QStringLiteral("readStatus"));
        QVERIFY(readStatus);
        admin::UsersModel *users = window.usersPage()->model();
        const auto usersLoaded = [users] {
            QSignalSpy page(users, &admin::UsersModel::pageLoaded);
            users->reload();
            return page.wait(15000);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(usersLoaded() && readStatus->text() == QLatin1String("Lists: read from the replica, current") && users->rowCount() == 1,
                                  qPrintable(readStatus->text()), 15000);
        admin::WebhookLogPage *log = window.webhookLogPage();
        auto *status = log->findChild<QLabel *>(QStringLiteral("status"));
        const auto loaded = [log] { // read again, and wait for the page
            QSignalSpy page(log->model(), &admin::WebhookEventsModel::pageLoaded);
            log->reload();
            return page.wait(15000);
        };
        // Current: the list comes from the replica, and says so.
        QTRY_VERIFY2_WITH_TIMEOUT(loaded() && status->text().contains(QStringLiteral("read from the replica, current")) && log->model()->rowCount() == 1,
                                  qPrintable(status->text()), 15000);

        // The replica stops applying what it receives: past the bound, the list comes
        // from the primary (the new delivery is there), and the desk says why.
        QVERIFY2(pg.pauseReplay(&error), qPrintable(error));
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), test::subscriptionEvent(QStringLiteral("evt_r_2"), QStringLiteral("usr_r"),
                                                                                     QStringLiteral("past_due"), now - 10), test::kServerWebhookSecret).status, 200);
        QTest::qWait(1600);
        QTRY_VERIFY2_WITH_TIMEOUT(loaded() && status->text().contains(QStringLiteral("read from the primary: the replica is")) && log->model()->rowCount() == 2,
                                  qPrintable(status->text()), 15000);
        QVERIFY2(status->text().contains(QStringLiteral(" s behind")), qPrintable(status->text()));
        // The desk's list of learners: the one added meanwhile is there, read from the primary.
        QVERIFY(addLearner(QStringLiteral("usr_r2")));
        QVERIFY(usersLoaded());
        QCOMPARE(users->rowCount(), 2);
        QVERIFY2(readStatus->text().startsWith(QStringLiteral("Lists: read from the primary: the replica is")), qPrintable(readStatus->text()));

        navigation->setCurrentItem(navigation->findItems(QStringLiteral("Health"), Qt::MatchExactly).value(0));
        admin::HealthPage *page = window.healthPage();
        const auto label = [page](const char *name) { return page->findChild<QLabel *>(QString::fromLatin1(name)); };
        QTRY_VERIFY_WITH_TIMEOUT((page->refresh(), label("replicaValue")->isVisible() && label("replicaValue")->text().endsWith(QStringLiteral("behind"))), 15000);
        QVERIFY2(label("replicaDetail")->text().startsWith(QStringLiteral("Reads go to the primary: the replica is further behind than allowed.")),
                 qPrintable(label("replicaDetail")->text()));
        QVERIFY(label("replicaDetail")->text().contains(QStringLiteral("at most 1.5 s behind")));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("health-replica-behind.png"))));
        }

        // Caught up again: back to the replica.
        QVERIFY2(pg.resumeReplay(&error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT((page->refresh(), label("replicaValue")->text() == QLatin1String("current")), qPrintable(label("replicaValue")->text()), 15000);
        QVERIFY(label("replicaDetail")->text().startsWith(QStringLiteral("Reads go to the replica.")));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_health_page.moc"
