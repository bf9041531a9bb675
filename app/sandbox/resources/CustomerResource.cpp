#include "CustomerResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"
#include "billing/PaymentMethods.h"

#include <QJsonArray>

namespace sandbox {

namespace {

const QStringList kEditable{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                            QStringLiteral("description")};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

const QString kDefaultParam = QStringLiteral("invoice_settings[default_payment_method]");

// invoice_settings[default_payment_method] as given: nullopt when absent, "" to clear.
std::optional<QString> requestedDefault(const ApiRequest &request)
{
    const QJsonObject settings = request.object(QStringLiteral("invoice_settings"));
    if (!settings.contains(QStringLiteral("default_payment_method")))
        return std::nullopt;
    return settings.value(QStringLiteral("default_payment_method")).toString();
}

// The customer's invoice_settings with `paymentMethod` as default, which Stripe only
// accepts when it is attached to this customer (`attachedNow`: attached by this request).
QJsonObject withDefault(const SandboxContext &ctx, const QJsonObject &customer, const QString &paymentMethod,
                        const QString &attachedNow = {})
{
    QJsonObject settings = customer.value(QStringLiteral("invoice_settings")).toObject();
    if (paymentMethod.isEmpty()) {
        settings.insert(QStringLiteral("default_payment_method"), QJsonValue());
        return settings;
    }
    const QString customerId = customer.value(QStringLiteral("id")).toString();
    const auto method = ctx.store.get(paymentMethod);
    const bool attached = paymentMethod == attachedNow
        || (method && method->value(QStringLiteral("object")).toString() == QLatin1String("payment_method")
            && method->value(QStringLiteral("customer")).toString() == customerId);
    if (!attached)
        throw StripeException(400, QStringLiteral("invalid_request_error"),
                              QStringLiteral("The customer does not have a payment method with the ID %1. The payment method must be "
                                             "attached to the customer.").arg(paymentMethod),
                              QStringLiteral("resource_missing"), kDefaultParam);
    settings.insert(QStringLiteral("default_payment_method"), paymentMethod);
    return settings;
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

QJsonObject CustomerResource::remove(const SandboxContext &ctx, const QJsonObject &customer, const ApiRequest &request)
{
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
    return deleted;
}

namespace {
QJsonObject newCustomer(const SandboxContext &ctx, const ApiRequest &request)
{
    QJsonObject customer = CustomerResource::build(ctx, request.string(QStringLiteral("email")), request.string(QStringLiteral("name")),
                                                   mergeMetadata({}, request));
    for (const QString &field : kEditable)
        customer.insert(field, nullable(request.string(field)));
    if (request.has(QStringLiteral("test_clock"))) // its subscriptions then run on that clock
        customer.insert(QStringLiteral("test_clock"), ctx.load(request.string(QStringLiteral("test_clock")), QStringLiteral("test_helpers.test_clock"),
                                                               QStringLiteral("test_clock"), QStringLiteral("test_clock"))
                                                          .value(QStringLiteral("id")));
    return customer;
}
} // namespace

void CustomerResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/customers"), Params{QStringLiteral("validate"), QStringLiteral("address"), QStringLiteral("balance"), QStringLiteral("cash_balance"), QStringLiteral("description"), QStringLiteral("email"), QStringLiteral("invoice_prefix"), QStringLiteral("invoice_settings"), QStringLiteral("metadata"), QStringLiteral("name"), QStringLiteral("next_invoice_sequence"), QStringLiteral("payment_method"), QStringLiteral("phone"), QStringLiteral("preferred_locales"), QStringLiteral("shipping"), QStringLiteral("source"), QStringLiteral("tax"), QStringLiteral("tax_exempt"), QStringLiteral("tax_id_data"), QStringLiteral("test_clock"), QStringLiteral("business_name"), QStringLiteral("individual_name")}, [&ctx](const ApiRequest &request) {
        QJsonObject customer = newCustomer(ctx, request);
        // payment_method attaches that card to the new customer (after customer.created).
        QJsonObject method;
        if (request.has(QStringLiteral("payment_method")))
            method = PaymentMethods::resolve(ctx, request.requiredString(QStringLiteral("payment_method")), QStringLiteral("payment_method"));
        const QString methodId = method.value(QStringLiteral("id")).toString();
        // The default may name the payment_method being attached, by its id or the same test token.
        if (const auto defaultMethod = requestedDefault(request)) {
            const bool same = !methodId.isEmpty() && *defaultMethod == request.string(QStringLiteral("payment_method"));
            customer.insert(QStringLiteral("invoice_settings"), withDefault(ctx, customer, same ? methodId : *defaultMethod, methodId));
        }
        ctx.save(customer);
        ctx.emitEvent(QStringLiteral("customer.created"), customer, request);
        if (!method.isEmpty())
            PaymentMethods::attach(ctx, method, customer.value(QStringLiteral("id")).toString(), request);
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
        if (const auto defaultMethod = requestedDefault(request)) {
            const QJsonObject settings = withDefault(ctx, customer, *defaultMethod);
            if (settings != customer.value(QStringLiteral("invoice_settings")).toObject()) {
                previous.insert(QStringLiteral("invoice_settings"), customer.value(QStringLiteral("invoice_settings")));
                customer.insert(QStringLiteral("invoice_settings"), settings);
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
        return ApiResponse{200, remove(ctx, ctx.load(request.pathArgs.at(0), QStringLiteral("customer"), QStringLiteral("customer")), request)};
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/v1/customers"), Params{QStringLiteral("email"), QStringLiteral("created"), QStringLiteral("test_clock")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions{{QStringLiteral("$.deleted"), QStringLiteral("IS NULL"), {}}};
        if (request.has(QStringLiteral("email")))
            conditions.append({QStringLiteral("$.email"), QStringLiteral("="), {request.string(QStringLiteral("email"))}});
        if (request.has(QStringLiteral("test_clock")))
            conditions.append({QStringLiteral("$.test_clock"), QStringLiteral("="), {request.string(QStringLiteral("test_clock"))}});
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("customer"), conditions, QStringLiteral("/v1/customers"), request);
    });
}

} // namespace sandbox
