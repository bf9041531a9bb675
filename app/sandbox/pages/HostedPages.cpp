#include "HostedPages.h"

#include "FormDecoder.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "UnitOfWork.h"
#include "billing/CheckoutFlow.h"
#include "billing/CustomerCard.h"
#include "billing/Documents.h"
#include "billing/SubscriptionLifecycle.h"
#include "billing/TestCards.h"

#include <QDateTime>
#include <QFile>
#include "http/HttpServer.h"
#include <QJsonArray>
#include <QLocale>

namespace sandbox {

namespace {

// Fills {{name}} placeholders; values are HTML-escaped unless marked as markup.
QByteArray render(const QString &page, const QList<QPair<QString, QString>> &text, const QList<QPair<QString, QString>> &markup = {})
{
    QFile file(QStringLiteral(":/sandbox-pages/") + page);
    file.open(QIODevice::ReadOnly);
    QString html = QString::fromUtf8(file.readAll());
    for (const auto &[key, value] : text)
        html.replace(QStringLiteral("{{%1}}").arg(key), value.toHtmlEscaped());
    for (const auto &[key, value] : markup)
        html.replace(QStringLiteral("{{%1}}").arg(key), value);
    return html.toUtf8();
}

using companion::http::HttpMethod;
using companion::http::HttpRequest;
using companion::http::HttpResponder;
using companion::http::HttpResponse;

HttpResponse html(const QByteArray &body, int status = 200)
{
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), {}, body};
}

HttpResponse redirect(const QString &url)
{
    return {303, {}, {{QByteArrayLiteral("Location"), url.toUtf8()}}, {}};
}

HttpResponse notFound(const QString &what)
{
    return html(QStringLiteral("<!doctype html><title>Not found</title><p>%1</p>").arg(what.toHtmlEscaped()).toUtf8(), 404);
}

QString money(qint64 minor, const QString &currency)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toCurrencyString(double(minor) / 100, currency == QLatin1String("usd") ? QStringLiteral("$") : currency.toUpper() + u' ');
}

QString intervalText(const QJsonObject &price)
{
    const QString interval = price.value(QStringLiteral("recurring")).toObject().value(QStringLiteral("interval")).toString();
    return interval.isEmpty() ? QString() : QStringLiteral("per ") + interval;
}

} // namespace

HostedPages::HostedPages(const SandboxContext &context, const UnitOfWork &work)
    : m_ctx(context)
    , m_work(work)
{
}

void HostedPages::registerRoutes(companion::http::HttpServer &http)
{
    http.route(QStringLiteral("/c/pay/<arg>"), HttpMethod::Get,
               [this](const QString &id, const HttpRequest &, HttpResponder &&responder) { responder.respond(checkoutPage(id)); });
    http.route(QStringLiteral("/c/pay/<arg>"), HttpMethod::Post, [this](const QString &id, const HttpRequest &request, HttpResponder &&responder) {
        responder.respond(pay(id, request.body()));
    });
    http.route(QStringLiteral("/c/pay/<arg>/cancel"), HttpMethod::Get,
               [this](const QString &id, const HttpRequest &, HttpResponder &&responder) { responder.respond(cancel(id)); });
    http.route(QStringLiteral("/p/session/<arg>"), HttpMethod::Get,
               [this](const QString &id, const HttpRequest &, HttpResponder &&responder) { responder.respond(portalPage(id)); });
    http.route(QStringLiteral("/p/session/<arg>/payment_method"), HttpMethod::Post,
               [this](const QString &id, const HttpRequest &request, HttpResponder &&responder) {
                   responder.respond(portalCardUpdate(id, request.body()));
               });
    for (const bool cancelAtEnd : {true, false}) {
        http.routeWithArgs(cancelAtEnd ? QStringLiteral("/p/session/<arg>/<arg>/cancel") : QStringLiteral("/p/session/<arg>/<arg>/renew"),
                           HttpMethod::Post, [this, cancelAtEnd](const QStringList &args, const HttpRequest &, HttpResponder &&responder) {
                               responder.respond(portalAction(args.value(0), args.value(1), cancelAtEnd));
                           });
    }
}

