#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion::billing {

// The billing rules every path that applies Stripe's events follows: the server's
// set-based batch and its per-event fallback, Stripe's answers to our questions,
// a sync, and reconciliation. Each rule is decided here and only here. Pure: no
// SQL and no clock; what the database knows comes in as values (a mirror row) or
// through LearnerDirectory.

// What became of one event, as stored in webhook_events.outcome and answered to Stripe.
enum class Outcome { Applied, Duplicate, Stale, Ignored, Failed, Rejected };
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString &name);

// Which rule applies to an event type.
enum class EventKind {
    Subscription, // customer.subscription.*: carries the whole subscription
    Checkout,     // checkout.session.completed and the async payment results
    Invoice,      // invoice.paid / payment_succeeded / payment_failed / …: revenue, and a hint about the period
    Refund,       // charge.refunded
    Dispute,      // charge.dispute.*
    Customer,     // customer.updated / customer.deleted: the timeline only
    Payout,       // payout.*: the payouts mirror (finance's cash reconciliation)
    Discount,     // coupon.*, promotion_code.*, customer.discount.*: the discounts mirror (MRR after discounts)
    Other,        // kept, ignored
};

// What we hold of one subscription before an event about it (the mirror row).
struct SubscriptionMirror {
    qint64 lastEventCreated = 0; // `created` of the newest event (or Stripe answer) applied
    QString userId;
    QString status;
    qint64 currentPeriodEnd = 0;
};

// Who our learners are, as the database knows them; looked up by the caller
// (one query each, or maps a batch loaded at once).
class LearnerDirectory
{
public:
    virtual ~LearnerDirectory() = default;
    virtual bool exists(const QString &userId) const = 0;
    virtual QString ownerOfCustomer(const QString &customerId) const = 0; // empty: nobody's
    // The learner signed up with this e-mail, compared case-insensitively (users'
    // e-mails are unique that way: users_email_ci_key); empty: nobody.
    virtual QString learnerWithEmail(const QString &email) const = 0;
};

// A directory read beforehand, for work on many objects at once (a batch of
// events, a sync, reconciliation): a few set-based reads instead of one per object.
class LoadedLearners : public LearnerDirectory
{
public:
    QHash<QString, QString> customerOfUser; // every known learner -> their customer (maybe empty)
    QHash<QString, QString> userOfCustomer; // customer -> learner
    QHash<QString, QString> userOfEmail;    // e-mail, lower case -> learner

    bool exists(const QString &userId) const override { return customerOfUser.contains(userId); }
    QString ownerOfCustomer(const QString &customerId) const override { return userOfCustomer.value(customerId); }
    QString learnerWithEmail(const QString &email) const override { return userOfEmail.value(email.toLower()); }
    // A learner's first customer, linked in the database by the caller.
    void link(const QString &userId, const QString &customerId)
    {
        customerOfUser.insert(userId, customerId);
        userOfCustomer.insert(customerId, userId);
    }
};

// What a Stripe object says about whose it is.
struct OwnerClues {
    QString metadataUserId;    // metadata.user_id (ours, set at checkout)
    QString clientReferenceId; // a Checkout Session's client_reference_id
    QString customerId;        // cus_…
    QString mirrorUserId;      // whom our mirror of the subscription already names
    QString email;             // the Stripe customer's e-mail, where the object carries it
};

// What to do with a customer.subscription.* event.
enum class SubscriptionVerdict {
    Apply,     // newer than what we hold: its state is the truth
    Stale,     // older (or a state Stripe's lifecycle cannot reach from ours): changes nothing
    AskStripe, // a same-second tie, or no state in the payload: Stripe's current subscription decides
};

namespace Rules {

EventKind kindOf(const QString &type);

// The clues of a subscription, checkout session or invoice (its subscription's
// metadata, in both of Stripe's shapes).
OwnerClues cluesOf(const QJsonObject &object, EventKind kind, const QString &mirrorUserId = {});

// The learner an object belongs to, or empty: metadata.user_id of a known learner,
// then client_reference_id of a known learner, then the learner linked to the
// customer, then whom the mirror names, then the learner with the customer's
// e-mail (how the guide finds learners: Payment Links, the Dashboard and `stripe
// trigger` set none of our ids).
QString ownerOf(const OwnerClues &clues, const LearnerDirectory &learners);

// Events arrive late, twice and out of order; each carries the whole subscription
// as it was at `created`. `status` is empty for a thin payload. With no way to ask
// Stripe, a same-second tie is applied in arrival order.
SubscriptionVerdict judgeSubscriptionEvent(qint64 created, const QString &status, const std::optional<SubscriptionMirror> &mirror,
                                           bool canAskStripe);

// Why a subscription event without state changed nothing while Stripe was not (yet) asked.
QString noStateReason();
// Why a subscription event is kept as failed: none of its clues names a learner of ours.
QString noOwnerReason(const QString &subscriptionId, const OwnerClues &clues);

// True when a subscription in status `held` can never move to `next` in Stripe's
// lifecycle (`incomplete` only at the start; `canceled` and `incomplete_expired`
// final): an event saying `next` is then older than what we hold.
bool statusCannotFollow(const QString &held, const QString &next);

// Whether an invoice event tells more than our mirror of its subscription shows,
// so Stripe's current subscription is asked for: paid for a period ending later
// than the mirror's, or while the mirror is not plainly active; failed while the
// mirror is active.
bool invoiceNeedsStripe(const QJsonObject &invoice, const QString &type, const std::optional<SubscriptionMirror> &mirror);

} // namespace Rules

} // namespace companion::billing
