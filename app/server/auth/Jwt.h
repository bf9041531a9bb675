#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion::server {

// What the course's sign-in service says about a learner.
struct LearnerClaims {
    QString userId; // sub
    QString email;
    QString name;
    qint64 expiresAt = 0;
};

struct JwtCheck {
    std::optional<LearnerClaims> claims;
    QString code;    // missing_token, malformed_token, unsupported_algorithm, invalid_signature,
                     // token_expired, token_not_yet_valid, invalid_issuer, invalid_audience, invalid_claims
    QString message; // for the learner's client; never quotes the token
    bool ok() const { return claims.has_value(); }
};

// HS256 JSON Web Tokens (RFC 7519) with the secret shared with the sign-in
// service. Only HS256 is accepted: the algorithm comes from our configuration,
// never from the token ("alg":"none" and RS/HS confusion are refused).
class JwtVerifier
{
public:
    struct Options {
        QByteArray secret;
        QString issuer;   // checked when set
        QString audience; // checked when set
        int leewaySeconds = 30; // clock skew between the sign-in service and us
    };

    explicit JwtVerifier(Options options);

    JwtCheck verify(const QByteArray &token, qint64 now) const;
    // The token of an "Authorization: Bearer …" header, or empty.
    static QByteArray bearerToken(const QByteArray &authorization);
    // Signs `claims` as an HS256 token (for `companion-server token` and tests).
    static QByteArray sign(const QJsonObject &claims, const QByteArray &secret);

    static constexpr int kMinSecretBytes = 32; // RFC 7518 §3.2: at least the hash size

private:
    Options m_options;
};

} // namespace companion::server