HttpResponse HostedPages::checkoutPage(const QString &sessionId, const QString &error, const QString &card,
                                       const QString &promotionCode) const
{
    const auto session = m_ctx.store.get(sessionId);
    if (!session || session->value(QStringLiteral("object")).toString() != QLatin1String("checkout.session"))
        return notFound(QStringLiteral("This checkout link is not valid."));
    if (session->value(QStringLiteral("status")).toString() != QLatin1String("open"))
        return html(QStringLiteral("<!doctype html><title>Checkout</title><p>This checkout session is %1.</p>")
                        .arg(session->value(QStringLiteral("status")).toString()).toUtf8());
    const QJsonObject line = session->value(QStringLiteral("_line_items")).toArray().first().toObject();
    const QJsonObject price = line.value(QStringLiteral("price")).toObject();
    const auto product = m_ctx.store.get(price.value(QStringLiteral("product")).toString());
    const QString trialDays = session->value(QStringLiteral("_subscription_data")).toObject().value(QStringLiteral("trial_period_days")).toString();
    const bool needsEmail = session->value(QStringLiteral("customer")).isNull() && session->value(QStringLiteral("customer_email")).isNull();
    const QString emailField = needsEmail
        ? QStringLiteral("<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" required>")
        : QStringLiteral("<p class=\"muted\">%1</p>").arg(session->value(QStringLiteral("customer_email")).toString().toHtmlEscaped());
    const bool subscription = session->value(QStringLiteral("mode")).toString() == QLatin1String("subscription");
    // With allow_promotion_codes the payer may type a code; a discount shows under the price.
    const QString promotionField = session->value(QStringLiteral("allow_promotion_codes")).toBool()
        ? QStringLiteral("<label for=\"promotion_code\">Promotion code</label><input id=\"promotion_code\" name=\"promotion_code\" "
                         "autocomplete=\"off\" value=\"%1\">").arg(promotionCode.toHtmlEscaped())
        : QString();
    const qint64 discount = session->value(QStringLiteral("total_details")).toObject().value(QStringLiteral("amount_discount")).toInteger();
    const QString currency = session->value(QStringLiteral("currency")).toString();
    const QString discountText = discount <= 0 ? QString()
        : QStringLiteral("<p class=\"muted\">Subtotal %1, discount −%2</p>")
              .arg(money(session->value(QStringLiteral("amount_subtotal")).toInteger(), currency).toHtmlEscaped(),
                   money(discount, currency).toHtmlEscaped());
    return html(render(QStringLiteral("checkout.html"),
                       {{QStringLiteral("merchant"), QStringLiteral("Course Companion")},
                        {QStringLiteral("product"), product ? product->value(QStringLiteral("name")).toString() : QStringLiteral("Premium")},
                        {QStringLiteral("amount"), money(session->value(QStringLiteral("amount_total")).toInteger(), session->value(QStringLiteral("currency")).toString())},
                        {QStringLiteral("interval"), intervalText(price)},
                        {QStringLiteral("mode_text"), subscription ? QStringLiteral("Subscribe to") : QStringLiteral("Pay for")},
                        {QStringLiteral("trial_text"), trialDays.isEmpty() ? QString() : QStringLiteral("%1-day free trial").arg(trialDays)},
                        {QStringLiteral("action"), QStringLiteral("/c/pay/") + sessionId},
                        {QStringLiteral("cancel_href"), QStringLiteral("/c/pay/%1/cancel").arg(sessionId)},
                        {QStringLiteral("card"), card},
                        {QStringLiteral("name"), QString()},
                        {QStringLiteral("button"), subscription ? QStringLiteral("Subscribe") : QStringLiteral("Pay")}},
                       {{QStringLiteral("email_field"), emailField},
                        {QStringLiteral("promotion_field"), promotionField},
                        {QStringLiteral("discount_text"), discountText},
                        {QStringLiteral("error"), error.isEmpty() ? QString() : QStringLiteral("<div class=\"error\" role=\"alert\">%1</div>").arg(error.toHtmlEscaped())}}),
                error.isEmpty() ? 200 : 402);
}

HttpResponse HostedPages::pay(const QString &sessionId, const QByteArray &body) const
{
    QString decodeError;
    const QJsonObject form = FormDecoder::decode(body, &decodeError).value_or(QJsonObject());
    CheckoutFlow::Payer payer{form.value(QStringLiteral("card")).toString(), form.value(QStringLiteral("email")).toString(),
                              form.value(QStringLiteral("name")).toString(), form.value(QStringLiteral("authentication")).toString(),
                              form.value(QStringLiteral("promotion_code")).toString().trimmed()};
    const auto session = m_ctx.store.get(sessionId);
    if (!session || session->value(QStringLiteral("object")).toString() != QLatin1String("checkout.session"))
        return notFound(QStringLiteral("This checkout link is not valid."));
    if (payer.authentication.isEmpty() && CheckoutFlow::needsAuthentication(payer.card)) {
        const CardBehaviour card = CardBehaviour::lookup(payer.card);
        return html(render(QStringLiteral("authenticate.html"),
                           {{QStringLiteral("action"), QStringLiteral("/c/pay/") + sessionId},
                            {QStringLiteral("amount"), money(session->value(QStringLiteral("amount_total")).toInteger(), session->value(QStringLiteral("currency")).toString())},
                            {QStringLiteral("last4"), card.last4()},
                            {QStringLiteral("card"), card.number},
                            {QStringLiteral("email"), payer.email},
                            {QStringLiteral("name"), payer.name},
                            {QStringLiteral("promotion_code"), payer.promotionCode}}));
    }
    QJsonObject completed;
    const ApiResponse result = m_work.run([&] {
        completed = CheckoutFlow(m_ctx).complete(*session, payer, ApiRequest{});
        return ApiResponse{};
    });
    if (result.status != 200) {
        const QString message = result.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return checkoutPage(sessionId, message, payer.card, payer.promotionCode);
    }
    QString success = completed.value(QStringLiteral("success_url")).toString();
    success.replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), sessionId);
    return redirect(success);
}

