#include "PaymentIntentFlow.h"

#include "Documents.h"
#include "Ids.h"
#include "IntentStates.h"
#include "PaymentMethods.h"
#include "Payments.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox {

namespace {

const QString kStatus = QStringLiteral("status");

QString statusOf(const QJsonObject &intent)
{
    return intent.value(kStatus).toString();
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.toString().isEmpty() ? QJsonValue() : value;
}

QString docUrl(const QString &code)
{
    return QStringLiteral("https://stripe.com/docs/error-codes/") + QString(code).replace(u'_', u'-');
}

const QString kAuthenticationFailed = QStringLiteral("We are unable to authenticate your payment method. Please choose a different "
                                                     "payment method and try again.");

} // namespace

PaymentIntentFlow::PaymentIntentFlow(const SandboxContext &context, QString baseUrl)
    : m_ctx(context)
    , m_baseUrl(std::move(baseUrl))
{
}

QJsonObject PaymentIntentFlow::build(qint64 amount, const QString &currency, const QString &customer, const QString &paymentMethod) const
{
    QJsonObject intent = Documents::paymentIntent(m_ctx, amount, currency, customer, paymentMethod);
    const QString id = intent.value(QStringLiteral("id")).toString();
    const QJsonObject fields{
        {QStringLiteral("allowed_payment_method_types"), QJsonValue()},
        {QStringLiteral("amount_capturable"), 0},
        {QStringLiteral("amount_details"), QJsonObject{{QStringLiteral("tip"), QJsonObject()}}},
        {QStringLiteral("application"), QJsonValue()},
        {QStringLiteral("application_fee_amount"), QJsonValue()},
        {QStringLiteral("automatic_payment_methods"), QJsonObject{{QStringLiteral("allow_redirects"), QStringLiteral("always")},
                                                                  {QStringLiteral("enabled"), true}}},
        {QStringLiteral("canceled_at"), QJsonValue()},
        {QStringLiteral("cancellation_reason"), QJsonValue()},
        {QStringLiteral("capture_method"), QStringLiteral("automatic_async")},
        {QStringLiteral("client_secret"), QString(id + QStringLiteral("_secret_") + m_ctx.ids.next(QString(), 25))},
        {QStringLiteral("confirmation_method"), QStringLiteral("automatic")},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("excluded_payment_method_types"), QJsonValue()},
        {QStringLiteral("next_action"), QJsonValue()},
        {QStringLiteral("on_behalf_of"), QJsonValue()},
        {QStringLiteral("payment_method_configuration_details"), QJsonValue()},
        {QStringLiteral("payment_method_options"),
         QJsonObject{{QStringLiteral("card"), QJsonObject{{QStringLiteral("installments"), QJsonValue()},
                                                          {QStringLiteral("mandate_options"), QJsonValue()},
                                                          {QStringLiteral("network"), QJsonValue()},
                                                          {QStringLiteral("request_three_d_secure"), QStringLiteral("automatic")}}}}},
        {QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")}},
        {QStringLiteral("processing"), QJsonValue()},
        {QStringLiteral("receipt_email"), QJsonValue()},
        {QStringLiteral("review"), QJsonValue()},
        {QStringLiteral("setup_future_usage"), QJsonValue()},
        {QStringLiteral("shipping"), QJsonValue()},
        {QStringLiteral("source"), QJsonValue()},
        {QStringLiteral("statement_descriptor"), QJsonValue()},
        {QStringLiteral("statement_descriptor_suffix"), QJsonValue()},
        {QStringLiteral("transfer_data"), QJsonValue()},
        {QStringLiteral("transfer_group"), QJsonValue()},
    };
    for (auto it = fields.begin(); it != fields.end(); ++it)
        intent.insert(it.key(), it.value());
    intent.insert(kStatus, paymentMethod.isEmpty() ? QStringLiteral("requires_payment_method") : QStringLiteral("requires_confirmation"));
    return intent;
}

