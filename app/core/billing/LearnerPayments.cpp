#include "LearnerPayments.h"

#include "stripe/StripeClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

namespace companion::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("companion::billing::LearnerPayments", text);
}

// How many of the newest invoices (and charges, which include failed attempts) the desk shows.
constexpr int kInvoices = 24;
constexpr int kCharges = 100;
// The newest intents: the last one attempted is among them (a fresh one may not be yet).
constexpr int kIntents = 5;

QString idOf(const QJsonValue &value)
{
    // Stripe's references are an id, or the object itself when expanded.
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString() : value.toString();
}

QString pathId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QJsonArray dataOf(const QJsonObject &list)
{
    return list.value(QStringLiteral("data")).toArray();
}

CardView cardOf(const QJsonObject &method)
{
    CardView view;
    view.paymentMethodId = method.value(QStringLiteral("id")).toString();
    const QJsonObject card = method.value(QStringLiteral("card")).toObject();
    view.brand = card.value(QStringLiteral("brand")).toString();
    view.last4 = card.value(QStringLiteral("last4")).toString();
    view.country = card.value(QStringLiteral("country")).toString();
    view.funding = card.value(QStringLiteral("funding")).toString();
    view.expMonth = card.value(QStringLiteral("exp_month")).toInt();
    view.expYear = card.value(QStringLiteral("exp_year")).toInt();
    return view;
}

RefundView refundOf(const QJsonObject &refund)
{
    RefundView view;
    view.id = refund.value(QStringLiteral("id")).toString();
    view.amount = refund.value(QStringLiteral("amount")).toInteger();
    view.currency = refund.value(QStringLiteral("currency")).toString();
    view.reason = refund.value(QStringLiteral("reason")).toString();
    view.status = refund.value(QStringLiteral("status")).toString();
    view.created = refund.value(QStringLiteral("created")).toInteger();
    return view;
}

// The invoice's payment that counts: the paid one, else the newest attempt.
QJsonObject paymentOf(const QJsonObject &invoice)
{
    const QJsonArray payments = dataOf(invoice.value(QStringLiteral("payments")).toObject());
    for (const QJsonValue &payment : payments) {
        if (payment.toObject().value(QStringLiteral("status")).toString() == QLatin1String("paid"))
            return payment.toObject().value(QStringLiteral("payment")).toObject();
    }
    return payments.isEmpty() ? QJsonObject() : payments.first().toObject().value(QStringLiteral("payment")).toObject();
}

} // namespace

bool CardView::expired(const QDate &today) const
{
    if (expYear <= 0 || expMonth <= 0)
        return false; // not a card we know the expiry of
    // A card is good through the last day of its expiry month.
    return expYear < today.year() || (expYear == today.year() && expMonth < today.month());
}

bool CardView::expiresSoon(const QDate &today) const
{
    if (expYear <= 0 || expMonth <= 0 || expired(today))
        return false;
    const QDate nextMonth = today.addMonths(1);
    return (expYear == today.year() && expMonth == today.month()) || (expYear == nextMonth.year() && expMonth == nextMonth.month());
}

// What one read has gathered so far; the reply handlers fill it and the last one reports.
struct LearnerPaymentsReader::Read {
    LearnerPayments result;
    int pending = 0;
    int calls = 0;
    struct Failure {
        int call = 0;    // the order the calls were made in, for a stable text
        QString what;    // "the cards"
        QString message; // Stripe's answer in words
    };
    QList<Failure> failures;
    QString defaultMethodId;             // the customer's invoice_settings.default_payment_method
    std::optional<CardView> defaultCard; // expanded there
    QString subscriptionMethodId;        // the subscription's own, which wins for its renewals
    std::optional<CardView> subscriptionCard;
    QVector<CardView> listedCards;
    QJsonArray invoices;
    QJsonArray charges;
    QJsonArray intents;
};

