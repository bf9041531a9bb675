#include "PayoutWords.h"

namespace companion::admin {

using Kind = billing::CashDifference::Kind;

QString PayoutWords::status(const QString &status)
{
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("in_transit"))
        return tr("In transit");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled"))
        return tr("Canceled");
    return status;
}

QString PayoutWords::category(const QString &c)
{
    if (c == QLatin1String("charge"))
        return tr("Charges");
    if (c == QLatin1String("refund"))
        return tr("Refunds");
    if (c == QLatin1String("dispute"))
        return tr("Disputes");
    if (c == QLatin1String("dispute_reversal"))
        return tr("Dispute reversals");
    if (c == QLatin1String("fee"))
        return tr("Stripe fees");
    if (c == QLatin1String("payout"))
        return tr("Payouts");
    if (c == QLatin1String("payout_reversal"))
        return tr("Failed payouts returned");
    if (c == QLatin1String("refund_failure"))
        return tr("Failed refunds");
    if (c == QLatin1String("other_adjustment") || c == QLatin1String("other"))
        return tr("Other");
    return c;
}

QString PayoutWords::differenceKind(Kind kind)
{
    switch (kind) {
    case Kind::InvoiceWithoutCharge: return tr("Paid invoice without its charge");
    case Kind::ChargeWithoutInvoice: return tr("Charge without an invoice");
    case Kind::AmountDiffers: return tr("Amount differs");
    case Kind::FeeDiffers: return tr("Fee differs");
    case Kind::RefundDiffers: return tr("Refund differs");
    case Kind::DisputeDiffers: return tr("Dispute differs");
    case Kind::PayoutDoesNotAddUp: return tr("Payout does not add up");
    }
    return QString();
}

} // namespace companion::admin
