#include "InvoicePages.h"

#include "FormDecoder.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "UnitOfWork.h"
#include "billing/Documents.h"
#include "billing/InvoiceActions.h"
#include "billing/InvoicePdf.h"
#include "billing/InvoiceText.h"
#include "billing/Invoicing.h"
#include "http/HttpServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace sandbox {

namespace {

using companion::http::HttpMethod;
using companion::http::HttpRequest;
using companion::http::HttpResponder;
using companion::http::HttpResponse;

const QString kDefaultCard = QStringLiteral("4242424242424242");

HttpResponse html(const QByteArray &body, int status = 200)
{
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), {}, body};
}

HttpResponse notFound()
{
    return html(QByteArrayLiteral("<!doctype html><title>Not found</title><p>This invoice link is not valid.</p>"), 404);
}

// Fills {{name}} placeholders: `text` values HTML-escaped, `markup` ones as they are.
QByteArray render(const QList<QPair<QString, QString>> &text, const QList<QPair<QString, QString>> &markup)
{
    QFile file(QStringLiteral(":/sandbox-pages/invoice.html"));
    file.open(QIODevice::ReadOnly);
    QString page = QString::fromUtf8(file.readAll());
    for (const auto &[key, value] : text)
        page.replace(QStringLiteral("{{%1}}").arg(key), value.toHtmlEscaped());
    for (const auto &[key, value] : markup)
        page.replace(QStringLiteral("{{%1}}").arg(key), value);
    return page.toUtf8();
}

using InvoiceText::day;
using InvoiceText::money;

// The invoice behind a link: finalized ones only, as Stripe links only those.
std::optional<QJsonObject> finalized(const SandboxContext &ctx, const QString &invoiceId)
{
    const auto invoice = ctx.store.get(invoiceId);
    if (!invoice || invoice->value(QStringLiteral("object")).toString() != QLatin1String("invoice")
        || invoice->value(QStringLiteral("status")).toString() == QLatin1String("draft"))
        return std::nullopt;
    return invoice;
}

} // namespace

InvoicePages::InvoicePages(const SandboxContext &context, const UnitOfWork &work)
    : m_ctx(context)
    , m_work(work)
{
}

void InvoicePages::registerRoutes(companion::http::HttpServer &http)
{
    http.route(QStringLiteral("/i/<arg>"), HttpMethod::Get,
               [this](const QString &id, const HttpRequest &, HttpResponder &&responder) { responder.respond(page(id)); });
    http.route(QStringLiteral("/i/<arg>/pay"), HttpMethod::Post,
               [this](const QString &id, const HttpRequest &request, HttpResponder &&responder) { responder.respond(pay(id, request.body())); });
    http.route(QStringLiteral("/i/<arg>/pdf"), HttpMethod::Get,
               [this](const QString &id, const HttpRequest &, HttpResponder &&responder) { responder.respond(pdf(id)); });
}

