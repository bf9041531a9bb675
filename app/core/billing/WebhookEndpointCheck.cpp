#include "WebhookEndpointCheck.h"

#include <QJsonArray>

namespace companion::billing {

namespace {
const QString kWebhookPath = QStringLiteral("/api/v1/payments/webhook");

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool samePlace(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b) && a.path() == b.path();
}
} // namespace

QString EndpointCheck::code() const
{
    switch (problem) {
    case Problem::None: return QStringLiteral("ok");
    case Problem::Missing: return QStringLiteral("missing");
    case Problem::PointsElsewhere: return QStringLiteral("points_elsewhere");
    case Problem::Disabled: return QStringLiteral("disabled");
    case Problem::MissingEvents: return QStringLiteral("missing_events");
    }
    return QStringLiteral("unknown");
}

QString EndpointCheck::message() const
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("The webhook endpoint %1 (%2) is enabled and sends every event the rules need.").arg(endpointId, url);
    case Problem::Missing:
        return QStringLiteral("No webhook endpoint at Stripe points at this server: no learner's payment reaches it. Add one for %1 with "
                              "the events %2 (Dashboard > Developers > Webhooks), and set STRIPE_WEBHOOK_SECRET to its signing secret.")
            .arg(url.isEmpty() ? QStringLiteral("https://<this server>") + kWebhookPath : url, WebhookEndpointCheck::requiredEvents().join(QStringLiteral(", ")));
    case Problem::PointsElsewhere:
        return QStringLiteral("Stripe's webhook endpoints point at %1, not at %2: this server hears nothing. Change the endpoint's URL, "
                              "or WEBHOOK_ENDPOINT_URL if this server moved.")
            .arg(otherUrls.join(QStringLiteral(", ")), url);
    case Problem::Disabled:
        return QStringLiteral("The webhook endpoint %1 (%2) is disabled at Stripe (deliveries failed for days, or someone turned it off): "
                              "no event arrives. Enable it in Stripe's Dashboard; the scheduled recovery applies what was missed.")
            .arg(endpointId, url);
    case Problem::MissingEvents:
        return QStringLiteral("The webhook endpoint %1 (%2) does not send %3: those changes reach this server only through the scheduled "
                              "recovery, up to 15 minutes late. Add them to the endpoint's events.")
            .arg(endpointId, url, missingEvents.join(QStringLiteral(", ")));
    }
    return {};
}

QJsonObject EndpointCheck::toJson() const
{
    QJsonObject out{{QStringLiteral("status"), code()}, {QStringLiteral("message"), message()}};
    if (!endpointId.isEmpty())
        out.insert(QStringLiteral("endpoint_id"), endpointId);
    if (!url.isEmpty())
        out.insert(QStringLiteral("url"), url);
    if (!missingEvents.isEmpty())
        out.insert(QStringLiteral("missing_events"), QJsonArray::fromStringList(missingEvents));
    if (!otherUrls.isEmpty())
        out.insert(QStringLiteral("other_urls"), QJsonArray::fromStringList(otherUrls));
    return out;
}

namespace WebhookEndpointCheck {

QStringList requiredEvents()
{
    // Access (checkout, the subscription's life), money (renewals paid and failed).
    return {QStringLiteral("checkout.session.completed"), QStringLiteral("customer.subscription.created"),
            QStringLiteral("customer.subscription.updated"), QStringLiteral("customer.subscription.deleted"),
            QStringLiteral("invoice.paid"), QStringLiteral("invoice.payment_failed")};
}

EndpointCheck check(const QList<QJsonObject> &endpoints, const QUrl &ourUrl)
{
    EndpointCheck result;
    result.url = ourUrl.toString();
    // Ours: the configured URL, or (without one) any endpoint on our path; an enabled one first.
    const QJsonObject *ours = nullptr;
    for (const QJsonObject &endpoint : endpoints) {
        const QUrl url(endpoint.value(QStringLiteral("url")).toString());
        const bool match = ourUrl.isEmpty() ? url.path() == kWebhookPath : samePlace(url, ourUrl);
        if (match) {
            if (!ours || (ours->value(QStringLiteral("status")).toString() != QLatin1String("enabled")
                          && endpoint.value(QStringLiteral("status")).toString() == QLatin1String("enabled")))
                ours = &endpoint;
        } else if (url.path() == kWebhookPath) {
            result.otherUrls << url.toString();
        }
    }
    if (!ours) {
        result.problem = result.otherUrls.isEmpty() || ourUrl.isEmpty() ? EndpointCheck::Problem::Missing : EndpointCheck::Problem::PointsElsewhere;
        return result;
    }
    result.endpointId = ours->value(QStringLiteral("id")).toString();
    result.url = ours->value(QStringLiteral("url")).toString();
    if (ours->value(QStringLiteral("status")).toString() != QLatin1String("enabled")) {
        result.problem = EndpointCheck::Problem::Disabled;
        return result;
    }
    QStringList enabled;
    for (const QJsonValue &type : ours->value(QStringLiteral("enabled_events")).toArray())
        enabled << type.toString();
    if (!enabled.contains(QStringLiteral("*"))) {
        for (const QString &type : requiredEvents())
            if (!enabled.contains(type))
                result.missingEvents << type;
    }
    if (!result.missingEvents.isEmpty())
        result.problem = EndpointCheck::Problem::MissingEvents;
    return result;
}

} // namespace WebhookEndpointCheck

} // namespace companion::billing
