#pragma once

#include "http/HttpResponse.h"
#include <QJsonObject>
#include <QString>

namespace companion::http {
class HttpServer;
}

namespace sandbox {

class UnitOfWork;
struct SandboxContext;

// The pages Stripe hosts, for a person in a browser: Checkout (/c/pay/{id}, with a
// 3-D Secure step for cards that need one) and the customer portal (/p/session/{id}:
// subscriptions to cancel or renew, the card to replace; a flow_data session opens on its one task).
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
    // `error` (a decline, shown with 402) or `notice` (what just happened) above the page.
    companion::http::HttpResponse portalPage(const QString &portalId, const QString &error = {}, const QString &notice = {}) const;
    companion::http::HttpResponse portalAction(const QString &portalId, const QString &subscriptionId, bool cancelAtPeriodEnd) const;
    companion::http::HttpResponse portalCardUpdate(const QString &portalId, const QByteArray &body) const;
    // Where the payer goes once the session's flow (flow_data) is done: its after_completion.
    companion::http::HttpResponse portalFlowDone(const QJsonObject &portal, const QString &notice) const;

    const SandboxContext &m_ctx;
    const UnitOfWork &m_work;
};

} // namespace sandbox
