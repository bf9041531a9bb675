#include "InvoiceActions.h"

#include "Invoicing.h"
#include "PaymentMethods.h"
#include "Payments.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

namespace sandbox {

namespace {
constexpr qint64 kDay = 24 * 3600;

QString statusOf(const QJsonObject &invoice)
{
    return invoice.value(QStringLiteral("status")).toString();
}

void setTransition(QJsonObject &invoice, const QString &field, qint64 at)
{
    QJsonObject transitions = invoice.value(QStringLiteral("status_transitions")).toObject();
    transitions.insert(field, at);
    invoice.insert(QStringLiteral("status_transitions"), transitions);
}
} // namespace

InvoiceActions::InvoiceActions(const SandboxContext &context)
    : m_ctx(context)
{
}

QJsonObject InvoiceActions::finalize(QJsonObject invoice, const ApiRequest &request) const
{
    if (statusOf(invoice) != QLatin1String("draft"))
        throw StripeException::invalid(QStringLiteral("This invoice is already finalized, you can't re-finalize a non-draft invoice."));
    const qint64 now = m_ctx.clock.now();
    const QString id = invoice.value(QStringLiteral("id")).toString();
    invoice.insert(QStringLiteral("status"), QStringLiteral("open"));
    if (invoice.value(QStringLiteral("number")).isNull()) {
        // The number comes from the customer's prefix and sequence, which moves on
        // (a number set on the draft is kept instead).
        QJsonObject customer = m_ctx.load(invoice.value(QStringLiteral("customer")).toString(), QStringLiteral("customer"),
                                          QStringLiteral("customer"), QStringLiteral("customer"));
        const int sequence = customer.value(QStringLiteral("next_invoice_sequence")).toInt(1);
        customer.insert(QStringLiteral("next_invoice_sequence"), sequence + 1);
        m_ctx.save(customer);
        invoice.insert(QStringLiteral("number"), QStringLiteral("%1-%2").arg(customer.value(QStringLiteral("invoice_prefix")).toString())
                                                     .arg(sequence, 4, 10, QLatin1Char('0')));
    }
    setTransition(invoice, QStringLiteral("finalized_at"), now);
    if (invoice.value(QStringLiteral("effective_at")).isNull())
        invoice.insert(QStringLiteral("effective_at"), now);
    invoice.insert(QStringLiteral("automatically_finalizes_at"), QJsonValue());
    invoice.insert(QStringLiteral("ending_balance"), invoice.value(QStringLiteral("starting_balance")).toInteger());
    invoice.insert(QStringLiteral("hosted_invoice_url"), Invoicing::hostedUrl(m_ctx, id));
    invoice.insert(QStringLiteral("invoice_pdf"), Invoicing::pdfUrl(m_ctx, id));
    // Net terms count from finalization, as on Stripe.
    const QJsonValue days = invoice.value(QStringLiteral("_days_until_due"));
    if (days.isDouble())
        invoice.insert(QStringLiteral("due_date"), now + days.toInteger() * kDay);
    if (const auto autoAdvance = request.boolean(QStringLiteral("auto_advance")))
        invoice.insert(QStringLiteral("auto_advance"), *autoAdvance);
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.finalized"), invoice, request);

    // An invoice of nothing is paid as it is finalized.
    if (invoice.value(QStringLiteral("amount_due")).toInteger() == 0)
        invoice = Payments(m_ctx).collect(invoice, CardBehaviour::lookup(QStringLiteral("4242424242424242")), {}, false, request).invoice;
    return invoice;
}

InvoiceActions::PayResult InvoiceActions::pay(QJsonObject invoice, const PayOptions &options, const ApiRequest &request) const
{
    const QString status = statusOf(invoice);
    if (status == QLatin1String("paid"))
        throw StripeException::invalid(QStringLiteral("Invoice is already paid"), {}, QString());
    if (status == QLatin1String("void"))
        throw StripeException::invalid(QStringLiteral("This invoice has been voided and can no longer be paid."), {},
                                       QStringLiteral("invoice_not_editable"));
    if (status == QLatin1String("draft")) {
        invoice = finalize(invoice, request);
        if (statusOf(invoice) == QLatin1String("paid"))
            return {invoice, std::nullopt};
    }
    const qint64 now = m_ctx.clock.now();
    if (options.outOfBand) {
        // Settled elsewhere: nothing is charged, so there is no payment_succeeded.
        const qint64 amount = invoice.value(QStringLiteral("amount_remaining")).toInteger();
        invoice.insert(QStringLiteral("status"), QStringLiteral("paid"));
        invoice.insert(QStringLiteral("amount_paid"), invoice.value(QStringLiteral("amount_paid")).toInteger() + amount);
        invoice.insert(QStringLiteral("amount_paid_off_stripe"), amount);
        invoice.insert(QStringLiteral("amount_remaining"), 0);
        invoice.insert(QStringLiteral("next_payment_attempt"), QJsonValue());
        setTransition(invoice, QStringLiteral("paid_at"), now);
        m_ctx.save(invoice);
        m_ctx.emitEvent(QStringLiteral("invoice.paid"), invoice, request);
        return {invoice, std::nullopt};
    }

    QString methodId = options.paymentMethod;
    QString param = options.param;
    if (methodId.isEmpty()) {
        methodId = Invoicing::defaultPaymentMethod(m_ctx, invoice);
        param = QStringLiteral("default_payment_method");
    }
    if (methodId.isEmpty())
        throw StripeException::invalid(QStringLiteral("This customer has no attached payment source or default payment method. Please "
                                                      "consider adding a default payment method. For more information, visit "
                                                      "https://docs.stripe.com/billing/subscriptions/payment-methods-setting#payment-method-priority."));
    QJsonObject method = PaymentMethods::resolve(m_ctx, methodId, param);
    const QJsonValue customerId = invoice.value(QStringLiteral("customer"));
    if (method.value(QStringLiteral("customer")).isNull()) {
        // Paying with a method attaches it to the invoice's customer.
        method.insert(QStringLiteral("customer"), customerId);
        m_ctx.save(method);
        m_ctx.emitEvent(QStringLiteral("payment_method.attached"), method, request);
    } else if (method.value(QStringLiteral("customer")) != customerId) {
        throw StripeException::invalid(QStringLiteral("The PaymentMethod %1 does not belong to the Customer %2. Please use a "
                                                      "PaymentMethod that belongs to the Customer.")
                                           .arg(method.value(QStringLiteral("id")).toString(), customerId.toString()),
                                       param);
    }

    const auto outcome = Payments(m_ctx).collect(invoice, PaymentMethods::cardOf(method), method.value(QStringLiteral("id")).toString(),
                                                 options.offSession, request);
    if (outcome.paid)
        return {outcome.invoice, std::nullopt};
    // Stripe's decline: the card's code and words, naming the charge and its payment intent.
    const auto intent = m_ctx.store.get(outcome.charge.value(QStringLiteral("payment_intent")).toString());
    const QJsonObject lastError = intent ? intent->value(QStringLiteral("last_payment_error")).toObject() : QJsonObject();
    const QString code = outcome.charge.value(QStringLiteral("failure_code")).toString();
    StripeException decline = StripeException::card(code, code == QLatin1String("card_declined") ? lastError.value(QStringLiteral("decline_code")).toString() : QString(),
                                                    outcome.charge.value(QStringLiteral("failure_message")).toString());
    decline.with(QStringLiteral("charge"), outcome.charge.value(QStringLiteral("id")));
    if (intent)
        decline.with(QStringLiteral("payment_intent"), SandboxContext::publicView(*intent));
    decline.with(QStringLiteral("payment_method"), SandboxContext::publicView(method));
    return {outcome.invoice, decline};
}

QJsonObject InvoiceActions::voidInvoice(QJsonObject invoice, const ApiRequest &request) const
{
    const QString status = statusOf(invoice);
    if (status != QLatin1String("open") && status != QLatin1String("uncollectible"))
        throw StripeException::invalid(QStringLiteral("You can only void open or uncollectible invoices; this invoice is %1.%2")
                                           .arg(status, status == QLatin1String("draft") ? QStringLiteral(" Delete the draft instead.") : QString()),
                                       {}, QStringLiteral("invoice_not_editable"));
    invoice.insert(QStringLiteral("status"), QStringLiteral("void"));
    invoice.insert(QStringLiteral("next_payment_attempt"), QJsonValue());
    setTransition(invoice, QStringLiteral("voided_at"), m_ctx.clock.now());
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.voided"), invoice, request);
    return invoice;
}

QJsonObject InvoiceActions::markUncollectible(QJsonObject invoice, const ApiRequest &request) const
{
    const QString status = statusOf(invoice);
    if (status != QLatin1String("open"))
        throw StripeException::invalid(QStringLiteral("You can only mark open invoices as uncollectible; this invoice is %1.").arg(status),
                                       {}, QStringLiteral("invoice_not_editable"));
    invoice.insert(QStringLiteral("status"), QStringLiteral("uncollectible"));
    invoice.insert(QStringLiteral("next_payment_attempt"), QJsonValue());
    setTransition(invoice, QStringLiteral("marked_uncollectible_at"), m_ctx.clock.now());
    m_ctx.save(invoice);
    m_ctx.emitEvent(QStringLiteral("invoice.marked_uncollectible"), invoice, request);
    return invoice;
}

QJsonObject InvoiceActions::send(QJsonObject invoice, const ApiRequest &request) const
{
    if (invoice.value(QStringLiteral("collection_method")).toString() != QLatin1String("send_invoice"))
        throw StripeException::invalid(QStringLiteral("You can only manually send an invoice if its collection method is 'send_invoice'."));
    if (statusOf(invoice) == QLatin1String("draft"))
        invoice = finalize(invoice, request); // sending a draft finalizes it first
    const QString status = statusOf(invoice);
    if (status != QLatin1String("open"))
        throw StripeException::invalid(QStringLiteral("You can only send open invoices; this invoice is %1.").arg(status), {},
                                       QStringLiteral("invoice_not_editable"));
    m_ctx.emitEvent(QStringLiteral("invoice.sent"), invoice, request);
    return invoice;
}

void InvoiceActions::advance(QJsonObject invoice, const ApiRequest &request) const
{
    try {
        invoice = finalize(invoice, request);
    } catch (const StripeException &e) {
        // As on Stripe: the draft stays a draft, says why, and stops advancing by itself.
        const QJsonObject error = e.body().value(QStringLiteral("error")).toObject();
        invoice.insert(QStringLiteral("last_finalization_error"),
                       QJsonObject{{QStringLiteral("code"), error.value(QStringLiteral("code"))},
                                   {QStringLiteral("message"), error.value(QStringLiteral("message"))},
                                   {QStringLiteral("type"), error.value(QStringLiteral("type"))}});
        invoice.insert(QStringLiteral("auto_advance"), false);
        invoice.insert(QStringLiteral("automatically_finalizes_at"), QJsonValue());
        m_ctx.save(invoice);
        m_ctx.emitEvent(QStringLiteral("invoice.finalization_failed"), invoice, request);
        return;
    }
    if (statusOf(invoice) != QLatin1String("open"))
        return; // nothing to pay
    if (invoice.value(QStringLiteral("collection_method")).toString() == QLatin1String("send_invoice")) {
        send(invoice, request);
        return;
    }
    if (Invoicing::defaultPaymentMethod(m_ctx, invoice).isEmpty())
        return; // it waits, open, for a payment method
    PayOptions options;
    options.offSession = true;
    try {
        pay(invoice, options, request); // a decline is recorded on the invoice, which stays open
    } catch (const StripeException &) {
        // An unusable payment method (gone, another customer's): the invoice waits, open.
    }
}

} // namespace sandbox
