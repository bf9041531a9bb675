#include "Documents.h"

#include "Discounts.h"
#include "Ids.h"
#include "Invoicing.h"
#include "PayoutSchedule.h"
#include "SandboxClock.h"
#include "SandboxContext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace sandbox::Documents {

namespace {
QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

// Stripe's fingerprint: the same for every PaymentMethod of one card number, opaque.
QString cardFingerprint(const QString &number)
{
    static const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray hash = QCryptographicHash::hash(number.toLatin1(), QCryptographicHash::Sha256);
    QString out;
    for (int i = 0; i < 16; ++i)
        out += QLatin1Char(kAlphabet[quint8(hash.at(i)) % 62]);
    return out;
}

QJsonObject list(const QJsonArray &data, const QString &url)
{
    return {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), false}, {QStringLiteral("total_count"), data.size()}, {QStringLiteral("url"), url}};
}
} // namespace

qint64 addInterval(qint64 from, const QJsonObject &recurring)
{
    const QString interval = recurring.value(QStringLiteral("interval")).toString();
    const int count = qMax(1, recurring.value(QStringLiteral("interval_count")).toInt(1));
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
    if (interval == QLatin1String("year"))
        return start.addYears(count).toSecsSinceEpoch();
    if (interval == QLatin1String("week"))
        return start.addDays(7 * count).toSecsSinceEpoch();
    if (interval == QLatin1String("day"))
        return start.addDays(count).toSecsSinceEpoch();
    return start.addMonths(count).toSecsSinceEpoch();
}

qint64 stripeFee(qint64 amount, const CardBehaviour &card)
{
    const double rate = card.country == QLatin1String("US") ? 0.029 : 0.039;
    return amount > 0 ? qRound64(double(amount) * rate) + 30 : 0;
}

QJsonObject paymentMethod(const SandboxContext &ctx, const CardBehaviour &card, const QString &customer, int expMonth,
                          int expYear)
{
    if (expMonth <= 0 || expYear <= 0) {
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(ctx.clock.now(), Qt::UTC).addYears(3);
        expMonth = expiry.date().month();
        expYear = expiry.date().year();
    }
    // Stripe shows American Express as "amex" in brand and networks, spelled out in display_brand.
    const QString displayBrand = card.brand == QLatin1String("amex") ? QStringLiteral("american_express") : card.brand;
    const QJsonObject details{
        {QStringLiteral("brand"), card.brand},
        {QStringLiteral("checks"), QJsonObject{{QStringLiteral("address_line1_check"), QJsonValue()},
                                               {QStringLiteral("address_postal_code_check"), QJsonValue()},
                                               {QStringLiteral("cvc_check"), QStringLiteral("unchecked")}}},
        {QStringLiteral("country"), card.country},
        {QStringLiteral("display_brand"), displayBrand},
        {QStringLiteral("exp_month"), expMonth},
        {QStringLiteral("exp_year"), expYear},
        {QStringLiteral("fingerprint"), cardFingerprint(card.number)},
        {QStringLiteral("funding"), card.funding},
        {QStringLiteral("generated_from"), QJsonValue()},
        {QStringLiteral("last4"), card.last4()},
        {QStringLiteral("networks"), QJsonObject{{QStringLiteral("available"), QJsonArray{card.brand}},
                                                 {QStringLiteral("preferred"), QJsonValue()}}},
        {QStringLiteral("regulated_status"), QStringLiteral("unregulated")},
        {QStringLiteral("three_d_secure_usage"), QJsonObject{{QStringLiteral("supported"), true}}},
        {QStringLiteral("wallet"), QJsonValue()},
    };
    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("pm_"))},
        {QStringLiteral("object"), QStringLiteral("payment_method")},
        {QStringLiteral("allow_redisplay"), QStringLiteral("unspecified")},
        {QStringLiteral("billing_details"), QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), QJsonValue()},
                                                                                                {QStringLiteral("country"), QJsonValue()},
                                                                                                {QStringLiteral("line1"), QJsonValue()},
                                                                                                {QStringLiteral("line2"), QJsonValue()},
                                                                                                {QStringLiteral("postal_code"), QJsonValue()},
                                                                                                {QStringLiteral("state"), QJsonValue()}}},
                                                        {QStringLiteral("email"), QJsonValue()},
                                                        {QStringLiteral("name"), QJsonValue()},
                                                        {QStringLiteral("phone"), QJsonValue()},
                                                        {QStringLiteral("tax_id"), QJsonValue()}}},
        {QStringLiteral("card"), details},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("customer"), orNull(customer)},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("type"), QStringLiteral("card")},
        {QStringLiteral("_number"), card.number}, // private: renewals charge the same card
    };
}

