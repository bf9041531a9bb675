#include "EndpointWatch.h"

#include "ops/ServerMetrics.h"
#include "stripe/StripeClient.h"
#include "util/Log.h"

#include <QJsonArray>

namespace companion::server {

EndpointWatch::EndpointWatch(stripe::StripeClient &stripe, QUrl ourUrl, ServerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_stripe(stripe)
    , m_ourUrl(std::move(ourUrl))
    , m_metrics(metrics)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
}

void EndpointWatch::start(int intervalSeconds)
{
    m_timer.start(qMax(1, intervalSeconds) * 1000);
    checkNow();
}

void EndpointWatch::checkNow(std::function<void(const billing::EndpointCheck &, const QString &error)> done)
{
    // An account has a handful of endpoints (Stripe allows 16): one page holds them all.
    m_stripe.get(QStringLiteral("/v1/webhook_endpoints"), {{QStringLiteral("limit"), 100}})
        ->then(this, [this, done = std::move(done)](const stripe::StripeResult &result) {
            if (!result.ok()) {
                m_lastError = result.error->userMessage();
                qCWarning(lcStripe).noquote() << "could not read the webhook endpoints at Stripe to check them:" << result.error->logText();
                m_metrics.webhookEndpointUnchecked();
                if (done)
                    done(m_last, m_lastError);
                return;
            }
            QList<QJsonObject> endpoints;
            for (const QJsonValue &v : result.body.value(QStringLiteral("data")).toArray())
                endpoints << v.toObject();
            const billing::EndpointCheck check = billing::WebhookEndpointCheck::check(endpoints, m_ourUrl);
            const bool changed = m_checkedAt.isNull() || check.code() != m_last.code() || check.missingEvents != m_last.missingEvents;
            m_last = check;
            m_lastError.clear();
            m_checkedAt = QDateTime::currentDateTimeUtc();
            m_metrics.webhookEndpoint(check.code());
            if (!check.ok())
                qCWarning(lcStripe).noquote() << "webhook endpoint check:" << check.message();
            else if (changed)
                qCInfo(lcStripe).noquote() << "webhook endpoint check:" << check.message();
            if (done)
                done(check, {});
        });
}

QJsonObject EndpointWatch::toJson() const
{
    QJsonObject out = m_checkedAt.isNull() ? QJsonObject{{QStringLiteral("status"), QStringLiteral("unchecked")}} : m_last.toJson();
    out.insert(QStringLiteral("checked_at"), m_checkedAt.isNull() ? QJsonValue() : QJsonValue(m_checkedAt.toSecsSinceEpoch()));
    if (!m_lastError.isEmpty())
        out.insert(QStringLiteral("error"), m_lastError);
    out.insert(QStringLiteral("required_events"), QJsonArray::fromStringList(billing::WebhookEndpointCheck::requiredEvents()));
    return out;
}

} // namespace companion::server
