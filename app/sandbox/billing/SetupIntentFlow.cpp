#include "SetupIntentFlow.h"

#include "Ids.h"
#include "IntentStates.h"
#include "PaymentMethods.h"
#include "SandboxClock.h"
#include "SandboxContext.h"

#include <QJsonArray>

namespace sandbox {

namespace {

const QString kStatus = QStringLiteral("status");

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

SetupIntentFlow::SetupIntentFlow(const SandboxContext &context, QString baseUrl)
    : m_ctx(context)
    , m_baseUrl(std::move(baseUrl))
{
}

QJsonObject SetupIntentFlow::build(const QString &customer, const QString &paymentMethod, const QString &usage) const
{
    const QString id = m_ctx.ids.next(QStringLiteral("seti_"));
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("setup_intent")},
        {QStringLiteral("allowed_payment_method_types"), QJsonValue()},
        {QStringLiteral("application"), QJsonValue()},
        {QStringLiteral("automatic_payment_methods"), QJsonObject{{QStringLiteral("allow_redirects"), QStringLiteral("always")},
                                                                  {QStringLiteral("enabled"), true}}},
        {QStringLiteral("cancellation_reason"), QJsonValue()},
        {QStringLiteral("client_secret"), QString(id + QStringLiteral("_secret_") + m_ctx.ids.next(QString(), 32))},
        {QStringLiteral("created"), m_ctx.clock.now()},
        {QStringLiteral("customer"), orNull(customer)},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("excluded_payment_method_types"), QJsonValue()},
        {QStringLiteral("flow_directions"), QJsonValue()},
        {QStringLiteral("last_setup_error"), QJsonValue()},
        {QStringLiteral("latest_attempt"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("mandate"), QJsonValue()},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("next_action"), QJsonValue()},
        {QStringLiteral("on_behalf_of"), QJsonValue()},
        {QStringLiteral("payment_method"), orNull(paymentMethod)},
        {QStringLiteral("payment_method_configuration_details"), QJsonValue()},
        {QStringLiteral("payment_method_options"),
         QJsonObject{{QStringLiteral("card"), QJsonObject{{QStringLiteral("mandate_options"), QJsonValue()},
                                                          {QStringLiteral("network"), QJsonValue()},
                                                          {QStringLiteral("request_three_d_secure"), QStringLiteral("automatic")}}}}},
        {QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")}},
        {QStringLiteral("single_use_mandate"), QJsonValue()},
        {kStatus, paymentMethod.isEmpty() ? QStringLiteral("requires_payment_method") : QStringLiteral("requires_confirmation")},
        {QStringLiteral("usage"), usage.isEmpty() ? QStringLiteral("off_session") : usage},
    };
}

SetupIntentFlow::Attempt SetupIntentFlow::confirm(QJsonObject intent, const ApiRequest &request) const
{
    IntentStates::require(intent, QStringLiteral("confirm"), IntentStates::confirmable());
    const QString methodId = intent.value(QStringLiteral("payment_method")).toString();
    if (methodId.isEmpty())
        throw StripeException::invalid(QStringLiteral("You cannot confirm this SetupIntent because it's missing a payment method. "
                                                      "Update the SetupIntent with a payment method and then confirm it again."),
                                       QString(), QStringLiteral("setup_intent_unexpected_state"));
    const QJsonObject method = m_ctx.load(methodId, QStringLiteral("payment_method"), QStringLiteral("PaymentMethod"),
                                          QStringLiteral("payment_method"));
    PaymentMethods::checkReusable(method, QStringLiteral("payment_method"));
    const QString owner = method.value(QStringLiteral("customer")).toString();
    if (!owner.isEmpty() && owner != intent.value(QStringLiteral("customer")).toString())
        throw StripeException::invalid(QStringLiteral("The provided PaymentMethod %1 is attached to a Customer (%2) other than this "
                                                      "SetupIntent's. Pass customer=%2 to use it.").arg(methodId, owner),
                                       QStringLiteral("payment_method"), QString());

    const CardBehaviour card = PaymentMethods::cardOf(method);
    if (card.declines())
        return fail(intent, method, card.errorCode, card.declineCode.isEmpty() ? card.errorCode : card.declineCode, card.message, request);
    if (card.needsAuthentication) {
        intent.insert(kStatus, QStringLiteral("requires_action"));
        intent.insert(QStringLiteral("next_action"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("redirect_to_url")},
                                  {QStringLiteral("redirect_to_url"),
                                   QJsonObject{{QStringLiteral("return_url"), orNull(intent.value(QStringLiteral("_return_url")).toString())},
                                               {QStringLiteral("url"), QString(m_baseUrl + QStringLiteral("/3d_secure/") + intent.value(QStringLiteral("id")).toString())}}}});
        m_ctx.save(intent);
        m_ctx.emitEvent(QStringLiteral("setup_intent.requires_action"), intent, request);
        return {intent, std::nullopt};
    }
    return succeed(intent, method, false, request);
}

