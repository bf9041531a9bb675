#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace companion::billing {

// Why a webhook delivery was refused; each gets its own words in logs and the
// webhook log, because "bad signature" and "clock skew" call for different fixes.
enum class SignatureError {
    None,
    NoSecret,         // the server has no endpoint secret configured
    MissingHeader,    // no Stripe-Signature header
    MalformedHeader,  // no parsable t=
    NoV1Signature,    // t= but no v1= (v0 and unknown schemes are ignored on purpose)
    TooOld,           // t older than the tolerance
    Mismatch,         // no v1 matches any active secret
};

struct SignatureCheck {
    SignatureError error = SignatureError::None;
    qint64 timestamp = 0;
    int secretIndex = -1; // which secret matched (rotation)
    bool ok() const { return error == SignatureError::None; }
    QString message() const;
    QString code() const; // stable identifier: "missing_header", "too_old", …
};

// Stripe's webhook signature scheme (reference §6.2): HMAC-SHA256 over "t.body" with
// the whole whsec_… secret, any v1 may match (lower-case hex, compared as the exact
// string in constant time, like the official libraries), a tolerance
// on the age of t (future times pass, as in the official libraries; 0 disables).
// Several secrets may be active while one is rolled.
class WebhookVerifier
{
public:
    explicit WebhookVerifier(QList<QByteArray> secrets, int toleranceSeconds = 300);

    SignatureCheck verify(const QByteArray &payload, const QByteArray &header, qint64 nowSeconds) const;

    // The header Stripe would send: for tests, benchmarks and replaying stored events.
    static QByteArray signatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &payload);

private:
    QList<QByteArray> m_secrets;
    int m_tolerance;
};

} // namespace companion::billing
