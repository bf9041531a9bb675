#include "WebhookEndpointResource.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "WebhookDispatcher.h"
#include "stripe/ApiVersion.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace sandbox {

namespace {

// Stripe refuses a subscription to an event type it does not have.
const QSet<QString> &knownEventTypes()
{
    static const QSet<QString> types = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/sandbox-data/event-types.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty() && !line.startsWith('#'))
                    out.insert(QString::fromLatin1(line.trimmed()));
            }
        }
        Q_ASSERT(out.contains(QStringLiteral("*")));
        return out;
    }();
    return types;
}

QJsonArray enabledEvents(const ApiRequest &request)
{
    const QJsonValue v = request.params.value(QStringLiteral("enabled_events"));
    QJsonArray events = v.toArray();
    if (v.isString() && !v.toString().isEmpty())
        events.append(v);
    if (events.isEmpty())
        throw StripeException::missingParam(QStringLiteral("enabled_events"));
    for (int i = 0; i < events.size(); ++i) {
        if (!knownEventTypes().contains(events.at(i).toString()))
            throw StripeException::invalid(QStringLiteral("Invalid enabled_events[%1]: %2 is not an event type Stripe sends "
                                                          "(see https://docs.stripe.com/api/events/types).")
                                               .arg(i).arg(events.at(i).toString()),
                                           QStringLiteral("enabled_events[%1]").arg(i));
    }
    return events;
}

QString validUrl(const ApiRequest &request)
{
    const QString url = request.requiredString(QStringLiteral("url"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        throw StripeException::invalid(QStringLiteral("Invalid URL: %1").arg(url), QStringLiteral("url"), QStringLiteral("url_invalid"));
    return url;
}

QJsonObject withoutSecret(QJsonObject endpoint)
{
    endpoint.remove(QStringLiteral("secret"));
    return endpoint;
}

} // namespace

void WebhookEndpointResource::registerRoutes(ApiRouter &router, const SandboxContext &ctx, WebhookDispatcher &dispatcher)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/webhook_endpoints"), Params{QStringLiteral("url"), QStringLiteral("enabled_events"), QStringLiteral("api_version"), QStringLiteral("description"), QStringLiteral("metadata"), QStringLiteral("connect")}, [&ctx](const ApiRequest &request) {
        const QJsonObject endpoint{
            {QStringLiteral("id"), ctx.ids.next(QStringLiteral("we_"))},
            {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
            {QStringLiteral("api_version"), request.string(QStringLiteral("api_version"), QString::fromLatin1(companion::stripe::kApiVersion))},
            {QStringLiteral("application"), QJsonValue()},
            {QStringLiteral("created"), ctx.clock.now()},
            {QStringLiteral("description"), request.has(QStringLiteral("description")) ? QJsonValue(request.string(QStringLiteral("description"))) : QJsonValue()},
            {QStringLiteral("enabled_events"), enabledEvents(request)},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), mergeMetadata({}, request)},
            {QStringLiteral("secret"), WebhookDispatcher::newSecret(ctx.ids)},
            {QStringLiteral("status"), QStringLiteral("enabled")},
            {QStringLiteral("url"), validUrl(request)},
        };
        ctx.save(endpoint);
        return ApiResponse{200, endpoint}; // the only time Stripe shows the secret
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/webhook_endpoints/:id"), {}, [&ctx](const ApiRequest &request) {
        return ApiResponse{200, withoutSecret(ctx.load(request.pathArgs.at(0), QStringLiteral("webhook_endpoint"), QStringLiteral("webhook endpoint")))};
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1/webhook_endpoints/:id"), Params{QStringLiteral("url"), QStringLiteral("enabled_events"), QStringLiteral("disabled"), QStringLiteral("description"), QStringLiteral("metadata")}, [&ctx](const ApiRequest &request) {
        QJsonObject endpoint = ctx.load(request.pathArgs.at(0), QStringLiteral("webhook_endpoint"), QStringLiteral("webhook endpoint"));
        if (request.has(QStringLiteral("url")))
            endpoint.insert(QStringLiteral("url"), validUrl(request));
        if (request.has(QStringLiteral("enabled_events")))
            endpoint.insert(QStringLiteral("enabled_events"), enabledEvents(request));
        if (const auto disabled = request.boolean(QStringLiteral("disabled")))
            endpoint.insert(QStringLiteral("status"), *disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"));
        if (request.has(QStringLiteral("description")))
            endpoint.insert(QStringLiteral("description"), request.string(QStringLiteral("description")));
        endpoint.insert(QStringLiteral("metadata"), mergeMetadata(endpoint.value(QStringLiteral("metadata")).toObject(), request));
        ctx.save(endpoint);
        return ApiResponse{200, withoutSecret(endpoint)};
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/webhook_endpoints/:id"), {}, [&ctx](const ApiRequest &request) {
        const QJsonObject endpoint = ctx.load(request.pathArgs.at(0), QStringLiteral("webhook_endpoint"), QStringLiteral("webhook endpoint"));
        ctx.store.remove(endpoint.value(QStringLiteral("id")).toString());
        return ApiResponse{200, {{QStringLiteral("id"), endpoint.value(QStringLiteral("id"))},
                                 {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
                                 {QStringLiteral("deleted"), true}}};
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/webhook_endpoints"), ApiRouter::kListParams, [&ctx](const ApiRequest &request) {
        ApiResponse response = ctx.listObjects(QStringLiteral("webhook_endpoint"), {}, QStringLiteral("/v1/webhook_endpoints"), request);
        QJsonArray data;
        for (const QJsonValue &item : response.body.value(QStringLiteral("data")).toArray())
            data.append(withoutSecret(item.toObject()));
        response.body.insert(QStringLiteral("data"), data);
        return response;
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/webhook_endpoints/:id/attempts"), ApiRouter::kListParams, [&ctx, &dispatcher](const ApiRequest &request) {
        const QString id = request.pathArgs.at(0);
        if (id != QLatin1String("forward"))
            ctx.load(id, QStringLiteral("webhook_endpoint"), QStringLiteral("webhook endpoint"));
        return ApiResponse{200, {{QStringLiteral("object"), QStringLiteral("list")},
                                 {QStringLiteral("url"), QStringLiteral("/v1/webhook_endpoints/%1/attempts").arg(id)},
                                 {QStringLiteral("has_more"), false},
                                 {QStringLiteral("data"), dispatcher.attempts(id, request.limit())}}};
    });
}

} // namespace sandbox
