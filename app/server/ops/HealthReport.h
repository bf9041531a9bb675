#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace companion::db {
class ReadReplica;
}

namespace companion::server {

class EndpointWatch;
class MissedEventHealer;
class ServerMetrics;
class WebhookRoutes;

// What this instance knows in memory for the desk's Health page (the admin API's
// GET /api/v1/admin/health adds the webhook log's numbers): the refresher's backlog
// and give-ups, the scheduled recovery's last run, the webhook endpoint check, and
// the read replica's lag at its last check, and the alerts Prometheus has active (PROMETHEUS_URL), asked with a short timeout so
// a Prometheus that does not answer never holds the page up.
class HealthReport : public QObject
{
    Q_OBJECT
public:
    struct Sources {
        ServerMetrics *metrics = nullptr;
        WebhookRoutes *webhooks = nullptr;
        MissedEventHealer *healer = nullptr;     // null: recovery off
        EndpointWatch *endpointWatch = nullptr;  // null: check off
        QNetworkAccessManager *network = nullptr;
        QUrl prometheusUrl;                      // empty: alerts not shown
        db::ReadReplica *readReplica = nullptr;  // null: DATABASE_READ_URL unset
    };
    explicit HealthReport(Sources sources, QObject *parent = nullptr);

    void collect(std::function<void(const QJsonObject &)> done);

    static constexpr int kPrometheusTimeoutMs = 3000;

private:
    QJsonObject local() const;
    void askPrometheus(std::function<void(const QJsonObject &)> done);

    Sources m_sources;
};

} // namespace companion::server
