#include "PayoutResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/PayoutSchedule.h"

namespace sandbox {

namespace {

QJsonObject loadPayout(const SandboxContext &ctx, const ApiRequest &request)
{
    return ctx.load(request.pathArgs.at(0), QStringLiteral("payout"), QStringLiteral("payout"));
}

QJsonObject createPayout(const SandboxContext &ctx, const ApiRequest &request)
{
    if (!request.has(QStringLiteral("amount")))
        throw StripeException::missingParam(QStringLiteral("amount"));
    const qint64 amount = request.integer(QStringLiteral("amount")).value_or(0);
    if (amount <= 0)
        throw StripeException::invalid(QStringLiteral("Invalid positive integer"), QStringLiteral("amount"), QStringLiteral("parameter_invalid_integer"));
    const QString currency = request.requiredString(QStringLiteral("currency")).toLower();
    if (currency.size() != 3)
        throw StripeException::invalid(QStringLiteral("Invalid currency: %1. Stripe currently supports these currencies: usd, eur, gbp, …").arg(currency),
                                       QStringLiteral("currency"));
    const PayoutSchedule payouts(ctx);
    const QString destination = request.string(QStringLiteral("destination"));
    if (!destination.isEmpty() && destination != payouts.bankAccount().value(QStringLiteral("id")).toString())
        throw StripeException::notFound(QStringLiteral("external account"), destination, QStringLiteral("destination"));
    const QString payoutMethod = request.string(QStringLiteral("payout_method"));
    if (!payoutMethod.isEmpty()) // v2 FinancialAccounts do not exist in a v1 sandbox
        throw StripeException::notFound(QStringLiteral("payout method"), payoutMethod, QStringLiteral("payout_method"));
    const QString method = request.string(QStringLiteral("method"), QStringLiteral("standard"));
    if (method == QLatin1String("instant"))
        throw StripeException::invalid(QStringLiteral("This bank account is not eligible for Instant Payouts. Try a debit card from a supported bank."),
                                       QStringLiteral("method"));
    if (method != QLatin1String("standard"))
        throw StripeException::invalid(QStringLiteral("Invalid method: must be one of instant or standard"), QStringLiteral("method"));
    const QString sourceType = request.string(QStringLiteral("source_type"), QStringLiteral("card"));
    if (sourceType != QLatin1String("card")) // every payment here is a card payment: other balances are empty
        throw StripeException(400, QStringLiteral("invalid_request_error"),
                              QStringLiteral("You have insufficient funds in your Stripe account for this transfer. Your %1 balance is too low.")
                                  .arg(sourceType),
                              QStringLiteral("balance_insufficient"));
    const QString descriptor = request.string(QStringLiteral("statement_descriptor"));
    if (descriptor.size() > 22)
        throw StripeException::invalid(QStringLiteral("The statement descriptor must be at most 22 characters."), QStringLiteral("statement_descriptor"));
    return payouts.createManual(amount, currency, request.string(QStringLiteral("description")), descriptor,
                                mergeMetadata({}, request), request);
}

} // namespace

void PayoutResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payouts"),
               Params{QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("description"), QStringLiteral("destination"),
                      QStringLiteral("metadata"), QStringLiteral("method"), QStringLiteral("payout_method"), QStringLiteral("source_type"),
                      QStringLiteral("statement_descriptor")},
               [&ctx](const ApiRequest &request) { return ctx.respond(createPayout(ctx, request), request); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payouts/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(loadPayout(ctx, request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payouts/:id"), Params{QStringLiteral("metadata")}, [&ctx](const ApiRequest &request) {
        QJsonObject payout = loadPayout(ctx, request);
        const QJsonObject before = payout.value(QStringLiteral("metadata")).toObject();
        payout.insert(QStringLiteral("metadata"), mergeMetadata(before, request));
        ctx.save(payout);
        if (payout.value(QStringLiteral("metadata")).toObject() != before)
            ctx.emitEvent(QStringLiteral("payout.updated"), payout, request, {{QStringLiteral("metadata"), before}});
        return ctx.respond(payout, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/payouts"),
               ApiRouter::kListParams + Params{QStringLiteral("arrival_date"), QStringLiteral("created"), QStringLiteral("destination"), QStringLiteral("status")},
               [&ctx](const ApiRequest &request) {
                   QList<Condition> conditions;
                   for (const QString &field : {QStringLiteral("status"), QStringLiteral("destination")}) {
                       const QString value = request.string(field);
                       if (!value.isEmpty())
                           conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {value}});
                   }
                   SandboxContext::addCreatedFilter(request, conditions);
                   SandboxContext::addCreatedFilter(request, conditions, QStringLiteral("arrival_date"));
                   return ctx.listObjects(QStringLiteral("payout"), conditions, QStringLiteral("/v1/payouts"), request);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payouts/:id/cancel"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(PayoutSchedule(ctx).cancel(loadPayout(ctx, request), request), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/payouts/:id/reverse"), Params{QStringLiteral("metadata")}, [&ctx](const ApiRequest &request) -> ApiResponse {
        loadPayout(ctx, request);
        throw StripeException::invalid(QStringLiteral("Payout reversals are only available for payouts of connected accounts to US and "
                                                      "Canadian bank accounts. Use /v1/payouts/:id/cancel for pending manual payouts."));
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/test_helpers/bank_account"),
               Params{QStringLiteral("account_number"), QStringLiteral("routing_number")}, [&ctx](const ApiRequest &request) {
                   return ctx.respond(PayoutSchedule(ctx).setBankAccount(request.requiredString(QStringLiteral("account_number")),
                                                                         request.string(QStringLiteral("routing_number"))),
                                      request);
               });
}

} // namespace sandbox
