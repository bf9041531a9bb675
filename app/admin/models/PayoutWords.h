#pragma once

#include "billing/CashReconciliation.h"

#include <QCoreApplication>
#include <QString>

namespace companion::admin {

// The payouts view's Stripe words (statuses, reporting categories, kinds of
// difference) as finance reads them; one place so the tables and the summary agree.
class PayoutWords
{
    Q_DECLARE_TR_FUNCTIONS(companion::admin::PayoutWords)
public:
    // "paid" → "Paid", "in_transit" → "In transit"; an unknown status as it is.
    static QString status(const QString &status);
    // "charge" → "Charges", "payout_reversal" → "Failed payouts returned"; an unknown category as it is.
    static QString category(const QString &reportingCategory);
    static QString differenceKind(billing::CashDifference::Kind kind);
};

} // namespace companion::admin
