#pragma once

#include <QDate>
#include <QJsonObject>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// The account's balance settings (GET/POST /v1/balance_settings): when charges'
// funds become available (settlement_timing, 2 days for a US account) and when
// automatic payouts run (payouts.schedule: daily by default, weekly, monthly or
// manual), with the statement descriptor automatic payouts carry. Kept in the
// sandbox's state, as the account's own settings.
class BalanceSettings
{
public:
    explicit BalanceSettings(const SandboxContext &context);

    static constexpr int kDelayDays = 2; // a US account's standard settlement delay

    QJsonObject object() const;
    // Applies a POST's payments[…] parameters (Stripe's refusals for bad values), saves them.
    QJsonObject update(const ApiRequest &request) const;

    int delayDays() const;
    bool automaticPayouts() const;          // schedule interval is not manual
    bool isPayoutDay(const QDate &day) const; // per interval, weekly_payout_days, monthly_payout_days
    QString statementDescriptor() const;    // for automatic payouts, empty when unset

private:
    QJsonObject stored() const;
    const SandboxContext &m_ctx;
};

} // namespace sandbox
