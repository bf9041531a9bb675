#pragma once

#include <QString>

#include <optional>

namespace sandbox {

// What a subscription becomes once every retry of its invoice failed: the Dashboard's
// "Manage failed payments" setting. Stripe's default cancels it.
enum class AfterFailedRetries { Cancel, MarkUnpaid, LeavePastDue };

// "cancel", "unpaid" or "past_due" (the status the subscription ends in), else nothing.
inline std::optional<AfterFailedRetries> afterFailedRetriesFromName(const QString &name)
{
    if (name == QLatin1String("cancel"))
        return AfterFailedRetries::Cancel;
    if (name == QLatin1String("unpaid"))
        return AfterFailedRetries::MarkUnpaid;
    if (name == QLatin1String("past_due"))
        return AfterFailedRetries::LeavePastDue;
    return std::nullopt;
}

} // namespace sandbox