PaymentIntentFlow::Attempt PaymentIntentFlow::confirm(QJsonObject intent, const Confirmation &how, const ApiRequest &request) const
{
    IntentStates::require(intent, QStringLiteral("confirm"), IntentStates::confirmable());
    const QString methodId = intent.value(QStringLiteral("payment_method")).toString();
    if (methodId.isEmpty())
        throw StripeException::invalid(QStringLiteral("You cannot confirm this PaymentIntent because it's missing a payment method. "
                                                      "You can either update the PaymentIntent with a payment method and then confirm it "
                                                      "again, or confirm it again directly with a payment method."),
                                       QString(), QStringLiteral("payment_intent_unexpected_state"));
    const QJsonObject method = m_ctx.load(methodId, QStringLiteral("payment_method"), QStringLiteral("PaymentMethod"),
                                          QStringLiteral("payment_method"));
    PaymentMethods::checkReusable(method, QStringLiteral("payment_method"));
    const QString owner = method.value(QStringLiteral("customer")).toString();
    const QString customer = intent.value(QStringLiteral("customer")).toString();
    if (!owner.isEmpty() && owner != customer)
        throw StripeException::invalid(QStringLiteral("The provided PaymentMethod %1 is attached to a Customer (%2) other than this "
                                                      "PaymentIntent's. Pass customer=%2 to use it.").arg(methodId, owner),
                                       QStringLiteral("payment_method"), QString());

    const CardBehaviour card = PaymentMethods::cardOf(method);
    if (card.declines())
        return decline(intent, method, card.errorCode, card.declineCode.isEmpty() ? card.errorCode : card.declineCode, card.message,
                       true, request);
    if (how.offSession && card.failsOffSession)
        return decline(intent, method, QStringLiteral("card_declined"), QStringLiteral("generic_decline"),
                       QStringLiteral("Your card was declined."), true, request);
    if (card.needsAuthentication) {
        if (how.offSession) {
            if (card.exemptOnceSetUp && PaymentMethods::isSetUpForOffSession(method))
                return settle(intent, method, false, request);
            return decline(intent, method, QStringLiteral("authentication_required"), QStringLiteral("authentication_required"),
                           QStringLiteral("Your card was declined. This transaction requires authentication."), true, request);
        }
        if (how.errorOnRequiresAction)
            return decline(intent, method, QStringLiteral("authentication_required"), QString(),
                           QStringLiteral("This payment required an authentication action to complete, but `error_on_requires_action` "
                                          "was set. When you're ready, you can upgrade your integration to handle actions at "
                                          "https://stripe.com/docs/payments/payment-intents/upgrade-to-handle-actions."),
                           false, request);
        // On-session: the payer must pass the bank's check on the sandbox's 3-D Secure page.
        const QString id = intent.value(QStringLiteral("id")).toString();
        intent.insert(kStatus, QStringLiteral("requires_action"));
        intent.insert(QStringLiteral("next_action"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("redirect_to_url")},
                                  {QStringLiteral("redirect_to_url"),
                                   QJsonObject{{QStringLiteral("return_url"), orNull(intent.value(QStringLiteral("_return_url")))},
                                               {QStringLiteral("url"), QString(m_baseUrl + QStringLiteral("/3d_secure/") + id)}}}});
        m_ctx.save(intent);
        m_ctx.emitEvent(QStringLiteral("payment_intent.requires_action"), intent, request);
        return {intent, std::nullopt};
    }
    return settle(intent, method, false, request);
}

PaymentIntentFlow::Attempt PaymentIntentFlow::authenticate(QJsonObject intent, bool approved, const ApiRequest &request) const
{
    const QJsonObject method = m_ctx.load(intent.value(QStringLiteral("payment_method")).toString(), QStringLiteral("payment_method"),
                                          QStringLiteral("PaymentMethod"), QStringLiteral("payment_method"));
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    if (!approved)
        return decline(intent, method, QStringLiteral("payment_intent_authentication_failure"), QString(), kAuthenticationFailed, false,
                       request);
    const CardBehaviour card = PaymentMethods::cardOf(method);
    if (card.declines())
        return decline(intent, method, card.errorCode, card.declineCode.isEmpty() ? card.errorCode : card.declineCode, card.message,
                       true, request);
    return settle(intent, method, true, request);
}

