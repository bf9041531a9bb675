// A person who repeats a Stripe write whose outcome is unknown sends it with the
// key of the first try, so Stripe does it at most once; a settled write is forgotten.
#include "stripe/RetryKeys.h"

#include <QTest>

using companion::stripe::RetryKeys;
using companion::stripe::StripeError;

Q_DECLARE_METATYPE(companion::stripe::StripeError)
Q_DECLARE_METATYPE(std::optional<companion::stripe::StripeError>)

namespace {
StripeError apiError(int status, const QString &type = QStringLiteral("api_error"))
{
    StripeError error;
    error.kind = StripeError::Kind::Api;
    error.httpStatus = status;
    error.type = type;
    return error;
}

StripeError transportError(StripeError::Kind kind)
{
    StripeError error;
    error.kind = kind;
    return error;
}

const QString kPost = QStringLiteral("POST");
const QString kPath = QStringLiteral("/v1/subscriptions/sub_1");
const QJsonObject kCancel{{QStringLiteral("cancel_at_period_end"), true}};
} // namespace

class TestRetryKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWriteWithUnknownOutcomeIsRepeatedWithItsKey_data()
    {
        QTest::addColumn<StripeError>("error");
        QTest::newRow("no answer") << transportError(StripeError::Kind::Network);
        QTest::newRow("timeout") << transportError(StripeError::Kind::Timeout);
        QTest::newRow("stopped waiting") << transportError(StripeError::Kind::Canceled);
        QTest::newRow("unreadable answer") << transportError(StripeError::Kind::InvalidResponse);
        QTest::newRow("500") << apiError(500);
        QTest::newRow("503") << apiError(503);
        QTest::newRow("409 lock") << apiError(409, QStringLiteral("invalid_request_error"));
        QTest::newRow("429") << apiError(429, QStringLiteral("invalid_request_error"));
    }

    void aWriteWithUnknownOutcomeIsRepeatedWithItsKey()
    {
        QFETCH(StripeError, error);
        RetryKeys keys;
        const QString first = keys.keyFor(kPost, kPath, kCancel);
        QVERIFY(first.startsWith(QLatin1String("cc-")));
        keys.settle(kPost, kPath, kCancel, error);
        QCOMPARE(keys.keyFor(kPost, kPath, kCancel), first);
        QCOMPARE(keys.unsettled(), 1);
    }

    void aDefiniteAnswerForgetsTheKey_data()
    {
        QTest::addColumn<std::optional<StripeError>>("error");
        QTest::newRow("success") << std::optional<StripeError>();
        QTest::newRow("400") << std::optional<StripeError>(apiError(400, QStringLiteral("invalid_request_error")));
        QTest::newRow("402 card") << std::optional<StripeError>(apiError(402, QStringLiteral("card_error")));
        QTest::newRow("404") << std::optional<StripeError>(apiError(404, QStringLiteral("invalid_request_error")));
        QTest::newRow("401 key") << std::optional<StripeError>(apiError(401, QStringLiteral("invalid_request_error")));
    }

    void aDefiniteAnswerForgetsTheKey()
    {
        QFETCH(std::optional<StripeError>, error);
        RetryKeys keys;
        const QString first = keys.keyFor(kPost, kPath, kCancel);
        keys.settle(kPost, kPath, kCancel, error);
        QCOMPARE(keys.unsettled(), 0);
        QVERIFY(keys.keyFor(kPost, kPath, kCancel) != first); // a new intent gets a new key
    }

    void anotherWriteGetsAnotherKey()
    {
        RetryKeys keys;
        const QString cancel = keys.keyFor(kPost, kPath, kCancel);
        QVERIFY(keys.keyFor(kPost, kPath, {{QStringLiteral("cancel_at_period_end"), false}}) != cancel);
        QVERIFY(keys.keyFor(kPost, QStringLiteral("/v1/subscriptions/sub_2"), kCancel) != cancel);
        QVERIFY(keys.keyFor(QStringLiteral("DELETE"), kPath, kCancel) != cancel);
        QCOMPARE(keys.keyFor(kPost, kPath, kCancel), cancel);
        // Equal parameters in another order are the same write.
        const QJsonObject a{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 2}}}};
        QJsonObject b;
        b.insert(QStringLiteral("b"), QJsonObject{{QStringLiteral("y"), 2}, {QStringLiteral("x"), 1}});
        b.insert(QStringLiteral("a"), 1);
        QCOMPARE(keys.keyFor(kPost, kPath, b), keys.keyFor(kPost, kPath, a));
    }

    void keysAreKeptWhileStripeKeepsThem()
    {
        qint64 now = 1'800'000'000;
        RetryKeys keys([&now] { return now; });
        const QString first = keys.keyFor(kPost, kPath, kCancel);
        keys.settle(kPost, kPath, kCancel, apiError(503));
        now += 22 * 3600;
        QCOMPARE(keys.keyFor(kPost, kPath, kCancel), first);
        // Stripe forgets a key after 24 h; a repeat after that could run twice
        // anyway, so the key is not pretended to protect it.
        now += 3600;
        QVERIFY(keys.keyFor(kPost, kPath, kCancel) != first);
        QCOMPARE(keys.unsettled(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetryKeys)
#include "tst_retry_keys.moc"