SetupIntentFlow::Attempt SetupIntentFlow::authenticate(QJsonObject intent, bool approved, const ApiRequest &request) const
{
    const QJsonObject method = m_ctx.load(intent.value(QStringLiteral("payment_method")).toString(), QStringLiteral("payment_method"),
                                          QStringLiteral("PaymentMethod"), QStringLiteral("payment_method"));
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    if (!approved)
        return fail(intent, method, QStringLiteral("setup_intent_authentication_failure"), QString(),
                    QStringLiteral("We are unable to authenticate your payment method. Please choose a different payment method and try again."),
                    request);
    return succeed(intent, method, true, request);
}

SetupIntentFlow::Attempt SetupIntentFlow::succeed(QJsonObject intent, const QJsonObject &paymentMethod, bool authenticated,
                                                  const ApiRequest &request) const
{
    QJsonObject method = paymentMethod;
    const QString customer = intent.value(QStringLiteral("customer")).toString();
    if (!customer.isEmpty())
        method = PaymentMethods::attach(m_ctx, method, customer, request);
    // An authenticated off-session setup exempts later merchant-initiated charges (3155).
    if (authenticated && intent.value(QStringLiteral("usage")).toString() == QLatin1String("off_session"))
        m_ctx.save(PaymentMethods::setUpForOffSession(method));
    intent.insert(kStatus, QStringLiteral("succeeded"));
    intent.insert(QStringLiteral("last_setup_error"), QJsonValue());
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    m_ctx.save(intent);
    m_ctx.emitEvent(QStringLiteral("setup_intent.succeeded"), intent, request);
    return {intent, std::nullopt};
}

SetupIntentFlow::Attempt SetupIntentFlow::fail(QJsonObject intent, const QJsonObject &paymentMethod, const QString &code,
                                               const QString &declineCode, const QString &message, const ApiRequest &request) const
{
    QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("doc_url"), QString(QStringLiteral("https://stripe.com/docs/error-codes/") + QString(code).replace(u'_', u'-'))},
        {QStringLiteral("message"), message},
        {QStringLiteral("payment_method"), SandboxContext::publicView(paymentMethod)},
        {QStringLiteral("type"), QStringLiteral("card_error")},
    };
    if (!declineCode.isEmpty())
        error.insert(QStringLiteral("decline_code"), declineCode);
    intent.insert(QStringLiteral("last_setup_error"), error);
    intent.insert(QStringLiteral("payment_method"), QJsonValue());
    intent.insert(kStatus, QStringLiteral("requires_payment_method"));
    m_ctx.save(intent);
    m_ctx.emitEvent(QStringLiteral("setup_intent.setup_failed"), intent, request);
    StripeException failure = StripeException::card(code, declineCode, message);
    failure.with(QStringLiteral("setup_intent"), SandboxContext::publicView(intent))
        .with(QStringLiteral("payment_method"), SandboxContext::publicView(paymentMethod));
    return {intent, failure};
}

QJsonObject SetupIntentFlow::cancel(QJsonObject intent, const QString &reason, const ApiRequest &request) const
{
    const QStringList cancelable{QStringLiteral("requires_payment_method"), QStringLiteral("requires_confirmation"),
                                 QStringLiteral("requires_action")};
    if (!cancelable.contains(intent.value(kStatus).toString()))
        throw IntentStates::unexpected(intent, QStringLiteral("cancel"), cancelable);
    intent.insert(kStatus, QStringLiteral("canceled"));
    intent.insert(QStringLiteral("cancellation_reason"), orNull(reason));
    intent.insert(QStringLiteral("next_action"), QJsonValue());
    m_ctx.save(intent);
    m_ctx.emitEvent(QStringLiteral("setup_intent.canceled"), intent, request);
    return intent;
}

} // namespace sandbox
