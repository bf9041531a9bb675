// The support desk on Stripe's bad day. An action that ended without a clear
// answer says so in words and, when the person repeats it, goes again with the
// first try's Idempotency-Key, so Stripe does it once. Against stripe-sandbox
// --chaos (429/503 before the work, 500 after it, slow answers, webhooks twice
// and out of order), a checkout link, its payment and a cancel at period end end
// with one session, one subscription, one charge and one audit row each. A "cancel
// now" (DELETE, which takes no key) repeated after it went through ends once too.
#include "BillingStack.h"
#include "DeskTestSupport.h"
#include "ScriptedHttpServer.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "actions/SupportActions.h"
#include "dialogs/LinkDialog.h"
#include "dialogs/UserDetailDialog.h"
#include "secrets/KeychainStore.h"
#include "settings/SupportSettings.h"
#include "AdminStartup.h"
#include "windows/MainWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace companion;

namespace {
constexpr int kWaitMs = 30000;
constexpr int kPatience = 12; // clicks before the test calls the action lost

void addUser(const QSqlDatabase &db, const QString &id, const QString &email)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at) VALUES (?, ?, ?, 1700000000, 1700000000)"));
    q.addBindValue(id);
    q.addBindValue(email);
    q.addBindValue(email.section(u'@', 0, 0));
    QVERIFY(q.exec());
}

test::ScriptedHttpServer::Answer serverError()
{
    test::ScriptedHttpServer::Answer answer;
    answer.status = 500;
    answer.body = R"({"error":{"type":"api_error","message":"An unknown error occurred"}})";
    return answer;
}

// Objects of a sandbox list whose `field` (dotted: metadata.user_id) is `value`.
int countInStripe(const test::SandboxClient &sandbox, const QString &path, const QString &field, const QString &value, const QUrlQuery &filters = {})
{
    int count = 0;
    for (const QJsonValue &item : sandbox.listAll(path, filters)) {
        QJsonValue v = item;
        for (const QString &part : field.split(u'.'))
            v = v.toObject().value(part);
        count += v.toString() == value;
    }
    return count;
}
} // namespace

class TestDeskUnderChaos : public QObject
{
    Q_OBJECT
private:
    // Clicks `button` until the action succeeds, as a person would after reading
    // the message; every failure message must be words for people. Returns the
    // number of clicks, or 0 when it never succeeded.
    static int clickUntilDone(admin::UserDetailDialog *detail, QPushButton *button, QStringList *messages)
    {
        return doUntilDone(detail, [button] {
            if (!QTest::qWaitFor([&] { return button->isEnabled(); }, kWaitMs))
                return false;
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }, messages);
    }