QJsonObject PaymentIntentFlow::chargeOf(const QJsonObject &intent, const QJsonObject &paymentMethod, bool succeeded, bool authenticated) const
{
    const CardBehaviour card = PaymentMethods::cardOf(paymentMethod);
    QJsonObject charge = Documents::charge(m_ctx, intent, card, succeeded);
    const QJsonObject pmCard = paymentMethod.value(QStringLiteral("card")).toObject();
    QJsonObject details = charge.value(QStringLiteral("payment_method_details")).toObject();
    QJsonObject cardDetails = details.value(QStringLiteral("card")).toObject();
    for (const QString &field : {QStringLiteral("exp_month"), QStringLiteral("exp_year"), QStringLiteral("fingerprint"),
                                 QStringLiteral("funding"), QStringLiteral("checks")})
        cardDetails.insert(field, pmCard.value(field));
    cardDetails.insert(QStringLiteral("network"), card.brand);
    cardDetails.insert(QStringLiteral("three_d_secure"),
                       authenticated ? QJsonValue(QJsonObject{{QStringLiteral("authentication_flow"), QStringLiteral("challenge")},
                                                              {QStringLiteral("result"), QStringLiteral("authenticated")},
                                                              {QStringLiteral("version"), QStringLiteral("2.2.0")}})
                                     : QJsonValue());
    details.insert(QStringLiteral("card"), cardDetails);
    charge.insert(QStringLiteral("payment_method_details"), details);
    charge.insert(QStringLiteral("billing_details"), paymentMethod.value(QStringLiteral("billing_details")));
    charge.insert(QStringLiteral("description"), intent.value(QStringLiteral("description")));
    charge.insert(QStringLiteral("metadata"), intent.value(QStringLiteral("metadata")));
    charge.insert(QStringLiteral("receipt_email"), intent.value(QStringLiteral("receipt_email")));
    charge.insert(QStringLiteral("statement_descriptor"), intent.value(QStringLiteral("statement_descriptor")));
    charge.insert(QStringLiteral("statement_descriptor_suffix"), intent.value(QStringLiteral("statement_descriptor_suffix")));
    charge.insert(QStringLiteral("calculated_statement_descriptor"),
                  intent.value(QStringLiteral("statement_descriptor")).toString(QStringLiteral("SANDBOX")));
    return charge;
}

PaymentIntentFlow::Attempt PaymentIntentFlow::settle(QJsonObject intent, const QJsonObject &paymentMethod, bool authenticated,
                                                     const ApiRequest &request) const
{
    const qint64 amount = intent.value(QStringLiteral("amount")).toInteger();
    const QString currency = intent.value(QStringLiteral("currency")).toString();
    const bool manual = intent.value(QStringLiteral("capture_method")).toString() == QLatin1String("manual");
    const QString customer = intent.value(QStringLiteral("customer")).toString();
    const QString usage = intent.value(QStringLiteral("setup_future_usage")).toString();

    // setup_future_usage saves the card to the customer, as Stripe does on success;
    // used without a customer, the PaymentMethod is spent.
    QJsonObject method = paymentMethod;
    if (!usage.isEmpty() && !customer.isEmpty()) {
        method = PaymentMethods::attach(m_ctx, method, customer, request);
        if (usage == QLatin1String("off_session") && authenticated) {
            method = PaymentMethods::setUpForOffSession(method);
            m_ctx.save(method);
        }
    } else if (method.value(QStringLiteral("customer")).isNull()) {
        m_ctx.save(PaymentMethods::spent(method));
    }

    QJsonObject charge = chargeOf(intent, method, true, authenticated);
    intent.insert(QStringLiteral("latest_charge"), charge.value(QStringLiteral("id")));
    intent.insert(QStringLiteral("last_payment_error"), QJsonValue());
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    if (manual) {
        charge.insert(QStringLiteral("captured"), false);
        charge.insert(QStringLiteral("amount_captured"), 0);
        intent.insert(kStatus, QStringLiteral("requires_capture"));
        intent.insert(QStringLiteral("amount_capturable"), amount);
        m_ctx.save(charge);
        m_ctx.save(intent);
        m_ctx.emitEvent(QStringLiteral("charge.succeeded"), charge, request);
        m_ctx.emitEvent(QStringLiteral("payment_intent.amount_capturable_updated"), intent, request);
        return {intent, std::nullopt};
    }
    const CardBehaviour card = PaymentMethods::cardOf(method);
    QJsonObject txn = Documents::balanceTransaction(m_ctx, charge.value(QStringLiteral("id")).toString(), QStringLiteral("charge"), amount,
                                                    Documents::stripeFee(amount, card), currency,
                                                    intent.value(QStringLiteral("description")).toString());
    txn.insert(QStringLiteral("description"), intent.value(QStringLiteral("description")));
    charge.insert(QStringLiteral("balance_transaction"), txn.value(QStringLiteral("id")));
    intent.insert(kStatus, QStringLiteral("succeeded"));
    intent.insert(QStringLiteral("amount_received"), amount);
    m_ctx.save(txn);
    m_ctx.save(charge);
    m_ctx.save(intent);
    m_ctx.emitEvent(QStringLiteral("charge.succeeded"), charge, request);
    m_ctx.emitEvent(QStringLiteral("payment_intent.succeeded"), intent, request);
    if (card.disputed) // 0259: the payer disputes it at once
        Payments(m_ctx).dispute(charge, request);
    return {intent, std::nullopt};
}