LearnerPaymentsReader::LearnerPaymentsReader(stripe::StripeClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

LearnerPaymentsReader::~LearnerPaymentsReader() = default;

void LearnerPaymentsReader::read(const QString &customerId, const QString &subscriptionId)
{
    auto read = std::make_shared<Read>();
    read->result.customerId = customerId;
    read->result.livemode = m_client && m_client->isLiveMode(); // the customer's own flag, once read, decides
    if (!m_client || customerId.isEmpty()) {
        read->result.error = m_client ? tr("No Stripe customer is linked to this learner.") : tr("Stripe is not set up on this desk.");
        // Queued, like every other answer: callers connect after calling read().
        QMetaObject::invokeMethod(this, [this, read] { Q_EMIT done(read->result); }, Qt::QueuedConnection);
        return;
    }

    // Each call's answer is used as it comes; a failed one is remembered with Stripe's
    // answer in words, unless `isAnswer` says the failure is an answer after all. A call
    // that goes away unanswered (its client deleted) counts as failed: done() always comes.
    auto ask = [this, read](stripe::StripeCall *call, const QString &what, std::function<void(const QJsonObject &)> use,
                            std::function<bool(const stripe::StripeError &)> isAnswer = {}) {
        ++read->pending;
        const int index = read->calls++;
        auto reported = std::make_shared<bool>(false);
        call->then(this, [this, read, index, what, reported, use = std::move(use), isAnswer = std::move(isAnswer)](const stripe::StripeResult &result) {
            *reported = true;
            if (result.ok())
                use(result.body);
            else if (!isAnswer || !isAnswer(*result.error))
                read->failures.append({index, what, result.error->userMessage()});
            --read->pending;
            finishIfDone(read.get());
        });
        connect(call, &QObject::destroyed, this, [this, read, index, what, reported] {
            if (*reported)
                return;
            *reported = true;
            read->failures.append({index, what, tr("The request was given up before Stripe answered.")});
            --read->pending;
            finishIfDone(read.get());
        });
    };
    const QString customerPath = QStringLiteral("/v1/customers/") + pathId(customerId);

    ask(m_client->get(customerPath, {{QStringLiteral("expand"), QJsonArray{QStringLiteral("invoice_settings.default_payment_method")}}}),
        tr("the customer"), [read](const QJsonObject &customer) {
            read->result.livemode = customer.value(QStringLiteral("livemode")).toBool();
            if (customer.value(QStringLiteral("deleted")).toBool()) {
                read->failures.append({0, tr("the customer"), tr("This customer was deleted at Stripe.")});
                return;
            }
            const QJsonValue method = customer.value(QStringLiteral("invoice_settings")).toObject().value(QStringLiteral("default_payment_method"));
            read->defaultMethodId = idOf(method);
            if (method.isObject() && method.toObject().value(QStringLiteral("type")).toString() == QLatin1String("card"))
                read->defaultCard = cardOf(method.toObject());
        });
    ask(m_client->get(customerPath + QStringLiteral("/payment_methods"),
                      {{QStringLiteral("type"), QStringLiteral("card")}, {QStringLiteral("limit"), 100}}),
        tr("the cards"), [read](const QJsonObject &list) {
            for (const QJsonValue &method : dataOf(list))
                read->listedCards.append(cardOf(method.toObject()));
        });
    // Since 2025-03-31.basil an invoice names its payment only in `payments` (includable).
    ask(m_client->get(QStringLiteral("/v1/invoices"), {{QStringLiteral("customer"), customerId},
                                                       {QStringLiteral("limit"), kInvoices},
                                                       {QStringLiteral("expand"), QJsonArray{QStringLiteral("data.payments")}}}),
        tr("the invoices"), [read](const QJsonObject &list) { read->invoices = dataOf(list); });
    ask(m_client->get(QStringLiteral("/v1/charges"), {{QStringLiteral("customer"), customerId},
                                                      {QStringLiteral("limit"), kCharges},
                                                      {QStringLiteral("expand"), QJsonArray{QStringLiteral("data.refunds")}}}),
        tr("the charges"), [read](const QJsonObject &list) { read->charges = dataOf(list); });
    ask(m_client->get(QStringLiteral("/v1/payment_intents"), {{QStringLiteral("customer"), customerId},
                                                              {QStringLiteral("limit"), kIntents},
                                                              {QStringLiteral("expand"), QJsonArray{QStringLiteral("data.latest_charge")}}}),
        tr("the payments"), [read](const QJsonObject &list) { read->intents = dataOf(list); });
    if (!subscriptionId.isEmpty()) {
        // Checkout saves the card on the subscription, not as the customer's default.
        ask(m_client->get(QStringLiteral("/v1/subscriptions/") + pathId(subscriptionId),
                          {{QStringLiteral("expand"), QJsonArray{QStringLiteral("default_payment_method")}}}),
            tr("the subscription"), [read](const QJsonObject &subscription) {
                const QJsonValue method = subscription.value(QStringLiteral("default_payment_method"));
                read->subscriptionMethodId = idOf(method);
                if (method.isObject() && method.toObject().value(QStringLiteral("type")).toString() == QLatin1String("card"))
                    read->subscriptionCard = cardOf(method.toObject());
            });
        ask(m_client->post(QStringLiteral("/v1/invoices/create_preview"),
                           {{QStringLiteral("customer"), customerId}, {QStringLiteral("subscription"), subscriptionId}}),
            tr("the next invoice"),
            [read](const QJsonObject &preview) {
                NextInvoice &next = read->result.next;
                next.known = true;
                // When Stripe will charge it; a preview without one (send_invoice) is dated when it is made.
                const qint64 attempt = preview.value(QStringLiteral("next_payment_attempt")).toInteger();
                next.at = attempt > 0 ? attempt : preview.value(QStringLiteral("created")).toInteger();
                next.amount = preview.value(QStringLiteral("amount_due")).toInteger();
                next.currency = preview.value(QStringLiteral("currency")).toString();
            },
            // invoice_upcoming_none is an answer: the subscription ends and bills nothing more.
            [](const stripe::StripeError &error) { return error.code == QLatin1String("invoice_upcoming_none"); });
    }
}

void LearnerPaymentsReader::finishIfDone(Read *read)
{
    if (read->pending > 0)
        return;
    LearnerPayments &out = read->result;

    // Cards: the default first (the one renewals use: the subscription's, else the
    // customer's), then the others as Stripe lists them (newest first).
    if (!read->subscriptionMethodId.isEmpty()) {
        read->defaultMethodId = read->subscriptionMethodId;
        read->defaultCard = read->subscriptionCard;
    }
    for (const CardView &card : std::as_const(read->listedCards)) {
        if (card.paymentMethodId == read->defaultMethodId)
            read->defaultCard = card;
    }
    if (read->defaultCard) {
        read->defaultCard->isDefault = true;
        out.cards.append(*read->defaultCard);
    }
    for (const CardView &card : std::as_const(read->listedCards)) {
        if (card.paymentMethodId != read->defaultMethodId)
            out.cards.append(card);
    }

    // Charges by payment intent: the one that succeeded, else the newest attempt.
    QHash<QString, QJsonObject> chargeOfIntent;
    for (const QJsonValue &value : std::as_const(read->charges)) { // newest first
        const QJsonObject charge = value.toObject();
        const QString intent = idOf(charge.value(QStringLiteral("payment_intent")));
        if (intent.isEmpty())
            continue;
        const auto known = chargeOfIntent.constFind(intent);
        const bool succeeded = charge.value(QStringLiteral("status")).toString() == QLatin1String("succeeded");
        if (known == chargeOfIntent.cend()
            || (succeeded && known->value(QStringLiteral("status")).toString() != QLatin1String("succeeded")))
            chargeOfIntent.insert(intent, charge);
    }
    QHash<QString, QJsonObject> chargeById;
    for (const QJsonValue &value : std::as_const(read->charges))
        chargeById.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());

    QHash<QString, QString> invoiceOfIntent;
    for (const QJsonValue &value : std::as_const(read->invoices)) { // newest first
        const QJsonObject invoice = value.toObject();
        InvoiceView view;
        view.id = invoice.value(QStringLiteral("id")).toString();
        view.number = invoice.value(QStringLiteral("number")).toString();
        view.status = invoice.value(QStringLiteral("status")).toString();
        view.currency = invoice.value(QStringLiteral("currency")).toString();
        view.hostedUrl = invoice.value(QStringLiteral("hosted_invoice_url")).toString();
        view.pdfUrl = invoice.value(QStringLiteral("invoice_pdf")).toString();
        view.created = invoice.value(QStringLiteral("created")).toInteger();
        view.total = invoice.value(QStringLiteral("total")).toInteger();
        view.amountPaid = invoice.value(QStringLiteral("amount_paid")).toInteger();
        for (const QJsonValue &discount : invoice.value(QStringLiteral("total_discount_amounts")).toArray())
            view.discount += discount.toObject().value(QStringLiteral("amount")).toInteger();

        // basil and later: payments[].payment{payment_intent | charge}; before: payment_intent / charge on the invoice.
        const QJsonObject payment = paymentOf(invoice);
        view.paymentIntentId = idOf(payment.value(QStringLiteral("payment_intent")));
        view.chargeId = idOf(payment.value(QStringLiteral("charge")));
        if (view.paymentIntentId.isEmpty())
            view.paymentIntentId = idOf(invoice.value(QStringLiteral("payment_intent")));
        if (view.chargeId.isEmpty())
            view.chargeId = idOf(invoice.value(QStringLiteral("charge")));
        QJsonObject charge = chargeById.value(view.chargeId);
        if (charge.isEmpty() && !view.paymentIntentId.isEmpty())
            charge = chargeOfIntent.value(view.paymentIntentId);
        if (!charge.isEmpty()) {
            view.chargeId = charge.value(QStringLiteral("id")).toString();
            view.amountRefunded = charge.value(QStringLiteral("amount_refunded")).toInteger();
            for (const QJsonValue &refund : dataOf(charge.value(QStringLiteral("refunds")).toObject()))
                view.refunds.append(refundOf(refund.toObject()));
        }
        if (!view.paymentIntentId.isEmpty() && !invoiceOfIntent.contains(view.paymentIntentId))
            invoiceOfIntent.insert(view.paymentIntentId, view.id);
        out.invoices.append(view);
    }

    // The newest payment that was tried: succeeded, or declined with Stripe's reason.
    for (const QJsonValue &value : std::as_const(read->intents)) { // newest first
        const QJsonObject intent = value.toObject();
        const QString status = intent.value(QStringLiteral("status")).toString();
        const QJsonObject error = intent.value(QStringLiteral("last_payment_error")).toObject();
        // A renewal the bank wants confirmed (3-D Secure) waits on the learner: that is its outcome.
        const bool needsAction = status == QLatin1String("requires_action");
        if (status != QLatin1String("succeeded") && error.isEmpty() && !needsAction)
            continue; // not tried yet
        PaymentOutcome &last = out.lastPayment;
        last.known = true;
        last.succeeded = status == QLatin1String("succeeded");
        last.paymentIntentId = intent.value(QStringLiteral("id")).toString();
        last.amount = intent.value(QStringLiteral("amount")).toInteger();
        last.currency = intent.value(QStringLiteral("currency")).toString();
        last.invoiceId = invoiceOfIntent.value(last.paymentIntentId);
        const QJsonValue latest = intent.value(QStringLiteral("latest_charge"));
        last.chargeId = idOf(latest);
        const QJsonObject charge = latest.isObject() ? latest.toObject() : chargeById.value(last.chargeId);
        last.at = charge.isEmpty() ? intent.value(QStringLiteral("created")).toInteger() : charge.value(QStringLiteral("created")).toInteger();
        if (!last.succeeded) {
            last.code = error.value(QStringLiteral("code")).toString();
            last.declineCode = error.value(QStringLiteral("decline_code")).toString();
            last.stripeMessage = error.value(QStringLiteral("message")).toString();
            if (last.code.isEmpty())
                last.code = charge.value(QStringLiteral("failure_code")).toString();
            if (last.code.isEmpty() && needsAction)
                last.code = QStringLiteral("authentication_required");
        }
        break;
    }

    // One line per distinct answer ("Stripe could not be reached…" once, not six times),
    // naming what it kept from view.
    std::sort(read->failures.begin(), read->failures.end(), [](const Read::Failure &a, const Read::Failure &b) { return a.call < b.call; });
    QList<QPair<QString, QStringList>> byMessage;
    for (const Read::Failure &failure : std::as_const(read->failures)) {
        auto it = std::find_if(byMessage.begin(), byMessage.end(), [&](const auto &entry) { return entry.first == failure.message; });
        if (it == byMessage.end())
            byMessage.append({failure.message, {failure.what}});
        else if (!it->second.contains(failure.what))
            it->second.append(failure.what);
    }
    QStringList lines;
    for (const auto &[message, whats] : std::as_const(byMessage)) {
        lines << (whats.size() >= read->calls ? tr("Nothing could be read: %1").arg(message)
                                              : tr("Could not read %1: %2").arg(whats.join(QStringLiteral(", ")), message));
    }
    out.error = lines.join(QLatin1Char('\n'));
    Q_EMIT done(out);
}

