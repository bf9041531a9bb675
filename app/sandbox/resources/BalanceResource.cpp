#include "BalanceResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/BalanceSettings.h"
#include "billing/PayoutSchedule.h"

namespace sandbox {

namespace {

ApiResponse listTransactions(const SandboxContext &ctx, const QString &url, const ApiRequest &request)
{
    QList<Condition> conditions;
    for (const QString &field : {QStringLiteral("type"), QStringLiteral("source"), QStringLiteral("currency")}) {
        const QString value = request.string(field);
        if (!value.isEmpty())
            conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {field == QLatin1String("currency") ? value.toLower() : value}});
    }
    const QString payoutId = request.string(QStringLiteral("payout"));
    if (!payoutId.isEmpty()) {
        // What an automatic payout carried, its own debit included (Stripe's reconciliation).
        const QJsonObject payout = ctx.load(payoutId, QStringLiteral("payout"), QStringLiteral("payout"), QStringLiteral("payout"));
        if (!payout.value(QStringLiteral("automatic")).toBool())
            throw StripeException::invalid(QStringLiteral("Balance transaction history can only be filtered on automatic transfers, not manual."),
                                           QStringLiteral("payout"));
        conditions.append({QStringLiteral("$._payout"), QStringLiteral("="), {payoutId}});
    }
    SandboxContext::addCreatedFilter(request, conditions);
    return ctx.listObjects(QStringLiteral("balance_transaction"), conditions, url, request);
}

} // namespace

void BalanceResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/balance"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(PayoutSchedule(ctx).balance(), request);
    });
    const Params listParams = ApiRouter::kListParams + Params{QStringLiteral("created"), QStringLiteral("currency"), QStringLiteral("payout"),
                                                              QStringLiteral("source"), QStringLiteral("type")};
    for (const QString &url : {QStringLiteral("/v1/balance_transactions"), QStringLiteral("/v1/balance/history")}) {
        router.add(QStringLiteral("GET"), url, listParams, [&ctx, url](const ApiRequest &request) {
            return listTransactions(ctx, url, request);
        });
        router.add(QStringLiteral("GET"), url + QStringLiteral("/:id"), {}, [&ctx](const ApiRequest &request) {
            return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("balance_transaction"), QStringLiteral("balance transaction")), request);
        });
    }

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/balance_settings"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(BalanceSettings(ctx).object(), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/balance_settings"),
               Params{QStringLiteral("payments[debit_negative_balances]"),
                      QStringLiteral("payments[payouts][automatic_transfer_rules_by_currency]"),
                      QStringLiteral("payments[payouts][minimum_balance_by_currency]"),
                      QStringLiteral("payments[payouts][schedule][interval]"),
                      QStringLiteral("payments[payouts][schedule][monthly_payout_days][]"),
                      QStringLiteral("payments[payouts][schedule][weekly_payout_days][]"),
                      QStringLiteral("payments[payouts][statement_descriptor]"),
                      QStringLiteral("payments[settlement_timing][delay_days_override]"),
                      QStringLiteral("payments[settlement_timing][start_of_day]")},
               [&ctx](const ApiRequest &request) { return ctx.respond(BalanceSettings(ctx).update(request), request); });
}

} // namespace sandbox
