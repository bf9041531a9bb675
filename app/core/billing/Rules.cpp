#include "Rules.h"

#include "Entitlement.h"
#include "StripeObjects.h"

#include <QJsonArray>

#include <array>

namespace companion::billing {

namespace {
constexpr std::array<std::pair<Outcome, const char *>, 6> kOutcomeNames{{
    {Outcome::Applied, "applied"},
    {Outcome::Duplicate, "duplicate"},
    {Outcome::Stale, "stale"},
    {Outcome::Ignored, "ignored"},
    {Outcome::Failed, "failed"},
    {Outcome::Rejected, "rejected"},
}};

QString metadataUser(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
}

// Where each object carries its customer's e-mail: an expanded customer, a
// session's customer_details (or the customer_email it was opened with), an
// invoice's customer_email, a charge's billing details or receipt address.
QString emailOf(const QJsonObject &object, EventKind kind, const QJsonObject &expandedCustomer)
{
    QString email = expandedCustomer.value(QStringLiteral("email")).toString();
    const auto field = [&object](const char *name) { return object.value(QLatin1String(name)).toString(); };
    if (email.isEmpty() && kind == EventKind::Checkout) {
        email = object.value(QStringLiteral("customer_details")).toObject().value(QStringLiteral("email")).toString();
        if (email.isEmpty())
            email = field("customer_email");
    }
    if (email.isEmpty() && kind == EventKind::Invoice)
        email = field("customer_email");
    if (email.isEmpty() && kind == EventKind::Refund) {
        email = object.value(QStringLiteral("billing_details")).toObject().value(QStringLiteral("email")).toString();
        if (email.isEmpty())
            email = field("receipt_email");
    }
    return email.trimmed();
}
} // namespace

QString outcomeName(Outcome outcome)
{
    for (const auto &[value, name] : kOutcomeNames) {
        if (value == outcome)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    for (const auto &[value, text] : kOutcomeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

namespace Rules {

EventKind kindOf(const QString &type)
{
    // Every customer.subscription.* event, known today or added by Stripe later, carries
    // the whole subscription as it was when the event was created.
    if (type.startsWith(QLatin1String("customer.subscription.")))
        return EventKind::Subscription;
    if (type == QLatin1String("checkout.session.completed") || type == QLatin1String("checkout.session.async_payment_succeeded")
        || type == QLatin1String("checkout.session.async_payment_failed"))
        return EventKind::Checkout;
    if (type == QLatin1String("invoice.paid") || type == QLatin1String("invoice.payment_succeeded") || type == QLatin1String("invoice.payment_failed")
        || type == QLatin1String("invoice.payment_action_required") || type == QLatin1String("invoice.marked_uncollectible")
        || type == QLatin1String("invoice.voided"))
        return EventKind::Invoice;
    if (type == QLatin1String("charge.refunded"))
        return EventKind::Refund;
    if (type.startsWith(QLatin1String("charge.dispute.")))
        return EventKind::Dispute;
    if (type == QLatin1String("customer.updated") || type == QLatin1String("customer.deleted"))
        return EventKind::Customer;
    if (type.startsWith(QLatin1String("payout.")))
        return EventKind::Payout;
    if (type.startsWith(QLatin1String("coupon.")) || type.startsWith(QLatin1String("promotion_code."))
        || type.startsWith(QLatin1String("customer.discount.")))
        return EventKind::Discount;
    return EventKind::Other;
}

OwnerClues cluesOf(const QJsonObject &object, EventKind kind, const QString &mirrorUserId)
{
    OwnerClues clues;
    clues.mirrorUserId = mirrorUserId;
    if (kind == EventKind::Customer) {
        clues.customerId = object.value(QStringLiteral("id")).toString();
        clues.email = object.value(QStringLiteral("email")).toString();
        return clues;
    }
    const QJsonValue customer = object.value(QStringLiteral("customer"));
    clues.customerId = StripeObjects::idOf(customer);
    clues.email = emailOf(object, kind, customer.toObject());
    if (kind == EventKind::Invoice) {
        // The subscription's metadata: under parent since basil, beside it before.
        const QJsonObject details = object.value(QStringLiteral("parent")).toObject().value(QStringLiteral("subscription_details")).toObject();
        clues.metadataUserId = metadataUser(details);
        if (clues.metadataUserId.isEmpty())
            clues.metadataUserId = metadataUser(object.value(QStringLiteral("subscription_details")).toObject());
        return clues;
    }
    clues.metadataUserId = metadataUser(object);
    clues.clientReferenceId = object.value(QStringLiteral("client_reference_id")).toString();
    return clues;
}

QString ownerOf(const OwnerClues &clues, const LearnerDirectory &learners)
{
    for (const QString &named : {clues.metadataUserId, clues.clientReferenceId}) {
        if (!named.isEmpty() && learners.exists(named))
            return named;
    }
    if (!clues.customerId.isEmpty()) {
        const QString linked = learners.ownerOfCustomer(clues.customerId);
        if (!linked.isEmpty())
            return linked;
    }
    if (!clues.mirrorUserId.isEmpty() || clues.email.isEmpty())
        return clues.mirrorUserId;
    return learners.learnerWithEmail(clues.email);
}

SubscriptionVerdict judgeSubscriptionEvent(qint64 created, const QString &status, const std::optional<SubscriptionMirror> &mirror,
                                           bool canAskStripe)
{
    const bool thin = status.isEmpty();
    if (mirror) {
        // Older than what we applied: what we hold is newer, and stays.
        if (created < mirror->lastEventCreated)
            return SubscriptionVerdict::Stale;
        // Within one second Stripe's lifecycle still orders some pairs; applying such an
        // event while Stripe is asked would take a paying learner's Premium away meanwhile.
        if (created == mirror->lastEventCreated && !thin && statusCannotFollow(mirror->status, status))
            return SubscriptionVerdict::Stale;
        if (created == mirror->lastEventCreated && canAskStripe)
            return SubscriptionVerdict::AskStripe;
    }
    return thin ? SubscriptionVerdict::AskStripe : SubscriptionVerdict::Apply;
}

QString noStateReason()
{
    return QStringLiteral("the event carries no state; Stripe's current subscription is fetched");
}

QString noOwnerReason(const QString &subscriptionId, const OwnerClues &clues)
{
    return QStringLiteral("no user for subscription %1 (customer %2, metadata.user_id \"%3\", e-mail \"%4\")")
        .arg(subscriptionId, clues.customerId, clues.metadataUserId, clues.email);
}

bool statusCannotFollow(const QString &held, const QString &next)
{
    if (held == next || held.isEmpty() || next.isEmpty())
        return false;
    if (held == QLatin1String("canceled") || held == QLatin1String("incomplete_expired"))
        return true;
    return next == QLatin1String("incomplete");
}

bool invoiceNeedsStripe(const QJsonObject &invoice, const QString &type, const std::optional<SubscriptionMirror> &mirror)
{
    if (!mirror)
        return true;
    const bool paid = type == QLatin1String("invoice.paid") || type == QLatin1String("invoice.payment_succeeded");
    if (paid) {
        qint64 periodEnd = invoice.value(QStringLiteral("period_end")).toInteger();
        for (const QJsonValue &line : invoice.value(QStringLiteral("lines")).toObject().value(QStringLiteral("data")).toArray())
            periodEnd = qMax(periodEnd, line.toObject().value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toInteger());
        return !isPremiumStatus(mirror->status) || mirror->status == QLatin1String("past_due") || periodEnd > mirror->currentPeriodEnd;
    }
    if (type == QLatin1String("invoice.payment_failed"))
        return mirror->status == QLatin1String("active") || mirror->status == QLatin1String("trialing");
    return true;
}

} // namespace Rules

} // namespace companion::billing