HttpResponse HostedPages::cancel(const QString &sessionId) const
{
    const auto session = m_ctx.store.get(sessionId);
    if (!session)
        return notFound(QStringLiteral("This checkout link is not valid."));
    const QString url = session->value(QStringLiteral("cancel_url")).toString();
    return url.isEmpty() ? checkoutPage(sessionId) : redirect(url);
}

HttpResponse HostedPages::portalPage(const QString &portalId, const QString &error, const QString &notice) const
{
    const auto portal = m_ctx.store.get(portalId);
    if (!portal || portal->value(QStringLiteral("object")).toString() != QLatin1String("billing_portal.session"))
        return notFound(QStringLiteral("This portal link is not valid."));
    const QString customerId = portal->value(QStringLiteral("customer")).toString();
    const auto customer = m_ctx.store.get(customerId);
    // A session made with flow_data opens on that one task until it is done.
    const QJsonObject flow = portal->value(QStringLiteral("_flow_done")).toBool() ? QJsonObject() : portal->value(QStringLiteral("flow")).toObject();
    const QString flowType = flow.value(QStringLiteral("type")).toString();
    const QString onlySubscription = flow.value(QStringLiteral("subscription_cancel")).toObject().value(QStringLiteral("subscription")).toString();

    QString rows;
    if (flowType != QLatin1String("payment_method_update")) {
        for (const QJsonObject &sub : m_ctx.store.all(QStringLiteral("subscription"), {{QStringLiteral("$.customer"), QStringLiteral("="), {customerId}}})) {
            if (!onlySubscription.isEmpty() && sub.value(QStringLiteral("id")).toString() != onlySubscription)
                continue;
            const QJsonObject item = Documents::firstItem(sub);
            const QJsonObject price = item.value(QStringLiteral("price")).toObject();
            const bool ending = sub.value(QStringLiteral("cancel_at_period_end")).toBool();
            const QString status = sub.value(QStringLiteral("status")).toString();
            const QString end = QDateTime::fromSecsSinceEpoch(item.value(QStringLiteral("current_period_end")).toInteger(), Qt::UTC).date().toString(Qt::ISODate);
            const bool live = status != QLatin1String("canceled") && status != QLatin1String("incomplete_expired");
            const QString action = !live || (!onlySubscription.isEmpty() && ending) ? QString()
                : QStringLiteral("<form method=\"post\" action=\"/p/session/%1/%2/%3\"><button>%4</button></form>")
                      .arg(portalId, sub.value(QStringLiteral("id")).toString(), ending ? QStringLiteral("renew") : QStringLiteral("cancel"),
                           ending ? QStringLiteral("Renew plan") : QStringLiteral("Cancel plan"));
            rows += QStringLiteral("<div class=\"sub\"><b>%1 %2</b> <span class=\"muted\">%3</span><p class=\"muted\">%4</p>%5</div>")
                        .arg(money(price.value(QStringLiteral("unit_amount")).toInteger(), price.value(QStringLiteral("currency")).toString()),
                             intervalText(price).toHtmlEscaped(), status.toHtmlEscaped(),
                             live ? (ending ? QStringLiteral("Cancels on %1").arg(end) : QStringLiteral("Renews on %1").arg(end))
                                  : QStringLiteral("Ended"),
                             action);
        }
        if (rows.isEmpty())
            rows = QStringLiteral("<p>No subscriptions.</p>");
    }

    QString card;
    if (onlySubscription.isEmpty()) {
        const auto method = m_ctx.store.get(customer ? customer->value(QStringLiteral("invoice_settings")).toObject()
                                                           .value(QStringLiteral("default_payment_method")).toString()
                                                     : QString());
        const QJsonObject details = method ? method->value(QStringLiteral("card")).toObject() : QJsonObject();
        const QString current = method ? QStringLiteral("%1 •••• %2").arg(details.value(QStringLiteral("brand")).toString().toHtmlEscaped(),
                                                                         details.value(QStringLiteral("last4")).toString().toHtmlEscaped())
                                       : QStringLiteral("No card on file");
        card = QStringLiteral("<div class=\"sub\"><h2>Payment method</h2><p class=\"muted\" id=\"current-card\">%1</p>"
                              "<form method=\"post\" action=\"/p/session/%2/payment_method\">"
                              "<label for=\"card\">New card number</label> <input id=\"card\" name=\"card\" inputmode=\"numeric\" "
                              "autocomplete=\"cc-number\" required> <button>Update card</button></form></div>")
                   .arg(current, portalId);
    }
    QString messages;
    if (!error.isEmpty())
        messages += QStringLiteral("<div class=\"error\" role=\"alert\">%1</div>").arg(error.toHtmlEscaped());
    if (!notice.isEmpty())
        messages += QStringLiteral("<div class=\"notice\" role=\"status\">%1</div>").arg(notice.toHtmlEscaped());
    return html(render(QStringLiteral("portal.html"),
                       {{QStringLiteral("return_url"), portal->value(QStringLiteral("return_url")).toString()},
                        {QStringLiteral("customer"), customer ? customer->value(QStringLiteral("email")).toString() : customerId}},
                       {{QStringLiteral("subscriptions"), rows}, {QStringLiteral("payment_method"), card}, {QStringLiteral("messages"), messages}}),
                error.isEmpty() ? 200 : 402);
}

