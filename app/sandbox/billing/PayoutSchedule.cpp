#include "PayoutSchedule.h"

#include "ApiTypes.h"
#include "BalanceSettings.h"
#include "Documents.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sandbox {

namespace {
constexpr qint64 kDay = 24 * 3600;
const QString kLastRunKey = QStringLiteral("payouts_last_run");
const QString kBankAccountKey = QStringLiteral("bank_account");
const QString kDefaultAccountNumber = QStringLiteral("000123456789");

qint64 floorDay(qint64 t)
{
    return t - ((t % kDay) + kDay) % kDay;
}

qint64 ceilDay(qint64 t)
{
    return floorDay(t) == t ? t : floorDay(t) + kDay;
}

QDate dateOf(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date();
}

// Stripe's test bank account numbers whose payouts fail, with the failure they give.
struct PayoutFailure {
    QString code;
    QString message;
};
std::optional<PayoutFailure> failureOf(const QString &accountNumber)
{
    static const QMap<QString, PayoutFailure> failures{
        {QStringLiteral("000111111116"), {QStringLiteral("no_account"),
                                          QStringLiteral("The bank account details on file are probably incorrect. No bank account could be located with those details.")}},
        {QStringLiteral("000111111113"), {QStringLiteral("account_closed"), QStringLiteral("The bank account has been closed.")}},
        {QStringLiteral("000222222227"), {QStringLiteral("insufficient_funds"), QStringLiteral("Your Stripe account has insufficient funds to cover the payout.")}},
        {QStringLiteral("000333333335"), {QStringLiteral("debit_not_authorized"),
                                          QStringLiteral("Debit transactions are not approved on the bank account. (Stripe requires bank accounts to be set up for both credit and debit payouts.)")}},
        {QStringLiteral("000444444440"), {QStringLiteral("invalid_currency"),
                                          QStringLiteral("The bank was unable to process this payout because of its currency. This is probably because the bank account cannot accept payments in that currency.")}},
    };
    const auto it = failures.constFind(accountNumber);
    if (it == failures.cend())
        return std::nullopt;
    return *it;
}

// The change of `field` on an event's previous_attributes.
QJsonObject previous(const QJsonObject &before, const QStringList &fields)
{
    QJsonObject out;
    for (const QString &field : fields)
        out.insert(field, before.value(field));
    return out;
}
} // namespace

PayoutSchedule::PayoutSchedule(const SandboxContext &context)
    : m_ctx(context)
{
}

qint64 PayoutSchedule::availableOn(qint64 created) const
{
    return floorDay(created) + BalanceSettings(m_ctx).delayDays() * kDay;
}

qint64 PayoutSchedule::arrivalDate(qint64 created) const
{
    qint64 day = floorDay(created + kSubmitDelay) + kDay;
    while (dateOf(day).dayOfWeek() > 5) // banks credit on business days
        day += kDay;
    return day;
}

QMap<QString, QPair<qint64, qint64>> PayoutSchedule::sums() const
{
    // Summed in SQL: the balance is asked for every day the clock moves through.
    QMap<QString, QPair<qint64, qint64>> sums; // currency -> (available, pending)
    QSqlQuery q(m_ctx.store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT json_extract(data, '$.currency'), json_extract(data, '$.status'), SUM(json_extract(data, '$.net')) "
                              "FROM objects WHERE type = 'balance_transaction' GROUP BY 1, 2"))) {
        while (q.next()) {
            auto &sum = sums[q.value(0).toString()];
            (q.value(1).toString() == QLatin1String("available") ? sum.first : sum.second) += q.value(2).toLongLong();
        }
    }
    return sums;
}

