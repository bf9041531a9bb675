#pragma once

#include "TestCards.h"

#include <QJsonObject>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// Collecting money for an invoice and undoing it (refunds, disputes), leaving the
// trail Stripe leaves: payment intent, charge, balance transaction, invoice payment
// and their events, in Stripe's order.
class Payments
{
public:
    struct Outcome {
        bool paid = false;
        QJsonObject invoice;
        QJsonObject charge; // empty for $0 invoices
    };

    explicit Payments(const SandboxContext &context);

    // `offSession`: a renewal or retry, where 0341 cards fail.
    Outcome collect(QJsonObject invoice, const CardBehaviour &card, const QString &paymentMethod, bool offSession,
                    const ApiRequest &request) const;
    // The payment intent an invoice is paid through (saved, requires_payment_method),
    // made at finalization when the payer confirms it later: the invoice (returned,
    // not saved) remembers it, and its attempts reuse it as on Stripe.
    QJsonObject openIntent(QJsonObject invoice, const QString &paymentMethod) const;
    // `amount` 0: all that is left (RefundFlow::create has the rules).
    QJsonObject refund(QJsonObject charge, qint64 amount, const QString &reason, const ApiRequest &request) const;
    QJsonObject dispute(QJsonObject charge, const ApiRequest &request) const;

    static constexpr qint64 kDisputeFee = 1500;

private:
    QJsonObject paymentRecord(const QJsonObject &invoice, const QString &intent) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
