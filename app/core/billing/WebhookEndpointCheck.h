#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace companion::billing {

// Is Stripe set up to tell us what we need? Reads Stripe's list of webhook
// endpoints (GET /v1/webhook_endpoints) against the URL this server receives on
// and the event types the rules act on. Pure: no network, no SQL.
struct EndpointCheck {
    enum class Problem {
        None,            // an enabled endpoint points here with every event the rules need
        Missing,         // no endpoint points at a webhook URL of ours
        PointsElsewhere, // endpoints for /api/v1/payments/webhook exist, but on another host
        Disabled,        // ours exists but Stripe disabled it (failing deliveries) or someone did
        MissingEvents,   // ours lacks an event type the rules need
    };
    Problem problem = Problem::None;
    QString endpointId;         // ours, when found
    QString url;                // ours, or the one that points elsewhere
    QStringList missingEvents;  // required types it does not send
    QStringList otherUrls;      // endpoints for our path on other hosts

    bool ok() const { return problem == Problem::None; }
    // "ok", "missing", "points_elsewhere", "disabled", "missing_events" (metrics, JSON).
    QString code() const;
    // One sentence an operator acts on.
    QString message() const;
    QJsonObject toJson() const;
};

namespace WebhookEndpointCheck {

// The event types without which a learner who paid can stay locked out, or keep
// Premium after cancelling: what the endpoint must send.
QStringList requiredEvents();

// `endpoints`: the objects Stripe listed. `ourUrl`: the webhook URL this server is
// reached at (WEBHOOK_ENDPOINT_URL); when empty, any endpoint whose path is ours.
EndpointCheck check(const QList<QJsonObject> &endpoints, const QUrl &ourUrl);

} // namespace WebhookEndpointCheck

} // namespace companion::billing