QJsonObject PayoutSchedule::balance() const
{
    auto sums = this->sums();
    if (sums.isEmpty())
        sums.insert(QStringLiteral("usd"), {0, 0});
    QJsonArray available;
    QJsonArray pending;
    QJsonArray prefunding;
    auto entry = [](qint64 amount, const QString &currency) {
        return QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency},
                           {QStringLiteral("source_types"), QJsonObject{{QStringLiteral("card"), amount}}}};
    };
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        available.append(entry(it->first, it.key()));
        pending.append(entry(it->second, it.key()));
        prefunding.append(entry(0, it.key()));
    }
    return {{QStringLiteral("object"), QStringLiteral("balance")},
            {QStringLiteral("available"), available},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("refund_and_dispute_prefunding"),
             QJsonObject{{QStringLiteral("available"), prefunding}, {QStringLiteral("pending"), prefunding}}}};
}

qint64 PayoutSchedule::available(const QString &currency) const
{
    return sums().value(currency).first;
}

std::optional<qint64> PayoutSchedule::nextPayoutRun() const
{
    const BalanceSettings settings(m_ctx);
    if (!settings.automaticPayouts())
        return std::nullopt;
    const auto bank = m_ctx.store.get(m_ctx.store.state(kBankAccountKey));
    if (bank && bank->value(QStringLiteral("status")).toString() == QLatin1String("errored"))
        return std::nullopt; // Stripe stops scheduled payouts until the bank details change
    const auto unsettled = m_ctx.store.earliest(QStringLiteral("balance_transaction"),
                                                {{QStringLiteral("$._payout"), QStringLiteral("IS NULL"), {}}}, QStringLiteral("$.available_on"));
    if (!unsettled)
        return std::nullopt;
    const qint64 lastRun = m_ctx.store.state(kLastRunKey, QStringLiteral("0")).toLongLong();
    qint64 run = ceilDay(unsettled->value(QStringLiteral("available_on")).toInteger());
    if (lastRun > 0)
        run = qMax(run, floorDay(lastRun) + kDay);
    // Payouts resumed (a new bank account, a schedule again) start at the next 00:00.
    run = qMax(run, ceilDay(m_ctx.clock.now()));
    for (int i = 0; i < 62; ++i, run += kDay) {
        if (settings.isPayoutDay(dateOf(run)))
            return run;
    }
    return std::nullopt; // a schedule without payout days (weekly_payout_days emptied)
}

std::optional<qint64> PayoutSchedule::nextDue() const
{
    std::optional<qint64> due;
    auto consider = [&](qint64 at) {
        if (!due || at < *due)
            due = at;
    };
    if (const auto pending = m_ctx.store.earliest(QStringLiteral("balance_transaction"),
                                                  {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("pending")}}},
                                                  QStringLiteral("$.available_on")))
        consider(pending->value(QStringLiteral("available_on")).toInteger());
    if (const auto moving = m_ctx.store.earliest(QStringLiteral("payout"), {}, QStringLiteral("$._due_at")))
        consider(moving->value(QStringLiteral("_due_at")).toInteger());
    if (const auto run = nextPayoutRun())
        consider(*run);
    return due;
}

void PayoutSchedule::runDue() const
{
    const qint64 now = m_ctx.clock.now();
    settle(now);
    for (const QJsonObject &payout : m_ctx.store.all(QStringLiteral("payout"), {{QStringLiteral("$._due_at"), QStringLiteral("<="), {now}}}))
        advancePayout(payout);
    if (const auto run = nextPayoutRun(); run && *run <= now)
        payOutAvailable(*run);
}

void PayoutSchedule::settle(qint64 now) const
{
    bool credited = false;
    for (QJsonObject txn : m_ctx.store.all(QStringLiteral("balance_transaction"),
                                           {{QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("pending")}},
                                            {QStringLiteral("$.available_on"), QStringLiteral("<="), {now}}})) {
        txn.insert(QStringLiteral("status"), QStringLiteral("available"));
        m_ctx.save(txn);
        credited = credited || txn.value(QStringLiteral("net")).toInteger() > 0;
    }
    // Stripe announces funds becoming available, never debits.
    if (credited)
        m_ctx.emitEvent(QStringLiteral("balance.available"), balance(), ApiRequest());
}

