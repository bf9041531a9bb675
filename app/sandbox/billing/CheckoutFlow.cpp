#include "CheckoutFlow.h"

#include "ApiTypes.h"
#include "Discounts.h"
#include "Documents.h"
#include "EventLog.h"
#include "Payments.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "SubscriptionLifecycle.h"
#include "TestCards.h"
#include "resources/CustomerResource.h"

#include <QJsonArray>

namespace sandbox {

CheckoutFlow::CheckoutFlow(const SandboxContext &context)
    : m_ctx(context)
{
}

QJsonObject CheckoutFlow::withDiscounts(QJsonObject session, const QJsonValue &discounts, const QString &param, const QString &customer) const
{
    const QString currency = session.value(QStringLiteral("currency")).toString();
    const QList<Discounts::Pick> picks = Discounts(m_ctx).resolve(discounts, param, customer,
                                                                  session.value(QStringLiteral("amount_subtotal")).toInteger(), currency);
    QJsonArray items = session.value(QStringLiteral("_line_items")).toArray();
    QList<Discounts::Line> lines;
    for (const QJsonValue &item : std::as_const(items))
        lines << Discounts::Line{item.toObject().value(QStringLiteral("amount_subtotal")).toInteger(),
                                 item.toObject().value(QStringLiteral("price")).toObject().value(QStringLiteral("product")).toString()};
    QList<QJsonObject> coupons;
    QJsonArray shown;
    for (const Discounts::Pick &pick : picks) {
        coupons << pick.coupon;
        shown.append(QJsonObject{
            {QStringLiteral("coupon"), pick.promotionCode.isEmpty() ? pick.coupon.value(QStringLiteral("id")) : QJsonValue()},
            {QStringLiteral("promotion_code"), pick.promotionCode.isEmpty() ? QJsonValue() : pick.promotionCode.value(QStringLiteral("id"))}});
    }
    const QList<QList<qint64>> off = Discounts::allocate(lines, coupons, currency);
    qint64 totalOff = 0;
    for (int l = 0; l < items.size(); ++l) {
        qint64 lineOff = 0;
        for (const QList<qint64> &byCoupon : off)
            lineOff += byCoupon.at(l);
        QJsonObject item = items.at(l).toObject();
        item.insert(QStringLiteral("amount_discount"), lineOff);
        item.insert(QStringLiteral("amount_total"), item.value(QStringLiteral("amount_subtotal")).toInteger() - lineOff);
        items.replace(l, item);
        totalOff += lineOff;
    }
    session.insert(QStringLiteral("_line_items"), items);
    session.insert(QStringLiteral("_discounts"), discounts.isArray() ? discounts : QJsonValue(QJsonArray()));
    session.insert(QStringLiteral("discounts"), shown);
    session.insert(QStringLiteral("amount_total"), session.value(QStringLiteral("amount_subtotal")).toInteger() - totalOff);
    session.insert(QStringLiteral("total_details"), QJsonObject{{QStringLiteral("amount_discount"), totalOff},
                                                                {QStringLiteral("amount_shipping"), 0},
                                                                {QStringLiteral("amount_tax"), 0}});
    return session;
}

bool CheckoutFlow::needsAuthentication(const QString &card)
{
    return CardBehaviour::lookup(card).needsAuthentication;
}

QJsonObject CheckoutFlow::complete(QJsonObject session, const Payer &payer, const ApiRequest &request) const
{
    const QString status = session.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("open"))
        throw StripeException::invalid(QStringLiteral("This Checkout Session is %1 and can no longer be paid.").arg(status),
                                       QString(), QStringLiteral("checkout_session_not_open"));
    const CardBehaviour card = CardBehaviour::lookup(payer.card);
    if (card.declines())
        throw StripeException::card(card.errorCode, card.declineCode, card.message);
    if (card.needsAuthentication && payer.authentication == QLatin1String("fail")) {
        throw StripeException::card(QStringLiteral("payment_intent_authentication_failure"), QString(),
                                    QStringLiteral("We are unable to authenticate your payment method. Please choose a different "
                                                   "payment method and try again."));
    }