QJsonObject subscription(const SandboxContext &ctx, const QJsonObject &customer, const QJsonObject &price, int quantity,
                         const QJsonObject &metadata, const QString &paymentMethod, qint64 start, int trialDays)
{
    const QString id = ctx.ids.next(QStringLiteral("sub_"));
    const qint64 trialEnd = trialDays > 0 ? QDateTime::fromSecsSinceEpoch(start, Qt::UTC).addDays(trialDays).toSecsSinceEpoch() : 0;
    const qint64 periodEnd = trialEnd ? trialEnd : addInterval(start, price.value(QStringLiteral("recurring")).toObject());
    const QJsonObject item{
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("si_"), 14)},
        {QStringLiteral("object"), QStringLiteral("subscription_item")},
        {QStringLiteral("created"), start},
        {QStringLiteral("current_period_start"), start},
        {QStringLiteral("current_period_end"), periodEnd},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("price"), price},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("subscription"), id},
        {QStringLiteral("tax_rates"), QJsonArray()},
    };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("subscription")},
        {QStringLiteral("application"), QJsonValue()},
        {QStringLiteral("billing_cycle_anchor"), periodEnd == trialEnd && trialEnd ? trialEnd : start},
        {QStringLiteral("billing_mode"), QJsonObject{{QStringLiteral("type"), QStringLiteral("flexible")}}},
        {QStringLiteral("cancel_at"), QJsonValue()},
        {QStringLiteral("cancel_at_period_end"), false},
        {QStringLiteral("canceled_at"), QJsonValue()},
        {QStringLiteral("cancellation_details"), QJsonObject{{QStringLiteral("comment"), QJsonValue()},
                                                             {QStringLiteral("feedback"), QJsonValue()},
                                                             {QStringLiteral("reason"), QJsonValue()}}},
        {QStringLiteral("collection_method"), QStringLiteral("charge_automatically")},
        {QStringLiteral("created"), start},
        {QStringLiteral("currency"), price.value(QStringLiteral("currency"))},
        {QStringLiteral("customer"), customer.value(QStringLiteral("id"))},
        {QStringLiteral("days_until_due"), QJsonValue()},
        {QStringLiteral("default_payment_method"), orNull(paymentMethod)},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("ended_at"), QJsonValue()},
        {QStringLiteral("items"), list({item}, QString(QStringLiteral("/v1/subscription_items?subscription=") + id))},
        {QStringLiteral("latest_invoice"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("pause_collection"), QJsonValue()},
        {QStringLiteral("start_date"), start},
        {QStringLiteral("status"), trialEnd ? QStringLiteral("trialing") : QStringLiteral("incomplete")},
        {QStringLiteral("test_clock"), QJsonValue()},
        {QStringLiteral("trial_end"), trialEnd ? QJsonValue(trialEnd) : QJsonValue()},
        {QStringLiteral("trial_start"), trialEnd ? QJsonValue(start) : QJsonValue()},
    };
}

QJsonObject firstItem(const QJsonObject &subscription)
{
    return subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray().first().toObject();
}

QJsonObject withFirstItem(QJsonObject subscription, const QJsonObject &item)
{
    QJsonObject items = subscription.value(QStringLiteral("items")).toObject();
    QJsonArray data = items.value(QStringLiteral("data")).toArray();
    data.replace(0, item);
    items.insert(QStringLiteral("data"), data);
    subscription.insert(QStringLiteral("items"), items);
    return subscription;
}