QString declineExplanation(const QString &code, const QString &declineCode, const QString &stripeMessage)
{
    // The bank's reason is the more precise one; codes like expired_card come as either.
    static const QHash<QString, const char *> explanations{
        {QStringLiteral("insufficient_funds"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                 "insufficient funds — ask for another card")},
        {QStringLiteral("expired_card"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                           "the card has expired — ask the learner to add a current card")},
        {QStringLiteral("incorrect_cvc"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                            "the security code (CVC) was wrong — ask the learner to enter the card again")},
        {QStringLiteral("invalid_cvc"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                          "the security code (CVC) was wrong — ask the learner to enter the card again")},
        {QStringLiteral("incorrect_number"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                               "the card number was wrong — ask the learner to enter the card again")},
        {QStringLiteral("invalid_number"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                             "the card number was wrong — ask the learner to enter the card again")},
        {QStringLiteral("invalid_expiry_month"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                   "the expiry date was wrong — ask the learner to enter the card again")},
        {QStringLiteral("invalid_expiry_year"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                  "the expiry date was wrong — ask the learner to enter the card again")},
        {QStringLiteral("incorrect_zip"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                            "the postal code did not match — ask the learner to check the billing address")},
        {QStringLiteral("generic_decline"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                              "the bank declined without a reason — ask the learner to call their bank or use another card")},
        {QStringLiteral("card_declined"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                            "the bank declined without a reason — ask the learner to call their bank or use another card")},
        {QStringLiteral("do_not_honor"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                           "the bank declined without a reason — ask the learner to call their bank or use another card")},
        {QStringLiteral("call_issuer"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                          "the bank declined without a reason — ask the learner to call their bank or use another card")},
        {QStringLiteral("no_action_taken"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                              "the bank declined without a reason — ask the learner to call their bank or use another card")},
        // Never tell the learner their card is reported lost or stolen: the bank says that.
        {QStringLiteral("lost_card"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                        "the bank refused — ask the learner to call their bank")},
        {QStringLiteral("stolen_card"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                          "the bank refused — ask the learner to call their bank")},
        {QStringLiteral("pickup_card"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                          "the bank refused — ask the learner to call their bank")},
        {QStringLiteral("restricted_card"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                              "the bank refused — ask the learner to call their bank")},
        {QStringLiteral("security_violation"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                 "the bank refused — ask the learner to call their bank")},
        {QStringLiteral("fraudulent"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                         "declined as likely fraud — do not retry; tell the learner only that the card was declined")},
        {QStringLiteral("merchant_blacklist"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                 "blocked by the account's fraud rules — do not retry; tell the learner only that the card was declined")},
        {QStringLiteral("authentication_required"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                      "the bank wants the learner to confirm the payment (3-D Secure) — send them the invoice link to pay it themselves")},
        {QStringLiteral("processing_error"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                               "an error at the bank or Stripe — try again later; Stripe's retries may already succeed")},
        {QStringLiteral("try_again_later"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                              "the bank asked to try again later — Stripe retries by itself; check again in a day")},
        {QStringLiteral("issuer_not_available"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                   "the bank could not be reached — try again later; Stripe retries by itself")},
        {QStringLiteral("reenter_transaction"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                  "the bank could not process it — try the payment again")},
        {QStringLiteral("card_velocity_exceeded"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                     "too many payments or over the card's limit — ask the learner to wait, call their bank or use another card")},
        {QStringLiteral("withdrawal_count_limit_exceeded"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                              "over the card's limit — ask the learner to use another card")},
        {QStringLiteral("card_not_supported"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                 "the card does not allow this kind of payment — ask for another card")},
        {QStringLiteral("transaction_not_allowed"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                      "the card does not allow this kind of payment — ask for another card")},
        {QStringLiteral("currency_not_supported"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                     "the card does not take this currency — ask for another card")},
        {QStringLiteral("do_not_try_again"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                               "the bank says never to retry this card — ask for another card")},
        {QStringLiteral("revocation_of_authorization"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                          "the learner told their bank to stop these payments — talk to the learner before retrying")},
        {QStringLiteral("stop_payment_order"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                 "the learner told their bank to stop these payments — talk to the learner before retrying")},
        {QStringLiteral("new_account_information_available"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                                 "the card was replaced — ask the learner to add the new card")},
        {QStringLiteral("invalid_account"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                              "the card or account is no longer valid — ask for another card")},
        {QStringLiteral("duplicate_transaction"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                                    "the bank saw the same payment just before — check it was not already paid")},
        {QStringLiteral("testmode_decline"), QT_TRANSLATE_NOOP("companion::billing::LearnerPayments",
                                                               "a test card was used on a live account — ask for a real card")},
    };
    auto explain = [](const QString &key) -> QString {
        const auto it = explanations.constFind(key);
        return key.isEmpty() || it == explanations.cend() ? QString()
                                                          : QCoreApplication::translate("companion::billing::LearnerPayments", it.value());
    };
    // The bank's reason (decline_code) is the precise one; an unknown one is better told
    // in Stripe's words than as a bare "card_declined".
    const QString primary = declineCode.isEmpty() ? code : declineCode;
    if (const QString text = explain(primary); !text.isEmpty())
        return text;
    if (!stripeMessage.isEmpty())
        return stripeMessage;
    if (const QString text = explain(code); !text.isEmpty())
        return text;
    return primary.isEmpty() ? tr("the payment failed; Stripe gave no reason") : QString(primary).replace(u'_', u' ');
}

} // namespace companion::billing
