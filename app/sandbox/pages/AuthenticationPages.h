#pragma once

#include "http/HttpResponse.h"

#include <QString>

namespace companion::http {
class HttpServer;
}

namespace sandbox {

class UnitOfWork;
struct SandboxContext;

// The bank's 3-D Secure challenge a PaymentIntent or SetupIntent in requires_action
// points at (next_action.redirect_to_url.url = /3d_secure/{id}): the payer completes
// or fails it, the intent moves on, and the browser returns to the intent's
// return_url with Stripe's query (payment_intent|setup_intent, client secret,
// redirect_status). The unguessable intent id is the credential, as on Stripe.
class AuthenticationPages
{
public:
    AuthenticationPages(const SandboxContext &context, const UnitOfWork &work, QString baseUrl);
    void registerRoutes(companion::http::HttpServer &http);

private:
    companion::http::HttpResponse page(const QString &intentId) const;
    companion::http::HttpResponse answer(const QString &intentId, const QByteArray &body) const;

    const SandboxContext &m_ctx;
    const UnitOfWork &m_work;
    QString m_baseUrl;
};

} // namespace sandbox
