#pragma once

#include <QJsonObject>
#include <QMap>
#include <QPair>

#include <optional>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// Where the account's money goes after a payment, as Stripe moves it: balance
// transactions settle (pending until their available_on, then available, with
// balance.available), and on each payout day (BalanceSettings) at 00:00 UTC the
// positive available balance of each currency leaves as an automatic payout to the
// account's bank account. Each payout carries the transactions it settles (their
// private "_payout", what GET /v1/balance_transactions?payout= lists) and moves
// pending -> in_transit (an hour later) -> paid on its arrival date, the next
// business day (payout.paid, payout.reconciliation_completed). Manual payouts
// (POST /v1/payouts) draw on the available balance.
//
// Failing payouts: Stripe's test bank account numbers decide. The account's bank
// account is 000123456789 (payouts succeed) until POST /v1/test_helpers/bank_account
// replaces it; with 000111111116 (no_account), 000111111113 (account_closed),
// 000222222227 (insufficient_funds), 000333333335 (debit_not_authorized) or
// 000444444440 (invalid_currency) payouts fail on their arrival date, the money comes
// back (a payout_failure balance transaction) and the bank account is "errored":
// automatic payouts stop until a new bank account is given, as on Stripe.
class PayoutSchedule
{
public:
    explicit PayoutSchedule(const SandboxContext &context);

    static constexpr qint64 kSubmitDelay = 3600; // pending -> in_transit

    // 00:00 UTC of the day funds of a charge made at `created` become available.
    qint64 availableOn(qint64 created) const;

    // Stripe's `balance` object: available and pending per currency.
    QJsonObject balance() const;
    qint64 available(const QString &currency) const;

    // The next moment something is due (funds settle, a payout moves, a payout day
    // with money to pay out); nullopt when nothing waits. May be in the past.
    std::optional<qint64> nextDue() const;
    // Runs everything due at the clock's now, in that order.
    void runDue() const;

    // POST /v1/payouts, already validated but for the balance (balance_insufficient here).
    QJsonObject createManual(qint64 amount, const QString &currency, const QString &description,
                             const QString &statementDescriptor, const QJsonObject &metadata, const ApiRequest &request) const;
    QJsonObject cancel(QJsonObject payout, const ApiRequest &request) const;

    // The account's bank account (created on first use); replaced by setBankAccount.
    QJsonObject bankAccount() const;
    QJsonObject setBankAccount(const QString &accountNumber, const QString &routingNumber) const;

private:
    QMap<QString, QPair<qint64, qint64>> sums() const; // currency -> (available, pending)
    std::optional<qint64> nextPayoutRun() const;
    void settle(qint64 now) const;
    void advancePayout(QJsonObject payout) const;
    void payOutAvailable(qint64 runAt) const;
    QJsonObject newPayout(qint64 amount, const QString &currency, bool automatic, const QString &description,
                          const QString &statementDescriptor, const QJsonObject &metadata, const ApiRequest &request) const;
    qint64 arrivalDate(qint64 created) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
