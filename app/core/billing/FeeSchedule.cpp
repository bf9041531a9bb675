#include "FeeSchedule.h"

namespace companion::billing::FeeSchedule {

qint64 estimatedFee(qint64 amount, bool international)
{
    if (amount <= 0)
        return 0;
    const qint64 permille = international ? 39 : 29; // tenths of a percent
    return (amount * permille + 500) / 1000 + 30;
}

const char *estimatedFeeSql()
{
    // %1 is the amount column; kept in step with estimatedFee() by tst_revenue_metrics.
    return "((%1 * 29 + 500) / 1000 + 30)";
}

} // namespace companion::billing::FeeSchedule
