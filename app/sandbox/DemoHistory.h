#pragma once

#include <QString>

namespace sandbox {

class ApiRouter;
class UnitOfWork;
struct SandboxContext;

// --seed-demo: an account with 18 months of believable history, made by playing it
// through the real engine (so every invoice, charge and event is consistent): the
// Premium product with monthly and yearly prices, customers joining over time,
// trials, yearly plans, cards that fail at renewal (past_due, then canceled), churn
// at period end and at once, refunds and a dispute or two, a launch coupon campaign
// (LAUNCH20, through the API like any client), cards replaced after a declined renewal,
// and the daily payouts the clock makes of it all. Same seed, same account.
class DemoHistory
{
public:
    DemoHistory(const SandboxContext &context, const UnitOfWork &work, const ApiRouter &router);

    // Returns the number of customers created, 0 when the account already has data,
    // or -1 with `error` set.
    int seed(int customers, quint32 seed, QString *error) const;

    static constexpr char kMonthlyLookupKey[] = "premium_monthly";
    static constexpr char kYearlyLookupKey[] = "premium_yearly";
    static constexpr char kCampaignCode[] = "LAUNCH20";

private:
    const SandboxContext &m_ctx;
    const UnitOfWork &m_work;
    const ApiRouter &m_router;
};

} // namespace sandbox
