#pragma once

#include "db/Migrator.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace companion::billing {

class BillingStore;

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
// Counts for `active` and `past_due` only; trials, $0 plans and ended ones are 0.
MrrState stateOf(const MrrInputs &inputs);
// A subscription seen for the first time: its story told by Stripe's own
// timestamps (start, trial end, cancel request, failed renewal, end), with
// today's price since the start, since Stripe's object keeps no older price.
QList<MrrPoint> history(const MrrInputs &inputs, qint64 observedAt);
// What changed since the open stretch `open`, dated by Stripe's timestamp for
// that change where it has one, else by when we observed it.
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
    void record(const QList<Observation> &observations);

    // Rows mirrored before the ledger existed get their history from the row.
    // Returns how many subscriptions it filled in; 0 on every later call.
    int backfill();

private:
    BillingStore &m_store;
};

// Migration 004 created the ledger empty: after a db::openMigrated() that applied
// it, the subscriptions mirrored before get their history. On failure sets
// report->ok = false and report->error.
void completeLedgerMigration(QSqlDatabase db, db::Dialect dialect, db::MigrationReport *report);

} // namespace companion::billing