void PayoutSchedule::payOutAvailable(qint64 runAt) const
{
    // A late run (real time passed without the clock being advanced) counts for today.
    m_ctx.store.setState(kLastRunKey, QString::number(qMax(runAt, floorDay(m_ctx.clock.now()))));
    QMap<QString, QList<QJsonObject>> byCurrency;
    for (const QJsonObject &txn : m_ctx.store.all(QStringLiteral("balance_transaction"),
                                                  {{QStringLiteral("$._payout"), QStringLiteral("IS NULL"), {}},
                                                   {QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("available")}}}))
        byCurrency[txn.value(QStringLiteral("currency")).toString()].append(txn);
    const QString descriptor = BalanceSettings(m_ctx).statementDescriptor();
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
        qint64 amount = 0;
        for (const QJsonObject &txn : *it)
            amount += txn.value(QStringLiteral("net")).toInteger();
        if (amount <= 0)
            continue; // nothing to pay out; the debits wait for later credits
        const QJsonObject payout = newPayout(amount, it.key(), true, QStringLiteral("STRIPE PAYOUT"), descriptor, {}, ApiRequest());
        for (QJsonObject txn : *it) {
            txn.insert(QStringLiteral("_payout"), payout.value(QStringLiteral("id")));
            m_ctx.save(txn);
        }
    }
}

QJsonObject PayoutSchedule::newPayout(qint64 amount, const QString &currency, bool automatic, const QString &description,
                                      const QString &statementDescriptor, const QJsonObject &metadata, const ApiRequest &request) const
{
    const qint64 now = m_ctx.clock.now();
    const QString id = m_ctx.ids.next(QStringLiteral("po_"));
    QJsonObject txn = Documents::balanceTransaction(m_ctx, id, QStringLiteral("payout"), -amount, 0, currency,
                                                    description.isEmpty() ? QStringLiteral("STRIPE PAYOUT") : description);
    if (automatic) // an automatic payout's own debit is part of its reconciliation
        txn.insert(QStringLiteral("_payout"), id);
    const QJsonObject payout{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("payout")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("application_fee"), QJsonValue()},
        {QStringLiteral("application_fee_amount"), QJsonValue()},
        {QStringLiteral("arrival_date"), arrivalDate(now)},
        {QStringLiteral("automatic"), automatic},
        {QStringLiteral("balance_transaction"), txn.value(QStringLiteral("id"))},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("description"), description.isEmpty() ? QJsonValue() : QJsonValue(description)},
        {QStringLiteral("destination"), bankAccount().value(QStringLiteral("id"))},
        {QStringLiteral("failure_balance_transaction"), QJsonValue()},
        {QStringLiteral("failure_code"), QJsonValue()},
        {QStringLiteral("failure_message"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("method"), QStringLiteral("standard")},
        {QStringLiteral("original_payout"), QJsonValue()},
        {QStringLiteral("payout_method"), QJsonValue()},
        {QStringLiteral("reconciliation_status"), automatic ? QStringLiteral("in_progress") : QStringLiteral("not_applicable")},
        {QStringLiteral("reversed_by"), QJsonValue()},
        {QStringLiteral("source_type"), QStringLiteral("card")},
        {QStringLiteral("statement_descriptor"), statementDescriptor.isEmpty() ? QJsonValue() : QJsonValue(statementDescriptor)},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("trace_id"), QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}, {QStringLiteral("value"), QJsonValue()}}},
        {QStringLiteral("type"), QStringLiteral("bank_account")},
        {QStringLiteral("_due_at"), now + kSubmitDelay},
    };
    m_ctx.save(txn);
    m_ctx.save(payout);
    m_ctx.emitEvent(QStringLiteral("payout.created"), payout, request);
    return payout;
}

