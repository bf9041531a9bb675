#include "Entitlement.h"

namespace companion::billing {

bool GrantState::activeAt(qint64 now) const
{
    if (startsAt > now)
        return false;
    if (revokedAt && *revokedAt <= now)
        return false;
    return !expiresAt || *expiresAt > now;
}

bool Entitlement::operator==(const Entitlement &other) const
{
    return premium == other.premium && source == other.source && paymentAtRisk == other.paymentAtRisk
        && expiresAt == other.expiresAt;
}

bool isPremiumStatus(const QString &status)
{
    return status == QLatin1String("active") || status == QLatin1String("trialing") || status == QLatin1String("past_due");
}

bool isCancelPending(bool cancelAtPeriodEnd, const QString &status)
{
    return cancelAtPeriodEnd && isPremiumStatus(status);
}

namespace {
// A subscription whose cancellation is scheduled ends at the scheduled time,
// even if Stripe's customer.subscription.deleted has not reached us yet.
qint64 scheduledEnd(const SubscriptionState &s)
{
    if (s.cancelAtPeriodEnd && s.currentPeriodEnd > 0)
        return s.cancelAt > 0 ? qMin(s.cancelAt, s.currentPeriodEnd) : s.currentPeriodEnd;
    return s.cancelAt;
}
} // namespace

Entitlement deriveEntitlement(const QList<SubscriptionState> &subscriptions, const QList<GrantState> &grants, qint64 now)
{
    Entitlement result;

    // The best subscription: premium beats free, then the one that lasts longest.
    const SubscriptionState *best = nullptr;
    for (const SubscriptionState &s : subscriptions) {
        if (!isPremiumStatus(s.status))
            continue;
        const qint64 end = scheduledEnd(s);
        if (end > 0 && end <= now)
            continue; // its scheduled end has passed
        if (!best || s.currentPeriodEnd > best->currentPeriodEnd)
            best = &s;
    }
    if (best) {
        result.premium = true;
        result.source = QStringLiteral("subscription");
        result.paymentAtRisk = best->status == QLatin1String("past_due");
        const qint64 end = scheduledEnd(*best);
        if (end > 0)
            result.expiresAt = end;
        else if (best->currentPeriodEnd > 0)
            result.expiresAt = best->currentPeriodEnd; // renews then
        result.reason = QStringLiteral("subscription %1 is %2%3").arg(best->id, best->status,
                                                                      end > 0 ? QStringLiteral(", canceling at period end") : QString());
    }

    // An active grant wins while it lasts; its end counts if it is later.
    std::optional<std::optional<qint64>> grantEnd; // outer: a grant is active; inner: its end (none = indefinite)
    for (const GrantState &g : grants) {
        if (!g.activeAt(now))
            continue;
        if (!grantEnd || !g.expiresAt || (*grantEnd && *g.expiresAt > **grantEnd))
            grantEnd = g.expiresAt;
        if (grantEnd && !*grantEnd)
            break; // indefinite: nothing lasts longer
    }
    if (grantEnd) {
        if (!result.premium) {
            result.premium = true;
            result.source = QStringLiteral("grant");
            result.expiresAt = *grantEnd;
            result.reason = QStringLiteral("manual grant");
        } else if (!*grantEnd) {
            result.expiresAt.reset(); // premium with no end while the grant lasts
            result.reason += QStringLiteral("; also an indefinite manual grant");
        } else if (!result.expiresAt || **grantEnd > *result.expiresAt) {
            result.expiresAt = *grantEnd;
            result.reason += QStringLiteral("; also a manual grant");
        }
    }
    if (!result.premium)
        result.reason = subscriptions.isEmpty() ? QStringLiteral("no subscription") : QStringLiteral("no active subscription");
    return result;
}

} // namespace companion::billing
