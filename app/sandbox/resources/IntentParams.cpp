#include "IntentParams.h"

namespace sandbox::IntentParams {

QString oneOf(const ApiRequest &request, const QString &name, const QStringList &allowed)
{
    if (!request.has(name))
        return {};
    const QString value = request.string(name);
    if (!allowed.contains(value)) {
        const QString list = allowed.size() > 1
            ? allowed.mid(0, allowed.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", or ") + allowed.last()
            : allowed.value(0);
        throw StripeException::invalid(QStringLiteral("Invalid %1: must be one of %2").arg(name, list), name);
    }
    return value;
}

QJsonObject automaticPaymentMethods(const ApiRequest &request)
{
    const QJsonObject given = request.object(QStringLiteral("automatic_payment_methods"));
    const QString enabled = given.value(QStringLiteral("enabled")).toString();
    if (enabled.isEmpty())
        throw StripeException::missingParam(QStringLiteral("automatic_payment_methods[enabled]"));
    if (enabled != QLatin1String("true") && enabled != QLatin1String("false"))
        throw StripeException::invalid(QStringLiteral("Invalid boolean: %1").arg(enabled), QStringLiteral("automatic_payment_methods[enabled]"));
    const QString redirects = given.value(QStringLiteral("allow_redirects")).toString(QStringLiteral("always"));
    if (redirects != QLatin1String("always") && redirects != QLatin1String("never"))
        throw StripeException::invalid(QStringLiteral("Invalid automatic_payment_methods[allow_redirects]: must be one of always or never"),
                                       QStringLiteral("automatic_payment_methods[allow_redirects]"));
    return {{QStringLiteral("allow_redirects"), redirects}, {QStringLiteral("enabled"), enabled == QLatin1String("true")}};
}

void refuseInlineMethods(const ApiRequest &request)
{
    for (const QString &name : {QStringLiteral("payment_method_data"), QStringLiteral("confirmation_token")}) {
        if (request.has(name))
            throw StripeException::invalid(QStringLiteral("The sandbox does not model %1: create a PaymentMethod (POST /v1/payment_methods) "
                                                          "or name a test one (pm_card_visa) in payment_method.").arg(name),
                                           name);
    }
}

namespace {
QJsonArray stringList(const ApiRequest &request, const QString &name)
{
    const QJsonValue value = request.params.value(name);
    if (value.isArray())
        return value.toArray();
    if (value.isObject()) { // types[0]=card arrives as a hash of indexes
        QJsonArray out;
        const QJsonObject indexed = value.toObject();
        for (auto it = indexed.begin(); it != indexed.end(); ++it)
            out.append(it.value());
        return out;
    }
    return value.toString().isEmpty() ? QJsonArray() : QJsonArray{value};
}
} // namespace

QJsonArray paymentMethodTypes(const ApiRequest &request)
{
    if (!request.has(QStringLiteral("payment_method_types")))
        return {};
    if (request.versionAtLeast("2026-09-30"))
        throw StripeException::invalid(QStringLiteral("payment_method_types can no longer be set as of API version 2026-09-30. Manage payment "
                                                      "methods in the Dashboard, or use allowed_payment_method_types or "
                                                      "excluded_payment_method_types."),
                                       QStringLiteral("payment_method_types"), QStringLiteral("payment_method_types_no_longer_supported"));
    const QJsonArray types = stringList(request, QStringLiteral("payment_method_types"));
    for (const QJsonValue &type : types) {
        if (type.toString() != QLatin1String("card"))
            throw StripeException::invalid(QStringLiteral("The payment method type \"%1\" is not modeled by the sandbox, which takes card only.")
                                               .arg(type.toString()),
                                           QStringLiteral("payment_method_types"));
    }
    return types;
}

QJsonValue allowedPaymentMethodTypes(const ApiRequest &request)
{
    if (!request.has(QStringLiteral("allowed_payment_method_types")))
        return QJsonValue();
    return stringList(request, QStringLiteral("allowed_payment_method_types"));
}

} // namespace sandbox::IntentParams