QJsonObject invoice(const SandboxContext &ctx, const QJsonObject &subscription, const QJsonObject &customer,
                    qint64 periodStart, qint64 periodEnd, const QString &billingReason)
{
    const QJsonObject item = firstItem(subscription);
    const QJsonObject price = item.value(QStringLiteral("price")).toObject();
    const int quantity = item.value(QStringLiteral("quantity")).toInt(1);
    const bool trial = subscription.value(QStringLiteral("status")).toString() == QLatin1String("trialing")
        && billingReason == QLatin1String("subscription_create");
    const qint64 amount = trial ? 0 : price.value(QStringLiteral("unit_amount")).toInteger() * quantity;
    const QString id = ctx.ids.next(QStringLiteral("in_"));
    const QString subId = subscription.value(QStringLiteral("id")).toString();
    const int sequence = customer.value(QStringLiteral("next_invoice_sequence")).toInt(1);
    const QJsonObject line{
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("il_"))},
        {QStringLiteral("object"), QStringLiteral("line_item")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), price.value(QStringLiteral("currency"))},
        {QStringLiteral("description"), trial ? QStringLiteral("Trial period for Premium")
                                              : QStringLiteral("%1 × Premium").arg(quantity)},
        {QStringLiteral("invoice"), id},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("subscription_item_details")},
                                               {QStringLiteral("subscription_item_details"),
                                                QJsonObject{{QStringLiteral("invoice_item"), QJsonValue()},
                                                            {QStringLiteral("proration"), false},
                                                            {QStringLiteral("subscription"), subId},
                                                            {QStringLiteral("subscription_item"), item.value(QStringLiteral("id"))}}}}},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), periodStart}, {QStringLiteral("end"), periodEnd}}},
        {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("type"), QStringLiteral("price_details")},
                                                {QStringLiteral("price_details"),
                                                 QJsonObject{{QStringLiteral("price"), price.value(QStringLiteral("id"))},
                                                             {QStringLiteral("product"), price.value(QStringLiteral("product"))}}},
                                                {QStringLiteral("unit_amount_decimal"), price.value(QStringLiteral("unit_amount_decimal"))}}},
        {QStringLiteral("quantity"), quantity},
    };
    const qint64 now = ctx.clock.now();
    const QJsonObject built{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("invoice")},
        {QStringLiteral("account_country"), QStringLiteral("US")},
        {QStringLiteral("amount_due"), amount},
        {QStringLiteral("amount_overpaid"), 0},
        {QStringLiteral("amount_paid"), 0},
        {QStringLiteral("amount_remaining"), amount},
        {QStringLiteral("attempt_count"), 0},
        {QStringLiteral("attempted"), false},
        {QStringLiteral("auto_advance"), true},
        {QStringLiteral("billing_reason"), billingReason},
        {QStringLiteral("collection_method"), QStringLiteral("charge_automatically")},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), price.value(QStringLiteral("currency"))},
        {QStringLiteral("customer"), customer.value(QStringLiteral("id"))},
        {QStringLiteral("customer_email"), customer.value(QStringLiteral("email"))},
        {QStringLiteral("customer_name"), customer.value(QStringLiteral("name"))},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("due_date"), QJsonValue()},
        {QStringLiteral("effective_at"), now},
        {QStringLiteral("ending_balance"), 0},
        {QStringLiteral("hosted_invoice_url"), Invoicing::hostedUrl(ctx, id)},
        {QStringLiteral("invoice_pdf"), Invoicing::pdfUrl(ctx, id)},
        {QStringLiteral("lines"), list({line}, QStringLiteral("/v1/invoices/%1/lines").arg(id))},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("next_payment_attempt"), QJsonValue()},
        {QStringLiteral("number"), QStringLiteral("%1-%2").arg(customer.value(QStringLiteral("invoice_prefix")).toString())
                                       .arg(sequence, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("parent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("subscription_details")},
                                               {QStringLiteral("quote_details"), QJsonValue()},
                                               {QStringLiteral("subscription_details"),
                                                QJsonObject{{QStringLiteral("metadata"), subscription.value(QStringLiteral("metadata"))},
                                                            {QStringLiteral("subscription"), subId}}}}},
        {QStringLiteral("period_end"), periodEnd},
        {QStringLiteral("period_start"), periodStart},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("status_transitions"), QJsonObject{{QStringLiteral("finalized_at"), now},
                                                           {QStringLiteral("marked_uncollectible_at"), QJsonValue()},
                                                           {QStringLiteral("paid_at"), QJsonValue()},
                                                           {QStringLiteral("voided_at"), QJsonValue()}}},
        {QStringLiteral("subtotal"), amount},
        {QStringLiteral("total"), amount},
        {QStringLiteral("total_taxes"), QJsonArray()},
    };
    // The subscription's (else the customer's) live discounts: totals, per-line amounts.
    return Discounts(ctx).applyToInvoice(built, subscription, customer);
}

