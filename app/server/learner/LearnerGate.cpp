#include "LearnerGate.h"

#include "ServerConfig.h"
#include "WorkerPool.h"
#include "util/Log.h"

#include <QDateTime>

namespace companion::server {

void answerDatabaseFailure(HttpExchange &exchange, const DatabaseJobResult &result)
{
    qCWarning(lcDb).noquote() << QString(QStringLiteral("request_id=") + exchange.requestId()) << "database failure:" << result.databaseError;
    exchange.error(QHttpServerResponse::StatusCode::ServiceUnavailable, QStringLiteral("database_unavailable"),
                   QStringLiteral("The service is briefly unavailable; please try again."), {},
                   {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
}

LearnerGate::LearnerGate(ServerContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_jwt({context.config.jwtSecret, context.config.jwtIssuer, context.config.jwtAudience})
    , m_perIp(context.config.rateLimitPerIp, qMax(1, context.config.rateLimitPerIp / 3))
    , m_perUser(context.config.rateLimitPerUser, qMax(1, context.config.rateLimitPerUser / 3))
{
}

bool LearnerGate::limited(RateLimiter &limiter, const QString &key, const Exchange &exchange, const QString &who)
{
    const RateLimiter::Decision decision = limiter.take(key, QDateTime::currentMSecsSinceEpoch());
    if (decision.allowed)
        return false;
    exchange->error(QHttpServerResponse::StatusCode::TooManyRequests, QStringLiteral("rate_limited"),
                    QStringLiteral("Too many payment requests from %1; try again in %2 s.").arg(who).arg(decision.retryAfterSeconds),
                    {{QStringLiteral("retry_after"), decision.retryAfterSeconds}},
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(decision.retryAfterSeconds)}});
    return true;
}

void LearnerGate::open(const http::HttpRequest &request, const Exchange &exchange, Limit limit,
                       std::function<void(const LearnerView &)> then)
{
    const bool payments = limit == Limit::Payments;
    if (payments && limited(m_perIp, m_context.config.clients.of(request).toString(), exchange, QStringLiteral("this address")))
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const JwtCheck check = m_jwt.verify(JwtVerifier::bearerToken(request.value("Authorization")), now);
    if (!check.ok()) {
        exchange->error(QHttpServerResponse::StatusCode::Unauthorized, check.code, check.message, {},
                        {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer error=\"invalid_token\"")}});
        return;
    }
    const LearnerClaims claims = *check.claims;
    exchange->setActor(claims.userId);
    if (payments && limited(m_perUser, claims.userId, exchange, QStringLiteral("this account")))
        return;
    const db::Dialect dialect = m_context.config.database.dialect;
    m_context.workers.run<LearnerView>(
        this,
        [claims, now, dialect](db::Connection &connection) { return LearnerAccounts(connection.db, dialect).open(claims, now); },
        [exchange, then = std::move(then)](const LearnerView &view) {
            if (view.databaseFailed)
                return answerDatabaseFailure(*exchange, view);
            if (!view.refusalCode.isEmpty()) {
                const auto status = view.refusalCode == QLatin1String("account_conflict") ? QHttpServerResponse::StatusCode::Conflict
                                                                                         : QHttpServerResponse::StatusCode::Unauthorized;
                return exchange->error(status, view.refusalCode, view.refusalMessage);
            }
            then(view);
        });
}

} // namespace companion::server
