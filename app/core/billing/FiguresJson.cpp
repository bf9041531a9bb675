#include "FiguresJson.h"

#include <cmath>

namespace companion::billing {

namespace {
constexpr double kPpb = 1e9;
}

QJsonObject figuresToJson(const PeriodFigures &f)
{
    QJsonObject out{
        {QStringLiteral("start_mrr"), f.startMrr},
        {QStringLiteral("new_mrr"), f.moves.newMrr},
        {QStringLiteral("expansion_mrr"), f.moves.expansion},
        {QStringLiteral("reactivation_mrr"), f.moves.reactivation},
        {QStringLiteral("contraction_mrr"), f.moves.contraction},
        {QStringLiteral("churned_mrr"), f.moves.churn},
        {QStringLiteral("end_mrr"), f.endMrr},
        {QStringLiteral("scheduled_churn_mrr"), f.scheduledChurn},
        {QStringLiteral("at_risk_mrr"), f.atRiskMrr},
        {QStringLiteral("customers_at_start"), f.customersAtStart},
        {QStringLiteral("customers_at_end"), f.customersAtEnd},
        {QStringLiteral("customers_new"), f.moves.newCustomers},
        {QStringLiteral("customers_expanded"), f.moves.expanded},
        {QStringLiteral("customers_contracted"), f.moves.contracted},
        {QStringLiteral("customers_churned"), f.moves.churned},
        {QStringLiteral("customers_reactivated"), f.moves.reactivated},
        {QStringLiteral("gross"), f.cash.gross},
        {QStringLiteral("fees"), f.cash.fees},
        {QStringLiteral("fees_estimated"), f.cash.estimatedFees},
        {QStringLiteral("payments_estimated"), f.cash.estimatedPayments},
        {QStringLiteral("refunds"), f.cash.refunds},
        {QStringLiteral("disputes"), f.cash.disputes},
        {QStringLiteral("net"), f.cash.net()},
        {QStringLiteral("failed_payments"), f.cash.failed},
        {QStringLiteral("failed_invoices"), f.cash.failedInvoices},
        {QStringLiteral("recovered_payments"), f.cash.recovered},
        {QStringLiteral("recovered_invoices"), f.cash.recoveredInvoices},
    };
    if (f.ltvChurn)
        out.insert(QStringLiteral("ltv_churn_ppb"), qint64(std::llround(*f.ltvChurn * kPpb)));
    return out;
}

PeriodFigures figuresFromJson(const QJsonObject &json, const QDate &start, const QDate &end)
{
    const auto amount = [&json](const char *key) { return json.value(QLatin1String(key)).toInteger(); };
    const auto count = [&json](const char *key) { return int(json.value(QLatin1String(key)).toInteger()); };
    PeriodFigures f;
    f.start = start;
    f.end = end;
    f.startMrr = amount("start_mrr");
    f.endMrr = amount("end_mrr");
    f.scheduledChurn = amount("scheduled_churn_mrr");
    f.atRiskMrr = amount("at_risk_mrr");
    f.customersAtStart = count("customers_at_start");
    f.customersAtEnd = count("customers_at_end");
    f.moves.newMrr = amount("new_mrr");
    f.moves.expansion = amount("expansion_mrr");
    f.moves.reactivation = amount("reactivation_mrr");
    f.moves.contraction = amount("contraction_mrr");
    f.moves.churn = amount("churned_mrr");
    f.moves.newCustomers = count("customers_new");
    f.moves.expanded = count("customers_expanded");
    f.moves.contracted = count("customers_contracted");
    f.moves.churned = count("customers_churned");
    f.moves.reactivated = count("customers_reactivated");
    f.cash.gross = amount("gross");
    f.cash.fees = amount("fees");
    f.cash.estimatedFees = amount("fees_estimated");
    f.cash.estimatedPayments = count("payments_estimated");
    f.cash.refunds = amount("refunds");
    f.cash.disputes = amount("disputes");
    f.cash.failed = amount("failed_payments");
    f.cash.failedInvoices = count("failed_invoices");
    f.cash.recovered = amount("recovered_payments");
    f.cash.recoveredInvoices = count("recovered_invoices");
    if (json.contains(QLatin1String("ltv_churn_ppb")))
        f.ltvChurn = double(amount("ltv_churn_ppb")) / kPpb;
    return f;
}

} // namespace companion::billing
