#pragma once

#include <QString>

namespace companion::admin {

// What support decided to do about a subscription's end: when, what is refunded,
// and why (the Cancel subscription dialog's answer).
struct CancelPlan {
    enum class When { PeriodEnd, Now, OnDate };
    enum class Refund { None, LastPayment, Prorated };
    When when = When::PeriodEnd;
    qint64 at = 0;             // OnDate: the moment it ends
    Refund refund = Refund::None;
    qint64 refundAmount = 0;   // minor units, when refunding
    QString refundCurrency;
    QString refundChargeId;    // the last payment's charge
    QString refundInvoiceId;
    qint64 refundAlreadyRefunded = 0;
    QString feedback;          // Stripe's cancellation_details.feedback, may be empty
    QString reason;            // ours, for the audit log and Stripe's comment
};

// What support decided to refund (the Refund dialog's answer).
struct RefundPlan {
    QString chargeId;
    QString invoiceId;
    qint64 amount = 0;    // minor units
    qint64 alreadyRefunded = 0; // of the charge, before this refund
    QString currency;
    QString stripeReason; // requested_by_customer, duplicate or fraudulent (Stripe's list)
    QString note;         // ours: the audit log's reason, and the refund's metadata
};

} // namespace companion::admin
