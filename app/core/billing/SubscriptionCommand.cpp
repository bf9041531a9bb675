#include "SubscriptionCommand.h"

#include "StripeObjects.h"

namespace companion::billing {

SubscriptionCommand::SubscriptionCommand(Kind kind, QString subscriptionId, QString reason)
    : m_kind(kind)
    , m_subscriptionId(std::move(subscriptionId))
    , m_reason(reason.trimmed())
{
}

SubscriptionCommand SubscriptionCommand::cancelAt(QString subscriptionId, qint64 at, QString reason)
{
    SubscriptionCommand command(Kind::CancelAt, std::move(subscriptionId), std::move(reason));
    command.m_cancelAt = at;
    return command;
}

SubscriptionCommand &SubscriptionCommand::withFeedback(QString feedback)
{
    m_feedback = std::move(feedback);
    return *this;
}

QString SubscriptionCommand::method() const
{
    return m_kind == Kind::CancelNow ? QStringLiteral("DELETE") : QStringLiteral("POST");
}

QString SubscriptionCommand::path() const
{
    return QStringLiteral("/v1/subscriptions/") + m_subscriptionId;
}

QJsonObject SubscriptionCommand::params() const
{
    QJsonObject params;
    if (m_kind == Kind::CancelAtPeriodEnd || m_kind == Kind::Resume)
        params.insert(QStringLiteral("cancel_at_period_end"), m_kind == Kind::CancelAtPeriodEnd);
    if (m_kind == Kind::CancelAt)
        params.insert(QStringLiteral("cancel_at"), m_cancelAt);
    // Stripe keeps why a subscription was canceled; Dashboard users read it there.
    if (m_kind != Kind::Resume) {
        QJsonObject details;
        if (!m_reason.isEmpty())
            details.insert(QStringLiteral("comment"), m_reason);
        if (!m_feedback.isEmpty())
            details.insert(QStringLiteral("feedback"), m_feedback);
        if (!details.isEmpty())
            params.insert(QStringLiteral("cancellation_details"), details);
    }
    return params;
}

QString SubscriptionCommand::action() const
{
    switch (m_kind) {
    case Kind::CancelAtPeriodEnd:
        return QStringLiteral("subscription.cancel_at_period_end");
    case Kind::CancelNow:
        return QStringLiteral("subscription.cancel_now");
    case Kind::CancelAt:
        return QStringLiteral("subscription.cancel_at");
    case Kind::Resume:
        return QStringLiteral("subscription.resume");
    }
    return {};
}

AuditEntry SubscriptionCommand::audit(const QString &actor, const QString &source, const QString &userId, const QJsonObject &before) const
{
    return {actor, source, action(), QStringLiteral("subscription"), m_subscriptionId, userId, m_reason, before, {}, {}};
}

AuditEntry SubscriptionCommand::answered(AuditEntry entry, const QJsonObject &subscription, const QString &requestId)
{
    entry.after = summaryOf(subscription);
    entry.stripeRequestId = requestId;
    return entry;
}

QJsonObject SubscriptionCommand::summary(const QString &status, bool cancelAtPeriodEnd, qint64 currentPeriodEnd, qint64 cancelAt)
{
    QJsonObject summary{{QStringLiteral("status"), status},
                        {QStringLiteral("cancel_at_period_end"), cancelAtPeriodEnd},
                        {QStringLiteral("current_period_end"), currentPeriodEnd > 0 ? QJsonValue(currentPeriodEnd) : QJsonValue()}};
    if (cancelAt > 0)
        summary.insert(QStringLiteral("cancel_at"), cancelAt);
    return summary;
}

QJsonObject SubscriptionCommand::summaryOf(const QJsonObject &s)
{
    // The period is on the items since basil: read it where the object's version keeps it.
    return summary(s.value(QStringLiteral("status")).toString(), s.value(QStringLiteral("cancel_at_period_end")).toBool(),
                   StripeObjects::currentPeriodEnd(s), s.value(QStringLiteral("cancel_at")).toInteger());
}

} // namespace companion::billing