HttpResponse HostedPages::portalFlowDone(const QJsonObject &portal, const QString &notice) const
{
    const QString portalId = portal.value(QStringLiteral("id")).toString();
    const QJsonObject flow = portal.value(QStringLiteral("flow")).toObject();
    if (flow.isEmpty() || portal.value(QStringLiteral("_flow_done")).toBool())
        return notice.isEmpty() ? redirect(QStringLiteral("/p/session/") + portalId) : portalPage(portalId, {}, notice);
    QJsonObject done = portal;
    done.insert(QStringLiteral("_flow_done"), true);
    m_work.run([&] {
        m_ctx.save(done);
        return ApiResponse{};
    });
    const QJsonObject after = flow.value(QStringLiteral("after_completion")).toObject();
    const QString type = after.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("redirect"))
        return redirect(after.value(QStringLiteral("redirect")).toObject().value(QStringLiteral("return_url")).toString());
    if (type == QLatin1String("hosted_confirmation")) {
        const QString message = after.value(QStringLiteral("hosted_confirmation")).toObject().value(QStringLiteral("custom_message")).toString();
        return html(QStringLiteral("<!doctype html><title>Done</title><p role=\"status\">%1</p><p><a href=\"%2\">Return</a></p>")
                        .arg((message.isEmpty() ? notice : message).toHtmlEscaped(),
                             portal.value(QStringLiteral("return_url")).toString().toHtmlEscaped())
                        .toUtf8());
    }
    return portalPage(portalId, {}, notice);
}

