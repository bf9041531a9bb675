// Our requests in Stripe's encoding: the Node SDK's own example byte for byte, and a
// round trip through the sandbox's independent decoder.
#include "FormDecoder.h"
#include "stripe/FormEncoder.h"

#include <QJsonArray>
#include <QtTest>

using companion::stripe::FormEncoder;

class TestStripeForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodesLikeTheOfficialClient()
    {
        // Reference §1.2 (Node SDK, verified): brackets literal, everything else percent-encoded.
        QJsonObject params;
        params.insert(QStringLiteral("email"), QStringLiteral("a@b.c"));
        params.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}, {QStringLiteral("empty"), QJsonValue()}});
        params.insert(QStringLiteral("expand"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")});
        params.insert(QStringLiteral("flag"), true);
        params.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("arr"), QJsonArray{QJsonObject{{QStringLiteral("a"), 1}},
                                                                                               QJsonObject{{QStringLiteral("a"), 2}}}}});
        // QJsonObject sorts keys; Stripe does not care about parameter order.
        QCOMPARE(FormEncoder::encode(params),
                 QByteArray("email=a%40b.c&expand[0]=x&expand[1]=y&flag=true&metadata[empty]=&metadata[k]=v&nested[arr][0][a]=1&nested[arr][1][a]=2"));
    }

    void moneyAndTextValues()
    {
        const QByteArray form = FormEncoder::encode({{QStringLiteral("unit_amount"), 999},
                                                     {QStringLiteral("name"), QString::fromUtf8("Zoë & Café = 100%")},
                                                     {QStringLiteral("success_url"), QStringLiteral("https://x.example/ok?s={CHECKOUT_SESSION_ID}")}});
        QVERIFY2(form.contains("unit_amount=999"), form.constData());
        QVERIFY2(form.contains("name=Zo%C3%AB%20%26%20Caf%C3%A9%20%3D%20100%25"), form.constData());
    }

    void roundTripThroughTheSandboxDecoder()
    {
        const QJsonObject params{
            {QStringLiteral("mode"), QStringLiteral("subscription")},
            {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("price"), QStringLiteral("price_123")}, {QStringLiteral("quantity"), 1}}}},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_1")}}},
            {QStringLiteral("subscription_data"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_1")}}}}},
            {QStringLiteral("customer_email"), QStringLiteral("a+tag@example.com")},
        };
        QString error;
        const auto decoded = sandbox::FormDecoder::decode(FormEncoder::encode(params), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->value(QStringLiteral("customer_email")).toString(), QStringLiteral("a+tag@example.com"));
        QCOMPARE(decoded->value(QStringLiteral("line_items")).toArray().first().toObject().value(QStringLiteral("price")).toString(),
                 QStringLiteral("price_123"));
        QCOMPARE(decoded->value(QStringLiteral("subscription_data")).toObject().value(QStringLiteral("metadata")).toObject()
                     .value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_1"));
    }
};

QTEST_GUILESS_MAIN(TestStripeForm)
#include "tst_stripe_form.moc"
