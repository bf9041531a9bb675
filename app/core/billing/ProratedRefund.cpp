#include "ProratedRefund.h"

namespace companion::billing {

qint64 proratedRefund(qint64, qint64, qint64, qint64, qint64) { return 0; }

} // namespace companion::billing
