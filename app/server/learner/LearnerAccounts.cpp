#include "LearnerAccounts.h"

#include "billing/BillingStore.h"
#include "billing/StripeAnswer.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "db/UserDirectory.h"
#include "billing/Entitlement.h"
#include "http/ApiTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::server {

namespace {
LearnerView databaseFailure(const QString &error)
{
    LearnerView view;
    view.databaseFailed = true;
    view.databaseError = error;
    return view;
}

LearnerView refusal(const char *code, const QString &message)
{
    LearnerView view;
    view.refusalCode = QString::fromLatin1(code);
    view.refusalMessage = message;
    return view;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

bool LearnerView::hasLiveSubscription() const
{
    return !subscriptionId.isEmpty() && billing::isPremiumStatus(subscriptionStatus);
}

QJsonObject LearnerView::statusJson() const
{
    QString plan;
    if (interval == QLatin1String("month"))
        plan = QStringLiteral("monthly");
    else if (interval == QLatin1String("year"))
        plan = QStringLiteral("yearly");
    // The guide's SubscriptionResponse (is_premium, subscription_status, subscription_id,
    // current_period_end as an ISO string) plus our fields.
    QJsonObject status{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("is_premium"), premium},
        {QStringLiteral("premium_source"), textOrNull(premiumSource)},
        {QStringLiteral("payment_at_risk"), paymentAtRisk},
        {QStringLiteral("subscription_id"), textOrNull(subscriptionId)},
        {QStringLiteral("subscription_status"), textOrNull(subscriptionStatus)},
        {QStringLiteral("plan"), textOrNull(plan)},
        {QStringLiteral("cancel_at_period_end"), cancelAtPeriodEnd},
    };
    insertTime(status, QStringLiteral("premium_until"), premiumUntil);
    insertTime(status, QStringLiteral("current_period_end"), currentPeriodEnd);
    insertTime(status, QStringLiteral("cancel_at"), cancelAt);
    return status;
}

QJsonObject LearnerView::cancellationJson(bool cancel) const
{
    // The guide's cancel answer {subscription_id, status, cancelled} beside the status.
    QJsonObject answer = statusJson();
    answer.insert(QStringLiteral("status"), textOrNull(subscriptionStatus));
    answer.insert(QStringLiteral("cancelled"), cancel);
    return answer;
}

LearnerAccounts::LearnerAccounts(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

LearnerView LearnerAccounts::open(const LearnerClaims &claims, qint64 now)
{
    db::UserDirectory users(m_db, m_dialect);
    QString error;
    auto user = users.find(claims.userId, &error);
    if (!error.isEmpty())
        return databaseFailure(error);
    if (!user) {
        if (claims.email.isEmpty())
            return refusal("invalid_claims", QStringLiteral("The token carries no e-mail, which a first sign-in needs."));
        db::UserRecord record;
        record.id = claims.userId;
        record.email = claims.email;
        record.name = claims.name;
        if (!users.insert(record, &error)) {
            // Two first requests at once: the other one created the user.
            QString findError;
            user = users.find(claims.userId, &findError);
            if (!findError.isEmpty())
                return databaseFailure(findError);
            if (!user) {
                if (users.findByEmail(claims.email))
                    return refusal("account_conflict",
                                   QStringLiteral("This e-mail address belongs to another account; contact support."));
                return databaseFailure(error);
            }
        }
    }
    LearnerView view = read(claims.userId);
    if (view.databaseFailed || !view.premium || view.premiumUntil <= 0 || view.premiumUntil > now)
        return view;
    try {
        billing::BillingStore(m_db, m_dialect).recomputeEntitlement(claims.userId, now);
    } catch (const billing::StoreError &e) {
        return databaseFailure(e.message());
    }
    return read(claims.userId);
}

LearnerView LearnerAccounts::applySubscription(const QString &userId, const QJsonObject &subscription,
                                               const billing::AuditEntry &audit, qint64 now)
{
    try {
        billing::applyStripeAnswer(m_db, m_dialect, userId, subscription, audit, now);
    } catch (const billing::StoreError &e) {
        return databaseFailure(e.message());
    }
    return read(userId);
}

LearnerView LearnerAccounts::read(const QString &userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT u.email, u.stripe_customer_id, u.is_premium, u.premium_source, u.payment_at_risk, "
                             "u.subscription_expires_at, s.id, s.status, s.price_id, s.interval, s.current_period_end, "
                             "s.cancel_at_period_end, s.cancel_at "
                             "FROM users u LEFT JOIN subscriptions s ON s.id = ("
                             "  SELECT id FROM subscriptions WHERE user_id = u.id "
                             "  ORDER BY CASE WHEN status IN ('active', 'trialing', 'past_due') THEN 0 ELSE 1 END, "
                             "  created DESC, id DESC LIMIT 1) "
                             "WHERE u.id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return databaseFailure(db::Database::errorText(q.lastError()));
    if (!q.next())
        return refusal("user_not_found", QStringLiteral("This account no longer exists."));
    LearnerView view;
    view.userId = userId;
    view.email = q.value(0).toString();
    view.customerId = q.value(1).toString();
    view.premium = q.value(2).toBool();
    view.premiumSource = q.value(3).toString();
    view.paymentAtRisk = q.value(4).toBool();
    view.premiumUntil = q.value(5).toLongLong();
    view.subscriptionId = q.value(6).toString();
    view.subscriptionStatus = q.value(7).toString();
    view.priceId = q.value(8).toString();
    view.interval = q.value(9).toString();
    view.currentPeriodEnd = q.value(10).toLongLong();
    view.cancelAtPeriodEnd = q.value(11).toBool();
    view.cancelAt = q.value(12).toLongLong();
    return view;
}

} // namespace companion::server
