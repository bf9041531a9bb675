#include "MoneyResource.h"

#include "ApiRouter.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"
#include "billing/RefundFlow.h"

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
    // Registered before "/:id": "search" is not a charge id.
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges/search"),
               Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("amount"), QStringLiteral("created"), QStringLiteral("currency"),
                                                      QStringLiteral("customer"), QStringLiteral("disputed"), QStringLiteral("refunded"),
                                                      QStringLiteral("status"), QStringLiteral("payment_intent")});
        return SearchQuery::respond(ctx, QStringLiteral("charge"), QStringLiteral("/v1/charges/search"), query, request);
    });
    // What a charge lets change afterwards: its description and metadata, the receipt
    // address, the customer it belongs to (only while it has none), fraud details.
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/charges/:id"),
               Params{QStringLiteral("customer"), QStringLiteral("description"), QStringLiteral("fraud_details"), QStringLiteral("metadata"),
                      QStringLiteral("receipt_email"), QStringLiteral("shipping"), QStringLiteral("transfer_group")},
               [&ctx](const ApiRequest &request) {
                   QJsonObject charge = ctx.load(request.pathArgs.at(0), QStringLiteral("charge"), QStringLiteral("charge"));
                   QJsonObject previous;
                   auto set = [&](const QString &field, const QJsonValue &value) {
                       if (charge.value(field) != value) {
                           previous.insert(field, charge.value(field));
                           charge.insert(field, value);
                       }
                   };
                   for (const QString &field : {QStringLiteral("description"), QStringLiteral("receipt_email"), QStringLiteral("transfer_group")}) {
                       if (request.has(field))
                           set(field, request.string(field).isEmpty() ? QJsonValue() : QJsonValue(request.string(field)));
                   }
                   if (request.has(QStringLiteral("customer"))) {
                       const QString customer = request.string(QStringLiteral("customer"));
                       if (!charge.value(QStringLiteral("customer")).toString().isEmpty() && charge.value(QStringLiteral("customer")).toString() != customer)
                           throw StripeException::invalid(QStringLiteral("This charge already belongs to another customer."), QStringLiteral("customer"));
                       ctx.load(customer, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
                       set(QStringLiteral("customer"), customer);
                   }
                   if (request.has(QStringLiteral("fraud_details")))
                       set(QStringLiteral("fraud_details"), request.object(QStringLiteral("fraud_details")));
                   if (request.has(QStringLiteral("shipping")))
                       set(QStringLiteral("shipping"), request.object(QStringLiteral("shipping")));
                   set(QStringLiteral("metadata"), mergeMetadata(charge.value(QStringLiteral("metadata")).toObject(), request));
                   ctx.save(charge);
                   if (!previous.isEmpty())
                       ctx.emitEvent(QStringLiteral("charge.updated"), charge, request, previous);
                   return ctx.respond(charge, request);
               });
    // A charge's refunds are an includable list (expand[]=refunds, data.refunds in lists).
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject charge = ctx.load(request.pathArgs.at(0), QStringLiteral("charge"), QStringLiteral("charge"));
        QStringList paths = request.expand();
        const bool withRefunds = paths.removeAll(QStringLiteral("refunds")) > 0;
        QJsonObject out = ctx.expand(charge, paths);
        if (withRefunds)
            out.insert(QStringLiteral("refunds"), RefundFlow(ctx).listOf(request.pathArgs.at(0)));
        return ApiResponse{200, out};
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/charges"),
               ApiRouter::kListParams + Params{QStringLiteral("created"), QStringLiteral("customer"), QStringLiteral("payment_intent"),
                                               QStringLiteral("transfer_group")},
               [&ctx](const ApiRequest &request) {
                   QList<Condition> conditions;
                   for (const QString &field : {QStringLiteral("customer"), QStringLiteral("payment_intent"), QStringLiteral("transfer_group")}) {
                       const QString value = request.string(field);
                       if (!value.isEmpty())
                           conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {value}});
                   }
                   SandboxContext::addCreatedFilter(request, conditions);
                   ApiRequest inner = request;
                   QStringList paths = request.expand();
                   const bool withRefunds = paths.removeAll(QStringLiteral("data.refunds")) > 0;
                   inner.params.insert(QStringLiteral("expand"), QJsonArray::fromStringList(paths));
                   ApiResponse response = ctx.listObjects(QStringLiteral("charge"), conditions, QStringLiteral("/v1/charges"), inner);
                   if (withRefunds) {
                       QJsonArray data = response.body.value(QStringLiteral("data")).toArray();
                       for (auto item = data.begin(); item != data.end(); ++item) {
                           QJsonObject charge = item->toObject();
                           charge.insert(QStringLiteral("refunds"), RefundFlow(ctx).listOf(charge.value(QStringLiteral("id")).toString()));
                           *item = charge;
                       }
                       response.body.insert(QStringLiteral("data"), data);
                   }
                   return response;
               });
}

} // namespace sandbox