PaymentIntentFlow::Attempt PaymentIntentFlow::decline(QJsonObject intent, const QJsonObject &paymentMethod, const QString &code,
                                                      const QString &declineCode, const QString &message, bool withCharge,
                                                      const ApiRequest &request) const
{
    QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("doc_url"), docUrl(code)},
        {QStringLiteral("message"), message},
        {QStringLiteral("payment_method"), SandboxContext::publicView(paymentMethod)},
        {QStringLiteral("type"), QStringLiteral("card_error")},
    };
    if (!declineCode.isEmpty())
        error.insert(QStringLiteral("decline_code"), declineCode);
    QJsonObject charge;
    if (withCharge) {
        charge = chargeOf(intent, paymentMethod, false, false);
        charge.insert(QStringLiteral("failure_code"), code);
        charge.insert(QStringLiteral("failure_message"), message);
        QJsonObject outcome = charge.value(QStringLiteral("outcome")).toObject();
        outcome.insert(QStringLiteral("reason"), declineCode.isEmpty() ? code : declineCode);
        charge.insert(QStringLiteral("outcome"), outcome);
        error.insert(QStringLiteral("charge"), charge.value(QStringLiteral("id")));
        intent.insert(QStringLiteral("latest_charge"), charge.value(QStringLiteral("id")));
        m_ctx.save(charge);
    }
    intent.insert(QStringLiteral("last_payment_error"), error);
    intent.insert(QStringLiteral("payment_method"), QJsonValue());
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    intent.insert(kStatus, QStringLiteral("requires_payment_method"));
    m_ctx.save(intent);
    if (withCharge)
        m_ctx.emitEvent(QStringLiteral("charge.failed"), charge, request);
    m_ctx.emitEvent(QStringLiteral("payment_intent.payment_failed"), intent, request);

    StripeException failure = StripeException::card(code, declineCode, message);
    failure.with(QStringLiteral("payment_intent"), SandboxContext::publicView(intent))
        .with(QStringLiteral("payment_method"), SandboxContext::publicView(paymentMethod));
    if (withCharge)
        failure.with(QStringLiteral("charge"), charge.value(QStringLiteral("id")));
    return {intent, failure};
}

