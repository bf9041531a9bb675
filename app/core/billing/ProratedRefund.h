#pragma once

#include <QtGlobal>

namespace companion::billing {

// For a cancel-now with a prorated refund: how much of the last paid invoice to give
// back, in minor units: amountPaid × the unused part of [periodStart, periodEnd) at
// `now`, rounded down to the cent, at most what is still refundable
// (amountPaid − amountRefunded); 0 when the period is over or the figures make no sense.
qint64 proratedRefund(qint64 amountPaid, qint64 amountRefunded, qint64 periodStart, qint64 periodEnd, qint64 now);

} // namespace companion::billing
