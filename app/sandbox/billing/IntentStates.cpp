#include "IntentStates.h"

#include "SandboxContext.h"

namespace sandbox::IntentStates {

const QStringList &confirmable()
{
    static const QStringList states{QStringLiteral("requires_payment_method"), QStringLiteral("requires_confirmation"),
                                    QStringLiteral("requires_action")};
    return states;
}

StripeException unexpected(const QJsonObject &intent, const QString &action, const QStringList &allowed)
{
    const QString type = intent.value(QStringLiteral("object")).toString(); // payment_intent, setup_intent
    const QString name = type == QLatin1String("setup_intent") ? QStringLiteral("SetupIntent") : QStringLiteral("PaymentIntent");
    const QString done = action.endsWith(u'e') ? QString(action + u'd') : QString(action + QStringLiteral("ed")); // confirmed, canceled
    return StripeException::invalid(QStringLiteral("You cannot %1 this %2 because it has a status of %3. Only a %2 "
                                                   "with one of the following statuses may be %4: %5.")
                                        .arg(action, name, intent.value(QStringLiteral("status")).toString(), done,
                                             allowed.join(QStringLiteral(", "))),
                                    QString(), type + QStringLiteral("_unexpected_state"))
        .with(type, SandboxContext::publicView(intent));
}

void require(const QJsonObject &intent, const QString &action, const QStringList &allowed)
{
    if (!allowed.contains(intent.value(QStringLiteral("status")).toString()))
        throw unexpected(intent, action, allowed);
}

} // namespace sandbox::IntentStates
