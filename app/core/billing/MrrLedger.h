#pragma once

#include "db/Migrator.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace companion::billing {

class BillingStore;

// A coupon applied to a subscription, as MRR needs it (docs/metrics.md).
struct MrrDiscount {
    QString id;             // di_…
    QString couponId;
    bool termsKnown = false; // the coupon's terms below are read (from Stripe's object or table coupons)
    qint64 percentOffBp = 0; // hundredths of a percent: 20 % = 2000
    qint64 amountOff = 0;    // minor units off each billing interval
    QString currency;        // of amountOff
    QString duration;        // once / repeating / forever
    int durationInMonths = 0;
    qint64 start = 0;
    qint64 end = 0;          // when it stops lowering the bill (its end, or its removal); 0: never

    // A `once` coupon bills the first invoice only: no effect on MRR.
    bool lowersAt(qint64 at) const;
    static MrrDiscount fromStripe(const QJsonObject &discount); // a discount object (or the legacy subscription.discount)
};

// What of a subscription decides its monthly recurring revenue.
struct MrrInputs {
    QString subscriptionId;
    QString status;
    qint64 amount = 0;      // unit_amount, minor units per interval
    int quantity = 1;
    QString interval;       // day, week, month, year
    int intervalCount = 1;
    QString currency;
    qint64 start = 0;       // start_date, else created
    qint64 trialEnd = 0;
    qint64 currentPeriodStart = 0;
    bool cancelAtPeriodEnd = false;
    qint64 cancelAt = 0;
    qint64 canceledAt = 0;
    qint64 endedAt = 0;
    // In the order Stripe applies them. discountsListed: the subscription object
    // said which discounts it carries (one it no longer lists has been removed).
    QList<MrrDiscount> discounts;
    bool discountsListed = false;

    static MrrInputs fromSubscription(const QJsonObject &subscription);
};

// One stretch's values: what the ledger stores per row.
struct MrrState {
    QString status;
    qint64 mrr = 0;         // minor units per month; 0 when not counted
    QString currency;
    bool cancelRequested = false;
    bool operator==(const MrrState &o) const
    {
        return status == o.status && mrr == o.mrr && currency == o.currency && cancelRequested == o.cancelRequested;
    }
    bool operator!=(const MrrState &o) const { return !(*this == o); }
};

struct MrrPoint {
    qint64 at = 0;          // from this instant on
    MrrState state;
};

namespace Mrr {
// price × quantity per month, rounded half up to the minor unit (yearly ÷ 12).
qint64 monthlyAmount(qint64 amount, int quantity, const QString &interval, int intervalCount);
// monthlyAmount after the discounts lowering the bill at `at`: each in order on
// what the ones before left (amount_off capped at it, in the price's currency,
// per billing interval), rounded half up to the minor unit once.
qint64 monthlyAfterDiscounts(const MrrInputs &inputs, qint64 at);
// Counts for `active` and `past_due` only; trials, $0 plans and ended ones are 0.
// Discounts count as they stand at `at`.
MrrState stateOf(const MrrInputs &inputs, qint64 at);
// A subscription seen for the first time: its story told by Stripe's own
// timestamps (start, trial end, cancel request, failed renewal, end), with
// today's price since the start, since Stripe's object keeps no older price;
// each discount's start and end (up to observedAt) begin a stretch of their own.
QList<MrrPoint> history(const MrrInputs &inputs, qint64 observedAt);
// What changed since the open stretch `open`, dated by Stripe's timestamp for
// that change where it has one, else by when we observed it; a discount that
// began or ended meanwhile is dated by its own start or end.
QList<MrrPoint> transition(const MrrPoint &open, const MrrInputs &inputs, qint64 observedAt);
} // namespace Mrr

// Keeps table mrr_segments in step with the subscription mirror: every write of
// a subscription row goes through record() in the same transaction.
class MrrLedger
{
public:
    explicit MrrLedger(BillingStore &store);

    struct Observation {
        MrrInputs inputs;
        qint64 observedAt = 0;  // event.created, or when we read Stripe's answer
    };
    // Discounts the observation names but does not describe (ids only, as in
    // webhooks) take their terms from tables subscription_discounts and coupons.
    void record(const QList<Observation> &observations);
    // The subscriptions as their mirror rows hold them, observed again at `observedAt`
    // (their discounts changed: a customer.discount.* or coupon event).
    void reobserve(const QStringList &subscriptionIds, qint64 observedAt);

    // Rows mirrored before the ledger existed get their history from the row.
    // Returns how many subscriptions it filled in; 0 on every later call.
    int backfill();

private:
    QList<Observation> fromRows(const QString &where, const QVariantList &binds);
    // Fills in each observation's discounts from our tables.
    void addStoredDiscounts(QList<Observation> &observations);

    BillingStore &m_store;
};

// Migration 004 created the ledger empty: after a db::openMigrated() that applied
// it, the subscriptions mirrored before get their history. On failure sets
// report->ok = false and report->error.
void completeLedgerMigration(QSqlDatabase db, db::Dialect dialect, db::MigrationReport *report);

} // namespace companion::billing
