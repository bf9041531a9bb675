#pragma once

#include "WorkerPool.h"
#include "auth/Jwt.h"
#include "billing/AuditLog.h"
#include "db/SqlDialect.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace companion::server {

// A learner as the learner API sees them: entitlement plus the subscription that
// decides it (the live one if any, else the most recent).
struct LearnerView : DatabaseJobResult {
    // A refusal that is not a database failure (e.g. an e-mail owned by another account).
    QString refusalCode;
    QString refusalMessage;

    QString userId;
    QString email;
    QString customerId;
    bool premium = false;
    QString premiumSource;  // subscription, grant or empty
    bool paymentAtRisk = false;
    qint64 premiumUntil = 0; // 0: no end known

    QString subscriptionId; // empty: never subscribed
    QString subscriptionStatus;
    QString priceId;
    QString interval;
    qint64 currentPeriodEnd = 0;
    bool cancelAtPeriodEnd = false;
    qint64 cancelAt = 0;

    bool hasLiveSubscription() const;
    // The body of GET /api/v1/payments/subscription-status.
    QJsonObject statusJson() const;
    // The body of POST …/cancel-subscription (cancel) and …/resume-subscription.
    QJsonObject cancellationJson(bool cancel) const;
};

// The learner API's SQL, run on a worker thread with that thread's connection.
class LearnerAccounts
{
public:
    LearnerAccounts(QSqlDatabase db, db::Dialect dialect);

    // The learner of a verified token, created on first sight. When their
    // premium has reached its end without a webhook saying so (a late
    // "deleted", an expired grant), entitlement is re-derived first.
    LearnerView open(const LearnerClaims &claims, qint64 now);
    // After Stripe accepted a change: mirrors the returned subscription,
    // re-derives entitlement and writes the audit row, in one transaction.
    LearnerView applySubscription(const QString &userId, const QJsonObject &subscription,
                                  const billing::AuditEntry &audit, qint64 now);

private:
    LearnerView read(const QString &userId);

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace companion::server
