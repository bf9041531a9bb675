#pragma once

#include <QHttpServerResponse>
#include <QString>

class QHttpServer;

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
    void registerRoutes(QHttpServer &http);

private:
    QHttpServerResponse checkoutPage(const QString &sessionId, const QString &error = {}, const QString &card = {}) const;
    QHttpServerResponse pay(const QString &sessionId, const QByteArray &body) const;
    QHttpServerResponse cancel(const QString &sessionId) const;
    QHttpServerResponse portalPage(const QString &portalId) const;
    QHttpServerResponse portalAction(const QString &portalId, const QString &subscriptionId, bool cancelAtPeriodEnd) const;

    const SandboxContext &m_ctx;
    const UnitOfWork &m_work;
};

} // namespace sandbox
