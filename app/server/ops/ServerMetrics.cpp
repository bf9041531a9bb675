#include "ServerMetrics.h"

#include "billing/Rules.h"

#include <QDateTime>
#include <QtGlobal>

namespace companion::server {

ServerMetrics::ServerMetrics(const QString &version)
{
    const auto build = m_registry.gauge(QStringLiteral("companion_build_info"), QStringLiteral("Always 1: the running build's version and Qt's."),
                                        {QStringLiteral("version"), QStringLiteral("qt_version")});
    m_registry.set(build, {version, QString::fromLatin1(qVersion())}, 1);
    m_requests = m_registry.counter(QStringLiteral("companion_http_requests_total"), QStringLiteral("HTTP requests answered, by route pattern, method and status code."),
                                    {QStringLiteral("route"), QStringLiteral("method"), QStringLiteral("code")});
    m_requestSeconds = m_registry.histogram(QStringLiteral("companion_http_request_duration_seconds"),
                                            QStringLiteral("Time from a request's dispatch to its answer, by route pattern and method."),
                                            metrics::MetricsRegistry::defaultSeconds(), {QStringLiteral("route"), QStringLiteral("method")});
    m_deliveries = m_registry.counter(QStringLiteral("companion_webhook_deliveries_total"),
                                      QStringLiteral("Signed webhook deliveries, by event type and what became of them (applied, duplicate, stale, ignored, "
                                                     "failed, rejected, unstored)."),
                                      {QStringLiteral("type"), QStringLiteral("outcome")});
    m_refusals = m_registry.counter(QStringLiteral("companion_webhook_signature_refusals_total"),
                                    QStringLiteral("Webhook deliveries refused before reading them, by the signature check's reason."),
                                    {QStringLiteral("reason")});
    m_eventAge = m_registry.histogram(QStringLiteral("companion_webhook_event_age_seconds"),
                                      QStringLiteral("How long after Stripe created an event it reached the server (retries arrive late)."),
                                      {1, 5, 30, 60, 300, 900, 3600, 6 * 3600, 24 * 3600, 3 * 24 * 3600});
    m_schemaVersion = m_registry.gauge(QStringLiteral("companion_database_schema_version"), QStringLiteral("The database's migration version."));
    m_stripeRequests = m_registry.counter(QStringLiteral("companion_stripe_requests_total"),
                                          QStringLiteral("HTTP requests to Stripe (each retry apart), by endpoint (ids as {id}), method and "
                                                         "status (the HTTP code, timeout or network_error)."),
                                          {QStringLiteral("endpoint"), QStringLiteral("method"), QStringLiteral("status")});
    m_stripeSeconds = m_registry.histogram(QStringLiteral("companion_stripe_request_duration_seconds"),
                                           QStringLiteral("Time Stripe took to answer one request, by endpoint and method."),
                                           metrics::MetricsRegistry::defaultSeconds(), {QStringLiteral("endpoint"), QStringLiteral("method")});
    m_refreshGiveUps = m_registry.counter(QStringLiteral("companion_subscription_refresh_give_ups_total"),
                                          QStringLiteral("Subscriptions the server stopped asking Stripe about after an hour of failures "
                                                         "(or a refusal): their webhook's state stands until recovery or reconciliation."));
    m_batchEvents = m_registry.histogram(QStringLiteral("companion_webhook_ingest_batch_events"),
                                         QStringLiteral("Deliveries written together in one transaction by an ingest lane (group commit)."),
                                         {1, 2, 4, 8, 16, 32, 64, 128});
    m_commitSeconds = m_registry.histogram(QStringLiteral("companion_webhook_ingest_commit_seconds"),
                                           QStringLiteral("Time to apply and commit one batch of deliveries."),
                                           {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10});
    m_dbJobFailures = m_registry.counter(QStringLiteral("companion_database_job_failures_total"),
                                         QStringLiteral("API database jobs that failed (the worker's connection is made anew)."));
    m_databaseUp = m_registry.gauge(QStringLiteral("companion_database_up"),
                                    QStringLiteral("1 when the server's last look at its database succeeded (every METRICS_PROBE_SECONDS), else 0."));
    m_premium = m_registry.gauge(QStringLiteral("companion_learners_premium"), QStringLiteral("Learners with Premium now."));
    m_atRisk = m_registry.gauge(QStringLiteral("companion_learners_payment_at_risk"),
                                QStringLiteral("Premium learners whose renewal payment is failing (past_due: Stripe retries)."));
    m_failedOpen = m_registry.gauge(QStringLiteral("companion_webhook_events_failed_open"),
                                    QStringLiteral("Events of the last 30 days stored as failed and not applied since."));
    m_lastDelivery = m_registry.gauge(QStringLiteral("companion_webhook_last_received_timestamp_seconds"),
                                      QStringLiteral("When the newest signed delivery reached any instance (from the database; 0: none)."));
    m_recoveryRuns = m_registry.counter(QStringLiteral("companion_missed_event_recovery_runs_total"),
                                        QStringLiteral("Runs of the scheduled missed-event recovery, by result (ok, failed, skipped: "
                                                       "another instance held the lock)."),
                                        {QStringLiteral("result")});
    m_missedFound = m_registry.counter(QStringLiteral("companion_missed_events_found_total"),
                                       QStringLiteral("Stripe events the webhook log lacked or failed to apply, found by the recovery."));
    m_missedRecovered = m_registry.counter(QStringLiteral("companion_missed_events_recovered_total"),
                                           QStringLiteral("Missed events the recovery applied from Stripe's current objects."));
    m_missedPending = m_registry.gauge(QStringLiteral("companion_missed_events_pending"),
                                       QStringLiteral("Missed events this instance's last recovery run could not apply."));
    m_lastRecovery = m_registry.gauge(QStringLiteral("companion_missed_event_recovery_last_success_timestamp_seconds"),
                                      QStringLiteral("When this instance last finished a recovery run (0: never)."));
    m_endpointOk = m_registry.gauge(QStringLiteral("companion_webhook_endpoint_ok"),
                                    QStringLiteral("1 when the last check found an enabled endpoint at Stripe pointing here with every event "
                                                   "the rules need, else 0 (companion_webhook_endpoint_status says why)."));
    m_endpointStatus = m_registry.gauge(QStringLiteral("companion_webhook_endpoint_status"),
                                        QStringLiteral("The last webhook endpoint check: 1 for its result (ok, missing, points_elsewhere, "
                                                       "disabled, missing_events), 0 for the others."),
                                        {QStringLiteral("status")});
    m_endpointCheckFailures = m_registry.counter(QStringLiteral("companion_webhook_endpoint_check_failures_total"),
                                                 QStringLiteral("Webhook endpoint checks that could not read Stripe's endpoints."));
    m_registry.touch(m_endpointCheckFailures, {});
    m_replicaReads = m_registry.counter(QStringLiteral("companion_admin_reads_total"),
                                        QStringLiteral("Admin API reads that may use the read replica (DATABASE_READ_URL), by where they went: "
                                                       "source replica, or primary with the reason (lagging, not_receiving, unreachable)."),
                                        {QStringLiteral("source"), QStringLiteral("reason")});
    m_replicaLag = m_registry.gauge(QStringLiteral("companion_read_replica_lag_seconds"),
                                    QStringLiteral("How far behind the primary the read replica was at its last check (0: current)."));
    // The failures alerts watch exist at 0 from the start, so rate() sees their first one.
    for (const QString &outcome : {QStringLiteral("failed"), QStringLiteral("rejected"), QStringLiteral("unstored")})
        m_registry.touch(m_deliveries, {QStringLiteral("other"), outcome});
    m_registry.touch(m_deliveries, {QStringLiteral("invoice.payment_failed"), QStringLiteral("applied")});
    for (const char *reason : {"signature_mismatch", "too_old", "missing_header", "malformed_header", "no_v1_signature", "no_secret"})
        m_registry.touch(m_refusals, {QString::fromLatin1(reason)});
    m_registry.set(m_missedPending, {}, 0);
    m_registry.set(m_lastRecovery, {}, 0);
    m_registry.touch(m_refreshGiveUps, {});
    m_registry.touch(m_dbJobFailures, {});
    m_registry.touch(m_missedFound, {});
    m_registry.touch(m_missedRecovered, {});
    for (const QString &result : {QStringLiteral("ok"), QStringLiteral("failed"), QStringLiteral("skipped")})
        m_registry.touch(m_recoveryRuns, {result});
}

QString ServerMetrics::typeLabel(const QString &eventType)
{
    return billing::Rules::kindOf(eventType) == billing::EventKind::Other ? QStringLiteral("other") : eventType;
}

QString ServerMetrics::methodLabel(http::HttpMethod method)
{
    switch (method) {
    case http::HttpMethod::Get: return QStringLiteral("GET");
    case http::HttpMethod::Head: return QStringLiteral("HEAD");
    case http::HttpMethod::Post: return QStringLiteral("POST");
    case http::HttpMethod::Put: return QStringLiteral("PUT");
    case http::HttpMethod::Patch: return QStringLiteral("PATCH");
    case http::HttpMethod::Delete: return QStringLiteral("DELETE");
    case http::HttpMethod::Options: return QStringLiteral("OPTIONS");
    case http::HttpMethod::Other: break;
    }
    return QStringLiteral("OTHER");
}

void ServerMetrics::httpAnswered(const QString &route, http::HttpMethod method, int status, qint64 nanoseconds)
{
    const QString r = route.isEmpty() ? QStringLiteral("unmatched") : route;
    const QString m = methodLabel(method);
    m_registry.add(m_requests, {r, m, QString::number(status)});
    m_registry.observe(m_requestSeconds, {r, m}, double(nanoseconds) / 1e9);
}

void ServerMetrics::delivery(const QString &eventType, const QString &outcome)
{
    m_registry.add(m_deliveries, {typeLabel(eventType), outcome});
}

void ServerMetrics::signatureRefused(const QString &reason)
{
    m_registry.add(m_refusals, {reason});
}

void ServerMetrics::eventAge(double seconds)
{
    m_registry.observe(m_eventAge, {}, qMax(0.0, seconds));
}

void ServerMetrics::schemaVersion(int version)
{
    m_registry.set(m_schemaVersion, {}, version);
}

void ServerMetrics::webhookEndpoint(const QString &status)
{
    m_registry.set(m_endpointOk, {}, status == QLatin1String("ok") ? 1 : 0);
    for (const char *each : {"ok", "missing", "points_elsewhere", "disabled", "missing_events"})
        m_registry.set(m_endpointStatus, {QString::fromLatin1(each)}, status == QLatin1String(each) ? 1 : 0);
}

void ServerMetrics::replicaConfigured()
{
    m_registry.touch(m_replicaReads, {QStringLiteral("replica"), QString()});
    m_registry.touch(m_replicaReads, {QStringLiteral("primary"), QStringLiteral("lagging")});
}

void ServerMetrics::replicaRead(bool replica, const QString &reason, double lagSeconds)
{
    m_registry.add(m_replicaReads, {replica ? QStringLiteral("replica") : QStringLiteral("primary"), reason});
    if (lagSeconds >= 0)
        m_registry.set(m_replicaLag, {}, lagSeconds);
}

void ServerMetrics::webhookEndpointUnchecked()
{
    m_registry.add(m_endpointCheckFailures);
}

} // namespace companion::server