void PayoutSchedule::advancePayout(QJsonObject payout) const
{
    const ApiRequest automatic;
    const qint64 now = m_ctx.clock.now();
    const QJsonObject before = payout;
    const QString status = payout.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("pending")) {
        payout.insert(QStringLiteral("status"), QStringLiteral("in_transit"));
        payout.insert(QStringLiteral("_due_at"), qMax(now, payout.value(QStringLiteral("arrival_date")).toInteger()));
        m_ctx.save(payout);
        m_ctx.emitEvent(QStringLiteral("payout.updated"), payout, automatic, previous(before, {QStringLiteral("status")}));
        return;
    }
    payout.remove(QStringLiteral("_due_at"));
    if (status != QLatin1String("in_transit")) {
        m_ctx.save(payout);
        return;
    }
    auto bank = m_ctx.store.get(payout.value(QStringLiteral("destination")).toString());
    const auto failure = bank ? failureOf(bank->value(QStringLiteral("_account_number")).toString()) : std::nullopt;
    if (payout.value(QStringLiteral("automatic")).toBool())
        payout.insert(QStringLiteral("reconciliation_status"), QStringLiteral("completed"));
    payout.insert(QStringLiteral("trace_id"), QJsonObject{{QStringLiteral("status"), QStringLiteral("unsupported")}, {QStringLiteral("value"), QJsonValue()}});
    if (!failure) {
        payout.insert(QStringLiteral("status"), QStringLiteral("paid"));
        m_ctx.save(payout);
        m_ctx.emitEvent(QStringLiteral("payout.updated"), payout, automatic, previous(before, {QStringLiteral("status")}));
        m_ctx.emitEvent(QStringLiteral("payout.paid"), payout, automatic);
        if (payout.value(QStringLiteral("automatic")).toBool())
            m_ctx.emitEvent(QStringLiteral("payout.reconciliation_completed"), payout, automatic);
        return;
    }
    // The bank sends the money back: it is available again, for the next payout.
    const qint64 amount = payout.value(QStringLiteral("amount")).toInteger();
    const QJsonObject txn = Documents::balanceTransaction(m_ctx, payout.value(QStringLiteral("id")).toString(), QStringLiteral("payout_failure"),
                                                          amount, 0, payout.value(QStringLiteral("currency")).toString(),
                                                          QStringLiteral("Payout failure: ") + failure->code);
    payout.insert(QStringLiteral("status"), QStringLiteral("failed"));
    payout.insert(QStringLiteral("failure_code"), failure->code);
    payout.insert(QStringLiteral("failure_message"), failure->message);
    payout.insert(QStringLiteral("failure_balance_transaction"), txn.value(QStringLiteral("id")));
    bank->insert(QStringLiteral("status"), QStringLiteral("errored"));
    m_ctx.save(txn);
    m_ctx.save(*bank);
    m_ctx.save(payout);
    m_ctx.emitEvent(QStringLiteral("payout.updated"), payout, automatic,
                    previous(before, {QStringLiteral("status"), QStringLiteral("failure_code"), QStringLiteral("failure_message"),
                                      QStringLiteral("failure_balance_transaction")}));
    m_ctx.emitEvent(QStringLiteral("payout.failed"), payout, automatic);
    m_ctx.emitEvent(QStringLiteral("balance.available"), balance(), automatic);
}

QJsonObject PayoutSchedule::createManual(qint64 amount, const QString &currency, const QString &description,
                                         const QString &statementDescriptor, const QJsonObject &metadata, const ApiRequest &request) const
{
    if (amount > available(currency)) {
        const QString message = BalanceSettings(m_ctx).automaticPayouts()
            ? QStringLiteral("You have insufficient funds in your Stripe account. One likely reason you have insufficient funds is that "
                             "your funds are automatically being paid out; try enabling manual payouts by going to "
                             "https://dashboard.stripe.com/account/payouts.")
            : QStringLiteral("You have insufficient funds in your Stripe account for this transfer. Your card balance is too low.  You can "
                             "use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).");
        throw StripeException(400, QStringLiteral("invalid_request_error"), message, QStringLiteral("balance_insufficient"));
    }
    return newPayout(amount, currency, false, description, statementDescriptor, metadata, request);
}

