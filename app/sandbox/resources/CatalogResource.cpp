#include "CatalogResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SearchQuery.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QJsonObject newProduct(const SandboxContext &ctx, const ApiRequest &request)
{
    const qint64 now = ctx.clock.now();
    return {
        {QStringLiteral("id"), request.string(QStringLiteral("id"), ctx.ids.next(QStringLiteral("prod_"), 14))},
        {QStringLiteral("object"), QStringLiteral("product")},
        {QStringLiteral("active"), request.boolean(QStringLiteral("active")).value_or(true)},
        {QStringLiteral("created"), now},
        {QStringLiteral("default_price"), QJsonValue()},
        {QStringLiteral("description"), request.has(QStringLiteral("description")) ? QJsonValue(request.string(QStringLiteral("description"))) : QJsonValue()},
        {QStringLiteral("images"), QJsonArray()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), mergeMetadata({}, request)},
        {QStringLiteral("name"), request.requiredString(QStringLiteral("name"))},
        {QStringLiteral("type"), QStringLiteral("service")},
        {QStringLiteral("unit_label"), QJsonValue()},
        {QStringLiteral("updated"), now},
    };
}

QJsonObject newPrice(const SandboxContext &ctx, const ApiRequest &request)
{
    const QString product = request.requiredString(QStringLiteral("product"));
    ctx.load(product, QStringLiteral("product"), QStringLiteral("product"), QStringLiteral("product"));
    const QString currency = request.requiredString(QStringLiteral("currency")).toLower();
    const auto amount = request.integer(QStringLiteral("unit_amount"));
    if (!amount)
        throw StripeException::missingParam(QStringLiteral("unit_amount"));
    if (*amount < 0)
        throw StripeException::invalid(QStringLiteral("This value must be greater than or equal to 0."), QStringLiteral("unit_amount"));

    QJsonValue recurring;
    if (request.has(QStringLiteral("recurring"))) {
        const QJsonObject r = request.object(QStringLiteral("recurring"));
        const QString interval = r.value(QStringLiteral("interval")).toString();
        if (!QStringList{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")}.contains(interval))
            throw StripeException::invalid(QStringLiteral("Invalid recurring[interval]: must be one of day, week, month, or year"),
                                           QStringLiteral("recurring[interval]"));
        recurring = QJsonObject{
            {QStringLiteral("interval"), interval},
            {QStringLiteral("interval_count"), r.value(QStringLiteral("interval_count")).toString(QStringLiteral("1")).toInt()},
            {QStringLiteral("meter"), QJsonValue()},
            {QStringLiteral("trial_period_days"), QJsonValue()},
            {QStringLiteral("usage_type"), QStringLiteral("licensed")},
        };
    }
    const QString lookupKey = request.string(QStringLiteral("lookup_key"));
    if (!lookupKey.isEmpty()) {
        const auto taken = ctx.store.all(QStringLiteral("price"), {{QStringLiteral("$.lookup_key"), QStringLiteral("="), {lookupKey}}});
        if (!taken.isEmpty() && !request.boolean(QStringLiteral("transfer_lookup_key")).value_or(false))
            throw StripeException::invalid(QStringLiteral("A price (`%1`) already uses that lookup key.")
                                               .arg(taken.first().value(QStringLiteral("id")).toString()),
                                           QStringLiteral("lookup_key"));
        for (QJsonObject other : taken) { // transfer_lookup_key=true moves it here
            other.insert(QStringLiteral("lookup_key"), QJsonValue());
            ctx.save(other);
        }
    }
    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("price_"))},
        {QStringLiteral("object"), QStringLiteral("price")},
        {QStringLiteral("active"), request.boolean(QStringLiteral("active")).value_or(true)},
        {QStringLiteral("billing_scheme"), QStringLiteral("per_unit")},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("custom_unit_amount"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("lookup_key"), lookupKey.isEmpty() ? QJsonValue() : QJsonValue(lookupKey)},
        {QStringLiteral("metadata"), mergeMetadata({}, request)},
        {QStringLiteral("nickname"), request.has(QStringLiteral("nickname")) ? QJsonValue(request.string(QStringLiteral("nickname"))) : QJsonValue()},
        {QStringLiteral("product"), product},
        {QStringLiteral("recurring"), recurring},
        {QStringLiteral("tax_behavior"), QStringLiteral("unspecified")},
        {QStringLiteral("tiers_mode"), QJsonValue()},
        {QStringLiteral("transform_quantity"), QJsonValue()},
        {QStringLiteral("type"), recurring.isNull() ? QStringLiteral("one_time") : QStringLiteral("recurring")},
        {QStringLiteral("unit_amount"), *amount},
        {QStringLiteral("unit_amount_decimal"), QString::number(*amount)},
    };
}

