#include "Reconciliation.h"

#include "AuditLog.h"
#include "BillingStore.h"
#include "EventProcessor.h"
#include "Rules.h"
#include "StripeObjects.h"
#include "db/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace companion::billing {

namespace {
struct OurSubscription {
    QString userId;
    QString customerId;
    SubscriptionState state;
};

struct OurUser {
    QString email;
    bool premium = false;
    QString source;
    QString customerId;
};

// The users behind `ids` (those that exist), the list bound as one value.
bool loadUsers(QSqlDatabase db, db::Dialect dialect, const QStringList &ids, QHash<QString, OurUser> *users, QString *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!db::Database::exec(q, QStringLiteral("SELECT id, email, is_premium, premium_source, stripe_customer_id FROM users WHERE ")
                                   + db::inBoundList(dialect, QStringLiteral("id")),
                            {db::boundList(dialect, ids)}, error))
        return false;
    while (q.next())
        users->insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool(), q.value(3).toString(), q.value(4).toString()});
    return true;
}

std::optional<WebhookTrace> lastWebhook(QSqlDatabase db, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    QString ignored;
    if (!db::Database::exec(q, QStringLiteral("SELECT event_id, type, outcome, error, received_at FROM webhook_events WHERE %1 = ? "
                                  "ORDER BY last_received_at DESC, id DESC LIMIT 1").arg(column),
                {value}, &ignored)
        || !q.next())
        return std::nullopt;
    return WebhookTrace{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
}

Entitlement readEntitlement(QSqlDatabase db, const QString &userId)
{
    Entitlement e;
    QSqlQuery q(db);
    QString ignored;
    if (db::Database::exec(q, QStringLiteral("SELECT is_premium, premium_source, payment_at_risk, subscription_expires_at FROM users WHERE id = ?"),
               {userId}, &ignored)
        && q.next()) {
        e.premium = q.value(0).toBool();
        e.source = q.value(1).toString();
        e.paymentAtRisk = q.value(2).toBool();
        if (!q.value(3).isNull())
            e.expiresAt = q.value(3).toLongLong();
    }
    return e;
}

QJsonObject entitlementJson(const Entitlement &e)
{
    return {{QStringLiteral("tier"), e.tier()}, {QStringLiteral("premium_source"), e.source}, {QStringLiteral("payment_at_risk"), e.paymentAtRisk},
            {QStringLiteral("premium_until"), e.expiresAt ? QJsonValue(*e.expiresAt) : QJsonValue()}};
}
} // namespace

bool Drift::fixable() const
{
    switch (kind) {
    case DriftKind::PremiumWithoutSubscription:
    case DriftKind::PayingNotPremium:
    case DriftKind::StatusMismatch:
    case DriftKind::MissingSubscription:
        return !userId.isEmpty();
    case DriftKind::UnknownToStripe:
    case DriftKind::NoMatchingUser:
    case DriftKind::DuplicateCustomers:
        return false;
    }
    return false;
}

