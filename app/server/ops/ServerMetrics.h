#pragma once

#include "http/HttpRequest.h"
#include "metrics/MetricsRegistry.h"
#include "stripe/StripeClient.h"

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

    // One HTTP exchange with Stripe (StripeClient's observer: every client of the process).
    void stripeCall(const QString &method, const QString &endpoint, const QString &status, double seconds);
    stripe::StripeClient::Observer stripeObserver();
    // The subscription refresher stopped asking Stripe about a subscription.
    void refreshGivenUp();
    double refreshGiveUps() const { return m_registry.value(m_refreshGiveUps); }
    // A batch of deliveries written by an ingest lane: its size and its transaction's time.
    void ingestBatch(int events, double seconds);
    // A database job failed (its connection is dropped and made anew).
    void databaseJobFailed();
    // What the periodic look at the database found (BillingGauges).
    struct BillingState {
        bool databaseUp = false;
        int premiumLearners = 0;
        int paymentAtRisk = 0;          // premium while a renewal payment is failing (past_due)
        int failedEventsOpen = 0;       // events stored failed in the last 30 days and not applied since
        qint64 lastDeliveryReceived = 0; // seconds since the epoch; 0: none yet
    };
    void billingState(const BillingState &state);
    // One run of the scheduled missed-event recovery (MissedEventHealer).
    // `result`: "ok", "failed" (Stripe or the database could not be read) or "skipped" (another instance holds the lock).
    void recoveryRun(const QString &result, int found, int recovered, int failed);
    // The webhook endpoint check's result (EndpointCheck::code()), or Stripe could not be read.
    void webhookEndpoint(const QString &status);
    void webhookEndpointUnchecked();
    // An admin read that could go to the read replica: where it went (replica, or the
    // primary with why: lagging, not_receiving, unreachable) and the lag seen (-1: none).
    void replicaRead(bool replica, const QString &reason, double lagSeconds);
    // A read replica is configured: its series exist from the start.
    void replicaConfigured();

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
    metrics::MetricsRegistry::Handle m_stripeRequests;
    metrics::MetricsRegistry::Handle m_stripeSeconds;
    metrics::MetricsRegistry::Handle m_refreshGiveUps;
    metrics::MetricsRegistry::Handle m_batchEvents;
    metrics::MetricsRegistry::Handle m_commitSeconds;
    metrics::MetricsRegistry::Handle m_dbJobFailures;
    metrics::MetricsRegistry::Handle m_databaseUp;
    metrics::MetricsRegistry::Handle m_premium;
    metrics::MetricsRegistry::Handle m_atRisk;
    metrics::MetricsRegistry::Handle m_failedOpen;
    metrics::MetricsRegistry::Handle m_lastDelivery;
    metrics::MetricsRegistry::Handle m_recoveryRuns;
    metrics::MetricsRegistry::Handle m_missedFound;
    metrics::MetricsRegistry::Handle m_missedRecovered;
    metrics::MetricsRegistry::Handle m_missedPending;
    metrics::MetricsRegistry::Handle m_lastRecovery;
    metrics::MetricsRegistry::Handle m_endpointOk;
    metrics::MetricsRegistry::Handle m_replicaReads;
    metrics::MetricsRegistry::Handle m_replicaLag;
    metrics::MetricsRegistry::Handle m_endpointStatus;
    metrics::MetricsRegistry::Handle m_endpointCheckFailures;
};

} // namespace companion::server