namespace companion::server {

void ServerMetrics::stripeCall(const QString &method, const QString &endpoint, const QString &status, double seconds)
{
    m_registry.add(m_stripeRequests, {endpoint, method, status});
    m_registry.observe(m_stripeSeconds, {endpoint, method}, seconds);
}

stripe::StripeClient::Observer ServerMetrics::stripeObserver()
{
    return [this](const QString &method, const QString &endpoint, const QString &status, double seconds) {
        stripeCall(method, endpoint, status, seconds);
    };
}

void ServerMetrics::refreshGivenUp()
{
    m_registry.add(m_refreshGiveUps);
}

void ServerMetrics::ingestBatch(int events, double seconds)
{
    m_registry.observe(m_batchEvents, {}, events);
    m_registry.observe(m_commitSeconds, {}, seconds);
}

void ServerMetrics::databaseJobFailed()
{
    m_registry.add(m_dbJobFailures);
}

void ServerMetrics::billingState(const BillingState &state)
{
    m_registry.set(m_databaseUp, {}, state.databaseUp ? 1 : 0);
    if (!state.databaseUp)
        return; // the other numbers keep their last known values
    m_registry.set(m_premium, {}, state.premiumLearners);
    m_registry.set(m_atRisk, {}, state.paymentAtRisk);
    m_registry.set(m_failedOpen, {}, state.failedEventsOpen);
    m_registry.set(m_lastDelivery, {}, double(state.lastDeliveryReceived));
}

void ServerMetrics::recoveryRun(const QString &result, int found, int recovered, int failed)
{
    m_registry.add(m_recoveryRuns, {result});
    if (result != QLatin1String("ok"))
        return;
    m_registry.add(m_missedFound, {}, found);
    m_registry.add(m_missedRecovered, {}, recovered);
    m_registry.set(m_missedPending, {}, failed);
    m_registry.set(m_lastRecovery, {}, double(QDateTime::currentSecsSinceEpoch()));
}

} // namespace companion::server
