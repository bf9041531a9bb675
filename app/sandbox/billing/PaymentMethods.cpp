#include "PaymentMethods.h"

#include "ApiTypes.h"
#include "Documents.h"
#include "SandboxContext.h"

namespace sandbox::PaymentMethods {

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

} // namespace sandbox::PaymentMethods