HttpResponse HostedPages::portalAction(const QString &portalId, const QString &subscriptionId, bool cancelAtPeriodEnd) const
{
    const auto portal = m_ctx.store.get(portalId);
    const auto sub = m_ctx.store.get(subscriptionId);
    if (!portal || !sub || sub->value(QStringLiteral("customer")) != portal->value(QStringLiteral("customer")))
        return notFound(QStringLiteral("This portal link is not valid."));
    m_work.run([&] {
        SubscriptionLifecycle(m_ctx).scheduleCancel(*sub, cancelAtPeriodEnd, ApiRequest{});
        return ApiResponse{};
    });
    if (portal->value(QStringLiteral("flow")).toObject().value(QStringLiteral("type")).toString() == QLatin1String("subscription_cancel")
        && cancelAtPeriodEnd)
        return portalFlowDone(*portal, QStringLiteral("Your plan will be canceled at the end of the billing period."));
    return redirect(QStringLiteral("/p/session/") + portalId);
}

HttpResponse HostedPages::portalCardUpdate(const QString &portalId, const QByteArray &body) const
{
    const auto portal = m_ctx.store.get(portalId);
    if (!portal || portal->value(QStringLiteral("object")).toString() != QLatin1String("billing_portal.session"))
        return notFound(QStringLiteral("This portal link is not valid."));
    QString decodeError;
    const QJsonObject form = FormDecoder::decode(body, &decodeError).value_or(QJsonObject());
    const QString card = form.value(QStringLiteral("card")).toString();
    if (card.trimmed().isEmpty())
        return portalPage(portalId, QStringLiteral("Enter a card number."));
    CustomerCard::Result result;
    const ApiResponse outcome = m_work.run([&] {
        result = CustomerCard::replaceDefault(m_ctx, portal->value(QStringLiteral("customer")).toString(), card, ApiRequest{});
        return ApiResponse{};
    });
    if (outcome.status != 200)
        return portalPage(portalId, outcome.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
    if (!result.retryFailure.isEmpty())
        return portalPage(portalId, QStringLiteral("Your card was saved, but the payment of your overdue invoice failed: %1").arg(result.retryFailure));
    return portalFlowDone(*portal, result.retried > 0 ? QStringLiteral("Your card was updated and your overdue invoice is paid.")
                                                      : QStringLiteral("Your card was updated."));
}

} // namespace sandbox
