#pragma once

#include <QString>
#include <QUrl>

namespace companion::billing {

// Links to Stripe's Dashboard for the objects support looks at.
class StripeDashboard
{
public:
    // The Dashboard page of `id` (cus_, sub_, in_, ch_, pi_, evt_, pm_, re_, …), under /test
    // unless `livemode`. Empty when `apiBase` is not api.stripe.com (the sandbox has no
    // Dashboard) or the id is not one the Dashboard shows.
    static QUrl url(const QUrl &apiBase, const QString &id, bool livemode);
    // Whether the Stripe behind `apiBase` has a Dashboard at all (api.stripe.com does, a sandbox not).
    static bool exists(const QUrl &apiBase);
};

} // namespace companion::billing
