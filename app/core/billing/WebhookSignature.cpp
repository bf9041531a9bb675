#include "WebhookSignature.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include "util/ConstantTime.h"

namespace companion::billing {

namespace {

QByteArray mac(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &payload)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, secret);
    code.addData(timestamp);
    code.addData(".", 1);
    code.addData(payload);
    return code.result().toHex();
}

} // namespace

QString SignatureCheck::code() const
{
    switch (error) {
    case SignatureError::None: return QStringLiteral("ok");
    case SignatureError::NoSecret: return QStringLiteral("no_secret");
    case SignatureError::MissingHeader: return QStringLiteral("missing_header");
    case SignatureError::MalformedHeader: return QStringLiteral("malformed_header");
    case SignatureError::NoV1Signature: return QStringLiteral("no_v1_signature");
    case SignatureError::TooOld: return QStringLiteral("too_old");
    case SignatureError::Mismatch: return QStringLiteral("signature_mismatch");
    }
    return QStringLiteral("unknown");
}

QString SignatureCheck::message() const
{
    switch (error) {
    case SignatureError::None: return QCoreApplication::translate("SignatureCheck", "Signature valid.");
    case SignatureError::NoSecret: return QCoreApplication::translate("SignatureCheck", "No webhook signing secret is configured.");
    case SignatureError::MissingHeader: return QCoreApplication::translate("SignatureCheck", "The Stripe-Signature header is missing.");
    case SignatureError::MalformedHeader: return QCoreApplication::translate("SignatureCheck", "The Stripe-Signature header has no valid timestamp (t=).");
    case SignatureError::NoV1Signature: return QCoreApplication::translate("SignatureCheck", "The Stripe-Signature header has no v1 signature.");
    case SignatureError::TooOld:
        return QCoreApplication::translate("SignatureCheck", "The signature timestamp %1 is outside the tolerance (replayed or clock skew).").arg(timestamp);
    case SignatureError::Mismatch:
        return QCoreApplication::translate("SignatureCheck", "No signature matches the payload for the configured secret(s).");
    }
    return {};
}

WebhookVerifier::WebhookVerifier(QList<QByteArray> secrets, int toleranceSeconds)
    : m_secrets(std::move(secrets))
    , m_tolerance(toleranceSeconds)
{
    m_secrets.removeAll(QByteArray()); // a blank secret would accept an HMAC keyed with nothing
}

QByteArray WebhookVerifier::signatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &payload)
{
    const QByteArray t = QByteArray::number(timestamp);
    return "t=" + t + ",v1=" + mac(secret, t, payload);
}

SignatureCheck WebhookVerifier::verify(const QByteArray &payload, const QByteArray &header, qint64 nowSeconds) const
{
    SignatureCheck check;
    if (m_secrets.isEmpty()) {
        check.error = SignatureError::NoSecret;
        return check;
    }
    if (header.trimmed().isEmpty()) {
        check.error = SignatureError::MissingHeader;
        return check;
    }
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray &item : header.split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        // Taken exactly as written, as the official libraries do: " v1=" is another
        // scheme, and an upper-case or padded hex digest matches nothing.
        const QByteArray key = item.left(eq);
        const QByteArray value = item.mid(eq + 1);
        if (key == "t")
            timestamp = value;
        else if (key == "v1")
            signatures << value;
        // v0 (test mode, unpublished key) and unknown schemes are ignored: downgrade protection.
    }
    bool numeric = false;
    check.timestamp = timestamp.toLongLong(&numeric);
    if (!numeric || timestamp.startsWith('+') || timestamp.startsWith('-')) {
        check.error = SignatureError::MalformedHeader;
        return check;
    }
    if (signatures.isEmpty()) {
        check.error = SignatureError::NoV1Signature;
        return check;
    }
    // Every secret and every signature is compared, so timing does not reveal which matched.
    int matched = -1;
    // Signed over the number as written canonically, as the official libraries do:
    // "t=0017…" cannot make a second valid form of one signature.
    const QByteArray canonical = QByteArray::number(check.timestamp);
    for (int s = 0; s < m_secrets.size(); ++s) {
        const QByteArray expected = mac(m_secrets.at(s), canonical, payload);
        for (const QByteArray &candidate : std::as_const(signatures)) {
            if (util::constantTimeEquals(expected, candidate) && matched < 0)
                matched = s;
        }
    }
    if (matched < 0) {
        check.error = SignatureError::Mismatch;
        return check;
    }
    if (m_tolerance > 0 && nowSeconds - check.timestamp > m_tolerance) {
        check.error = SignatureError::TooOld;
        return check;
    }
    check.secretIndex = matched;
    return check;
}

} // namespace companion::billing
