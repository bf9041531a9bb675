#include "PaymentsRoutes.h"

#include "billing/SubscriptionCommand.h"

#include "ServerConfig.h"
#include "WorkerPool.h"
#include "http/ApiTime.h"
#include "http/ClientIdempotencyKey.h"
#include "http/HttpServer.h"
#include "http/InFlight.h"
#include "http/JsonBody.h"
#include "http/StripeFailure.h"
#include "stripe/StripeClient.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion::server {

namespace {
using Status = QHttpServerResponse::StatusCode;

// Reads the JSON body or answers why it cannot be read.
std::optional<QJsonObject> jsonBody(const http::HttpRequest &request, HttpExchange &exchange)
{
    const JsonBody body = JsonBody::parse(request.body());
    if (!body.object)
        exchange.error(Status::BadRequest, body.errorCode, body.errorMessage);
    return body.object;
}

QString optionalString(const QJsonObject &body, const QString &key, HttpExchange &exchange, bool *ok)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        exchange.error(Status::BadRequest, QStringLiteral("invalid_parameter"), QStringLiteral("%1 must be a string.").arg(key),
                       {{QStringLiteral("param"), key}});
        *ok = false;
    }
    return value.toString().trimmed();
}
} // namespace

PaymentsRoutes::PaymentsRoutes(ServerContext context, LearnerGate &gate, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_gate(gate)
    , m_redirects(context.config.checkoutHttpHosts)
{
}

void PaymentsRoutes::registerRoutes(http::HttpServer &http)
{
    auto route = [this, &http](const char *path, http::HttpMethod method,
                               void (PaymentsRoutes::*handler)(const http::HttpRequest &, const Exchange &)) {
        http.route(QString::fromLatin1(path), method, [this, handler](const http::HttpRequest &request, http::HttpResponder &&responder) {
            (this->*handler)(request, beginExchange(request, std::move(responder), &m_context.inFlight));
        });
    };
    route("/api/v1/payments/create-checkout-session", http::HttpMethod::Post, &PaymentsRoutes::createCheckoutSession);
    route("/api/v1/payments/subscription-status", http::HttpMethod::Get, &PaymentsRoutes::subscriptionStatus);
    route("/api/v1/payments/cancel-subscription", http::HttpMethod::Post, &PaymentsRoutes::cancelSubscription);
    route("/api/v1/payments/resume-subscription", http::HttpMethod::Post, &PaymentsRoutes::resumeSubscription);
}

void PaymentsRoutes::cancelSubscription(const http::HttpRequest &request, const Exchange &exchange)
{
    changeCancellation(request, exchange, true);
}

void PaymentsRoutes::resumeSubscription(const http::HttpRequest &request, const Exchange &exchange)
{
    changeCancellation(request, exchange, false);
}

void PaymentsRoutes::createCheckoutSession(const http::HttpRequest &request, const Exchange &exchange)
{
    const auto body = jsonBody(request, *exchange);
    if (!body)
        return;
    bool ok = true;
    const QString plan = optionalString(*body, QStringLiteral("plan"), *exchange, &ok);
    QString successUrl = ok ? optionalString(*body, QStringLiteral("success_url"), *exchange, &ok) : QString();
    QString cancelUrl = ok ? optionalString(*body, QStringLiteral("cancel_url"), *exchange, &ok) : QString();
    if (!ok)
        return;
    QString keyProblem;
    const ClientIdempotencyKey clientKey = ClientIdempotencyKey::read(request, &keyProblem);
    if (!keyProblem.isEmpty())
        return exchange->error(Status::BadRequest, QStringLiteral("invalid_idempotency_key"), keyProblem);
    QString priceId = m_context.config.premiumPriceId;
    if (plan == QLatin1String("yearly")) {
        priceId = m_context.config.yearlyPriceId;
        if (priceId.isEmpty())
            return exchange->error(Status::BadRequest, QStringLiteral("plan_unavailable"),
                                   QStringLiteral("The yearly plan is not offered; use \"monthly\"."), {{QStringLiteral("param"), QStringLiteral("plan")}});
    } else if (!plan.isEmpty() && plan != QLatin1String("monthly")) {
        return exchange->error(Status::BadRequest, QStringLiteral("invalid_parameter"),
                               QStringLiteral("plan must be \"monthly\" or \"yearly\"."), {{QStringLiteral("param"), QStringLiteral("plan")}});
    }
    if (successUrl.isEmpty())
        successUrl = m_context.config.checkoutSuccessUrl;
    if (cancelUrl.isEmpty())
        cancelUrl = m_context.config.checkoutCancelUrl;
    for (const auto &[name, url] : {std::pair{QStringLiteral("success_url"), successUrl}, std::pair{QStringLiteral("cancel_url"), cancelUrl}}) {
        const QString problem = m_redirects.check(url);
        if (!problem.isEmpty())
            return exchange->error(Status::BadRequest, QStringLiteral("invalid_redirect_url"), QStringLiteral("%1 %2.").arg(name, problem),
                                   {{QStringLiteral("param"), name}});
    }
    const QString chosenPlan = plan.isEmpty() ? QStringLiteral("monthly") : plan;
    m_gate.open(request, exchange, LearnerGate::Limit::Payments,
                [this, exchange, priceId, chosenPlan, successUrl, cancelUrl, clientKey](const LearnerView &learner) {
                    startCheckout(exchange, learner, {priceId, chosenPlan, successUrl, cancelUrl, clientKey});
                });
}

void PaymentsRoutes::startCheckout(const Exchange &exchange, const LearnerView &learner, const CheckoutRequest &checkout)
{
    const auto &[priceId, plan, successUrl, cancelUrl, clientKey] = checkout;
    if (learner.premium) {
        const QString why = learner.premiumSource == QLatin1String("grant")
            ? QStringLiteral("Premium was granted to this account by support")
            : QStringLiteral("This account already has an active Premium subscription");
        return exchange->error(Status::Conflict, QStringLiteral("already_premium"),
                               why + QStringLiteral("; there is nothing to buy. See GET /api/v1/payments/subscription-status."));
    }
    const QJsonObject metadata{{QStringLiteral("user_id"), learner.userId}, {QStringLiteral("user_email"), learner.email},
                               {QStringLiteral("plan"), plan}};
    QJsonObject params{
        {QStringLiteral("mode"), QStringLiteral("subscription")},
        {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("price"), priceId}, {QStringLiteral("quantity"), 1}}}},
        {QStringLiteral("success_url"), successUrl},
        {QStringLiteral("cancel_url"), cancelUrl},
        {QStringLiteral("client_reference_id"), learner.userId},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("subscription_data"), QJsonObject{{QStringLiteral("metadata"), metadata}}},
    };
    // One Stripe customer per learner: reuse theirs, else let Checkout create one from the e-mail.
    if (!learner.customerId.isEmpty())
        params.insert(QStringLiteral("customer"), learner.customerId);
    else
        params.insert(QStringLiteral("customer_email"), learner.email);
    stripe::RequestOptions options;
    options.timeoutMs = 20000; // a learner is waiting; the retries are the client's own
    options.idempotencyKey = clientKey.forStripe(QStringLiteral("checkout"), learner.userId);
    m_context.stripe.post(QStringLiteral("/v1/checkout/sessions"), params, options)->then(this, [exchange](const stripe::StripeResult &result) {
        if (!result.ok())
            return answerStripeFailure(*exchange, *result.error);
        // The guide's {checkout_url, session_id}, plus when the link stops working.
        QJsonObject answer{
            {QStringLiteral("checkout_url"), result.body.value(QStringLiteral("url"))},
            {QStringLiteral("session_id"), result.body.value(QStringLiteral("id"))},
        };
        insertTime(answer, QStringLiteral("expires_at"), result.body.value(QStringLiteral("expires_at")).toInteger());
        exchange->json(Status::Ok, answer);
    });
}

