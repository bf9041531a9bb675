#pragma once

#include "ApiTypes.h"

#include <QJsonObject>

#include <optional>

namespace sandbox {

struct SandboxContext;

// An invoice's life after its draft, the way Stripe moves it: finalize (a number
// from the customer's prefix and sequence, links, status open), pay (a charge
// through Payments, or out of band), void, mark uncollectible, send. Each refuses
// the states Stripe refuses with a StripeException, saves and emits its events.
class InvoiceActions
{
public:
    struct PayOptions {
        QString paymentMethod;              // a pm_… id or test token; empty: the invoice's default
        QString param = QStringLiteral("payment_method"); // named in a 404 for it
        bool outOfBand = false;             // paid_out_of_band: marked paid, nothing charged
        bool offSession = false;            // off_session: the payer is not there (0341 cards fail)
    };
    struct PayResult {
        QJsonObject invoice;
        std::optional<StripeException> decline; // set when the card was declined: Stripe's 402
    };

    explicit InvoiceActions(const SandboxContext &context);

    QJsonObject finalize(QJsonObject invoice, const ApiRequest &request) const;
    // A draft is finalized first. A decline keeps the attempt (attempt_count, the failed
    // charge, invoice.payment_failed): the caller answers 402 and lets it commit.
    PayResult pay(QJsonObject invoice, const PayOptions &options, const ApiRequest &request) const;
    QJsonObject voidInvoice(QJsonObject invoice, const ApiRequest &request) const;
    QJsonObject markUncollectible(QJsonObject invoice, const ApiRequest &request) const;
    QJsonObject send(QJsonObject invoice, const ApiRequest &request) const;
    // What auto_advance does when a draft's automatically_finalizes_at comes: finalize,
    // then attempt payment off session (charge_automatically) or send it (send_invoice).
    void advance(QJsonObject invoice, const ApiRequest &request) const;

    static constexpr qint64 kAutoFinalizeDelay = 3600; // drafts finalize about an hour after creation

private:
    const SandboxContext &m_ctx;
};

} // namespace sandbox