QJsonObject PaymentIntentFlow::capture(QJsonObject intent, std::optional<qint64> amountToCapture, const ApiRequest &request) const
{
    if (statusOf(intent) != QLatin1String("requires_capture"))
        throw IntentStates::unexpected(intent, QStringLiteral("capture"), {QStringLiteral("requires_capture")});
    const qint64 capturable = intent.value(QStringLiteral("amount_capturable")).toInteger();
    const qint64 amount = amountToCapture.value_or(capturable);
    if (amount > capturable)
        throw StripeException::invalid(QStringLiteral("The amount to capture (%1) must be less than or equal to the amount capturable (%2).")
                                           .arg(amount).arg(capturable),
                                       QStringLiteral("amount_to_capture"), QStringLiteral("amount_too_large"));
    if (amount <= 0)
        throw StripeException::invalid(QStringLiteral("Amount to capture must be greater than zero."), QStringLiteral("amount_to_capture"));
    QJsonObject charge = m_ctx.load(intent.value(QStringLiteral("latest_charge")).toString(), QStringLiteral("charge"), QStringLiteral("charge"));
    const QJsonObject method = m_ctx.load(charge.value(QStringLiteral("payment_method")).toString(), QStringLiteral("payment_method"),
                                          QStringLiteral("PaymentMethod"));
    const QString currency = intent.value(QStringLiteral("currency")).toString();
    QJsonObject txn = Documents::balanceTransaction(m_ctx, charge.value(QStringLiteral("id")).toString(), QStringLiteral("charge"), amount,
                                                    Documents::stripeFee(amount, PaymentMethods::cardOf(method)), currency,
                                                    intent.value(QStringLiteral("description")).toString());
    txn.insert(QStringLiteral("description"), intent.value(QStringLiteral("description")));
    // What is not captured goes back to the payer: Stripe shows it as refunded.
    const qint64 released = intent.value(QStringLiteral("amount")).toInteger() - amount;
    charge.insert(QStringLiteral("captured"), true);
    charge.insert(QStringLiteral("amount_captured"), amount);
    charge.insert(QStringLiteral("amount_refunded"), released);
    charge.insert(QStringLiteral("balance_transaction"), txn.value(QStringLiteral("id")));
    intent.insert(kStatus, QStringLiteral("succeeded"));
    intent.insert(QStringLiteral("amount_capturable"), 0);
    intent.insert(QStringLiteral("amount_received"), amount);
    m_ctx.save(txn);
    m_ctx.save(charge);
    m_ctx.save(intent);
    m_ctx.emitEvent(QStringLiteral("charge.captured"), charge, request);
    m_ctx.emitEvent(QStringLiteral("payment_intent.succeeded"), intent, request);
    if (PaymentMethods::cardOf(method).disputed)
        Payments(m_ctx).dispute(charge, request);
    return intent;
}

QJsonObject PaymentIntentFlow::cancel(QJsonObject intent, const QString &reason, const ApiRequest &request) const
{
    const QStringList cancelable{QStringLiteral("requires_payment_method"), QStringLiteral("requires_capture"),
                                 QStringLiteral("requires_confirmation"), QStringLiteral("requires_action"), QStringLiteral("processing")};
    if (!cancelable.contains(statusOf(intent)))
        throw IntentStates::unexpected(intent, QStringLiteral("cancel"), cancelable);
    if (statusOf(intent) == QLatin1String("requires_capture")) {
        // The authorization is released: the uncaptured charge is refunded in full.
        QJsonObject charge = m_ctx.load(intent.value(QStringLiteral("latest_charge")).toString(), QStringLiteral("charge"), QStringLiteral("charge"));
        charge.insert(QStringLiteral("amount_refunded"), charge.value(QStringLiteral("amount")));
        charge.insert(QStringLiteral("refunded"), true);
        m_ctx.save(charge);
    }
    intent.insert(kStatus, QStringLiteral("canceled"));
    intent.insert(QStringLiteral("canceled_at"), m_ctx.clock.now());
    intent.insert(QStringLiteral("cancellation_reason"), orNull(reason));
    intent.insert(QStringLiteral("amount_capturable"), 0);
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    m_ctx.save(intent);
    m_ctx.emitEvent(QStringLiteral("payment_intent.canceled"), intent, request);
    return intent;
}

} // namespace sandbox