void PaymentsRoutes::subscriptionStatus(const http::HttpRequest &request, const Exchange &exchange)
{
    m_gate.open(request, exchange, LearnerGate::Limit::Payments,
                [exchange](const LearnerView &learner) { exchange->json(Status::Ok, learner.statusJson()); });
}

void PaymentsRoutes::changeCancellation(const http::HttpRequest &request, const Exchange &exchange, bool cancel)
{
    if (!jsonBody(request, *exchange))
        return;
    m_gate.open(request, exchange, LearnerGate::Limit::Payments, [this, exchange, cancel](const LearnerView &learner) {
        if (learner.subscriptionId.isEmpty())
            return exchange->error(Status::NotFound, QStringLiteral("no_subscription"),
                                   QStringLiteral("This account has no subscription to %1.").arg(cancel ? QStringLiteral("cancel") : QStringLiteral("resume")));
        if (!learner.hasLiveSubscription())
            return exchange->error(Status::BadRequest, QStringLiteral("subscription_not_active"),
                                   cancel ? QStringLiteral("The subscription is %1, so there is nothing to cancel.").arg(learner.subscriptionStatus)
                                          : QStringLiteral("The subscription is %1 and cannot be resumed; start a new checkout instead.")
                                                .arg(learner.subscriptionStatus));
        if (learner.cancelAtPeriodEnd == cancel) // already as asked: say so, change nothing
            return exchange->json(Status::Ok, learner.cancellationJson(cancel));

        using Command = billing::SubscriptionCommand;
        const Command command(cancel ? Command::Kind::CancelAtPeriodEnd : Command::Kind::Resume, learner.subscriptionId,
                              cancel ? QStringLiteral("learner asked to cancel") : QStringLiteral("learner asked to resume"));
        const billing::AuditEntry audit =
            command.audit(learner.userId, QStringLiteral("server"), learner.userId,
                          Command::summary(learner.subscriptionStatus, learner.cancelAtPeriodEnd, learner.currentPeriodEnd));
        stripe::RequestOptions options;
        options.timeoutMs = 20000;
        m_context.stripe.post(command.path(), command.params(), options)
            ->then(this, [this, exchange, audit, cancel](const stripe::StripeResult &result) {
                if (!result.ok())
                    return answerStripeFailure(*exchange, *result.error);
                const QJsonObject subscription = result.body;
                const billing::AuditEntry entry = billing::SubscriptionCommand::answered(audit, subscription, result.requestId);
                const db::Dialect dialect = m_context.config.database.dialect;
                m_context.workers.run<LearnerView>(
                    this,
                    [subscription, entry, dialect](db::Connection &connection) {
                        return LearnerAccounts(connection.db, dialect)
                            .applySubscription(entry.userId, subscription, entry, QDateTime::currentSecsSinceEpoch());
                    },
                    [exchange, cancel](const LearnerView &view) {
                        // Stripe has it; should our copy fail, the webhook brings it anyway.
                        if (view.databaseFailed)
                            return answerDatabaseFailure(*exchange, view);
                        exchange->json(Status::Ok, view.cancellationJson(cancel));
                    });
            });
    });
}

} // namespace companion::server
