#pragma once

#include "LearnerAccounts.h"
#include "ServerContext.h"
#include "auth/Jwt.h"
#include "http/HttpExchange.h"
#include "http/RateLimiter.h"

#include <QObject>

#include <functional>

namespace companion::server {

// The door of the learner API: the client's address and the learner are rate
// limited (payment endpoints), the JWT is verified, and the learner's account is
// opened (created on first sight) on a worker thread. Every refusal is answered
// here, so routes only see a learner who may go on.
class LearnerGate : public QObject
{
    Q_OBJECT
public:
    LearnerGate(ServerContext context, QObject *parent = nullptr);

    enum class Limit { None, Payments };
    void open(const http::HttpRequest &request, const Exchange &exchange, Limit limit,
              std::function<void(const LearnerView &)> then);

private:
    bool limited(RateLimiter &limiter, const QString &key, const Exchange &exchange, const QString &who);

    ServerContext m_context;
    JwtVerifier m_jwt;
    RateLimiter m_perIp;
    RateLimiter m_perUser;
};

// Answers a database failure of a job (503: try again) and logs it.
void answerDatabaseFailure(HttpExchange &exchange, const DatabaseJobResult &result);

} // namespace companion::server
