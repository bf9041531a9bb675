#include "CustomerCard.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "Payments.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

namespace sandbox::CustomerCard {

Result replaceDefault(const SandboxContext &ctx, const QString &customerId, const QString &cardNumber, const ApiRequest &request)
{
    QJsonObject customer = ctx.load(customerId, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    const QString digits = QString(cardNumber).remove(u' ');
    const CardBehaviour card = CardBehaviour::lookup(digits);
    if (card.declines()) // the portal's setup of the card fails: nothing is saved
        throw StripeException::card(card.errorCode, card.declineCode, card.message);

    Result result;
    result.paymentMethod = Documents::paymentMethod(ctx, card, customerId);
    const QString methodId = result.paymentMethod.value(QStringLiteral("id")).toString();
    ctx.save(result.paymentMethod);
    ctx.emitEvent(QStringLiteral("payment_method.attached"), result.paymentMethod, request);

    QJsonObject settings = customer.value(QStringLiteral("invoice_settings")).toObject();
    const QJsonObject previousSettings = settings;
    settings.insert(QStringLiteral("default_payment_method"), methodId);
    customer.insert(QStringLiteral("invoice_settings"), settings);
    ctx.save(customer);
    ctx.emitEvent(QStringLiteral("customer.updated"), customer, request, {{QStringLiteral("invoice_settings"), previousSettings}});

    const QVariantList live{QStringLiteral("active"), QStringLiteral("trialing"), QStringLiteral("past_due"), QStringLiteral("unpaid"),
                            QStringLiteral("paused")};
    for (QJsonObject sub : ctx.store.all(QStringLiteral("subscription"), {{QStringLiteral("$.customer"), QStringLiteral("="), {customerId}},
                                                                          {QStringLiteral("$.status"), QStringLiteral("IN"), live}})) {
        const QJsonValue previous = sub.value(QStringLiteral("default_payment_method"));
        sub.insert(QStringLiteral("default_payment_method"), methodId);
        ctx.save(sub);
        ctx.emitEvent(QStringLiteral("customer.subscription.updated"), sub, request, {{QStringLiteral("default_payment_method"), previous}});

        const QString status = sub.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("past_due") && status != QLatin1String("unpaid"))
            continue;
        const auto invoice = ctx.store.get(sub.value(QStringLiteral("latest_invoice")).toString());
        if (!invoice || invoice->value(QStringLiteral("status")).toString() != QLatin1String("open"))
            continue;
        // Paid: collect makes the subscription active (SubscriptionLifecycle::onInvoicePaid).
        const auto outcome = Payments(ctx).collect(*invoice, card, methodId, true, request);
        ++result.retried;
        if (!outcome.paid)
            result.retryFailure = outcome.charge.value(QStringLiteral("failure_message")).toString();
    }
    return result;
}

} // namespace sandbox::CustomerCard