QJsonObject PayoutSchedule::cancel(QJsonObject payout, const ApiRequest &request) const
{
    const QString id = payout.value(QStringLiteral("id")).toString();
    if (payout.value(QStringLiteral("automatic")).toBool())
        throw StripeException::invalid(QStringLiteral("You cannot cancel automatic Stripe payouts."));
    const QString status = payout.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("pending"))
        throw StripeException::invalid(QStringLiteral("Payout %1 cannot be canceled because it has a status of %2. Only pending payouts "
                                                      "can be canceled.").arg(id, status));
    const QJsonObject before = payout;
    const QJsonObject txn = Documents::balanceTransaction(m_ctx, id, QStringLiteral("payout_cancel"), payout.value(QStringLiteral("amount")).toInteger(),
                                                          0, payout.value(QStringLiteral("currency")).toString(), QStringLiteral("Payout canceled"));
    payout.remove(QStringLiteral("_due_at"));
    payout.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    payout.insert(QStringLiteral("failure_balance_transaction"), txn.value(QStringLiteral("id")));
    m_ctx.save(txn);
    m_ctx.save(payout);
    m_ctx.emitEvent(QStringLiteral("payout.updated"), payout, request,
                    previous(before, {QStringLiteral("status"), QStringLiteral("failure_balance_transaction")}));
    m_ctx.emitEvent(QStringLiteral("payout.canceled"), payout, request);
    return payout;
}

QJsonObject PayoutSchedule::bankAccount() const
{
    if (const auto bank = m_ctx.store.get(m_ctx.store.state(kBankAccountKey)))
        return *bank;
    return setBankAccount(kDefaultAccountNumber, {});
}

QJsonObject PayoutSchedule::setBankAccount(const QString &accountNumber, const QString &routingNumber) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,17}$"));
    if (!digits.match(accountNumber).hasMatch())
        throw StripeException::invalid(QStringLiteral("You must use a test bank account number in test mode. Try 000123456789 or see more "
                                                      "options at https://stripe.com/docs/connect/testing#account-numbers."),
                                       QStringLiteral("account_number"));
    const QString routing = routingNumber.isEmpty() ? QStringLiteral("110000000") : routingNumber;
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
    if (!nineDigits.match(routing).hasMatch())
        throw StripeException::invalid(QStringLiteral("Routing number must have 9 digits"), QStringLiteral("routing_number"));
    const QJsonObject bank{
        {QStringLiteral("id"), m_ctx.ids.next(QStringLiteral("ba_"))},
        {QStringLiteral("object"), QStringLiteral("bank_account")},
        {QStringLiteral("account_holder_name"), QJsonValue()},
        {QStringLiteral("account_holder_type"), QJsonValue()},
        {QStringLiteral("account_type"), QJsonValue()},
        {QStringLiteral("available_payout_methods"), QJsonArray{QStringLiteral("standard")}},
        {QStringLiteral("bank_name"), QStringLiteral("STRIPE TEST BANK")},
        {QStringLiteral("country"), QStringLiteral("US")},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("default_for_currency"), true},
        {QStringLiteral("fingerprint"), QString::fromLatin1(QCryptographicHash::hash((routing + accountNumber).toUtf8(),
                                                                                     QCryptographicHash::Sha256).toHex().left(16))},
        {QStringLiteral("last4"), accountNumber.right(4)},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("routing_number"), routing},
        {QStringLiteral("status"), QStringLiteral("new")},
        {QStringLiteral("_account_number"), accountNumber},
    };
    if (const auto old = m_ctx.store.get(m_ctx.store.state(kBankAccountKey))) {
        QJsonObject replaced = *old;
        replaced.insert(QStringLiteral("default_for_currency"), false);
        m_ctx.save(replaced);
    }
    m_ctx.save(bank);
    m_ctx.store.setState(kBankAccountKey, bank.value(QStringLiteral("id")).toString());
    return bank;
}

} // namespace sandbox
