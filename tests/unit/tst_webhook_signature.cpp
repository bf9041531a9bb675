// Webhook signatures against the vectors in shared/reference (checked there with
// the official Node and Python libraries), every rejection case and the edges of
// the tolerance window.
#include "billing/WebhookSignature.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using companion::billing::SignatureError;
using companion::billing::WebhookVerifier;

namespace {
const QByteArray kSecret1 = "whsec_test_secret_0123456789abcdef";
const QByteArray kPayload1 = R"({"id":"evt_test_webhook_1","object":"event","type":"customer.created"})";
const QByteArray kHeader1 = "t=1700000000,v1=d1a07130a64b3951ab111bced0530c57c76c13a555e530fa38ef64fef35acb87";

const QByteArray kSecret2 = "whsec_5f2b8c1e9a7d4e3b6c0f1a2d3e4b5c6d";
const QByteArray kPayload2 = QByteArray(R"({"id":"evt_1TestVector2","object":"event","api_version":"2025-03-31.basil","created":1767225600,)"
                                        R"("data":{"object":{"id":"cus_TestZoe","object":"customer","name":"Zo)")
    + QByteArray("\xC3\xAB Caf\xC3\xA9")
    + QByteArray(R"("}},"livemode":false,"pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"customer.updated"})");
const QByteArray kHeader2 = "t=1767225600,v1=527fcc47c190f11db604e26783f2b85f806c8e11bd8545e9b3c5207dd3b89c5c";
} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceVectors()
    {
        QCOMPARE(kPayload1.size(), 70);
        QCOMPARE(kPayload2.size(), 284);
        QCOMPARE(QCryptographicHash::hash(kPayload2, QCryptographicHash::Sha256).toHex(),
                 QByteArray("9781b3b66b8a3ff381b3fb856802eaf2314d879c7204da2b63fcee709b4bd914"));
        QVERIFY(WebhookVerifier({kSecret1}).verify(kPayload1, kHeader1, 1700000000).ok());
        QVERIFY(WebhookVerifier({kSecret2}).verify(kPayload2, kHeader2, 1767225600).ok());
        QCOMPARE(WebhookVerifier::signatureHeader(kSecret1, 1700000000, kPayload1), kHeader1);
        QCOMPARE(WebhookVerifier::signatureHeader(kSecret2, 1767225600, kPayload2), kHeader2);
    }

    void keyWithoutPrefixIsWrong()
    {
        // Stripping "whsec_" gives another MAC: the whole secret is the key.
        QCOMPARE(WebhookVerifier({kSecret1.mid(6)}).verify(kPayload1, kHeader1, 1700000000).error, SignatureError::Mismatch);
    }

    void anyV1MayMatchAndV0IsIgnored()
    {
        const QByteArray good = kHeader1.mid(kHeader1.indexOf("v1="));
        const QByteArray header = "t=1700000000,v1=" + QByteArray(64, '0') + ',' + good + ",v0=" + QByteArray(64, 'f');
        QVERIFY(WebhookVerifier({kSecret1}).verify(kPayload1, header, 1700000000).ok());
        // A header that only has v0 (or an unknown scheme) with the right value is not accepted.
        const QByteArray downgraded = "t=1700000000,v0=" + good.mid(3) + ",v9=" + good.mid(3);
        QCOMPARE(WebhookVerifier({kSecret1}).verify(kPayload1, downgraded, 1700000000).error, SignatureError::NoV1Signature);
    }

    // The MAC covers the timestamp as a number (the official libraries parse t, then
    // sign "%d.body"): leading zeros change nothing, and a MAC over the padded text
    // is not a second valid form of the signature.
    void timestampIsSignedAsItsNumber()
    {
        const WebhookVerifier verifier({kSecret1});
        QVERIFY(verifier.verify(kPayload1, QByteArray(kHeader1).replace("t=", "t=00"), 1700000000).ok());
        QMessageAuthenticationCode padded(QCryptographicHash::Sha256, kSecret1);
        padded.addData("001700000000." + kPayload1);
        QCOMPARE(verifier.verify(kPayload1, "t=001700000000,v1=" + padded.result().toHex(), 1700000000).error, SignatureError::Mismatch);
    }

    void toleranceEdges()
    {
        const WebhookVerifier verifier({kSecret1});
        QVERIFY(verifier.verify(kPayload1, kHeader1, 1700000300).ok());                 // t + 300 passes
        QCOMPARE(verifier.verify(kPayload1, kHeader1, 1700000301).error, SignatureError::TooOld); // t + 301 fails
        QVERIFY(verifier.verify(kPayload1, kHeader1, 1700000000 - 10000).ok());         // future t passes, as in the SDKs
        QVERIFY(WebhookVerifier({kSecret1}, 0).verify(kPayload1, kHeader1, 1900000000).ok()); // 0 disables
        QVERIFY(WebhookVerifier({kSecret1}, 60).verify(kPayload1, kHeader1, 1700000060).ok());
        QCOMPARE(WebhookVerifier({kSecret1}, 60).verify(kPayload1, kHeader1, 1700000061).error, SignatureError::TooOld);
    }

    void rejections_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("code");
        QTest::newRow("no header") << kPayload1 << QByteArray() << int(SignatureError::MissingHeader) << QStringLiteral("missing_header");
        QTest::newRow("blank header") << kPayload1 << QByteArray("  ") << int(SignatureError::MissingHeader) << QStringLiteral("missing_header");
        QTest::newRow("no t") << kPayload1 << kHeader1.mid(kHeader1.indexOf("v1=")) << int(SignatureError::MalformedHeader) << QStringLiteral("malformed_header");
        QTest::newRow("t not a number") << kPayload1 << QByteArray("t=soon,v1=abc") << int(SignatureError::MalformedHeader) << QStringLiteral("malformed_header");
        QTest::newRow("garbage") << kPayload1 << QByteArray("garbage") << int(SignatureError::MalformedHeader) << QStringLiteral("malformed_header");
        QTest::newRow("no v1") << kPayload1 << QByteArray("t=1700000000") << int(SignatureError::NoV1Signature) << QStringLiteral("no_v1_signature");
        QTest::newRow("tampered body") << QByteArray(kPayload1).replace("customer.created", "customer.deleted") << kHeader1
                                       << int(SignatureError::Mismatch) << QStringLiteral("signature_mismatch");
        QTest::newRow("tampered t") << kPayload1 << QByteArray(kHeader1).replace("t=1700000000", "t=1700000001")
                                    << int(SignatureError::Mismatch) << QStringLiteral("signature_mismatch");
        QTest::newRow("truncated v1") << kPayload1 << kHeader1.chopped(1) << int(SignatureError::Mismatch) << QStringLiteral("signature_mismatch");
        // Compared as the exact string, like the official libraries (which refuse these too).
        QTest::newRow("upper-case hex") << kPayload1 << "t=1700000000,v1=" + kHeader1.mid(kHeader1.indexOf("v1=") + 3).toUpper()
                                        << int(SignatureError::Mismatch) << QStringLiteral("signature_mismatch");
        QTest::newRow("padded v1") << kPayload1 << QByteArray(kHeader1).replace("v1=", "v1= ") << int(SignatureError::Mismatch)
                                   << QStringLiteral("signature_mismatch");
        QTest::newRow("space before v1") << kPayload1 << QByteArray(kHeader1).replace(",v1=", ", v1=") << int(SignatureError::NoV1Signature)
                                         << QStringLiteral("no_v1_signature");
        QTest::newRow("trailing newline in body") << kPayload1 + '\n' << kHeader1 << int(SignatureError::Mismatch) << QStringLiteral("signature_mismatch");
    }
    void rejections()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, header);
        QFETCH(int, error);
        QFETCH(QString, code);
        const auto check = WebhookVerifier({kSecret1}).verify(payload, header, 1700000000);
        QCOMPARE(int(check.error), error);
        QCOMPARE(check.code(), code);
        QVERIFY(!check.message().isEmpty());
        QVERIFY2(!check.message().contains(QString::fromLatin1(kSecret1)), "a message must never carry the secret");
    }

    void rotationAcceptsEitherSecret()
    {
        const WebhookVerifier rotating({QByteArray("whsec_new_secret_abcdef0123456789"), kSecret1});
        const auto check = rotating.verify(kPayload1, kHeader1, 1700000000);
        QVERIFY(check.ok());
        QCOMPARE(check.secretIndex, 1);
    }

    void noSecretRefusesEverything()
    {
        QCOMPARE(WebhookVerifier({}).verify(kPayload1, kHeader1, 1700000000).error, SignatureError::NoSecret);
        QCOMPARE(WebhookVerifier({QByteArray()}).verify(kPayload1, kHeader1, 1700000000).error, SignatureError::NoSecret);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhook_signature.moc"
