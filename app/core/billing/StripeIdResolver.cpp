#include "StripeIdResolver.h"

#include "stripe/StripeClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace companion::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("companion::billing::StripeIdResolver", text);
}

// What an id names, where Stripe keeps it, and how to reach its customer from there.
struct Kind {
    const char *prefix;
    const char *path;      // "/v1/charges/"
    const char *missing;   // "no such charge at Stripe"
    const char *expand;    // what to expand to reach the customer in one call; null: none
};

const Kind kKinds[] = {
    {"cus_", "/v1/customers/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such customer at Stripe"), nullptr},
    {"sub_", "/v1/subscriptions/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such subscription at Stripe"), nullptr},
    {"in_", "/v1/invoices/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such invoice at Stripe"), nullptr},
    {"ch_", "/v1/charges/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such charge at Stripe"), nullptr},
    {"py_", "/v1/charges/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such charge at Stripe"), nullptr},
    {"pi_", "/v1/payment_intents/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such payment at Stripe"), nullptr},
    {"pm_", "/v1/payment_methods/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such payment method at Stripe"), nullptr},
    // A refund names its charge (and payment intent), which name the customer.
    {"re_", "/v1/refunds/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such refund at Stripe"), "charge"},
    {"evt_", "/v1/events/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such event at Stripe (events are kept 30 days)"), nullptr},
    {"cs_", "/v1/checkout/sessions/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such checkout session at Stripe"), nullptr},
    {"dp_", "/v1/disputes/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such dispute at Stripe"), "charge"},
    {"du_", "/v1/disputes/", QT_TRANSLATE_NOOP("companion::billing::StripeIdResolver", "no such dispute at Stripe"), "charge"},
};

const Kind *kindOf(const QString &id)
{
    for (const Kind &kind : kKinds) {
        if (id.startsWith(QLatin1String(kind.prefix)))
            return &kind;
    }
    return nullptr;
}

QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString() : value.toString();
}

// The customer an object names: its own id for a customer, else its `customer`, else
// through its expanded charge or payment intent.
QString customerOf(const QJsonObject &object)
{
    if (object.value(QStringLiteral("object")).toString() == QLatin1String("customer"))
        return object.value(QStringLiteral("id")).toString();
    if (const QString customer = idOf(object.value(QStringLiteral("customer"))); !customer.isEmpty())
        return customer;
    for (const char *field : {"charge", "payment_intent"}) {
        const QJsonValue linked = object.value(QLatin1String(field));
        if (linked.isObject()) {
            if (const QString customer = idOf(linked.toObject().value(QStringLiteral("customer"))); !customer.isEmpty())
                return customer;
        }
    }
    return {};
}

QString noCustomerMessage(const QString &id)
{
    if (id.startsWith(QLatin1String("pm_")))
        return tr("that payment method belongs to no customer");
    if (id.startsWith(QLatin1String("evt_")))
        return tr("that event is not about a customer");
    if (id.startsWith(QLatin1String("cs_")))
        return tr("that checkout session has no customer (it was not completed)");
    return tr("that payment belongs to no customer");
}

} // namespace

StripeIdResolver::StripeIdResolver(stripe::StripeClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

bool StripeIdResolver::looksLikeStripeId(const QString &text)
{
    // Ids are a known prefix and letters, digits and underscores (cs_test_…); a client
    // secret (pi_…_secret_…) is not something to look up, nor a schedule (sub_sched_…).
    static const QRegularExpression shape(QStringLiteral("^[a-z]+_[A-Za-z0-9_]{4,}$"));
    const QString id = text.trimmed();
    return kindOf(id) && shape.match(id).hasMatch() && !id.contains(QLatin1String("_secret_"))
        && !id.startsWith(QLatin1String("sub_sched_"));
}

void StripeIdResolver::resolve(const QString &text)
{
    const QString id = text.trimmed();
    // Answers are queued, also the immediate ones: callers connect after calling resolve().
    auto fail = [this](const QString &message) {
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    };
    if (!looksLikeStripeId(id)) {
        fail(tr("that is not a Stripe id the desk can look up (cus_, sub_, in_, ch_, pi_, pm_, re_, evt_, cs_)"));
        return;
    }
    if (!m_client) {
        fail(tr("Stripe is not set up on this desk."));
        return;
    }
    const Kind *kind = kindOf(id);
    QJsonObject params;
    if (kind->expand)
        params.insert(QStringLiteral("expand"), QJsonArray{QString::fromLatin1(kind->expand), QStringLiteral("payment_intent")});
    const QString missing = QCoreApplication::translate("companion::billing::StripeIdResolver", kind->missing);
    stripe::StripeCall *call = m_client->get(QString::fromLatin1(kind->path) + id, params);
    // A call that goes away unanswered (its client deleted) still gets an answer to the desk.
    auto reported = std::make_shared<bool>(false);
    connect(call, &QObject::destroyed, this, [this, reported] {
        if (!*reported)
            Q_EMIT failed(tr("The request was given up before Stripe answered."));
    });
    call->then(this, [this, id, missing, reported](const stripe::StripeResult &result) {
        *reported = true;
        if (!result.ok()) {
            Q_EMIT failed(result.error->isNotFound() ? missing : result.error->userMessage());
            return;
        }
        QJsonObject object = result.body;
        if (id.startsWith(QLatin1String("evt_")))
            object = object.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        const QString customer = customerOf(object);
        // An event about a refund or dispute names its charge: the customer is one step further.
        const QString charge = idOf(object.value(QStringLiteral("charge")));
        if (customer.isEmpty() && id.startsWith(QLatin1String("evt_")) && looksLikeStripeId(charge))
            resolve(charge);
        else if (customer.isEmpty())
            Q_EMIT failed(noCustomerMessage(id));
        else
            Q_EMIT resolved(customer);
    });
}

} // namespace companion::billing