    // The same with any way of starting the action (e.g. a dialog answered each time).
    static int doUntilDone(admin::UserDetailDialog *detail, const std::function<bool()> &act, QStringList *messages)
    {
        auto *actions = detail->actions();
        for (int click = 1; click <= kPatience; ++click) {
            QSignalSpy finished(actions, &admin::SupportActions::finished);
            if (!act())
                return 0;
            if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 2 * kWaitMs))
                return 0;
            const auto outcome = finished.first().first().value<admin::SupportActions::Outcome>();
            if (outcome.ok)
                return click;
            *messages << outcome.message;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        admin::AdminStartup::installTranslator(*qApp, QStringLiteral("en"));
    }

    void aRepeatedActionAfterNoClearAnswerIsDoneOnce()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_rep"), QStringLiteral("rep@example.com"));
        test::ScriptedHttpServer stripe;
        QVERIFY(stripe.listen());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        test::deskProfile(settings, QStringLiteral("chaos-repeat"), testDb.config().dialect, stripe.baseUrl());
        admin::SupportSettings::setPriceIds(settings, QStringLiteral("price_repeat"), QString());
        admin::KeychainStore keychain(&settings);
        QVERIFY(test::storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        window.show();
        auto *detail = window.openUser(QStringLiteral("usr_rep"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_rep"), kWaitMs);
        auto *checkout = detail->findChild<QPushButton *>(QStringLiteral("checkoutLinkButton"));
        auto *status = detail->findChild<QLabel *>(QStringLiteral("actionStatus"));

        // Stripe fails after doing the work, on every try the client makes.
        for (int i = 0; i < 3; ++i)
            stripe.enqueue(serverError());
        QTRY_VERIFY(checkout->isEnabled());
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->actions()->isBusy() && checkout->isEnabled(), kWaitMs);
        QCOMPARE(stripe.requests().size(), 3);
        QVERIFY2(status->text().contains(QStringLiteral("Stripe had a problem")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("same request")), qPrintable(status->text()));
        QVERIFY(!detail->checkoutLinkDialog());
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(detail->grab().save(shots + QStringLiteral("/action-no-clear-answer.png")));

        // The person tries again: the same request, so Stripe answers with what it did.
        test::ScriptedHttpServer::Answer session;
        session.body = R"({"id":"cs_test_once","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_once","expires_at":1900000000})";
        session.headers = {{"Idempotent-Replayed", "true"}};
        stripe.enqueue(session);
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(detail->checkoutLinkDialog(), qPrintable(status->text()), kWaitMs);
        QCOMPARE(stripe.requests().size(), 4);
        const QByteArray key = stripe.requests().first().headers.value("idempotency-key");
        QVERIFY(!key.isEmpty());
        for (const auto &request : stripe.requests())
            QCOMPARE(request.headers.value("idempotency-key"), key);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'checkout.create_link'")), 1);
        detail->checkoutLinkDialog()->close();

        // A new link after a clear answer is a new request with a new key.
        session.headers.clear();
        stripe.enqueue(session);
        QTRY_VERIFY(checkout->isEnabled());
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stripe.requests().size(), 5, kWaitMs);
        const QByteArray secondKey = stripe.requests().last().headers.value("idempotency-key");
        QVERIFY(secondKey != key);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->actions()->isBusy(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(detail->checkoutLinkDialog(), kWaitMs);
        detail->checkoutLinkDialog()->close();

        // No answer at all, and the person stops waiting: the repeat goes with that key too.
        test::ScriptedHttpServer::Answer silence;
        silence.hang = true;
        stripe.enqueue(silence);
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stripe.requests().size(), 6, kWaitMs);
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("stopActionButton")), Qt::LeftButton);
        QVERIFY2(status->text().startsWith(QStringLiteral("Stopped waiting")), qPrintable(status->text()));
        stripe.enqueue(session);
        QTRY_VERIFY(checkout->isEnabled());
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stripe.requests().size(), 7, kWaitMs);
        const QByteArray unanswered = stripe.requests().at(5).headers.value("idempotency-key");
        QVERIFY(unanswered != secondKey);
        QCOMPARE(stripe.requests().at(6).headers.value("idempotency-key"), unanswered);
        QTRY_VERIFY_WITH_TIMEOUT(detail->checkoutLinkDialog(), kWaitMs);
        QVERIFY(test::removeStripeKey(keychain));
    }

    // Stripe takes no Idempotency-Key on DELETE: a "cancel now" repeated after an
    // unanswered try that did cancel is refused by Stripe, and the desk then reads
    // the subscription and records the end instead of reporting a failure.
    void cancelNowRepeatedAfterNoAnswerEndsOnce()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(test::addSubscriber(db, QStringLiteral("usr_end"), QStringLiteral("end@example.com"), false));
        test::ScriptedHttpServer stripe;
        QVERIFY(stripe.listen());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        test::deskProfile(settings, QStringLiteral("chaos-end"), testDb.config().dialect, stripe.baseUrl());
        admin::KeychainStore keychain(&settings);
        QVERIFY(test::storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        test::scriptConfirmations(window)->answer = true;
        window.show();
        auto *detail = window.openUser(QStringLiteral("usr_end"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_end"), kWaitMs);
        auto *cancelButton = detail->findChild<QPushButton *>(QStringLiteral("cancelSubscriptionButton"));
        auto *status = detail->findChild<QLabel *>(QStringLiteral("actionStatus"));
        // The payment picture's reads take the script's default answer first; then only the subscription's requests count.
        QTRY_VERIFY_WITH_TIMEOUT(detail->paymentsLoaded(), kWaitMs);
        const auto subscriptionRequests = [&stripe] {
            // From the first cancel on: the payment picture reads the subscription too.
            QList<test::ScriptedHttpServer::Request> found;
            for (const auto &request : stripe.requests()) {
                if (request.target.startsWith("/v1/subscriptions/sub_usr_end") && (!found.isEmpty() || request.method == "DELETE"))
                    found << request;
            }
            return found;
        };

        for (int i = 0; i < 3; ++i) // it did cancel, but no answer came through
            stripe.enqueue(serverError());
        QString why;
        QVERIFY2(test::cancelThroughDialog(detail, QStringLiteral("cancelNow"), QStringLiteral("refundNone"), QStringLiteral("fraud report"), {}, &why),
                 qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(!detail->actions()->isBusy() && cancelButton->isEnabled(), kWaitMs);
        QVERIFY2(status->text().contains(QStringLiteral("Stripe had a problem")), qPrintable(status->text()));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

        test::ScriptedHttpServer::Answer refused;
        refused.status = 400;
        refused.body = R"({"error":{"type":"invalid_request_error","message":"A canceled subscription can only update its cancellation_details and metadata."}})";
        stripe.enqueue(refused);
        test::ScriptedHttpServer::Answer ended;
        ended.body = QJsonDocument(test::subscriptionObject(QStringLiteral("usr_end"), QStringLiteral("canceled"), 1700000000))
                         .toJson(QJsonDocument::Compact);
        stripe.enqueue(ended);
        QVERIFY2(test::cancelThroughDialog(detail, QStringLiteral("cancelNow"), QStringLiteral("refundNone"), QStringLiteral("fraud report"), {}, &why),
                 qPrintable(why));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The subscription had already ended")), qPrintable(status->text()), kWaitMs);
        // Three tries, one repeat refused, one look at Stripe's state (then the payment picture reads it again).
        QByteArrayList methods;
        for (const auto &request : subscriptionRequests())
            methods << request.method;
        QVERIFY2(methods.size() >= 5, methods.join(' ').constData());
        QCOMPARE(methods.mid(0, 5), (QByteArrayList{"DELETE", "DELETE", "DELETE", "DELETE", "GET"}));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.cancel_now'")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE id = 'sub_usr_end' AND status = 'canceled'")), 1);
        auto *summary = detail->findChild<QLabel *>(QStringLiteral("entitlementSummary"));
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), QStringLiteral("Free"), kWaitMs);
        QVERIFY(test::removeStripeKey(keychain));
    }

    void aBadStripeDayEndsWithOneOfEach()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        addUser(db, QStringLiteral("usr_kit"), QStringLiteral("kit@example.com"));
        test::BillingStack stack(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(stack.start(testDb.url(), QString::fromLatin1(test::kServerWebhookSecret), &error), qPrintable(error));
        const QString price = stack.premiumPrice();
        // From here on, most calls misbehave (fixed seed: the same bad day each run).
        QVERIFY2(stack.restartSandbox(&error, {QStringLiteral("--chaos"), QStringLiteral("0.8"), QStringLiteral("--seed"), QStringLiteral("2411")}),
                 qPrintable(error));
        const test::SandboxClient &sandbox = stack.sandbox();

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        test::deskProfile(settings, QStringLiteral("chaos-day"), testDb.config().dialect, sandbox.baseUrl());
        admin::SupportSettings::setOperatorName(settings, QStringLiteral("Dana Support"));
        admin::SupportSettings::setPriceIds(settings, price, QString());
        admin::KeychainStore keychain(&settings);
        QVERIFY(test::storeStripeKey(keychain, QString::fromLatin1(test::SandboxClient::kKey)));

        admin::MainWindow window(testDb.config(), &settings);
        test::ScriptedConfirmer *answers = test::scriptConfirmations(window);
        answers->answer = true;
        window.resize(1280, 800);
        window.show();
        auto *detail = window.openUser(QStringLiteral("usr_kit"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->dossier().user.id, QStringLiteral("usr_kit"), kWaitMs);
        QStringList retryNotes; // what the progress line said while the client retried
        connect(detail->actions(), &admin::SupportActions::progress, this, [&retryNotes](const QString &note) {
            if (note.contains(QStringLiteral("Trying again")))
                retryNotes << note;
        });

        // A checkout link, clicked again until Stripe answers.
        QStringList messages;
        const int checkoutClicks = clickUntilDone(detail, detail->findChild<QPushButton *>(QStringLiteral("checkoutLinkButton")), &messages);
        QVERIFY2(checkoutClicks > 0, qPrintable(messages.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(detail->checkoutLinkDialog(), kWaitMs);
        const QString url = detail->checkoutLinkDialog()->findChild<QLineEdit *>(QStringLiteral("linkUrl"))->text();
        detail->checkoutLinkDialog()->close();
        QCOMPARE(countInStripe(sandbox, QStringLiteral("/v1/checkout/sessions"), QStringLiteral("client_reference_id"), QStringLiteral("usr_kit")), 1);
        const QString session = url.section(u'/', -1).section(u'?', 0, 0).section(u'#', 0, 0);
        QVERIFY2(session.startsWith(QStringLiteral("cs_")), qPrintable(url));

        // Kit pays; Premium comes through webhooks that arrive twice and out of order.
        QCOMPARE(sandbox.postPatiently(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(session),
                                       {{QStringLiteral("card"), QStringLiteral("4242424242424242")}}).status, 200);
        auto *summary = detail->findChild<QLabel *>(QStringLiteral("entitlementSummary"));
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("Premium until")), qPrintable(summary->text()), 60000);

        // Cancel at period end, with its reason, asked again until Stripe answers.
        const int cancelClicks = doUntilDone(detail, [detail] {
            return test::cancelThroughDialog(detail, QStringLiteral("cancelAtPeriodEnd"), QStringLiteral("refundNone"), QStringLiteral("ticket 5150"));
        }, &messages);
        QVERIFY2(cancelClicks > 0, qPrintable(messages.join(u'\n')));
        auto *why = detail->findChild<QLabel *>(QStringLiteral("entitlementReason"));
        QTRY_VERIFY2_WITH_TIMEOUT(why->text().contains(QStringLiteral("Cancellation requested")), qPrintable(why->text()), kWaitMs);
        if (const QString shots = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(detail->grab().save(shots + QStringLiteral("/desk-after-chaos.png")));

        // Every message on the way was for people: no raw JSON, no HTTP 0, no key.
        for (const QString &message : std::as_const(messages)) {
            QVERIFY2(!message.isEmpty() && !message.contains(u'{') && !message.contains(QStringLiteral("HTTP 0")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String(test::SandboxClient::kKey)), "no key in what the user reads");
        }
        // Stripe's books and ours: one of each.
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
        QCOMPARE(countInStripe(sandbox, QStringLiteral("/v1/subscriptions"), QStringLiteral("metadata.user_id"), QStringLiteral("usr_kit"), all), 1);
        const QString customer = sandbox.getPatiently(QStringLiteral("/v1/checkout/sessions/") + session).body.value(QStringLiteral("customer")).toString();
        QVERIFY(customer.startsWith(QStringLiteral("cus_")));
        QCOMPARE(countInStripe(sandbox, QStringLiteral("/v1/charges"), QStringLiteral("customer"), customer), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'checkout.create_link'")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subscription.cancel_at_period_end'")), 1);
        std::printf("desk under chaos 0.8: checkout link in %d click(s), cancel in %d click(s); %lld retry notes shown; messages: %s\n",
                    checkoutClicks, cancelClicks, qlonglong(retryNotes.size()), qPrintable(messages.join(QStringLiteral(" | "))));
        QVERIFY(test::removeStripeKey(keychain));
        QVERIFY2(stack.stop(&error), qPrintable(error));
    }
};

QTEST_MAIN(TestDeskUnderChaos)
#include "tst_desk_under_chaos.moc"
