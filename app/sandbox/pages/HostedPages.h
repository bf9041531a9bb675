#pragma once

#include "http/HttpResponse.h"
#include <QString>

namespace companion::http {
class HttpServer;
}

namespace sandbox {

class UnitOfWork;
struct SandboxContext;

// The pages Stripe hosts, for a person in a browser: Checkout (/c/pay/{id}, with a
// 3-D Secure step for cards that need one) and the customer portal (/p/session/{id}).
// No API key: the unguessable session id is the credential, as on Stripe.
class HostedPages
{
public:
    HostedPages(const SandboxContext &context, const UnitOfWork &work);
    void registerRoutes(companion::http::HttpServer &http);

private:
    companion::http::HttpResponse checkoutPage(const QString &sessionId, const QString &error = {}, const QString &card = {},
                                               const QString &promotionCode = {}) const;
    companion::http::HttpResponse pay(const QString &sessionId, const QByteArray &body) const;
    companion::http::HttpResponse cancel(const QString &sessionId) const;
    companion::http::HttpResponse portalPage(const QString &portalId) const;
    companion::http::HttpResponse portalAction(const QString &portalId, const QString &subscriptionId, bool cancelAtPeriodEnd) const;

    const SandboxContext &m_ctx;
    const UnitOfWork &m_work;
};

} // namespace sandbox
