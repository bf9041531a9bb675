#pragma once

#include <QtGlobal>

namespace companion::billing {

// Stripe's standard card pricing, for payments whose balance transaction we have
// not mirrored: 2.9 % + 30¢, and 1 % more for a card issued abroad. Rounded
// half up to the minor unit, as Stripe rounds fees. $9.99 → fee $0.59, net $9.40.
namespace FeeSchedule {
qint64 estimatedFee(qint64 amount, bool international = false);
// The same rule as SQL (integer arithmetic, both dialects), with %1 for the amount column.
const char *estimatedFeeSql();
} // namespace FeeSchedule

} // namespace companion::billing