namespace Reconciliation {

QString kindName(DriftKind kind)
{
    switch (kind) {
    case DriftKind::PremiumWithoutSubscription: return QStringLiteral("premium_without_subscription");
    case DriftKind::PayingNotPremium: return QStringLiteral("paying_not_premium");
    case DriftKind::StatusMismatch: return QStringLiteral("status_mismatch");
    case DriftKind::MissingSubscription: return QStringLiteral("missing_subscription");
    case DriftKind::UnknownToStripe: return QStringLiteral("unknown_to_stripe");
    case DriftKind::NoMatchingUser: return QStringLiteral("no_matching_user");
    case DriftKind::DuplicateCustomers: return QStringLiteral("duplicate_customers");
    }
    return QString();
}

QList<Drift> compare(QSqlDatabase db, db::Dialect dialect, const StripeSnapshot &stripe, qint64 now, QString *error)
{
    QList<Drift> out;
    // Our side: every mirrored subscription, the users concerned, their grants.
    QHash<QString, OurSubscription> ours;
    QSqlQuery q(db);
    if (!db::Database::exec(q, QStringLiteral("SELECT id, user_id, customer_id, status, current_period_end, cancel_at_period_end, cancel_at, ended_at "
                                  "FROM subscriptions"), {}, error))
        return out;
    while (q.next())
        ours.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                            {q.value(0).toString(), q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toBool(),
                                             q.value(6).toLongLong(), q.value(7).toLongLong()}});
    QHash<QString, QString> userOfCustomer;
    QSet<QString> candidates; // users either side says something about
    if (!db::Database::exec(q, QStringLiteral("SELECT id, stripe_customer_id, is_premium FROM users WHERE is_premium OR stripe_customer_id IS NOT NULL"), {},
                error))
        return out;
    while (q.next()) {
        if (!q.value(1).isNull())
            userOfCustomer.insert(q.value(1).toString(), q.value(0).toString());
        candidates.insert(q.value(0).toString());
    }
    for (const OurSubscription &s : std::as_const(ours))
        if (!s.userId.isEmpty())
            candidates.insert(s.userId);
    for (const QJsonObject &s : stripe.subscriptions)
        candidates.insert(s.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString());
    candidates.remove(QString());
    QHash<QString, OurUser> users;
    if (!loadUsers(db, dialect, QStringList(candidates.begin(), candidates.end()), &users, error))
        return out;
    QHash<QString, QList<GrantState>> grants;
    if (!db::Database::exec(q, QStringLiteral("SELECT user_id, starts_at, expires_at, revoked_at FROM entitlement_grants WHERE revoked_at IS NULL"), {}, error))
        return out;
    while (q.next()) {
        GrantState g;
        g.startsAt = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            g.expiresAt = q.value(2).toLongLong();
        grants[q.value(0).toString()].append(g);
    }

    // Stripe's side, each subscription tied to a user the way webhooks tie them (Rules::ownerOf).
    LoadedLearners learners;
    for (auto user = users.cbegin(); user != users.cend(); ++user)
        learners.customerOfUser.insert(user.key(), user->customerId);
    learners.userOfCustomer = userOfCustomer;
    QHash<QString, QList<SubscriptionState>> stripeByUser;
    QHash<QString, QStringList> subscriptionsOfUser; // both sides: what a fix reads again
    QSet<QString> stripeIds;
    for (const QJsonObject &s : stripe.subscriptions) {
        const SubscriptionState state = StripeObjects::subscriptionState(s);
        stripeIds.insert(state.id);
        const QString customer = StripeObjects::idOf(s.value(QStringLiteral("customer")));
        const QString user = Rules::ownerOf(Rules::cluesOf(s, EventKind::Subscription, ours.value(state.id).userId), learners);
        if (user.isEmpty()) {
            if (isPremiumStatus(state.status)) {
                Drift d;
                d.kind = DriftKind::NoMatchingUser;
                d.subscriptionId = state.id;
                d.customerIds = {customer};
                d.stripeStatus = state.status;
                d.stripePeriodEnd = state.currentPeriodEnd;
                d.lastWebhook = lastWebhook(db, QStringLiteral("object_id"), state.id);
                out << d;
            }
            continue;
        }
        stripeByUser[user].append(state);
        subscriptionsOfUser[user].append(state.id);
        const auto mine = ours.constFind(state.id);
        Drift d;
        d.userId = user;
        d.email = users.value(user).email;
        d.subscriptionId = state.id;
        d.customerIds = {customer};
        d.stripeStatus = state.status;
        d.stripePeriodEnd = state.currentPeriodEnd;
        d.stripeCancelPending = isCancelPending(state.cancelAtPeriodEnd, state.status);
        if (mine == ours.constEnd()) {
            d.kind = DriftKind::MissingSubscription;
            d.lastWebhook = lastWebhook(db, QStringLiteral("object_id"), state.id);
            out << d;
            continue;
        }
        d.ourStatus = mine->state.status;
        d.ourPeriodEnd = mine->state.currentPeriodEnd;
        d.ourCancelPending = isCancelPending(mine->state.cancelAtPeriodEnd, mine->state.status);
        if (d.ourStatus != d.stripeStatus || d.ourPeriodEnd != d.stripePeriodEnd || d.ourCancelPending != d.stripeCancelPending) {
            d.kind = DriftKind::StatusMismatch;
            d.lastWebhook = lastWebhook(db, QStringLiteral("object_id"), state.id);
            out << d;
        }
    }
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        if (!it->userId.isEmpty())
            subscriptionsOfUser[it->userId].append(it.key());
        if (stripeIds.contains(it.key()))
            continue;
        Drift d;
        d.kind = DriftKind::UnknownToStripe;
        d.userId = it->userId;
        d.email = users.value(it->userId).email;
        d.subscriptionId = it.key();
        d.customerIds = {it->customerId};
        d.ourStatus = it->state.status;
        d.ourPeriodEnd = it->state.currentPeriodEnd;
        out << d;
    }

    // Each user's access: what Stripe's subscriptions (and our grants) give, against what we have.
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        const Entitlement truth = deriveEntitlement(stripeByUser.value(it.key()), grants.value(it.key()), now);
        if (truth.premium == it->premium)
            continue;
        Drift d;
        d.kind = truth.premium ? DriftKind::PayingNotPremium : DriftKind::PremiumWithoutSubscription;
        d.userId = it.key();
        d.email = it->email;
        d.stripePremium = truth.premium;
        d.ourPremium = it->premium;
        d.customerIds = it->customerId.isEmpty() ? QStringList() : QStringList{it->customerId};
        d.lastWebhook = lastWebhook(db, QStringLiteral("user_id"), it.key());
        out << d;
    }

    // One person, several Stripe customers: by our user (the customer's
    // metadata, our link to it, or its subscriptions' metadata), else by e-mail.
    QHash<QString, QString> ownerOfCustomer = userOfCustomer;
    for (const QJsonObject &s : stripe.subscriptions) {
        const QString user = s.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
        const QString customer = StripeObjects::idOf(s.value(QStringLiteral("customer")));
        if (!user.isEmpty() && !ownerOfCustomer.contains(customer))
            ownerOfCustomer.insert(customer, user);
    }
    QHash<QString, QStringList> customersOf;
    for (const QJsonObject &c : stripe.customers) {
        QString user = c.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
        if (user.isEmpty())
            user = ownerOfCustomer.value(c.value(QStringLiteral("id")).toString());
        const QString key = user.isEmpty() ? QStringLiteral("email:") + c.value(QStringLiteral("email")).toString().toLower()
                                           : QStringLiteral("user:") + user;
        if (key != QLatin1String("email:"))
            customersOf[key].append(c.value(QStringLiteral("id")).toString());
    }
    for (auto it = customersOf.cbegin(); it != customersOf.cend(); ++it) {
        if (it->size() < 2)
            continue;
        Drift d;
        d.kind = DriftKind::DuplicateCustomers;
        if (it.key().startsWith(QLatin1String("user:"))) {
            d.userId = it.key().mid(5);
            d.email = users.value(d.userId).email;
        } else {
            d.email = it.key().mid(6);
        }
        d.customerIds = *it;
        d.customerIds.sort();
        out << d;
    }

    for (Drift &d : out) {
        if (!d.fixable())
            continue;
        d.refetch = subscriptionsOfUser.value(d.userId);
        d.refetch.removeDuplicates();
        d.refetch.sort();
    }
    std::stable_sort(out.begin(), out.end(), [](const Drift &a, const Drift &b) {
        return std::make_tuple(int(a.kind), a.email, a.subscriptionId) < std::make_tuple(int(b.kind), b.email, b.subscriptionId);
    });
    return out;
}

