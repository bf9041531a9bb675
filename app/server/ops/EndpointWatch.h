#pragma once

#include "billing/WebhookEndpointCheck.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace companion::stripe {
class StripeClient;
}

namespace companion::server {

class ServerMetrics;

// The webhook set-up checked: at start and hourly the server reads its webhook
// endpoints at Stripe and warns (journal, metric, the admin API's health) when
// none points here, ours is disabled, points elsewhere or lacks an event the rules
// need (billing::WebhookEndpointCheck).
class EndpointWatch : public QObject
{
    Q_OBJECT
public:
    EndpointWatch(stripe::StripeClient &stripe, QUrl ourUrl, ServerMetrics &metrics, QObject *parent = nullptr);

    void start(int intervalSeconds = 3600);
    // Reads Stripe's endpoints now; `done` (optional) gets the result or Stripe's error.
    void checkNow(std::function<void(const billing::EndpointCheck &, const QString &error)> done = {});

    // The last check: empty `checkedAt` before the first answer.
    const billing::EndpointCheck &last() const { return m_last; }
    QDateTime checkedAt() const { return m_checkedAt; }
    const QString &lastError() const { return m_lastError; }
    QJsonObject toJson() const;

private:
    stripe::StripeClient &m_stripe;
    QUrl m_ourUrl;
    ServerMetrics &m_metrics;
    QTimer m_timer;
    billing::EndpointCheck m_last;
    QDateTime m_checkedAt;
    QString m_lastError;
};

} // namespace companion::server
