#include "StripeDashboard.h"

namespace companion::billing {

QUrl StripeDashboard::url(const QUrl &, const QString &, bool) { return {}; }

} // namespace companion::billing
