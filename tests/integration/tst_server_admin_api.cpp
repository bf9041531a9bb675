// companion-server's admin API over real HTTP on SQLite and PostgreSQL: tokens made
// by `companion-server admin-token`, the webhook log with filters and paging, a
// delivery's payload, reprocessing, stats, and the audit trail of every call.
#include "LearnerApi.h"
#include "RunningProgram.h"
#include "ServerEnvironment.h"
#include "StripeEvents.h"
#include "TestDatabase.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtTest>

using namespace companion;

namespace {
QJsonObject json(const test::HttpReply &reply)
{
    return test::LearnerApi::json(reply);
}

QString errorCode(const test::HttpReply &reply)
{
    return test::LearnerApi::errorCode(reply);
}
} // namespace

class TestServerAdminApi : public QObject
{
    Q_OBJECT
private:
    // companion-server CLI on the test database; returns stdout, fails the test on a non-zero exit.
    static QString cli(const test::TestDatabase &db, const QStringList &args)
    {
        return test::serverCommand(QStringLiteral(COMPANION_SERVER_BIN), args, db.url());
    }

    static test::HttpReply admin(const QUrl &server, const QByteArray &method, const QString &path, const QString &token)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return test::httpRequest(method, server.resolved(QUrl(path)), headers);
    }

