#include "PaymentMethods.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

namespace sandbox::PaymentMethods {

namespace {
const QString kSpent = QStringLiteral("_spent");
const QString kSetUp = QStringLiteral("_set_up_off_session");
} // namespace

QJsonObject resolve(const SandboxContext &ctx, const QString &idOrToken, const QString &param)
{
    if (const auto number = CardBehaviour::numberOfToken(idOrToken)) {
        const QJsonObject method = Documents::paymentMethod(ctx, CardBehaviour::lookup(*number), QString());
        ctx.save(method);
        return method;
    }
    return ctx.load(idOrToken, QStringLiteral("payment_method"), QStringLiteral("PaymentMethod"), param);
}

CardBehaviour cardOf(const QJsonObject &paymentMethod)
{
    return CardBehaviour::lookup(paymentMethod.value(QStringLiteral("_number")).toString());
}

void checkReusable(const QJsonObject &paymentMethod, const QString &param)
{
    if (paymentMethod.value(kSpent).toBool())
        throw StripeException::invalid(
            QStringLiteral("The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment, "
                           "shared with a connected account without Customer attachment, or was detached from a Customer. "
                           "It may not be used again. To use a PaymentMethod multiple times, you must attach it to a Customer first."),
            param, QString());
}

QJsonObject spent(QJsonObject paymentMethod)
{
    paymentMethod.insert(kSpent, true);
    return paymentMethod;
}

QJsonObject attach(const SandboxContext &ctx, QJsonObject paymentMethod, const QString &customerId, const ApiRequest &request)
{
    ctx.load(customerId, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    const QJsonValue current = paymentMethod.value(QStringLiteral("customer"));
    if (current.toString() == customerId)
        return paymentMethod;
    if (!current.isNull())
        throw StripeException::invalid(QStringLiteral("The payment method you provided has already been attached to a customer."),
                                       QString(), QString());
    checkReusable(paymentMethod, QStringLiteral("payment_method"));
    const CardBehaviour card = cardOf(paymentMethod);
    // Stripe verifies the card when attaching: decline cards fail here, except the
    // one made to fail only later charges (0341).
    if (card.declines())
        throw StripeException::card(card.errorCode, card.declineCode, card.message)
            .with(QStringLiteral("param"), QString());
    paymentMethod.insert(QStringLiteral("customer"), customerId);
    ctx.save(paymentMethod);
    ctx.emitEvent(QStringLiteral("payment_method.attached"), paymentMethod, request);
    return paymentMethod;
}

QJsonObject detach(const SandboxContext &ctx, QJsonObject paymentMethod, const ApiRequest &request)
{
    const QString customerId = paymentMethod.value(QStringLiteral("customer")).toString();
    if (customerId.isEmpty())
        throw StripeException::invalid(
            QStringLiteral("The payment method you provided is not attached to a customer so detachment is impossible."),
            QString(), QString());
    paymentMethod.insert(QStringLiteral("customer"), QJsonValue());
    paymentMethod.insert(kSpent, true);
    ctx.save(paymentMethod);
    ctx.emitEvent(QStringLiteral("payment_method.detached"), paymentMethod, request,
                  QJsonObject{{QStringLiteral("customer"), customerId}});

    const auto customer = ctx.store.get(customerId);
    const QString id = paymentMethod.value(QStringLiteral("id")).toString();
    if (customer && !customer->value(QStringLiteral("deleted")).toBool()) {
        QJsonObject updated = *customer;
        QJsonObject settings = updated.value(QStringLiteral("invoice_settings")).toObject();
        if (settings.value(QStringLiteral("default_payment_method")).toString() == id) {
            const QJsonObject previousSettings = settings;
            settings.insert(QStringLiteral("default_payment_method"), QJsonValue());
            updated.insert(QStringLiteral("invoice_settings"), settings);
            ctx.save(updated);
            ctx.emitEvent(QStringLiteral("customer.updated"), updated, request,
                          QJsonObject{{QStringLiteral("invoice_settings"), previousSettings}});
        }
    }
    return paymentMethod;
}

QJsonObject setUpForOffSession(QJsonObject paymentMethod)
{
    paymentMethod.insert(kSetUp, true);
    return paymentMethod;
}

bool isSetUpForOffSession(const QJsonObject &paymentMethod)
{
    return paymentMethod.value(kSetUp).toBool();
}

} // namespace sandbox::PaymentMethods