QJsonObject paymentIntent(const SandboxContext &ctx, qint64 amount, const QString &currency, const QString &customer,
                          const QString &paymentMethod)
{
    const QString id = ctx.ids.next(QStringLiteral("pi_"));
    // Derived from the id, so seeded runs keep their id sequence.
    const QString secret = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("payment_intent")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_received"), 0},
        {QStringLiteral("client_secret"), QString(id + QStringLiteral("_secret_") + secret)},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("customer"), orNull(customer)},
        {QStringLiteral("last_payment_error"), QJsonValue()},
        {QStringLiteral("latest_charge"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("payment_method"), orNull(paymentMethod)},
        {QStringLiteral("status"), QStringLiteral("processing")},
    };
}

QJsonObject charge(const SandboxContext &ctx, const QJsonObject &intent, const CardBehaviour &card, bool succeeded)
{
    const qint64 amount = intent.value(QStringLiteral("amount")).toInteger();
    const QString failureCode = succeeded ? QString() : (card.declines() ? card.errorCode : QStringLiteral("card_declined"));
    const QString message = succeeded ? QString() : (card.declines() ? card.message : QStringLiteral("Your card was declined."));
    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("ch_"))},
        {QStringLiteral("object"), QStringLiteral("charge")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_captured"), succeeded ? amount : 0},
        {QStringLiteral("amount_refunded"), 0},
        {QStringLiteral("balance_transaction"), QJsonValue()},
        {QStringLiteral("captured"), succeeded},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("currency"), intent.value(QStringLiteral("currency"))},
        {QStringLiteral("customer"), intent.value(QStringLiteral("customer"))},
        {QStringLiteral("description"), QStringLiteral("Subscription payment")},
        {QStringLiteral("disputed"), false},
        {QStringLiteral("failure_code"), orNull(failureCode)},
        {QStringLiteral("failure_message"), orNull(message)},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("network_status"), succeeded ? QStringLiteral("approved_by_network") : QStringLiteral("declined_by_network")},
                                                {QStringLiteral("reason"), succeeded ? QJsonValue() : QJsonValue(card.declineCode.isEmpty() ? failureCode : card.declineCode)},
                                                {QStringLiteral("risk_level"), QStringLiteral("normal")},
                                                {QStringLiteral("seller_message"), succeeded ? QStringLiteral("Payment complete.") : QStringLiteral("The bank did not return any further details with this decline.")},
                                                {QStringLiteral("type"), succeeded ? QStringLiteral("authorized") : QStringLiteral("issuer_declined")}}},
        {QStringLiteral("paid"), succeeded},
        {QStringLiteral("payment_intent"), intent.value(QStringLiteral("id"))},
        {QStringLiteral("payment_method"), intent.value(QStringLiteral("payment_method"))},
        {QStringLiteral("payment_method_details"), QJsonObject{{QStringLiteral("type"), QStringLiteral("card")},
                                                               {QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), card.brand},
                                                                                                    {QStringLiteral("country"), card.country},
                                                                                                    {QStringLiteral("last4"), card.last4()}}}}},
        {QStringLiteral("refunded"), false},
        {QStringLiteral("status"), succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed")},
    };
}

