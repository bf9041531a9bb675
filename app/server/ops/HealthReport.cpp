#include "HealthReport.h"

#include "db/ReadReplica.h"
#include "ops/EndpointWatch.h"
#include "ops/MissedEventHealer.h"
#include "ops/ServerMetrics.h"
#include "webhooks/WebhookRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace companion::server {

HealthReport::HealthReport(Sources sources, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
{
}

QJsonObject HealthReport::local() const
{
    return {
        {QStringLiteral("refresher"), QJsonObject{{QStringLiteral("pending"), m_sources.webhooks->refreshPending()},
                                                  {QStringLiteral("gave_up_total"), m_sources.metrics->refreshGiveUps()}}},
        {QStringLiteral("recovery"), m_sources.healer ? m_sources.healer->toJson() : QJsonObject{{QStringLiteral("enabled"), false}}},
        {QStringLiteral("webhook_endpoint"),
         m_sources.endpointWatch ? m_sources.endpointWatch->toJson() : QJsonObject{{QStringLiteral("status"), QStringLiteral("off")}}},
        {QStringLiteral("read_replica"),
         m_sources.readReplica ? m_sources.readReplica->state() : QJsonObject{{QStringLiteral("configured"), false}}},
    };
}

void HealthReport::collect(std::function<void(const QJsonObject &)> done)
{
    QJsonObject report = local();
    if (m_sources.prometheusUrl.isEmpty()) {
        report.insert(QStringLiteral("alerts"), QJsonObject{{QStringLiteral("source"), QJsonValue()},
                                                            {QStringLiteral("message"), QStringLiteral("PROMETHEUS_URL is not set on the server")}});
        return done(report);
    }
    askPrometheus([report, done = std::move(done)](const QJsonObject &alerts) mutable {
        report.insert(QStringLiteral("alerts"), alerts);
        done(report);
    });
}

void HealthReport::askPrometheus(std::function<void(const QJsonObject &)> done)
{
    QUrl base = m_sources.prometheusUrl; // Prometheus may live under a path prefix
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    const QUrl url = base.resolved(QUrl(QStringLiteral("api/v1/alerts")));
    QNetworkRequest request(url);
    request.setTransferTimeout(kPrometheusTimeoutMs);
    QNetworkReply *reply = m_sources.network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, url, done = std::move(done)] {
        reply->deleteLater();
        QJsonObject out{{QStringLiteral("source"), QStringLiteral("prometheus")}};
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || answer.value(QStringLiteral("status")).toString() != QLatin1String("success")) {
            out.insert(QStringLiteral("error"), QStringLiteral("Prometheus at %1 did not answer: %2")
                                                    .arg(url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath).toString(), reply->errorString()));
            return done(out);
        }
        // Ours only: a shared Prometheus has other teams' alerts too.
        QJsonArray active;
        for (const QJsonValue &v : answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject alert = v.toObject();
            const QJsonObject labels = alert.value(QStringLiteral("labels")).toObject();
            const QString name = labels.value(QStringLiteral("alertname")).toString();
            if (!name.startsWith(QLatin1String("Companion")))
                continue;
            const QJsonObject annotations = alert.value(QStringLiteral("annotations")).toObject();
            active.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("state"), alert.value(QStringLiteral("state")).toString()},
                                      {QStringLiteral("severity"), labels.value(QStringLiteral("severity")).toString()},
                                      {QStringLiteral("instance"), labels.value(QStringLiteral("instance")).toString()},
                                      {QStringLiteral("summary"), annotations.value(QStringLiteral("summary")).toString()},
                                      {QStringLiteral("description"), annotations.value(QStringLiteral("description")).toString()},
                                      {QStringLiteral("active_at"), alert.value(QStringLiteral("activeAt")).toString()}});
        }
        out.insert(QStringLiteral("active"), active);
        done(out);
    });
}

} // namespace companion::server
