// Learner JWTs. Any token: a refusal with a code, never a crash, and an accept only
// when the token is HS256 and its signature is the HMAC (computed here) of its first
// two parts with the secret. Then the same input as claims, properly signed: the
// verifier must not crash on any claim values (exp, nbf, aud of every JSON type).
#include "auth/Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <cstdlib>

using companion::server::JwtVerifier;

namespace {
const QByteArray kSecret = QByteArrayLiteral("fuzz-secret-0123456789abcdef0123456789");
constexpr qint64 kNow = 1767225600;
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

JwtVerifier verifier()
{
    JwtVerifier::Options options;
    options.secret = kSecret;
    options.issuer = QStringLiteral("https://signin.example");
    options.audience = QStringLiteral("course-companion");
    return JwtVerifier(options);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const JwtVerifier jwt = verifier();

    const auto check = jwt.verify(JwtVerifier::bearerToken("Bearer " + input), kNow);
    if (check.ok()) {
        const QList<QByteArray> parts = input.trimmed().split('.');
        if (parts.size() != 3)
            std::abort();
        const QByteArray mac = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), kSecret, QCryptographicHash::Sha256);
        const auto header = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), kBase64Url)).object();
        if (QByteArray::fromBase64(parts.at(2), kBase64Url) != mac || header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
            std::abort(); // accepted a token we did not sign
    } else if (check.code.isEmpty() || check.message.isEmpty()) {
        std::abort(); // a refusal says why
    } else if (input.trimmed().size() >= 16 && check.message.contains(QString::fromLatin1(input.trimmed()))) {
        std::abort(); // and never quotes the token
    }

    const QJsonObject claims = QJsonDocument::fromJson(input).object();
    if (!claims.isEmpty())
        (void)jwt.verify(JwtVerifier::sign(claims, kSecret), kNow);
    return 0;
}
