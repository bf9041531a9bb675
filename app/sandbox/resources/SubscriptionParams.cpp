#include "SubscriptionParams.h"

#include "ApiTypes.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "billing/PaymentMethods.h"
#include "billing/TestCards.h"

#include <QStringList>

namespace sandbox::SubscriptionParams {

QJsonObject attachedPaymentMethod(const SandboxContext &ctx, const QJsonObject &customer, const QString &idOrToken,
                                  const QString &param, const ApiRequest &request)
{
    const QString customerId = customer.value(QStringLiteral("id")).toString();
    const bool token = CardBehaviour::numberOfToken(idOrToken).has_value();
    QJsonObject method = PaymentMethods::resolve(ctx, idOrToken, param);
    if (token) {
        method.insert(QStringLiteral("customer"), customerId);
        ctx.save(method);
        ctx.emitEvent(QStringLiteral("payment_method.attached"), method, request);
        return method;
    }
    if (method.value(QStringLiteral("customer")).toString() != customerId)
        throw StripeException::invalid(QStringLiteral("The customer does not have a payment method with the ID %1. The payment method must "
                                                      "be attached to the customer.").arg(idOrToken),
                                       param, QStringLiteral("resource_missing"));
    return method;
}

std::optional<qint64> trialEnd(const SandboxContext &ctx, const ApiRequest &request)
{
    if (!request.has(QStringLiteral("trial_end")))
        return std::nullopt;
    if (request.string(QStringLiteral("trial_end")) == QLatin1String("now"))
        return 0;
    const qint64 at = request.integer(QStringLiteral("trial_end")).value_or(0);
    if (at <= ctx.clock.now())
        throw StripeException::invalid(QStringLiteral("Invalid timestamp: must be an integer Unix timestamp in the future."),
                                       QStringLiteral("trial_end"), QStringLiteral("invalid_timestamp"));
    return at;
}

void checkEnum(const ApiRequest &request, const QString &param, const QStringList &allowed)
{
    if (!request.has(param))
        return;
    const QString value = request.string(param);
    if (allowed.contains(value))
        return;
    QStringList quoted = allowed;
    const QString last = quoted.takeLast();
    throw StripeException::invalid(QStringLiteral("Invalid %1: must be one of %2, or %3").arg(param, quoted.join(QStringLiteral(", ")), last),
                                   param);
}

} // namespace sandbox::SubscriptionParams
