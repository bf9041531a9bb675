// Stripe-Signature parsing and verification. Input: header, a NUL, then the body.
// Never crashes, and accepts only when an independent HMAC (computed here) of
// "t.body" with the secret appears as a v1 in the header and t is within the
// tolerance: no accept of a signature that is not valid.
#include "billing/WebhookSignature.h"

#include <QMessageAuthenticationCode>

#include <cstdlib>

using companion::billing::WebhookVerifier;

namespace {
const QByteArray kSecret = QByteArrayLiteral("whsec_fuzz_0123456789abcdef");
const QByteArray kOldSecret = QByteArrayLiteral("whsec_fuzz_rolled_away_000000");
constexpr qint64 kNow = 1767225600; // fixed: the run is reproducible
constexpr int kTolerance = 300;

// Whether some "v1=" item of the header is, as the exact string (lower-case hex, no
// spaces, as the official libraries compare it), the HMAC-SHA256 of "t.body" with
// one of the secrets.
bool reallySigned(const QByteArray &header, const QByteArray &body, qint64 timestamp)
{
    const QByteArray t = QByteArray::number(timestamp);
    for (const QByteArray &secret : {kSecret, kOldSecret}) {
        const QByteArray expected = QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256).toHex();
        for (const QByteArray &part : header.split(',')) {
            const qsizetype eq = part.indexOf('=');
            if (eq > 0 && part.left(eq) == "v1" && part.mid(eq + 1) == expected)
                return true;
        }
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray header = split < 0 ? input : input.left(split);
    const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 1);

    const WebhookVerifier verifier({kSecret, kOldSecret}, kTolerance);
    const auto check = verifier.verify(body, header, kNow);
    (void)check.message();
    (void)check.code();
    if (check.ok()) {
        if (kNow - check.timestamp > kTolerance || !reallySigned(header, body, check.timestamp))
            std::abort(); // accepted a signature that is not valid
    }
    // What Stripe would send for this body is always accepted.
    const QByteArray genuine = WebhookVerifier::signatureHeader(kSecret, kNow, body);
    if (!verifier.verify(body, genuine, kNow).ok())
        std::abort();
    return 0;
}
