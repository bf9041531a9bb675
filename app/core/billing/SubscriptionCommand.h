#pragma once

#include "AuditLog.h"

#include <QJsonObject>
#include <QString>

namespace companion::billing {

// A change a person asks Stripe to make to a subscription — a learner through the
// server, support at the desk — described once: the request Stripe gets, the name
// it has in the audit log, and the audit row's shape (before and after as the same
// three fields), so both callers and the audit view agree on what happened.
class SubscriptionCommand
{
public:
    enum class Kind {
        CancelAtPeriodEnd, // Premium stays until the paid period ends
        CancelNow,         // ends at once
        CancelAt,          // ends on a chosen date (Stripe's cancel_at); Premium stays until then
        Resume,            // undoes a scheduled cancel (at period end or on a date)
    };

    SubscriptionCommand(Kind kind, QString subscriptionId, QString reason);
    static SubscriptionCommand cancelAt(QString subscriptionId, qint64 at, QString reason);
    // Stripe's own reason list (cancellation_details.feedback: too_expensive, unused, …), beside the free-text reason.
    SubscriptionCommand &withFeedback(QString feedback);

    Kind kind() const { return m_kind; }
    QString method() const;     // POST, or DELETE for a cancel now
    QString path() const;       // /v1/subscriptions/sub_…
    QJsonObject params() const; // the reason goes to Stripe as cancellation_details.comment
    QString action() const;     // audit_log.action: subscription.cancel_at_period_end, .cancel_now, .cancel_at, .resume

    // The audit row before Stripe answers; `before` as summary() gives it.
    AuditEntry audit(const QString &actor, const QString &source, const QString &userId, const QJsonObject &before) const;
    // The row completed with Stripe's answer.
    static AuditEntry answered(AuditEntry entry, const QJsonObject &subscription, const QString &requestId);

    // What an audit row says of a subscription, from our mirror's fields or Stripe's object.
    // cancel_at is in it only when one is set, so rows without one keep their three fields.
    static QJsonObject summary(const QString &status, bool cancelAtPeriodEnd, qint64 currentPeriodEnd, qint64 cancelAt = 0);
    static QJsonObject summaryOf(const QJsonObject &stripeSubscription);

private:
    Kind m_kind;
    QString m_subscriptionId;
    QString m_reason;
    QString m_feedback;
    qint64 m_cancelAt = 0;
};

} // namespace companion::billing
