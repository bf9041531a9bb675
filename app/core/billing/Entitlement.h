#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace companion::billing {

// What we know of one Stripe subscription, whatever API version rendered it.
struct SubscriptionState {
    QString id;
    QString status;               // Stripe's open enum
    qint64 currentPeriodEnd = 0;  // 0: unknown
    bool cancelAtPeriodEnd = false;
    qint64 cancelAt = 0;
    qint64 endedAt = 0;
};

// A manual upgrade by support ("upgrade by hand"), from entitlement_grants.
struct GrantState {
    qint64 startsAt = 0;
    std::optional<qint64> expiresAt; // none: until revoked
    std::optional<qint64> revokedAt;
    bool activeAt(qint64 now) const;
};

struct Entitlement {
    bool premium = false;
    QString source;                  // "subscription", "grant" or empty
    bool paymentAtRisk = false;      // past_due: premium while Stripe retries, flagged
    std::optional<qint64> expiresAt; // when premium ends unless renewed; none: no end (or not premium)
    QString reason;                  // for support: why this is the answer

    QString tier() const { return premium ? QStringLiteral("premium") : QStringLiteral("free"); }
    bool operator==(const Entitlement &other) const;
};

// The one place the rules of DESIGN.md live:
// - active and trialing subscriptions are premium; past_due too, flagged at risk;
//   incomplete, incomplete_expired, unpaid, canceled, paused are free;
// - a cancel at period end keeps premium until the period ends;
// - an active manual grant makes the user premium whatever Stripe says.
Entitlement deriveEntitlement(const QList<SubscriptionState> &subscriptions, const QList<GrantState> &grants, qint64 now);

bool isPremiumStatus(const QString &status);
// A cancel at period end still to happen: on an ended subscription the flag is history.
bool isCancelPending(bool cancelAtPeriodEnd, const QString &status);

} // namespace companion::billing
