#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace companion::billing {

enum class Granularity { Day, Week, Month };

// Companion: a cancel at period end stays in MRR until the subscription ends and
// shows as scheduled churn. StripeCompatible: it leaves MRR when it is requested,
// as Stripe's Dashboard counts it.
enum class MrrMode { Companion, StripeCompatible };

enum class Movement { New, Expansion, Contraction, Churn, Reactivation };

struct RevenueRequest {
    QDate from;             // first day (UTC); periods are whole days, ISO weeks or calendar months covering [from, to]
    QDate to;               // last day
    Granularity granularity = Granularity::Month;
    MrrMode mode = MrrMode::Companion;
    QString currency = QStringLiteral("usd");
};

struct MovementFigures {
    qint64 newMrr = 0, expansion = 0, contraction = 0, churn = 0, reactivation = 0;
    int newCustomers = 0, expanded = 0, contracted = 0, churned = 0, reactivated = 0;
    qint64 net() const { return newMrr + expansion + reactivation - contraction - churn; }
};

struct CashFigures {
    qint64 gross = 0;        // collected (invoices paid in the period)
    qint64 fees = 0;         // actual where known, else estimated
    qint64 estimatedFees = 0; // the estimated part of fees
    int estimatedPayments = 0;
    qint64 refunds = 0;
    qint64 disputes = 0;     // chargebacks opened in the period: the amount taken back and Stripe's dispute fee
    qint64 failed = 0;       // amount of invoices (created in the period) whose payment failed at least once
    qint64 recovered = 0;    // … of which paid later
    int failedInvoices = 0, recoveredInvoices = 0;
    qint64 net() const { return gross - fees - refunds - disputes; }
    std::optional<double> recoveryRate() const { return failed > 0 ? std::optional<double>(double(recovered) / double(failed)) : std::nullopt; }
};

struct PeriodFigures {
    QDate start;             // first day
    QDate end;               // first day of the next period
    qint64 startMrr = 0, endMrr = 0;
    qint64 scheduledChurn = 0; // MRR at the end whose cancel is requested (Companion mode)
    qint64 atRiskMrr = 0;    // MRR at the end from past_due subscriptions
    int customersAtStart = 0, customersAtEnd = 0;
    MovementFigures moves;
    CashFigures cash;
    std::optional<double> ltvChurn; // trailing 6-month average monthly customer churn used for LTV

    qint64 arr() const { return endMrr * 12; }
    std::optional<double> customerChurnRate() const;
    std::optional<double> grossMrrChurn() const;
    std::optional<double> netMrrChurn() const;
    qint64 arpu() const;                 // end MRR ÷ active subscribers
    std::optional<qint64> ltv() const;   // ARPU ÷ trailing churn (1.67 % when it is 0)
    std::optional<double> quickRatio() const;
    bool rollsForward() const { return startMrr + moves.net() == endMrr; }
};

struct RevenueReport {
    RevenueRequest request;
    QList<PeriodFigures> periods;
    QString error;
    // The last period's end as carried by the movements equals the ledger read
    // directly at that instant (false would mean a bug, logged as a warning).
    bool ledgerConsistent = true;
};

// One customer behind a movement, or one whose MRR differs between the modes.
struct MovementLine {
    QString customer;        // our user id, else the Stripe customer id
    QString email;
    QString name;
    qint64 before = 0;       // MRR at the period's start
    qint64 after = 0;        // … at its end
    Movement movement = Movement::New;
    // Mode differences only: the subscription, when its cancel was asked, when it ends.
    QString subscriptionId;
    qint64 cancelRequestedAt = 0;
    qint64 endsAt = 0;
};

QString movementName(Movement movement);   // "new", "expansion", … (CSV, drill-down)

// The periods covering [from, to] at `granularity`, each [start, end).
QList<QPair<QDate, QDate>> revenuePeriods(const QDate &from, const QDate &to, Granularity granularity);

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::RevenueReport)