// Fields a price keeps forever (amounts are immutable) vs. those an update may change.
void updateEditable(QJsonObject &object, const ApiRequest &request, const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!request.has(field))
            continue;
        if (field == QLatin1String("active"))
            object.insert(field, request.boolean(field).value_or(true));
        else
            object.insert(field, request.string(field).isEmpty() ? QJsonValue() : QJsonValue(request.string(field)));
    }
    object.insert(QStringLiteral("metadata"), mergeMetadata(object.value(QStringLiteral("metadata")).toObject(), request));
}

} // namespace

void CatalogResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/products"), Params{QStringLiteral("tax_details"), QStringLiteral("id"), QStringLiteral("active"), QStringLiteral("description"), QStringLiteral("metadata"), QStringLiteral("name"), QStringLiteral("default_price_data"), QStringLiteral("images"), QStringLiteral("marketing_features"), QStringLiteral("package_dimensions"), QStringLiteral("shippable"), QStringLiteral("statement_descriptor"), QStringLiteral("tax_code"), QStringLiteral("unit_label"), QStringLiteral("url"), QStringLiteral("type")}, [&ctx](const ApiRequest &request) {
        const QJsonObject product = newProduct(ctx, request);
        if (ctx.store.get(product.value(QStringLiteral("id")).toString()))
            throw StripeException::invalid(QStringLiteral("Product already exists."), QStringLiteral("id"), QStringLiteral("resource_already_exists"));
        ctx.save(product);
        ctx.emitEvent(QStringLiteral("product.created"), product, request);
        return ctx.respond(product, request);
    });
    // Registered before "/:id": "search" is not a product id.
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/products/search"),
               Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("active"), QStringLiteral("description"), QStringLiteral("name"),
                                                      QStringLiteral("shippable"), QStringLiteral("url"), QStringLiteral("created")});
        return SearchQuery::respond(ctx, QStringLiteral("product"), QStringLiteral("/v1/products/search"), query, request);
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/products/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject product = ctx.load(request.pathArgs.at(0), QStringLiteral("product"), QStringLiteral("product"));
        // Stripe keeps products that prices point at: archive them (active=false) instead.
        if (!ctx.store.all(QStringLiteral("price"), {{QStringLiteral("$.product"), QStringLiteral("="), {request.pathArgs.at(0)}}}).isEmpty())
            throw StripeException::invalid(QStringLiteral("This product cannot be deleted because it has one or more user-created prices."),
                                           QStringLiteral("id"));
        const QJsonObject deleted{{QStringLiteral("id"), product.value(QStringLiteral("id"))},
                                  {QStringLiteral("object"), QStringLiteral("product")},
                                  {QStringLiteral("deleted"), true}};
        ctx.store.remove(request.pathArgs.at(0));
        ctx.emitEvent(QStringLiteral("product.deleted"), product, request);
        return ApiResponse{200, deleted};
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/products/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("product"), QStringLiteral("product")), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/products/:id"), Params{QStringLiteral("tax_details"), QStringLiteral("active"), QStringLiteral("default_price"), QStringLiteral("description"), QStringLiteral("images"), QStringLiteral("marketing_features"), QStringLiteral("metadata"), QStringLiteral("name"), QStringLiteral("package_dimensions"), QStringLiteral("shippable"), QStringLiteral("statement_descriptor"), QStringLiteral("tax_code"), QStringLiteral("unit_label"), QStringLiteral("url")}, [&ctx](const ApiRequest &request) {
        QJsonObject product = ctx.load(request.pathArgs.at(0), QStringLiteral("product"), QStringLiteral("product"));
        updateEditable(product, request, {QStringLiteral("active"), QStringLiteral("name"), QStringLiteral("description"),
                                          QStringLiteral("default_price")});
        product.insert(QStringLiteral("updated"), ctx.clock.now());
        ctx.save(product);
        ctx.emitEvent(QStringLiteral("product.updated"), product, request);
        return ctx.respond(product, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/products"), Params{QStringLiteral("active"), QStringLiteral("ids"), QStringLiteral("created"), QStringLiteral("shippable"), QStringLiteral("url")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        if (const auto active = request.boolean(QStringLiteral("active")))
            conditions.append({QStringLiteral("$.active"), QStringLiteral("="), {*active ? 1 : 0}});
        QVariantList ids;
        for (const QJsonValue &id : request.params.value(QStringLiteral("ids")).toArray())
            ids << id.toString();
        if (!ids.isEmpty())
            conditions.append({QStringLiteral("$.id"), QStringLiteral("IN"), ids});
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("product"), conditions, QStringLiteral("/v1/products"), request);
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/v1/prices"), Params{QStringLiteral("active"), QStringLiteral("billing_scheme"), QStringLiteral("currency"), QStringLiteral("currency_options"), QStringLiteral("custom_unit_amount"), QStringLiteral("lookup_key"), QStringLiteral("metadata"), QStringLiteral("nickname"), QStringLiteral("product"), QStringLiteral("product_data"), QStringLiteral("recurring[interval]"), QStringLiteral("recurring[interval_count]"), QStringLiteral("recurring[meter]"), QStringLiteral("recurring[trial_period_days]"), QStringLiteral("recurring[usage_type]"), QStringLiteral("tax_behavior"), QStringLiteral("tiers"), QStringLiteral("tiers_mode"), QStringLiteral("transfer_lookup_key"), QStringLiteral("transform_quantity"), QStringLiteral("unit_amount"), QStringLiteral("unit_amount_decimal")}, [&ctx](const ApiRequest &request) {
        const QJsonObject price = newPrice(ctx, request);
        ctx.save(price);
        ctx.emitEvent(QStringLiteral("price.created"), price, request);
        return ctx.respond(price, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/prices/search"),
               Params{QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("page")}, [&ctx](const ApiRequest &request) {
        const SearchQuery query = SearchQuery::parse(request.requiredString(QStringLiteral("query")),
                                                     {QStringLiteral("active"), QStringLiteral("currency"), QStringLiteral("lookup_key"),
                                                      QStringLiteral("product"), QStringLiteral("type"), QStringLiteral("created")});
        return SearchQuery::respond(ctx, QStringLiteral("price"), QStringLiteral("/v1/prices/search"), query, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/prices/:id"), {}, [&ctx](const ApiRequest &request) {
        return ctx.respond(ctx.load(request.pathArgs.at(0), QStringLiteral("price"), QStringLiteral("price")), request);
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/prices/:id"), Params{QStringLiteral("active"), QStringLiteral("currency_options"), QStringLiteral("lookup_key"), QStringLiteral("metadata"), QStringLiteral("nickname"), QStringLiteral("tax_behavior"), QStringLiteral("transfer_lookup_key")}, [&ctx](const ApiRequest &request) {
        QJsonObject price = ctx.load(request.pathArgs.at(0), QStringLiteral("price"), QStringLiteral("price"));
        updateEditable(price, request, {QStringLiteral("active"), QStringLiteral("nickname"), QStringLiteral("lookup_key")});
        ctx.save(price);
        ctx.emitEvent(QStringLiteral("price.updated"), price, request);
        return ctx.respond(price, request);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/prices"), Params{QStringLiteral("active"), QStringLiteral("currency"), QStringLiteral("created"), QStringLiteral("lookup_keys"), QStringLiteral("product"), QStringLiteral("recurring"), QStringLiteral("type")} + ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        QList<Condition> conditions;
        if (const auto active = request.boolean(QStringLiteral("active")))
            conditions.append({QStringLiteral("$.active"), QStringLiteral("="), {*active ? 1 : 0}});
        for (const QString &field : {QStringLiteral("product"), QStringLiteral("type"), QStringLiteral("currency")}) {
            if (request.has(field))
                conditions.append({QStringLiteral("$.") + field, QStringLiteral("="), {request.string(field)}});
        }
        QVariantList keys;
        for (const QJsonValue &key : request.params.value(QStringLiteral("lookup_keys")).toArray())
            keys << key.toString();
        if (!keys.isEmpty())
            conditions.append({QStringLiteral("$.lookup_key"), QStringLiteral("IN"), keys});
        const QString interval = request.object(QStringLiteral("recurring")).value(QStringLiteral("interval")).toString();
        if (!interval.isEmpty())
            conditions.append({QStringLiteral("$.recurring.interval"), QStringLiteral("="), {interval}});
        SandboxContext::addCreatedFilter(request, conditions);
        return ctx.listObjects(QStringLiteral("price"), conditions, QStringLiteral("/v1/prices"), request);
    });
}

} // namespace sandbox
