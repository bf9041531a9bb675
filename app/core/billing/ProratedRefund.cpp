#include "ProratedRefund.h"

namespace companion::billing {

qint64 proratedRefund(qint64 amountPaid, qint64 amountRefunded, qint64 periodStart, qint64 periodEnd, qint64 now)
{
    const qint64 refundable = amountPaid - amountRefunded;
    if (amountPaid <= 0 || refundable <= 0 || periodEnd <= periodStart || now >= periodEnd)
        return 0;
    // Before the period began nothing of it was used.
    const qint64 unused = periodEnd - qMax(now, periodStart);
    const qint64 length = periodEnd - periodStart;
    // amountPaid × unused / length, rounded down, split so that no product overflows:
    // (q·length + r) × unused / length = q × unused + r × unused / length, with r < length.
    const qint64 whole = amountPaid / length * unused;
    const qint64 part = (amountPaid % length) * unused / length;
    const qint64 exact = whole + part;
    return qMin(exact, refundable);
}

} // namespace companion::billing
