// The admin app's client of companion-server's admin API, against the real server:
// pages of the webhook log with filters, one delivery, reprocess, stats, and the
// words a support person sees when the token is wrong or the server is away, and
// reads that wait out a brief database outage.
#include "RunningProgram.h"
#include "ScriptedHttpServer.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "serverapi/AdminApiClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QtTest>

using namespace companion;
using serverapi::AdminApiResult;

class TestAdminApiClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    // Runs one call and waits for its single answer.
    static AdminApiResult wait(const std::function<void(serverapi::AdminApiClient::Done)> &call)
    {
        std::optional<AdminApiResult> result;
        call([&result](const AdminApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            qWarning("no answer within 20 s");
        return result.value_or(AdminApiResult{});
    }


private Q_SLOTS:
    void readsTheWebhookLog()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), testDb.url(), QStringLiteral("desk"));
        QVERIFY(token.startsWith(QStringLiteral("cat_")));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 5; ++i) {
            const QByteArray body = test::subscriptionEvent(QStringLiteral("evt_c%1").arg(i), QStringLiteral("usr_nobody"), QStringLiteral("active"), now - 100 + i);
            QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), body, test::kServerWebhookSecret).status, 200);
        }
        QCOMPARE(test::deliverSignedWebhook(server.baseUrl(), "{}", "whsec_wrong_secret_000000000").status, 400);
        // A refused delivery is answered at once and kept a moment later (off the HTTP thread).
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QTRY_COMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE outcome = 'rejected'")), 1);

        serverapi::AdminApiClient client(&m_network, server.baseUrl(), token);
        serverapi::WebhookEventQuery query;
        query.limit = 4;
        const AdminApiResult page1 = wait([&](auto done) { client.listWebhookEvents(query, this, done); });
        QVERIFY2(page1.ok(), qPrintable(page1.message));
        QVERIFY(page1.requestId.startsWith(QStringLiteral("req_")));
        QCOMPARE(page1.body.value(QStringLiteral("data")).toArray().size(), 4);
        QCOMPARE(page1.body.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        query.startingAfter = page1.body.value(QStringLiteral("next_cursor")).toString();
        const AdminApiResult page2 = wait([&](auto done) { client.listWebhookEvents(query, this, done); });
        QCOMPARE(page2.body.value(QStringLiteral("data")).toArray().size(), 2);
        QCOMPARE(page2.body.value(QStringLiteral("has_more")).toBool(), false);

        serverapi::WebhookEventQuery failed;
        failed.outcome = QStringLiteral("failed");
        failed.type = QStringLiteral("customer.subscription.*");
        QCOMPARE(wait([&](auto done) { client.listWebhookEvents(failed, this, done); }).body.value(QStringLiteral("data")).toArray().size(), 5);

        const AdminApiResult one = wait([&](auto done) { client.webhookEvent(QStringLiteral("evt_c3"), this, done); });
        QCOMPARE(one.body.value(QStringLiteral("payload_json")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("evt_c3"));
        const AdminApiResult again = wait([&](auto done) { client.reprocess(QStringLiteral("evt_c3"), this, done); });
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.body.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed")); // still nobody to apply it to
        const AdminApiResult stats = wait([&](auto done) { client.webhookStats(now - 3600, this, done); });
        QCOMPARE(stats.body.value(QStringLiteral("total")).toInt(), 6);
        const AdminApiResult missing = wait([&](auto done) { client.webhookEvent(QStringLiteral("evt_nope"), this, done); });
        QCOMPARE(missing.httpStatus, 404);
        QCOMPARE(missing.errorCode, QStringLiteral("not_found"));

        // A wrong token: said in words, and the token is not in them.
        serverapi::AdminApiClient stranger(&m_network, server.baseUrl(), QStringLiteral("cat_00000000000000000000000000000000deadbeef"));
        const AdminApiResult refused = wait([&](auto done) { stranger.webhookStats(0, this, done); });
        QCOMPARE(refused.httpStatus, 401);
        QVERIFY2(refused.message.contains(QStringLiteral("admin token")), qPrintable(refused.message));
        QVERIFY(!refused.message.contains(QStringLiteral("deadbeef")));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void saysWhenTheServerIsAway()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close(); // nothing listens there now
        serverapi::AdminApiClient client(&m_network, url, QStringLiteral("cat_x"));
        const AdminApiResult down = wait([&](auto done) { client.webhookStats(0, this, done); });
        QCOMPARE(down.httpStatus, 0);
        QCOMPARE(down.errorCode, QStringLiteral("network"));
        QVERIFY2(down.message.contains(url.toString()), qPrintable(down.message));

        // Something that accepts and never answers: a timeout, not a hang.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        serverapi::AdminApiClient slow(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), QStringLiteral("cat_x"));
        slow.setTimeoutMs(300);
        const AdminApiResult late = wait([&](auto done) { slow.webhookStats(0, this, done); });
        QCOMPARE(late.errorCode, QStringLiteral("timeout"));
    }

    // The server's database briefly away (503 with Retry-After, as a SQLite file another
    // program writes can cause): a read is asked again after the pause the server names,
    // at most twice; a write (reprocess) is never repeated by the client.
    void readsWaitOutABriefDatabaseOutage()
    {
        const test::ScriptedHttpServer::Answer away{503, R"({"detail":"x","error":{"code":"database_unavailable","message":"x"}})",
                                                    {{"Retry-After", "1"}}};
        test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(away);
        server.enqueue(away);
        server.enqueue({200, R"({"total":3,"by_outcome":{"applied":3}})", {}, false, 0});
        serverapi::AdminApiClient client(&m_network, server.baseUrl(), QStringLiteral("cat_x"));
        const AdminApiResult stats = wait([&](auto done) { client.webhookStats(0, this, done); });
        QVERIFY2(stats.ok(), qPrintable(stats.message));
        QCOMPARE(stats.body.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(server.requests().at(1).atMs - server.requests().at(0).atMs >= 900);
        QVERIFY(server.requests().at(2).atMs - server.requests().at(1).atMs >= 900);

        // Away for longer: after three tries the person reads why.
        for (int i = 0; i < 3; ++i)
            server.enqueue(away);
        const AdminApiResult down = wait([&](auto done) { client.webhookStats(0, this, done); });
        QCOMPARE(down.httpStatus, 503);
        QCOMPARE(down.errorCode, QStringLiteral("database_unavailable"));
        QVERIFY2(down.message.contains(QStringLiteral("database")), qPrintable(down.message));
        QCOMPARE(server.requests().size(), 6);

        // A write is the person's to repeat.
        server.enqueue(away);
        const AdminApiResult reprocess = wait([&](auto done) { client.reprocess(QStringLiteral("evt_1"), this, done); });
        QCOMPARE(reprocess.httpStatus, 503);
        QCOMPARE(server.requests().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestAdminApiClient)
#include "tst_admin_api_client.moc"
