#pragma once

#include "BillingStore.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace companion::billing {

// Our copy of Stripe's payouts and balance transactions (migration 009), written
// from a sync's lists and from payout.* events. A payout row only moves forward:
// what Stripe said at an older moment than the row already holds changes nothing
// (events arrive late and out of order). Throws StoreError.
class PayoutMirror
{
public:
    explicit PayoutMirror(BillingStore &store) : m_store(store) {}

    // A Stripe payout object as it was at `seenAt` (an event's `created`, or when the
    // list was read).
    struct PayoutWrite {
        QJsonObject payout;
        qint64 seenAt = 0;
    };
    // In the order given; returns how many rows changed (a stale state changes none).
    int upsertPayouts(const QList<PayoutWrite> &payouts);
    // Balance transactions as Stripe lists them (with `source` expanded or not);
    // with `payoutId`, they are the ones that payout carried.
    void upsertTransactions(const QList<QJsonObject> &transactions, const QString &payoutId = {});
    // The payout's transactions are now all mirrored: a payout in a final status is
    // not read again.
    void markTransactionsRead(const QString &payoutId);
    // Automatic payouts whose transactions still have to be read (not final yet, or never read).
    QStringList payoutsToRead() const;

    // The charge a balance transaction concerns: its own source for a charge, the
    // refund's or dispute's charge when the source is expanded.
    static QString chargeOf(const QJsonObject &transaction);

private:
    BillingStore &m_store;
};

} // namespace companion::billing