QJsonObject balanceTransaction(const SandboxContext &ctx, const QString &source, const QString &type, qint64 amount,
                               qint64 fee, const QString &currency, const QString &description)
{
    const qint64 now = ctx.clock.now();
    // A charge's funds settle after the account's delay (2 days, at 00:00 UTC);
    // refunds, dispute debits and payouts move the available balance at once.
    const bool settlesLater = type == QLatin1String("charge") || type == QLatin1String("payment");
    static const QHash<QString, QString> categories{
        {QStringLiteral("payment"), QStringLiteral("charge")},
        {QStringLiteral("adjustment"), QStringLiteral("dispute")}, // the sandbox's only adjustments are chargebacks
        {QStringLiteral("payout_failure"), QStringLiteral("payout_reversal")},
        {QStringLiteral("payout_cancel"), QStringLiteral("payout_reversal")},
    };
    const QJsonArray feeDetails = fee == 0 ? QJsonArray()
                                           : QJsonArray{QJsonObject{{QStringLiteral("amount"), fee},
                                                                    {QStringLiteral("application"), QJsonValue()},
                                                                    {QStringLiteral("currency"), currency},
                                                                    {QStringLiteral("description"), type == QLatin1String("adjustment") ? QStringLiteral("Dispute fee") : QStringLiteral("Stripe processing fees")},
                                                                    {QStringLiteral("type"), QStringLiteral("stripe_fee")}}};
    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("txn_"))},
        {QStringLiteral("object"), QStringLiteral("balance_transaction")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("available_on"), settlesLater ? PayoutSchedule(ctx).availableOn(now) : now},
        {QStringLiteral("balance_type"), QStringLiteral("payments")},
        {QStringLiteral("created"), now},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("description"), description},
        {QStringLiteral("exchange_rate"), QJsonValue()},
        {QStringLiteral("fee"), fee},
        {QStringLiteral("fee_details"), feeDetails},
        {QStringLiteral("net"), amount - fee},
        {QStringLiteral("reporting_category"), categories.value(type, type)},
        {QStringLiteral("source"), source},
        {QStringLiteral("status"), settlesLater ? QStringLiteral("pending") : QStringLiteral("available")},
        {QStringLiteral("type"), type},
    };
}

QJsonObject invoicePayment(const SandboxContext &ctx, const QJsonObject &invoice, const QString &paymentIntent)
{
    return {
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("inpay_"))},
        {QStringLiteral("object"), QStringLiteral("invoice_payment")},
        {QStringLiteral("amount_paid"), QJsonValue()},
        {QStringLiteral("amount_requested"), invoice.value(QStringLiteral("amount_due"))},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("currency"), invoice.value(QStringLiteral("currency"))},
        {QStringLiteral("invoice"), invoice.value(QStringLiteral("id"))},
        {QStringLiteral("is_default"), true},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("payment"), QJsonObject{{QStringLiteral("type"), QStringLiteral("payment_intent")},
                                                {QStringLiteral("payment_intent"), paymentIntent}}},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("status_transitions"), QJsonObject{{QStringLiteral("canceled_at"), QJsonValue()},
                                                           {QStringLiteral("paid_at"), QJsonValue()}}},
    };
}

QJsonObject paidInvoicePayment(QJsonObject payment, qint64 amount, qint64 at)
{
    payment.insert(QStringLiteral("amount_paid"), amount);
    payment.insert(QStringLiteral("status"), QStringLiteral("paid"));
    payment.insert(QStringLiteral("status_transitions"), QJsonObject{{QStringLiteral("canceled_at"), QJsonValue()},
                                                                     {QStringLiteral("paid_at"), at}});
    return payment;
}

} // namespace sandbox::Documents
