#pragma once

#include "http/HttpRequest.h"
#include "metrics/MetricsRegistry.h"

#include <QString>

namespace companion::server {

// What companion-server tells Prometheus (GET /metrics; docs/operations.md says
// what each means and what to do). Every label set is bounded: a route's pattern,
// never its path; an event type Stripe defines for the rules we apply, else
// "other"; a status code; a refusal reason from a fixed list. Safe from any thread.
class ServerMetrics
{
public:
    ServerMetrics(const QString &version);

    metrics::MetricsRegistry &registry() { return m_registry; }

    // An answer of the HTTP server: `route` as registered ("" when none matched).
    void httpAnswered(const QString &route, http::HttpMethod method, int status, qint64 nanoseconds);
    // A signed delivery stored (or not): its type and outcome (webhook_events.outcome, or "unstored").
    void delivery(const QString &eventType, const QString &outcome);
    // A delivery refused before it was read: the signature check's code.
    void signatureRefused(const QString &reason);
    // How long after Stripe created it an event reached us.
    void eventAge(double seconds);
    void schemaVersion(int version);

    // The label an event type is counted under: itself when a rule applies to it, else "other".
    static QString typeLabel(const QString &eventType);
    static QString methodLabel(http::HttpMethod method);

private:
    metrics::MetricsRegistry m_registry;
    metrics::MetricsRegistry::Handle m_requests;
    metrics::MetricsRegistry::Handle m_requestSeconds;
    metrics::MetricsRegistry::Handle m_deliveries;
    metrics::MetricsRegistry::Handle m_refusals;
    metrics::MetricsRegistry::Handle m_eventAge;
    metrics::MetricsRegistry::Handle m_schemaVersion;
};

} // namespace companion::server