    // The customer: the one the session names, or a new one from what the payer typed.
    QJsonObject customer;
    const QString customerId = session.value(QStringLiteral("customer")).toString();
    if (!customerId.isEmpty()) {
        customer = m_ctx.load(customerId, QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"));
    } else {
        QString email = session.value(QStringLiteral("customer_email")).toString();
        if (email.isEmpty())
            email = payer.email;
        if (email.isEmpty())
            throw StripeException::missingParam(QStringLiteral("email"));
        customer = CustomerResource::build(m_ctx, email, payer.name, {});
        m_ctx.save(customer);
        m_ctx.emitEvent(QStringLiteral("customer.created"), customer, request);
    }
    const QString customerRef = customer.value(QStringLiteral("id")).toString();
    if (!payer.promotionCode.isEmpty()) {
        // The code the payer typed becomes the session's discount (errors name promotion_code).
        try {
            if (!session.value(QStringLiteral("allow_promotion_codes")).toBool())
                throw StripeException::invalid(QStringLiteral("This Checkout Session does not accept promotion codes."));
            const QJsonObject code = Discounts(m_ctx).findCode(payer.promotionCode, QString());
            session = withDiscounts(session, QJsonArray{QJsonObject{{QStringLiteral("promotion_code"), code.value(QStringLiteral("id"))}}},
                                    QStringLiteral("promotion_code"), customerRef);
        } catch (StripeException &e) {
            throw e.with(QStringLiteral("param"), QStringLiteral("promotion_code"));
        }
    }
    const QJsonValue discounts = session.value(QStringLiteral("_discounts"));
    const int completedAt = int(m_ctx.events.pendingCount()); // checkout.session.completed goes here in the stream

    const QJsonObject method = Documents::paymentMethod(m_ctx, card, customerRef);
    m_ctx.save(method);
    m_ctx.emitEvent(QStringLiteral("payment_method.attached"), method, request);

    const QJsonArray lines = session.value(QStringLiteral("_line_items")).toArray();
    const QJsonObject line = lines.first().toObject();
    const QJsonObject price = line.value(QStringLiteral("price")).toObject();
    if (session.value(QStringLiteral("mode")).toString() == QLatin1String("subscription")) {
        const QJsonObject data = session.value(QStringLiteral("_subscription_data")).toObject();
        SubscriptionLifecycle::StartOptions options;
        options.customer = customer;
        options.price = m_ctx.load(price.value(QStringLiteral("id")).toString(), QStringLiteral("price"), QStringLiteral("price"));
        options.quantity = line.value(QStringLiteral("quantity")).toInt(1);
        options.metadata = data.value(QStringLiteral("metadata")).toObject();
        options.paymentMethod = method.value(QStringLiteral("id")).toString();
        options.trialDays = data.value(QStringLiteral("trial_period_days")).toString().toInt();
        options.paymentBehavior = QStringLiteral("error_if_incomplete"); // the payer retries on the page
        options.priceParam = QStringLiteral("line_items[0][price]");
        options.discounts = discounts;
        options.checkoutSession = session.value(QStringLiteral("id")).toString();
        const QJsonObject subscription = SubscriptionLifecycle(m_ctx).start(options, request);
        session.insert(QStringLiteral("subscription"), subscription.value(QStringLiteral("id")));
        session.insert(QStringLiteral("invoice"), subscription.value(QStringLiteral("latest_invoice")));
        session.insert(QStringLiteral("payment_status"), subscription.value(QStringLiteral("status")).toString() == QLatin1String("trialing")
                                                             ? QStringLiteral("no_payment_required") : QStringLiteral("paid"));
    } else { // payment mode: one charge for the (discounted) total
        Discounts(m_ctx).redeem(Discounts(m_ctx).resolve(discounts, QStringLiteral("discounts"), customerRef, -1, QString()),
                                {customerRef, {}, session.value(QStringLiteral("id")).toString(), {}, 0}, request);
        QJsonObject intent = Documents::paymentIntent(m_ctx, session.value(QStringLiteral("amount_total")).toInteger(),
                                                      session.value(QStringLiteral("currency")).toString(), customerRef,
                                                      method.value(QStringLiteral("id")).toString());
        QJsonObject charge = Documents::charge(m_ctx, intent, card, true);
        const qint64 amount = intent.value(QStringLiteral("amount")).toInteger();
        const QJsonObject txn = Documents::balanceTransaction(m_ctx, charge.value(QStringLiteral("id")).toString(), QStringLiteral("charge"),
                                                              amount, Documents::stripeFee(amount, card),
                                                              intent.value(QStringLiteral("currency")).toString(), QStringLiteral("Checkout payment"));
        charge.insert(QStringLiteral("balance_transaction"), txn.value(QStringLiteral("id")));
        intent.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        intent.insert(QStringLiteral("amount_received"), amount);
        intent.insert(QStringLiteral("latest_charge"), charge.value(QStringLiteral("id")));
        m_ctx.save(txn);
        m_ctx.save(charge);
        m_ctx.save(intent);
        m_ctx.emitEvent(QStringLiteral("charge.succeeded"), charge, request);
        m_ctx.emitEvent(QStringLiteral("payment_intent.succeeded"), intent, request);
        session.insert(QStringLiteral("payment_intent"), intent.value(QStringLiteral("id")));
        session.insert(QStringLiteral("payment_status"), QStringLiteral("paid"));
    }

    session.insert(QStringLiteral("status"), QStringLiteral("complete"));
    session.insert(QStringLiteral("customer"), customerRef);
    session.insert(QStringLiteral("url"), QJsonValue());
    session.insert(QStringLiteral("customer_details"),
                   QJsonObject{{QStringLiteral("address"), QJsonValue()},
                               {QStringLiteral("email"), customer.value(QStringLiteral("email"))},
                               {QStringLiteral("name"), payer.name.isEmpty() ? customer.value(QStringLiteral("name")) : QJsonValue(payer.name)},
                               {QStringLiteral("phone"), QJsonValue()},
                               {QStringLiteral("tax_exempt"), QStringLiteral("none")}});
    m_ctx.save(session);
    m_ctx.events.emitEvent(QStringLiteral("checkout.session.completed"), session, {}, request.requestId, request.idempotencyKey,
                           completedAt);
    return session;
}

} // namespace sandbox
