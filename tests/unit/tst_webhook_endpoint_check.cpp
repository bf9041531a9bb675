// The webhook set-up judged from Stripe's list of endpoints: ours found by URL (or
// by path when the server does not know its URL), enabled, with every event the
// rules need; each way it can be wrong named with what to do.
#include "billing/WebhookEndpointCheck.h"

#include <QJsonArray>
#include <QtTest>

using namespace companion::billing;

namespace {
QJsonObject endpoint(const QString &id, const QString &url, const QStringList &events, const QString &status = QStringLiteral("enabled"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("webhook_endpoint")}, {QStringLiteral("url"), url},
            {QStringLiteral("enabled_events"), QJsonArray::fromStringList(events)}, {QStringLiteral("status"), status}};
}
const QUrl kOurs(QStringLiteral("https://billing.example.com/api/v1/payments/webhook"));
} // namespace

class TestWebhookEndpointCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allEventsOrEveryRequiredOneIsOk()
    {
        QVERIFY(WebhookEndpointCheck::check({endpoint(QStringLiteral("we_1"), kOurs.toString(), {QStringLiteral("*")})}, kOurs).ok());
        const EndpointCheck exact = WebhookEndpointCheck::check({endpoint(QStringLiteral("we_1"), kOurs.toString(), WebhookEndpointCheck::requiredEvents())}, kOurs);
        QVERIFY(exact.ok());
        QCOMPARE(exact.endpointId, QStringLiteral("we_1"));
        QCOMPARE(exact.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // The host's case and an explicit default port do not matter.
        QVERIFY(WebhookEndpointCheck::check({endpoint(QStringLiteral("we_1"), QStringLiteral("https://Billing.Example.com:443/api/v1/payments/webhook"),
                                                      {QStringLiteral("*")})},
                                            kOurs)
                    .ok());
    }

    void aMissingEventIsNamed()
    {
        QStringList events = WebhookEndpointCheck::requiredEvents();
        events.removeAll(QStringLiteral("invoice.payment_failed"));
        const EndpointCheck check = WebhookEndpointCheck::check({endpoint(QStringLiteral("we_2"), kOurs.toString(), events)}, kOurs);
        QCOMPARE(check.code(), QStringLiteral("missing_events"));
        QCOMPARE(check.missingEvents, QStringList{QStringLiteral("invoice.payment_failed")});
        QVERIFY(check.message().contains(QStringLiteral("does not send invoice.payment_failed")));
        QCOMPARE(check.toJson().value(QStringLiteral("missing_events")).toArray().size(), 1);
    }

    void disabledMissingAndElsewhere()
    {
        const EndpointCheck disabled = WebhookEndpointCheck::check(
            {endpoint(QStringLiteral("we_3"), kOurs.toString(), {QStringLiteral("*")}, QStringLiteral("disabled"))}, kOurs);
        QCOMPARE(disabled.code(), QStringLiteral("disabled"));
        QVERIFY(disabled.message().contains(QStringLiteral("is disabled at Stripe")));
        // An enabled one beside a disabled one for the same URL is the one that counts.
        QVERIFY(WebhookEndpointCheck::check({endpoint(QStringLiteral("we_3"), kOurs.toString(), {QStringLiteral("*")}, QStringLiteral("disabled")),
                                             endpoint(QStringLiteral("we_4"), kOurs.toString(), {QStringLiteral("*")})},
                                            kOurs)
                    .ok());

        const EndpointCheck none = WebhookEndpointCheck::check({endpoint(QStringLiteral("we_5"), QStringLiteral("https://crm.example.com/hooks"), {QStringLiteral("*")})}, kOurs);
        QCOMPARE(none.code(), QStringLiteral("missing"));
        QVERIFY(none.message().contains(kOurs.toString()));
        QVERIFY(none.message().contains(QStringLiteral("checkout.session.completed")));

        const EndpointCheck moved = WebhookEndpointCheck::check(
            {endpoint(QStringLiteral("we_6"), QStringLiteral("https://old-host.example.com/api/v1/payments/webhook"), {QStringLiteral("*")})}, kOurs);
        QCOMPARE(moved.code(), QStringLiteral("points_elsewhere"));
        QCOMPARE(moved.otherUrls, QStringList{QStringLiteral("https://old-host.example.com/api/v1/payments/webhook")});
    }

    void withoutOurUrlThePathDecides()
    {
        const EndpointCheck check = WebhookEndpointCheck::check(
            {endpoint(QStringLiteral("we_7"), QStringLiteral("https://anywhere.example.com/api/v1/payments/webhook"), {QStringLiteral("*")})}, {});
        QVERIFY(check.ok());
        QCOMPARE(WebhookEndpointCheck::check({}, {}).code(), QStringLiteral("missing"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookEndpointCheck)
#include "tst_webhook_endpoint_check.moc"
