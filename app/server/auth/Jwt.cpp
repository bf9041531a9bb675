#include "Jwt.h"

#include "util/ConstantTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace companion::server {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hs256(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

JwtCheck refuse(const char *code, const QString &message)
{
    JwtCheck check;
    check.code = QString::fromLatin1(code);
    check.message = message;
    return check;
}

// A NumericDate (RFC 7519 §2): seconds, finite and within year 9999; anything else
// (1e300, a string) is no date at all, rather than undefined behaviour in a cast.
std::optional<qint64> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!(seconds >= -253402300799.0 && seconds <= 253402300799.0))
        return std::nullopt;
    return qint64(seconds);
}

bool audienceMatches(const QJsonValue &aud, const QString &expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    const QJsonArray list = aud.toArray();
    return std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) { return v.toString() == expected; });
}
} // namespace

JwtVerifier::JwtVerifier(Options options)
    : m_options(std::move(options))
{
}

QByteArray JwtVerifier::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "Bearer ", 7) != 0)
        return {};
    return value.mid(7).trimmed();
}

QByteArray JwtVerifier::sign(const QJsonObject &claims, const QByteArray &secret)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return input + '.' + hs256(input, secret).toBase64(kBase64Url);
}

JwtCheck JwtVerifier::verify(const QByteArray &token, qint64 now) const
{
    if (token.isEmpty())
        return refuse("missing_token", QStringLiteral("Sign in first: send \"Authorization: Bearer <token>\"."));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(2).isEmpty())
        return refuse("malformed_token", QStringLiteral("The token is not a signed JWT."));
    const auto header = decodeObject(parts.at(0));
    const auto payload = decodeObject(parts.at(1));
    if (!header || !payload)
        return refuse("malformed_token", QStringLiteral("The token is not a signed JWT."));
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return refuse("unsupported_algorithm", QStringLiteral("Only HS256 tokens are accepted."));
    if (header->contains(QStringLiteral("crit")))
        return refuse("malformed_token", QStringLiteral("The token uses extensions this server does not understand."));

    const auto signature = QByteArray::fromBase64Encoding(parts.at(2), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = hs256(parts.at(0) + '.' + parts.at(1), m_options.secret);
    if (!signature || !util::constantTimeEquals(*signature, expected))
        return refuse("invalid_signature", QStringLiteral("The token's signature is not valid."));

    // Registered claims (RFC 7519 §4.1); exp is required: a token that never expires is refused.
    const auto exp = numericDate(payload->value(QStringLiteral("exp")));
    if (!exp)
        return refuse("invalid_claims", QStringLiteral("The token has no valid expiry (exp)."));
    if (*exp + m_options.leewaySeconds <= now)
        return refuse("token_expired", QStringLiteral("The token has expired; sign in again."));
    const QJsonValue nbfValue = payload->value(QStringLiteral("nbf"));
    const auto nbf = numericDate(nbfValue);
    if (!nbfValue.isUndefined() && !nbf)
        return refuse("invalid_claims", QStringLiteral("The token's start (nbf) is not a valid time."));
    if (nbf && *nbf - m_options.leewaySeconds > now)
        return refuse("token_not_yet_valid", QStringLiteral("The token is not valid yet."));
    if (!m_options.issuer.isEmpty() && payload->value(QStringLiteral("iss")).toString() != m_options.issuer)
        return refuse("invalid_issuer", QStringLiteral("The token was not issued by the course's sign-in service."));
    if (!m_options.audience.isEmpty() && !audienceMatches(payload->value(QStringLiteral("aud")), m_options.audience))
        return refuse("invalid_audience", QStringLiteral("The token is meant for another service."));

    LearnerClaims claims;
    claims.userId = payload->value(QStringLiteral("sub")).toString().trimmed();
    claims.email = payload->value(QStringLiteral("email")).toString().trimmed();
    claims.name = payload->value(QStringLiteral("name")).toString().trimmed();
    claims.expiresAt = *exp;
    if (claims.userId.isEmpty() || claims.userId.size() > 200)
        return refuse("invalid_claims", QStringLiteral("The token names no user (sub)."));
    JwtCheck check;
    check.claims = claims;
    return check;
}

} // namespace companion::server
