#include "CustomerResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"

#include <QJsonArray>

namespace sandbox {

namespace {

const QStringList kEditable{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                            QStringLiteral("description")};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject CustomerResource::build(const SandboxContext &ctx, const QString &email, const QString &name, const QJsonObject &metadata)
{
    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("cus_"), 14)},
        {QStringLiteral("object"), QStringLiteral("customer")},
        {QStringLiteral("address"), QJsonValue()},
        {QStringLiteral("balance"), 0},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("currency"), QJsonValue()},
        {QStringLiteral("default_source"), QJsonValue()},
        {QStringLiteral("delinquent"), false},
        {QStringLiteral("discount"), QJsonValue()},
        {QStringLiteral("invoice_prefix"), ctx.ids.next(QString(), 8).toUpper()},
        {QStringLiteral("invoice_settings"),
         QJsonObject{{QStringLiteral("custom_fields"), QJsonValue()},
                     {QStringLiteral("default_payment_method"), QJsonValue()},
                     {QStringLiteral("footer"), QJsonValue()},
                     {QStringLiteral("rendering_options"), QJsonValue()}}},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("name"), nullable(name)},
        {QStringLiteral("next_invoice_sequence"), 1},
        {QStringLiteral("preferred_locales"), QJsonArray()},
        {QStringLiteral("shipping"), QJsonValue()},
        {QStringLiteral("tax_exempt"), QStringLiteral("none")},
        {QStringLiteral("test_clock"), QJsonValue()},
        {QStringLiteral("email"), nullable(email)},
        {QStringLiteral("phone"), QJsonValue()},
        {QStringLiteral("description"), QJsonValue()},
    };
}

namespace {
QJsonObject newCustomer(const SandboxContext &ctx, const ApiRequest &request)
{
    QJsonObject customer = CustomerResource::build(ctx, request.string(QStringLiteral("email")), request.string(QStringLiteral("name")),
                                                   mergeMetadata({}, request));
    for (const QString &field : kEditable)
        customer.insert(field, nullable(request.string(field)));
    return customer;
}
} // namespace

void CustomerResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/customers"), Params{QStringLiteral("validate"), QStringLiteral("address"), QStringLiteral("balance"), QStringLiteral("cash_balance"), QStringLiteral("description"), QStringLiteral("email"), QStringLiteral("invoice_prefix"), QStringLiteral("invoice_settings"), QStringLiteral("metadata"), QStringLiteral("name"), QStringLiteral("next_invoice_sequence"), QStringLiteral("payment_method"), QStringLiteral("phone"), QStringLiteral("preferred_locales"), QStringLiteral("shipping"), QStringLiteral("source"), QStringLiteral("tax"), QStringLiteral("tax_exempt"), QStringLiteral("tax_id_data"), QStringLiteral("test_clock"), QStringLiteral("business_name"), QStringLiteral("individual_name")}, [&ctx](const ApiRequest &request) {
        const QJsonObject customer = newCustomer(ctx, request);
        ctx.save(customer);
        ctx.emitEvent(QStringLiteral("customer.created"), customer, request);
        return ctx.respond(customer, request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers/search"), Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                                                      QStringLiteral("created")});
        return SearchQuery::respond(ctx, QStringLiteral("customer"), QStringLiteral("/v1/customers/search"), query, request);
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers/:id"), {}, [&ctx](const ApiRequest &request) {
        const auto object = ctx.store.get(request.pathArgs.at(0));
        if (object && object->value(QStringLiteral("deleted")).toBool())
            return ApiResponse{200, *object};
        return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("customer"), QStringLiteral("customer")), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/customers/:id"), Params{QStringLiteral("validate"), QStringLiteral("address"), QStringLiteral("balance"), QStringLiteral("cash_balance"), QStringLiteral("description"), QStringLiteral("email"), QStringLiteral("invoice_prefix"), QStringLiteral("invoice_settings"), QStringLiteral("metadata"), QStringLiteral("name"), QStringLiteral("next_invoice_sequence"), QStringLiteral("phone"), QStringLiteral("preferred_locales"), QStringLiteral("shipping"), QStringLiteral("source"), QStringLiteral("tax"), QStringLiteral("tax_exempt"), QStringLiteral("business_name"), QStringLiteral("individual_name"), QStringLiteral("default_source")}, [&ctx](const ApiRequest &request) {
        QJsonObject customer = ctx.load(request.pathArgs.at(0), QStringLiteral("customer"), QStringLiteral("customer"));
        QJsonObject previous;
        for (const QString &field : kEditable) {
            if (!request.has(field))
                continue;
            const QJsonValue next = nullable(request.string(field));
            if (customer.value(field) != next) {
                previous.insert(field, customer.value(field));
                customer.insert(field, next);
            }
        }
        const QJsonObject metadata = mergeMetadata(customer.value(QStringLiteral("metadata")).toObject(), request);
        if (metadata != customer.value(QStringLiteral("metadata")).toObject()) {
            previous.insert(QStringLiteral("metadata"), customer.value(QStringLiteral("metadata")));
            customer.insert(QStringLiteral("metadata"), metadata);
        }
        ctx.save(customer);
        if (!previous.isEmpty())
            ctx.emitEvent(QStringLiteral("customer.updated"), customer, request, previous);
        return ctx.respond(customer, request);
    });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/customers/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject customer = ctx.load(request.pathArgs.at(0), QStringLiteral("customer"), QStringLiteral("customer"));
        // Deleting a customer cancels its subscriptions at once (Stripe's documented behaviour).
        for (QJsonObject sub : ctx.store.all(QStringLiteral("subscription"),
                                             {{QStringLiteral("$.customer"), QStringLiteral("="), {customer.value(QStringLiteral("id")).toString()}},
                                              {QStringLiteral("$.status"), QStringLiteral("NOT IN"),
                                               {QStringLiteral("canceled"), QStringLiteral("incomplete_expired")}}})) {
            sub.insert(QStringLiteral("status"), QStringLiteral("canceled"));
            sub.insert(QStringLiteral("canceled_at"), ctx.clock.now());
            sub.insert(QStringLiteral("ended_at"), ctx.clock.now());
            ctx.save(sub);
            ctx.emitEvent(QStringLiteral("customer.subscription.deleted"), sub, request);
        }
        const QJsonObject deleted{{QStringLiteral("id"), customer.value(QStringLiteral("id"))},
                                  {QStringLiteral("object"), QStringLiteral("customer")},
                                  {QStringLiteral("deleted"), true}};
        // Stripe keeps answering GET for a deleted customer with this stub.
        ctx.save(deleted);
        ctx.emitEvent(QStringLiteral("customer.deleted"), customer, request);
        return ApiResponse{200, deleted};
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers"), Params{QStringLiteral("email"), QStringLiteral("created"), QStringLiteral("test_clock")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions{{QStringLiteral("$.deleted"), QStringLiteral("IS NULL"), {}}};
        if (request.has(QStringLiteral("email")))
            conditions.append({QStringLiteral("$.email"), QStringLiteral("="), {request.string(QStringLiteral("email"))}});
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("customer"), conditions, QStringLiteral("/v1/customers"), request);
    });
}

} // namespace sandbox