FixResult apply(QSqlDatabase db, db::Dialect dialect, const Drift &drift, const QList<QJsonObject> &fresh, const QString &actor,
                const QString &source, qint64 now)
{
    FixResult result;
    if (!drift.fixable()) {
        result.error = QStringLiteral("this difference needs a person: it cannot be fixed from Stripe's data");
        return result;
    }
    result.before = readEntitlement(db, drift.userId);
    if (EventProcessor(db, dialect).applyCurrentSubscriptions(fresh, now, &result.error); !result.error.isEmpty())
        return result;
    BillingStore store(db, dialect);
    const bool done = store.atomically([&] {
        result.after = store.recomputeEntitlement(drift.userId, now);
        AuditEntry entry;
        entry.actor = actor;
        entry.source = source;
        entry.action = QStringLiteral("reconcile.fix");
        entry.targetType = drift.subscriptionId.isEmpty() ? QStringLiteral("user") : QStringLiteral("subscription");
        entry.targetId = drift.subscriptionId.isEmpty() ? drift.userId : drift.subscriptionId;
        entry.userId = drift.userId;
        entry.reason = QStringLiteral("Stripe differs: ") + kindName(drift.kind);
        entry.before = entitlementJson(result.before);
        entry.after = entitlementJson(result.after);
        AuditLog::record(db, entry, now);
    }, &result.error);
    if (!done)
        return result;
    result.ok = true;
    return result;
}

} // namespace Reconciliation

} // namespace companion::billing
