// The support desk end to end, driven by objectName as support would use it, with
// the real sandbox, the real server receiving the sandbox's webhooks, the real
// keychain and the real database: find a user among 100,000, open their detail,
// make a checkout link (URL + QR) that the learner pays with 4242 → Premium shows
// after the webhook; cancel at period end (still Premium, marked), resume; a
// declined confirmation changes nothing; a manual grant with its reason; and a
// Stripe that does not answer is reported without a change.
#include "AdminStartup.h"
#include "DeskTestSupport.h"
#include "BillingStack.h"
#include "RunningProgram.h"
#include "SandboxClient.h"
#include "ServerEnvironment.h"
#include "TestDatabase.h"
#include "actions/Confirmer.h"
#include "db/UserDirectory.h"
#include "dialogs/LinkDialog.h"
#include "dialogs/GrantDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "models/SubscriptionsModel.h"
#include "models/UsersModel.h"
#include "pages/UsersPage.h"
#include "secrets/KeychainStore.h"
#include "settings/StripeConnection.h"
#include "settings/SupportSettings.h"
#include "widgets/QrCodeView.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace companion;
using test::ScriptedConfirmer;
using test::scriptConfirmations;
using test::deskProfile;
using test::removeStripeKey;
using test::storeStripeKey;

namespace {

constexpr int kUsers = 100000;
constexpr int kWaitMs = 20000;

// Bulk users in one statement (a recursive series works in both dialects).
bool seedUsers(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
               "INSERT INTO users (id, email, name, created_at, updated_at) "
               "SELECT 'usr_bulk_' || i, 'learner' || i || '@bulk.example', 'Learner ' || i, 1700000000 + i, 1700000000 + i FROM n")
                      .arg(kUsers))
        && q.exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES "
                                 "('usr_ada', 'ada.lovelace@example.com', 'Ada Lovelace', 1700000000, 1700000000), "
                                 "('usr_alan', 'alan.turing@example.com', 'Alan Turing', 1700000000, 1700000000)"));
}

QJsonObject lastAudit(const QSqlDatabase &db, const QString &action, QString *actor = nullptr, QString *requestId = nullptr,
                      QString *reason = nullptr, QString *targetId = nullptr)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT actor, stripe_request_id, reason, before_state, after_state, target_id FROM audit_log "
                             "WHERE action = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return {};
    if (actor)
        *actor = q.value(0).toString();
    if (requestId)
        *requestId = q.value(1).toString();
    if (reason)
        *reason = q.value(2).toString();
    if (targetId)
        *targetId = q.value(5).toString();
    return QJsonObject{{QStringLiteral("before"), QJsonDocument::fromJson(q.value(3).toByteArray()).object()},
                       {QStringLiteral("after"), QJsonDocument::fromJson(q.value(4).toByteArray()).object()}};
}

} // namespace

class TestSupportDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void supportPersonWorksThroughTheDay()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(seedUsers(db));

        // Sandbox → server webhooks; the server asks the sandbox back when in doubt.
        test::BillingStack stack{QStringLiteral(COMPANION_SERVER_BIN)};
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(test::kServerWebhookSecret), &error), qPrintable(error));
        test::SandboxClient &sandbox = stack.sandbox();
        const QString price = stack.premiumPrice();

        // Settings as Settings leaves them; the Stripe key only in the keychain.
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(settingsFile, QSettings::IniFormat);
        deskProfile(settings, QStringLiteral("support-desk"), testDb.config().dialect, sandbox.baseUrl());
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Dana Support"));
        admin::SupportSettings::setPriceIds(settings, price, QString());
        admin::KeychainStore keychain(&settings);
        QVERIFY(storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        ScriptedConfirmer *answers = scriptConfirmations(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
        QVERIFY(view && search);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 200, kWaitMs);

        // Find Ada among 100,002 and open her with Enter.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("ada.love"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, kWaitMs);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *detail = window.findChild<admin::UserDetailDialog *>(QStringLiteral("userDetail"));
        QVERIFY(detail);
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_ada"), kWaitMs);
        auto *summary = detail->findChild<QLabel *>(QStringLiteral("entitlementSummary"));
        auto *actionStatus = detail->findChild<QLabel *>(QStringLiteral("actionStatus"));
        QCOMPARE(summary->text(), QStringLiteral("Free"));

        // A checkout link, with its QR code; the learner pays with 4242.
        auto *checkoutButton = detail->findChild<QPushButton *>(QStringLiteral("checkoutLinkButton"));
        QVERIFY(checkoutButton->isEnabled());
        QTest::mouseClick(checkoutButton, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(detail->checkoutLinkDialog(), qPrintable(actionStatus->text()), kWaitMs);
        auto *link = detail->checkoutLinkDialog();
        const QString url = link->findChild<QLineEdit *>(QStringLiteral("linkUrl"))->text();
        QVERIFY2(url.startsWith(sandbox.baseUrl().toString()), qPrintable(url));
        auto *qr = link->findChild<admin::QrCodeView *>(QStringLiteral("linkQr"));
        QVERIFY(!qr->modules().isNull());
        QCOMPARE(qr->text(), url);
        QString actor, requestId, reason, sessionId;
        lastAudit(db, QStringLiteral("checkout.create_link"), &actor, &requestId, &reason, &sessionId);
        QCOMPARE(actor, QStringLiteral("Dana Support"));
        QVERIFY(requestId.startsWith(QStringLiteral("req_")));
        QVERIFY(sessionId.startsWith(QStringLiteral("cs_")));
        QVERIFY2(url.contains(sessionId), qPrintable(url));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(link->grab().save(shots + QStringLiteral("/checkout-link.png")));
        link->close();

        QCOMPARE(sandbox.post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(sessionId),
                              {{QStringLiteral("card"), QStringLiteral("4242424242424242")}}).status, 200);
        // Premium arrives through Stripe's webhook: the detail and the list both show it.
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("Premium until")), qPrintable(summary->text()), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, admin::UsersModel::Tier).data().toString(), QStringLiteral("Premium"), kWaitMs);
        QCOMPARE(view->model()->index(0, admin::UsersModel::Plan).data().toString(), QStringLiteral("active"));

        // Cancel at period end: one dialog with when, refund and why; a click is enough in test mode.
        auto *reasonEdit = detail->findChild<QLineEdit *>(QStringLiteral("actionReason"));
        QString why0;
        QVERIFY2(test::cancelThroughDialog(detail, QStringLiteral("cancelAtPeriodEnd"), QStringLiteral("refundNone"),
                                           QStringLiteral("asked by e-mail, ticket 4711"), {}, &why0), qPrintable(why0));
        QVERIFY(answers->asked.isEmpty()); // the dialog was the confirmation
        QVERIFY(!detail->cancelDialog()->findChild<QWidget *>(QStringLiteral("typedEmail"))->isVisibleTo(detail->cancelDialog()));
        auto *why = detail->findChild<QLabel *>(QStringLiteral("entitlementReason"));
        QTRY_VERIFY2_WITH_TIMEOUT(why->text().contains(QStringLiteral("Cancellation requested")), qPrintable(actionStatus->text()), kWaitMs);
        QVERIFY(summary->text().startsWith(QStringLiteral("Premium until")));
        auto *pending = detail->findChild<QLabel *>(QStringLiteral("pendingNotice"));
        QTRY_VERIFY2_WITH_TIMEOUT(pending->text().startsWith(QStringLiteral("Confirmed by Stripe's webhook")), qPrintable(pending->text()), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, admin::UsersModel::Plan).data().toString(),
                                  QStringLiteral("active, cancels at period end"), kWaitMs);
        const QJsonObject cancelAudit = lastAudit(db, QStringLiteral("subscription.cancel_at_period_end"), &actor, &requestId, &reason);
        QCOMPARE(actor, QStringLiteral("Dana Support"));
        QCOMPARE(reason, QStringLiteral("asked by e-mail, ticket 4711"));
        QVERIFY(requestId.startsWith(QStringLiteral("req_")));
        QCOMPARE(cancelAudit.value(QStringLiteral("before")).toObject().value(QStringLiteral("cancel_at_period_end")).toBool(), false);
        QCOMPARE(cancelAudit.value(QStringLiteral("after")).toObject().value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        // The filter finds her among the pending cancels.
        window.findChild<QCheckBox *>(QStringLiteral("usersCancelPendingFilter"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, kWaitMs);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QVERIFY(detail->grab().save(shots + QStringLiteral("/user-detail.png")));
        }
        window.findChild<QCheckBox *>(QStringLiteral("usersCancelPendingFilter"))->setChecked(false);

        // The subscriptions view lists hers, marked, and Enter opens the same detail.
        auto *subscriptions = window.findChild<QTableView *>(QStringLiteral("subscriptionsView"));
        QAbstractItemModelTester subscriptionsTester(subscriptions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.findChild<QCheckBox *>(QStringLiteral("subscriptionsCancelPendingFilter"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptions->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(subscriptions->model()->index(0, admin::SubscriptionsModel::Email).data().toString(), QStringLiteral("ada.lovelace@example.com"));
        QCOMPARE(subscriptions->model()->index(0, admin::SubscriptionsModel::Plan).data().toString(), QStringLiteral("monthly"));
        QCOMPARE(subscriptions->model()->index(0, admin::SubscriptionsModel::Amount).data().toString(), QStringLiteral("$9.99"));
        QCOMPARE(subscriptions->model()->index(0, admin::SubscriptionsModel::CancelAtPeriodEnd).data().toString(), QStringLiteral("cancels"));
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.findChild<QCheckBox *>(QStringLiteral("subscriptionsCancelPendingFilter"))->setChecked(false);
            QTRY_COMPARE_WITH_TIMEOUT(subscriptions->model()->rowCount(), 1, kWaitMs);
            auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            navigation->setCurrentItem(navigation->findItems(QStringLiteral("Subscriptions"), Qt::MatchExactly).value(0));
            QVERIFY(window.grab().save(shots + QStringLiteral("/subscriptions.png")));
            navigation->setCurrentRow(0);
        }
        subscriptions->setCurrentIndex(subscriptions->model()->index(0, 0));
        QCOMPARE(window.openUser(subscriptions->model()->index(0, 0).data(admin::SubscriptionsModel::UserIdRole).toString()), detail);

        // Resume needs a reason; a "no" at the confirmation changes nothing.
        auto *resume = detail->findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QTRY_VERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(answers->asked.isEmpty());
        QVERIFY2(actionStatus->text().contains(QStringLiteral("reason")), qPrintable(actionStatus->text()));
        answers->answer = false;
        QTest::keyClicks(reasonEdit, QStringLiteral("changed her mind"));
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(answers->asked.size(), 1);
        QTest::qWait(300);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.resume'")), 0);
        answers->answer = true;
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!why->text().contains(QStringLiteral("Cancellation requested")), qPrintable(actionStatus->text()), kWaitMs);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.resume' AND actor = 'Dana Support'")), 1);

        // Stripe unreachable: a clear message, no change, no audit row.
        QTRY_VERIFY_WITH_TIMEOUT(detail->paymentsLoaded() && !detail->actions()->isBusy(), kWaitMs);
        QVERIFY2(stack.stopSandbox(&error), qPrintable(error));
        auto *cancelButton = detail->findChild<QPushButton *>(QStringLiteral("cancelSubscriptionButton"));

        QVERIFY2(test::cancelThroughDialog(detail, QStringLiteral("cancelNow"), QStringLiteral("refundNone"), QStringLiteral("fraud report"), {}, &why0),
                 qPrintable(why0));
        QTRY_VERIFY2_WITH_TIMEOUT(actionStatus->text().contains(QStringLiteral("Stripe")) && cancelButton->isEnabled(), qPrintable(actionStatus->text()), kWaitMs);
        QVERIFY2(!actionStatus->text().contains(QStringLiteral("ended")), qPrintable(actionStatus->text()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.cancel_now'")), 0);
        QVERIFY(summary->text().startsWith(QStringLiteral("Premium")));

        // Stripe back (the same sandbox data): cancel now ends Premium at once, audited.
        QVERIFY2(stack.restartSandbox(&error), qPrintable(error));
        QVERIFY2(test::cancelThroughDialog(detail, QStringLiteral("cancelNow"), QStringLiteral("refundNone"), QStringLiteral("fraud report"), {}, &why0),
                 qPrintable(why0));
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), QStringLiteral("Free"), kWaitMs);
        lastAudit(db, QStringLiteral("subscription.cancel_now"), &actor, &requestId, &reason);
        QCOMPARE(reason, QStringLiteral("fraud report"));
        QVERIFY(requestId.startsWith(QStringLiteral("req_")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, admin::UsersModel::Tier).data().toString(), QStringLiteral("Free"), kWaitMs);
        detail->close();

        // A manual grant for Alan: reason required, Premium at once, audited.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("alan.t"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, admin::UsersModel::Email).data().toString(), QStringLiteral("alan.turing@example.com"), kWaitMs);
        QCOMPARE(view->model()->rowCount(), 1);
        auto *alan = window.openUser(view->model()->index(0, 0).data(admin::UsersModel::UserIdRole).toString());
        QTRY_COMPARE_WITH_TIMEOUT(alan->dossier().user.id, QStringLiteral("usr_alan"), kWaitMs);
        auto *grantButton = alan->findChild<QPushButton *>(QStringLiteral("grantButton"));
        QTRY_VERIFY(grantButton->isEnabled());
        QTest::mouseClick(grantButton, Qt::LeftButton);
        QTRY_VERIFY(alan->grantDialog());
        auto *grant = alan->grantDialog();
        auto *ok = grant->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(grant->findChild<QPlainTextEdit *>(QStringLiteral("grantReason")), QStringLiteral("guest lecturer"));
        grant->findChild<QCheckBox *>(QStringLiteral("grantIndefinitely"))->setChecked(true);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *alanSummary = alan->findChild<QLabel *>(QStringLiteral("entitlementSummary"));
        QTRY_COMPARE_WITH_TIMEOUT(alanSummary->text(), QStringLiteral("Premium, no end date"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, admin::UsersModel::Plan).data().toString(), QStringLiteral("manual grant"), kWaitMs);
        lastAudit(db, QStringLiteral("grant.create"), &actor, nullptr, &reason);
        QCOMPARE(actor, QStringLiteral("Dana Support"));
        QCOMPARE(reason, QStringLiteral("guest lecturer"));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 'usr_alan' AND is_premium AND premium_source = 'grant'")), 1);

        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty()) {
            alan->close();
            search->clear();
            QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 200, kWaitMs); // Ada and Alan first, then the learners
            QVERIFY(window.grab().save(shots + QStringLiteral("/users.png")));
        }

        // The key never reached the settings file.
        settings.sync();
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(test::SandboxClient::kKey));
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }

    void aSlowStripeCallCanBeStopped()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES "
                                                  "('usr_wait', 'patient@example.com', 'Pat Ient', 1700000000, 1700000000)")));
        // Stripe 20 s away: the person gives up waiting.
        test::SandboxClient slowStripe;
        QVERIFY2(slowStripe.start(&error, {QStringLiteral("--latency"), QStringLiteral("20000")}), qPrintable(error));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        deskProfile(settings, QStringLiteral("support-slow"), testDb.config().dialect, slowStripe.baseUrl());
        admin::SupportSettings::setPriceIds(settings, QStringLiteral("price_never_reached"), QString());
        admin::KeychainStore keychain(&settings);
        QVERIFY(storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *detail = window.openUser(QStringLiteral("usr_wait"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_wait"), kWaitMs);
        auto *checkout = detail->findChild<QPushButton *>(QStringLiteral("checkoutLinkButton"));
        auto *progress = detail->findChild<QWidget *>(QStringLiteral("actionProgress"));
        auto *stop = detail->findChild<QPushButton *>(QStringLiteral("stopActionButton"));
        QTRY_VERIFY(checkout->isEnabled());
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_VERIFY(progress->isVisible() && stop->isVisible());
        QVERIFY(!checkout->isEnabled()); // one action at a time
        QTest::qWait(300);
        QTest::mouseClick(stop, Qt::LeftButton);
        auto *actionStatus = detail->findChild<QLabel *>(QStringLiteral("actionStatus"));
        QVERIFY2(actionStatus->text().startsWith(QStringLiteral("Stopped waiting")), qPrintable(actionStatus->text()));
        QVERIFY(!progress->isVisible());
        QVERIFY(checkout->isEnabled());
        QVERIFY(!detail->checkoutLinkDialog());
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
        QVERIFY(slowStripe.stop(&error));
        QVERIFY(removeStripeKey(keychain));
    }

    void liveModeWantsTheEmailTyped()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(test::addSubscriber(db, QStringLiteral("usr_real"), QStringLiteral("real.customer@example.com"), true));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        // Nothing listens there: a confirmed action must fail without a trace.
        deskProfile(settings, QStringLiteral("support-live"), testDb.config().dialect, QUrl(QStringLiteral("http://127.0.0.1:9")));
        admin::KeychainStore keychain(&settings);
        // Obviously fake, and assembled here so no live-looking key sits in the source.
        const QString liveKey = QStringLiteral("sk_") + QStringLiteral("live_") + QStringLiteral("fake_for_tests_") + QString(16, u'y');
        QVERIFY(storeStripeKey(keychain, liveKey));

        admin::MainWindow window(testDb.config(), &settings);
        ScriptedConfirmer *answers = scriptConfirmations(window);
        answers->answer = false;
        window.show();
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("liveModeBanner"))->isVisible());
        // One decision for the banner and the status bar: a live key is live, whatever host it goes to.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("stripeMode"))->text(), QStringLiteral("Stripe: LIVE key, sent to 127.0.0.1:9"));
        auto *detail = window.openUser(QStringLiteral("usr_real"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_real"), kWaitMs);
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("liveModeNotice"))->isVisible());
        // Not api.stripe.com: no Dashboard link to follow.
        QVERIFY(!detail->findChild<QLabel *>(QStringLiteral("stripeCustomer"))->text().contains(QStringLiteral("dashboard.stripe.com")));
        // The Cancel dialog wants the e-mail typed before it lets anything happen.
        QString why;
        QVERIFY2(test::cancelThroughDialog(detail, QStringLiteral("cancelNow"), QStringLiteral("refundNone"), QStringLiteral("chargeback"),
                                           QStringLiteral("real.customer@example.com"), &why),
                 qPrintable(why));
        QVERIFY(answers->asked.isEmpty());
        // Confirmed, but Stripe cannot be reached: said so, nothing written.
        auto *actionStatus = detail->findChild<QLabel *>(QStringLiteral("actionStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(!detail->actions()->isBusy() && actionStatus->text().contains(QStringLiteral("Stripe")),
                                  qPrintable(actionStatus->text()), kWaitMs);
        QVERIFY2(!actionStatus->text().contains(liveKey.mid(8)), "no key in what the user reads");
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE status = 'active'")), 1);
        QVERIFY(keychain.isStored(QString::fromLatin1(admin::StripeConnection::kSecretKeyName)));
        QVERIFY(removeStripeKey(keychain));
    }
};

QTEST_MAIN(TestSupportDesk)
#include "tst_support_desk.moc"