HttpResponse InvoicePages::page(const QString &invoiceId, const QString &error, const QString &card) const
{
    const auto invoice = finalized(m_ctx, invoiceId);
    if (!invoice)
        return notFound();
    const QString currency = invoice->value(QStringLiteral("currency")).toString();
    const QString status = invoice->value(QStringLiteral("status")).toString();
    QString lines;
    for (const QJsonValue &value : Invoicing::lines(*invoice)) {
        const QJsonObject line = value.toObject();
        lines += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>")
                     .arg(line.value(QStringLiteral("description")).toString().toHtmlEscaped())
                     .arg(line.value(QStringLiteral("quantity")).toInteger(1))
                     .arg(money(line.value(QStringLiteral("amount")).toInteger(), currency).toHtmlEscaped());
    }
    QList<QPair<QString, qint64>> totals{{QStringLiteral("Subtotal"), invoice->value(QStringLiteral("subtotal")).toInteger()}};
    for (const QJsonValue &discount : invoice->value(QStringLiteral("total_discount_amounts")).toArray())
        totals.append({QStringLiteral("Discount"), -discount.toObject().value(QStringLiteral("amount")).toInteger()});
    totals.append({QStringLiteral("Total"), invoice->value(QStringLiteral("total")).toInteger()});
    totals.append({QStringLiteral("Amount paid"), invoice->value(QStringLiteral("amount_paid")).toInteger()});
    totals.append({QStringLiteral("Amount due"), invoice->value(QStringLiteral("amount_remaining")).toInteger()});
    QString totalRows;
    for (const auto &[label, amount] : totals)
        totalRows += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>").arg(label, money(amount, currency).toHtmlEscaped());

    const QJsonObject transitions = invoice->value(QStringLiteral("status_transitions")).toObject();
    const bool payable = status == QLatin1String("open") || status == QLatin1String("uncollectible");
    const QString headline = status == QLatin1String("paid")
        ? QStringLiteral("%1 paid on %2").arg(money(invoice->value(QStringLiteral("amount_paid")).toInteger(), currency),
                                           day(transitions.value(QStringLiteral("paid_at"))))
        : invoice->value(QStringLiteral("due_date")).isNull()
        ? QStringLiteral("%1 due").arg(money(invoice->value(QStringLiteral("amount_remaining")).toInteger(), currency))
        : QStringLiteral("%1 due %2").arg(money(invoice->value(QStringLiteral("amount_remaining")).toInteger(), currency),
                                        day(invoice->value(QStringLiteral("due_date"))));
    const QString statusText = status == QLatin1String("paid") ? QStringLiteral("Paid")
        : status == QLatin1String("void")                      ? QStringLiteral("Void")
        : status == QLatin1String("uncollectible")             ? QStringLiteral("Uncollectible")
                                                               : QStringLiteral("Open");
    const QString payForm = !payable ? QString()
        : QStringLiteral("<form class=\"card\" method=\"post\" action=\"/i/%1/pay\">%2"
                         "<label for=\"card\">Card number (a Stripe test card)</label>"
                         "<input id=\"card\" name=\"card\" inputmode=\"numeric\" autocomplete=\"off\" value=\"%3\" required>"
                         "<button type=\"submit\">Pay %4</button></form>")
              .arg(invoiceId.toHtmlEscaped(),
                   error.isEmpty() ? QString() : QStringLiteral("<div class=\"error\" role=\"alert\">%1</div>").arg(error.toHtmlEscaped()),
                   (card.isEmpty() ? kDefaultCard : card).toHtmlEscaped(),
                   money(invoice->value(QStringLiteral("amount_remaining")).toInteger(), currency).toHtmlEscaped());
    const QString customer = invoice->value(QStringLiteral("customer_name")).toString().isEmpty()
        ? invoice->value(QStringLiteral("customer_email")).toString()
        : invoice->value(QStringLiteral("customer_name")).toString();
    return html(render({{QStringLiteral("number"), invoice->value(QStringLiteral("number")).toString()},
                        {QStringLiteral("headline"), headline},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("status_text"), statusText},
                        {QStringLiteral("issued"), day(invoice->value(QStringLiteral("effective_at")))},
                        {QStringLiteral("due"), day(invoice->value(QStringLiteral("due_date")))},
                        {QStringLiteral("customer"), customer},
                        {QStringLiteral("pdf_href"), QStringLiteral("/i/%1/pdf").arg(invoiceId)}},
                       {{QStringLiteral("lines"), lines}, {QStringLiteral("totals"), totalRows}, {QStringLiteral("pay_form"), payForm}}),
                error.isEmpty() ? 200 : 402);
}

HttpResponse InvoicePages::pay(const QString &invoiceId, const QByteArray &body) const
{
    QString decodeError;
    const QJsonObject form = FormDecoder::decode(body, &decodeError).value_or(QJsonObject());
    QString number = form.value(QStringLiteral("card")).toString();
    number.remove(u' ');
    const auto invoice = finalized(m_ctx, invoiceId);
    if (!invoice)
        return notFound();
    // The card typed in becomes the customer's PaymentMethod, then /pay's own code charges it.
    const ApiResponse result = m_work.run([&] {
        const QJsonObject method = Documents::paymentMethod(m_ctx, CardBehaviour::lookup(number),
                                                            invoice->value(QStringLiteral("customer")).toString());
        m_ctx.save(method);
        InvoiceActions::PayOptions options;
        options.paymentMethod = method.value(QStringLiteral("id")).toString();
        const auto outcome = InvoiceActions(m_ctx).pay(*invoice, options, ApiRequest{});
        return outcome.decline ? ApiResponse{outcome.decline->status(), outcome.decline->body()} : ApiResponse{};
    });
    if (result.status != 200)
        return page(invoiceId, result.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(), number);
    return {303, {}, {{QByteArrayLiteral("Location"), QStringLiteral("/i/%1").arg(invoiceId).toUtf8()}}, {}};
}

HttpResponse InvoicePages::pdf(const QString &invoiceId) const
{
    const auto invoice = finalized(m_ctx, invoiceId);
    if (!invoice)
        return notFound();
    const auto customer = m_ctx.store.get(invoice->value(QStringLiteral("customer")).toString());
    const QString file = QStringLiteral("Invoice-%1.pdf").arg(invoice->value(QStringLiteral("number")).toString());
    return {200, QByteArrayLiteral("application/pdf"),
            {{QByteArrayLiteral("Content-Disposition"), QStringLiteral("inline; filename=\"%1\"").arg(file).toUtf8()}},
            InvoicePdf(*invoice, customer.value_or(QJsonObject())).render()};
}

} // namespace sandbox