private Q_SLOTS:
    void webhookLogForTheAdminApp()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), testDb.url(), QStringLiteral("support desk"));
        QVERIFY2(token.startsWith(QStringLiteral("cat_")) && token.size() == 44, qPrintable(token));
        // Only a hash is stored: the token is nowhere in the database.
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM admin_tokens WHERE token_hash = ? OR token_hint = ?"), {token, token}), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM admin_tokens WHERE label = 'support desk'")), 1);

        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const QUrl url = server.baseUrl();

        // Deliveries: applied, failed (unknown learner), a duplicate, a bad signature.
        db::UserRecord kim;
        kim.id = QStringLiteral("usr_kim");
        kim.email = QStringLiteral("kim@example.com");
        QVERIFY(db::UserDirectory(db, testDb.config().dialect).insert(kim));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray applied = test::subscriptionEvent(QStringLiteral("evt_kim"), QStringLiteral("usr_kim"), QStringLiteral("active"), now - 60);
        const QByteArray orphan = test::subscriptionEvent(QStringLiteral("evt_lou"), QStringLiteral("usr_lou"), QStringLiteral("active"), now - 30);
        QCOMPARE(test::deliverSignedWebhook(url, applied, test::kServerWebhookSecret).status, 200);
        QCOMPARE(test::deliverSignedWebhook(url, orphan, test::kServerWebhookSecret).status, 200);
        QCOMPARE(test::deliverSignedWebhook(url, applied, test::kServerWebhookSecret).status, 200);
        QCOMPARE(test::deliverSignedWebhook(url, "{\"id\":\"evt_forged\"}", "whsec_not_the_real_one_0000").status, 400);
        // A refused delivery is answered at once and stored just after: wait for it here
        // (asking the API instead would add audit rows).
        QTRY_COMPARE_WITH_TIMEOUT(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE outcome = 'rejected'")), 1, 10000);

        // No token, a wrong one: refused and not audited.
        const QString list = QStringLiteral("/api/v1/admin/webhook-events");
        QCOMPARE(admin(url, "GET", list, {}).status, 401);
        const auto wrong = admin(url, "GET", list, QStringLiteral("cat_0000000000000000000000000000000000000000"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorCode(wrong), QStringLiteral("invalid_admin_token"));

        // Newest first; the rejected delivery keeps its reason.
        const QJsonObject all = json(admin(url, "GET", list, token));
        const QJsonArray rows = all.value(QStringLiteral("data")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("signature_mismatch"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("event_id")).toString(), QStringLiteral("evt_kim"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("delivery_count")).toInt(), 2);
        QCOMPARE(all.value(QStringLiteral("has_more")).toBool(), false);

        // Filters and paging.
        QCOMPARE(json(admin(url, "GET", list + QStringLiteral("?outcome=failed"), token)).value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(json(admin(url, "GET", list + QStringLiteral("?type=customer.subscription.*"), token)).value(QStringLiteral("data")).toArray().size(), 2);
        QCOMPARE(json(admin(url, "GET", list + QStringLiteral("?user_id=usr_kim"), token)).value(QStringLiteral("data")).toArray().size(), 1);
        const QJsonObject page1 = json(admin(url, "GET", list + QStringLiteral("?limit=2"), token));
        QCOMPARE(page1.value(QStringLiteral("has_more")).toBool(), true);
        const QJsonObject page2 = json(admin(url, "GET", list + QStringLiteral("?limit=2&starting_after=")
                                                              + page1.value(QStringLiteral("next_cursor")).toString(), token));
        QCOMPARE(page2.value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(page2.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("event_id")).toString(), QStringLiteral("evt_kim"));
        QCOMPARE(errorCode(admin(url, "GET", list + QStringLiteral("?outcome=exploded"), token)), QStringLiteral("invalid_parameter"));
        QCOMPARE(errorCode(admin(url, "GET", list + QStringLiteral("?limit=0"), token)), QStringLiteral("invalid_parameter"));

        // One delivery with its payload.
        const QJsonObject detail = json(admin(url, "GET", list + QStringLiteral("/evt_kim"), token));
        QCOMPARE(detail.value(QStringLiteral("payload_json")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("evt_kim"));
        QCOMPARE(detail.value(QStringLiteral("payload")).toString().toUtf8(), applied);
        const qint64 rejectedRow = rows.at(0).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(json(admin(url, "GET", list + u'/' + QString::number(rejectedRow), token)).value(QStringLiteral("payload")).toString().contains(QStringLiteral("evt_forged")));
        QCOMPARE(admin(url, "GET", list + QStringLiteral("/evt_nope"), token).status, 404);

        // Stats for the last 24 h.
        const QJsonObject stats = json(admin(url, "GET", QStringLiteral("/api/v1/admin/webhook-stats"), token));
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 3);
        const QJsonObject byOutcome = stats.value(QStringLiteral("by_outcome")).toObject();
        QCOMPARE(byOutcome.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(byOutcome.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(byOutcome.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(byOutcome.value(QStringLiteral("duplicate")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("failure_rate")).toDouble(), 2.0 / 3.0);
        QVERIFY(stats.value(QStringLiteral("last_delivery_at")).toInteger() >= now);

        // The desk's Health page: the last 24 hours hour by hour, what is open, and this
        // instance's own state (recovery and endpoint check off in tests, no Prometheus).
        const QJsonObject health = json(admin(url, "GET", QStringLiteral("/api/v1/admin/health"), token));
        const QJsonArray hours = health.value(QStringLiteral("deliveries_by_hour")).toArray();
        QCOMPARE(hours.size(), 24);
        const QJsonObject thisHour = hours.last().toObject();
        QVERIFY(thisHour.value(QStringLiteral("hour_start")).toInteger() <= now && now < thisHour.value(QStringLiteral("hour_start")).toInteger() + 3600);
        QCOMPARE(thisHour.value(QStringLiteral("ok")).toInt(), 1);
        QCOMPARE(thisHour.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(thisHour.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(health.value(QStringLiteral("failed_events_open")).toInt(), 1);
        QVERIFY(health.value(QStringLiteral("last_delivery_received_at")).toInteger() >= now);
        QCOMPARE(health.value(QStringLiteral("refresher")).toObject().value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(health.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(health.value(QStringLiteral("webhook_endpoint")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("off"));
        QVERIFY(health.value(QStringLiteral("alerts")).toObject().value(QStringLiteral("source")).isNull());
        QCOMPARE(admin(url, "GET", QStringLiteral("/api/v1/admin/health"), QStringLiteral("cat_wrong")).status, 401);

        // Reprocess: not a rejected delivery; the failed one once its learner exists.
        const auto notReprocessable = admin(url, "POST", list + u'/' + QString::number(rejectedRow) + QStringLiteral("/reprocess"), token);
        QCOMPARE(notReprocessable.status, 400);
        QCOMPARE(errorCode(notReprocessable), QStringLiteral("not_reprocessable"));
        db::UserRecord lou;
        lou.id = QStringLiteral("usr_lou");
        lou.email = QStringLiteral("lou@example.com");
        QVERIFY(db::UserDirectory(db, testDb.config().dialect).insert(lou));
        const auto reprocessed = admin(url, "POST", list + QStringLiteral("/evt_lou/reprocess"), token);
        QCOMPARE(reprocessed.status, 200);
        QCOMPARE(json(reprocessed).value(QStringLiteral("previous_outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(json(reprocessed).value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 'usr_lou' AND is_premium")), 1);

        // Every authorized call is in the audit log under the token's label: 13 above
        // (the two with bad parameters were refused before the token was looked at).
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE source = 'admin-api' AND actor = 'support desk'")), 13);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'health.view'")), 1);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'webhook_event.reprocess' AND target_id = 'evt_lou' "
                                              "AND before_state LIKE '%failed%'")), 1);

        // A revoked token stops working at once.
        const QString id = cli(testDb, {QStringLiteral("admin-token"), QStringLiteral("list")}).section(u'\t', 0, 0);
        QVERIFY(cli(testDb, {QStringLiteral("admin-token"), QStringLiteral("revoke"), id}).startsWith(QStringLiteral("revoked")));
        QCOMPARE(admin(url, "GET", list, token).status, 401);
        QVERIFY2(server.terminate(&error), qPrintable(error));
        QVERIFY2(!server.output().contains(token.toLatin1()), "the admin token must never be logged");
    }
    // The served OpenAPI document and the server agree: every documented operation
    // has a route (nothing answers "no route"), and every route is documented.
    // SQL injection strings in every parameter of the admin and learner APIs are
    // only text: answered 200 with nothing found, or 400/404 in words, never 5xx;
    // every table is intact afterwards, and an odd learner id is just an id.
    void injectionStringsAreJustText()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        const QSqlDatabase db = testDb.openMigrated(&error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        const QString token = test::createAdminToken(QStringLiteral(COMPANION_SERVER_BIN), testDb.url(), QStringLiteral("desk"));
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const QUrl url = server.baseUrl();
        QCOMPARE(test::deliverSignedWebhook(url, test::subscriptionEvent(QStringLiteral("evt_inj"), QStringLiteral("usr_nobody"), QStringLiteral("active"),
                                                                        QDateTime::currentSecsSinceEpoch()),
                                            test::kServerWebhookSecret).status, 200);
        const auto counts = [&db] {
            QStringList out;
            for (const char *table : {"users", "webhook_events", "admin_tokens", "subscriptions", "schema_migrations"})
                out << QString::number(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
            return out.join(u',');
        };

        const QString before = counts();
        const QStringList attacks{QStringLiteral("'; DROP TABLE users; --"), QStringLiteral("\" OR 1=1 --"), QStringLiteral("%' OR '1'='1"),
                                  QStringLiteral("x') UNION SELECT token_hash, token_hint FROM admin_tokens --"), QStringLiteral("1; SELECT pg_sleep(5)"),
                                  QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"), QStringLiteral("evt_%"), QStringLiteral("Zoë'\"`;")};
        QStringList wrong;
        for (const QString &attack : attacks) {
            for (const char *parameter : {"type", "outcome", "user_id", "starting_after", "limit", "since", "until"}) {
                QUrlQuery query;
                query.addQueryItem(QString::fromLatin1(parameter), attack);
                QUrl list(QStringLiteral("/api/v1/admin/webhook-events"));
                list.setQuery(query);
                const auto reply = admin(url, "GET", list.toString(QUrl::FullyEncoded), token);
                const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
                const bool found = reply.status == 200 && !body.value(QStringLiteral("data")).toArray().isEmpty();
                if ((reply.status != 200 && reply.status != 400) || found)
                    wrong << QStringLiteral("%1=%2 → %3 %4").arg(QLatin1String(parameter), attack).arg(reply.status).arg(QString::fromUtf8(reply.body.left(200)));
            }
            for (const QString &path : {QStringLiteral("/api/v1/admin/webhook-events/"), QStringLiteral("/api/v1/chapters/")}) {
                const auto reply = admin(url, "GET", path + QString::fromLatin1(QUrl::toPercentEncoding(attack)), token);
                if (reply.status != 404 && reply.status != 401)
                    wrong << QStringLiteral("%1%2 → %3").arg(path, attack).arg(reply.status);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        QCOMPARE(counts(), before);

        // A learner whose id and e-mail look like SQL is an ordinary learner.
        const QString odd = QStringLiteral("usr_x'); DELETE FROM users; --");
        test::LearnerApi learner(url, odd, QStringLiteral("o'brien+1@example.com"));
        const auto status = learner.get(QStringLiteral("/api/v1/payments/subscription-status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ?"), {odd}), 1);
        QCOMPARE(learner.post(QStringLiteral("/api/v1/payments/cancel-subscription")).status, 404);
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }

    void openApiDescribesEveryRoute()
    {
        COMPANION_TEST_DATABASE(testDb);
        QString error;
        test::RunningProgram server(QStringLiteral(COMPANION_SERVER_BIN));
        QVERIFY2(server.start({QStringLiteral("--database"), testDb.url()}, test::serverEnvironment(), &error), qPrintable(error));
        const auto reply = test::httpRequest("GET", server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/openapi.json"))));
        QCOMPARE(reply.status, 200);
        const QJsonObject spec = json(reply);
        QCOMPARE(spec.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
        QStringList operations;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QString concrete = QString(path.key()).replace(QStringLiteral("{chapter_id}"), QStringLiteral("chapter-1"))
                                         .replace(QStringLiteral("{id}"), QStringLiteral("evt_test"));
            for (const QString &method : path.value().toObject().keys()) {
                if (method == QLatin1String("parameters"))
                    continue;
                operations << method.toUpper() + u' ' + path.key();
                const auto answer = admin(server.baseUrl(), method.toUpper().toLatin1(), concrete, {});
                QVERIFY2(!(answer.status == 404 && answer.body.contains("No route")),
                         qPrintable(QStringLiteral("%1 %2 is documented but not served").arg(method.toUpper(), concrete)));
            }
        }
        const QStringList served{
            QStringLiteral("POST /api/v1/payments/create-checkout-session"), QStringLiteral("GET /api/v1/payments/subscription-status"),
            QStringLiteral("POST /api/v1/payments/cancel-subscription"), QStringLiteral("POST /api/v1/payments/resume-subscription"),
            QStringLiteral("GET /api/v1/chapters"), QStringLiteral("GET /api/v1/chapters/{chapter_id}"),
            QStringLiteral("POST /api/v1/payments/webhook"), QStringLiteral("GET /api/v1/admin/webhook-events"),
            QStringLiteral("GET /api/v1/admin/webhook-events/{id}"), QStringLiteral("POST /api/v1/admin/webhook-events/{id}/reprocess"),
            QStringLiteral("GET /api/v1/admin/webhook-stats"), QStringLiteral("GET /api/v1/admin/health"), QStringLiteral("GET /healthz"), QStringLiteral("GET /readyz"), QStringLiteral("GET /metrics"),
            QStringLiteral("GET /api/v1/openapi.json")};
        for (const QString &route : served)
            QVERIFY2(operations.contains(route), qPrintable(route + QStringLiteral(" is served but not documented")));
        QVERIFY2(server.terminate(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerAdminApi)
#include "tst_server_admin_api.moc"
