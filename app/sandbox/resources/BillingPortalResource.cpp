#include "BillingPortalResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"

namespace sandbox {

namespace {

// flow_data as the session's `flow`: the portal opens on that one task and, once
// done, goes where after_completion says. The sandbox's portal does the card
// update and the cancellation flows.
QJsonValue flowOf(const SandboxContext &ctx, const ApiRequest &request, const QString &customer)
{
    if (!request.has(QStringLiteral("flow_data")))
        return QJsonValue();
    const QJsonObject data = request.object(QStringLiteral("flow_data"));
    const QString type = data.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        throw StripeException::missingParam(QStringLiteral("flow_data[type]"));
    if (type != QLatin1String("payment_method_update") && type != QLatin1String("subscription_cancel"))
        throw StripeException::invalid(QStringLiteral("stripe-sandbox's portal opens the payment_method_update and subscription_cancel "
                                                      "flows; %1 is not one of them.").arg(type), QStringLiteral("flow_data[type]"));

    const QJsonObject after = data.value(QStringLiteral("after_completion")).toObject();
    const QString afterType = after.value(QStringLiteral("type")).toString(QStringLiteral("portal_homepage"));
    QJsonValue redirect;
    QJsonValue confirmation;
    if (afterType == QLatin1String("redirect")) {
        const QString url = after.value(QStringLiteral("redirect")).toObject().value(QStringLiteral("return_url")).toString();
        if (url.isEmpty())
            throw StripeException::missingParam(QStringLiteral("flow_data[after_completion][redirect][return_url]"));
        redirect = QJsonObject{{QStringLiteral("return_url"), url}};
    } else if (afterType == QLatin1String("hosted_confirmation")) {
        const QString message = after.value(QStringLiteral("hosted_confirmation")).toObject().value(QStringLiteral("custom_message")).toString();
        confirmation = QJsonObject{{QStringLiteral("custom_message"), message.isEmpty() ? QJsonValue() : QJsonValue(message)}};
    } else if (afterType != QLatin1String("portal_homepage")) {
        throw StripeException::invalid(QStringLiteral("Invalid flow_data[after_completion][type]: must be one of hosted_confirmation, "
                                                      "portal_homepage, or redirect"), QStringLiteral("flow_data[after_completion][type]"));
    }

    QJsonValue cancel;
    if (type == QLatin1String("subscription_cancel")) {
        const QString subId = data.value(QStringLiteral("subscription_cancel")).toObject().value(QStringLiteral("subscription")).toString();
        if (subId.isEmpty())
            throw StripeException::missingParam(QStringLiteral("flow_data[subscription_cancel][subscription]"));
        const QJsonObject sub = ctx.load(subId, QStringLiteral("subscription"), QStringLiteral("subscription"),
                                         QStringLiteral("flow_data[subscription_cancel][subscription]"));
        if (sub.value(QStringLiteral("customer")).toString() != customer)
            throw StripeException::notFound(QStringLiteral("subscription"), subId, QStringLiteral("flow_data[subscription_cancel][subscription]"));
        const QString status = sub.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("canceled") || status == QLatin1String("incomplete_expired"))
            throw StripeException::invalid(QStringLiteral("The subscription %1 has already been canceled.").arg(subId),
                                           QStringLiteral("flow_data[subscription_cancel][subscription]"));
        cancel = QJsonObject{{QStringLiteral("retention"), QJsonValue()}, {QStringLiteral("subscription"), subId}};
    }
    return QJsonObject{
        {QStringLiteral("after_completion"), QJsonObject{{QStringLiteral("hosted_confirmation"), confirmation},
                                                         {QStringLiteral("redirect"), redirect},
                                                         {QStringLiteral("type"), afterType}}},
        {QStringLiteral("customer_update"), QJsonValue()},
        {QStringLiteral("subscription_cancel"), cancel},
        {QStringLiteral("subscription_pause"), QJsonValue()},
        {QStringLiteral("subscription_update"), QJsonValue()},
        {QStringLiteral("subscription_update_confirm"), QJsonValue()},
        {QStringLiteral("type"), type},
    };
}

} // namespace

void BillingPortalResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx, const QString &baseUrl)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/billing_portal/sessions"), Params{QStringLiteral("customer"), QStringLiteral("return_url"), QStringLiteral("configuration"), QStringLiteral("flow_data"), QStringLiteral("locale"), QStringLiteral("on_behalf_of"), QStringLiteral("after_expiration"), QStringLiteral("customer_account")}, [&ctx, baseUrl](const ApiRequest &request) {
        const QString customer = request.requiredString(QStringLiteral("customer"));
        ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
        const QString id = ctx.ids.next(QStringLiteral("bps_"));
        const QString returnUrl = request.string(QStringLiteral("return_url"));
        const QJsonObject session{
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("billing_portal.session")},
            {QStringLiteral("configuration"), QStringLiteral("bpc_sandbox_default")},
            {QStringLiteral("created"), ctx.clock.now()},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("customer_account"), QJsonValue()},
            {QStringLiteral("flow"), flowOf(ctx, request, customer)},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("locale"), QJsonValue()},
            {QStringLiteral("on_behalf_of"), QJsonValue()},
            {QStringLiteral("return_url"), returnUrl.isEmpty() ? QJsonValue() : QJsonValue(returnUrl)},
            {QStringLiteral("url"), QString(baseUrl + QStringLiteral("/p/session/") + id)},
        };
        ctx.save(session);
        return ApiResponse{200, session};
    });
}

} // namespace sandbox
