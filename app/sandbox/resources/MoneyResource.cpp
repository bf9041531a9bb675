#include "MoneyResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "billing/Payments.h"

#include <QJsonArray>

namespace sandbox {

namespace {

struct Filter {
    QString param; // list parameter, e.g. "customer" or "payment[payment_intent]"
    QString path;  // where it lives in the object
};

struct ReadOnly {
    QString url;      // "/v1/charges"
    QString type;     // "charge"
    QString resource; // name in "No such …" errors
    QList<Filter> filters;
};

// A list parameter's value; nested names like payment[payment_intent] included.
QString paramValue(const ApiRequest &request, const QString &param)
{
    const int open = int(param.indexOf(u'['));
    if (open < 0)
        return request.string(param);
    return request.object(param.left(open)).value(param.mid(open + 1).chopped(1)).toString();
}

void registerReadOnly(ApiRouter &router, const SandboxContext &ctx, const ReadOnly &spec)
{
    router.add(QStringLiteral("GET"), spec.url + QStringLiteral("/:id"), {}, [&ctx, spec](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), spec.type, spec.resource), request);
    });
    Params params = ApiRouter::kListParams + Params{QStringLiteral("created")};
    for (const Filter &filter : spec.filters)
        params << filter.param;
    router.add(QStringLiteral("GET"), spec.url, params, [&ctx, spec](const ApiRequest &request) {
        QList<Condition> conditions;
        for (const Filter &filter : spec.filters) {
            const QString value = paramValue(request, filter.param);
            if (!value.isEmpty())
                conditions.append({filter.path, QStringLiteral("="), {value}});
        }
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(spec.type, conditions, spec.url, request);
    });
}

} // namespace

void MoneyResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    const Filter customer{QStringLiteral("customer"), QStringLiteral("$.customer")};
    registerReadOnly(router, ctx, {QStringLiteral("/v1/invoice_payments"), QStringLiteral("invoice_payment"), QStringLiteral("invoice payment"),
                                   {{QStringLiteral("invoice"), QStringLiteral("$.invoice")},
                                    {QStringLiteral("status"), QStringLiteral("$.status")},
                                    {QStringLiteral("payment[payment_intent]"), QStringLiteral("$.payment.payment_intent")}}});
    registerReadOnly(router, ctx, {QStringLiteral("/v1/charges"), QStringLiteral("charge"), QStringLiteral("charge"),
                                   {customer, {QStringLiteral("payment_intent"), QStringLiteral("$.payment_intent")}}});
    registerReadOnly(router, ctx, {QStringLiteral("/v1/balance_transactions"), QStringLiteral("balance_transaction"),
                                   QStringLiteral("balance transaction"),
                                   {{QStringLiteral("type"), QStringLiteral("$.type")},
                                    {QStringLiteral("source"), QStringLiteral("$.source")},
                                    {QStringLiteral("currency"), QStringLiteral("$.currency")}}});
    registerReadOnly(router, ctx, {QStringLiteral("/v1/disputes"), QStringLiteral("dispute"), QStringLiteral("dispute"),
                                   {{QStringLiteral("charge"), QStringLiteral("$.charge")},
                                    {QStringLiteral("payment_intent"), QStringLiteral("$.payment_intent")}}});
    registerReadOnly(router, ctx, {QStringLiteral("/v1/refunds"), QStringLiteral("refund"), QStringLiteral("refund"),
                                   {{QStringLiteral("charge"), QStringLiteral("$.charge")},
                                    {QStringLiteral("payment_intent"), QStringLiteral("$.payment_intent")}}});

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/refunds"), Params{QStringLiteral("amount"), QStringLiteral("charge"), QStringLiteral("payment_intent"), QStringLiteral("reason"), QStringLiteral("metadata"), QStringLiteral("instructions_email"), QStringLiteral("origin"), QStringLiteral("refund_application_fee"), QStringLiteral("reverse_transfer"), QStringLiteral("customer"), QStringLiteral("currency")}, [&ctx](const ApiRequest &request) {
        QString chargeId = request.string(QStringLiteral("charge"));
        if (chargeId.isEmpty()) {
            const QString intentId = request.string(QStringLiteral("payment_intent"));
            if (intentId.isEmpty())
                throw StripeException::invalid(QStringLiteral("One of the following params should be provided for this request: "
                                                              "payment_intent or charge."), QStringLiteral("charge"), QStringLiteral("parameter_missing"));
            chargeId = ctx.load(intentId, QStringLiteral("payment_intent"), QStringLiteral("payment_intent"), QStringLiteral("payment_intent"))
                           .value(QStringLiteral("latest_charge")).toString();
        }
        const QJsonObject charge = ctx.load(chargeId, QStringLiteral("charge"), QStringLiteral("charge"), QStringLiteral("charge"));
        if (!charge.value(QStringLiteral("paid")).toBool())
            throw StripeException::invalid(QStringLiteral("Charge %1 has not been captured.").arg(chargeId), QStringLiteral("charge"));
        return ctx.respond(Payments(ctx).refund(charge, request.integer(QStringLiteral("amount")).value_or(0),
                                                request.string(QStringLiteral("reason")), request),
                           request);
    });
}

} // namespace sandbox
