#include "ServerMetrics.h"

#include "billing/Rules.h"

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
    // The failures alerts watch exist at 0 from the start, so rate() sees their first one.
    for (const QString &outcome : {QStringLiteral("failed"), QStringLiteral("rejected"), QStringLiteral("unstored")})
        m_registry.touch(m_deliveries, {QStringLiteral("other"), outcome});
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

} // namespace companion::server
