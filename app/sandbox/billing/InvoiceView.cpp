#include "InvoiceView.h"

#include "ApiTypes.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox::InvoiceView {

namespace {
constexpr char kBasil[] = "2025-03-31";

constexpr int kMaxExpandDepth = 4; // Stripe's limit

// invoice.payments, each payment expanded by `paths` (what followed "payments.data.").
QJsonObject paymentsOf(const SandboxContext &ctx, const QString &invoiceId, const QStringList &paths)
{
    QJsonArray data;
    for (const QJsonObject &payment : ctx.store.all(QStringLiteral("invoice_payment"), {{QStringLiteral("$.invoice"), QStringLiteral("="), {invoiceId}}}))
        data.append(ctx.expand(payment, paths));
    return {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}, {QStringLiteral("has_more"), false},
            {QStringLiteral("url"), QStringLiteral("/v1/invoice_payments")}};
}

QJsonValue confirmationSecretOf(const SandboxContext &ctx, const QJsonObject &invoice)
{
    const auto intent = ctx.store.get(invoice.value(QStringLiteral("_payment_intent")).toString());
    if (!intent) // $0 invoices are paid without one
        return QJsonValue();
    return QJsonObject{{QStringLiteral("client_secret"), intent->value(QStringLiteral("client_secret"))},
                       {QStringLiteral("type"), QStringLiteral("payment_intent")}};
}
} // namespace

QJsonObject render(const SandboxContext &ctx, const QJsonObject &invoice, const QStringList &paths, const ApiRequest &request,
                   const QString &prefix)
{
    const bool basil = request.versionAtLeast(kBasil);
    QJsonObject shaped = invoice;
    if (!basil) {
        const QString intent = invoice.value(QStringLiteral("_payment_intent")).toString();
        shaped.insert(QStringLiteral("payment_intent"), intent.isEmpty() ? QJsonValue() : QJsonValue(intent));
        shaped.insert(QStringLiteral("paid"), invoice.value(QStringLiteral("status")).toString() == QLatin1String("paid"));
        shaped.insert(QStringLiteral("subscription"), invoice.value(QStringLiteral("parent")).toObject()
                                                          .value(QStringLiteral("subscription_details")).toObject().value(QStringLiteral("subscription")));
    }
    QStringList rest;
    QStringList paymentPaths;
    bool payments = false;
    bool secret = false;
    for (const QString &path : paths) {
        if (path == QLatin1String("payments")) {
            payments = true;
        } else if (path.startsWith(QLatin1String("payments.data."))) {
            payments = true;
            paymentPaths << path.mid(14);
        } else if (path == QLatin1String("confirmation_secret") && basil) {
            secret = true;
        } else if (path.startsWith(QLatin1String("payments.")) || (basil && path.section(u'.', 0, 0) == QLatin1String("payment_intent"))) {
            throw StripeException::invalid(QStringLiteral("This property cannot be expanded (%1%2).").arg(prefix, path), QStringLiteral("expand"));
        } else {
            rest << path;
        }
    }
    QJsonObject out = ctx.expand(shaped, rest);
    if (payments)
        out.insert(QStringLiteral("payments"), paymentsOf(ctx, invoice.value(QStringLiteral("id")).toString(), paymentPaths));
    if (secret)
        out.insert(QStringLiteral("confirmation_secret"), confirmationSecretOf(ctx, invoice));
    return out;
}

QJsonObject renderWithInvoice(const SandboxContext &ctx, const QJsonObject &object, const QString &field, const QStringList &paths,
                              const ApiRequest &request)
{
    QStringList own;
    QStringList below;
    bool reached = false;
    for (const QString &path : paths) {
        if (path.count(u'.') >= kMaxExpandDepth)
            throw StripeException::invalid(QStringLiteral("You cannot expand more than 4 levels of a property. Property: %1").arg(path),
                                           QStringLiteral("expand"));
        if (path == field) {
            reached = true;
        } else if (path.startsWith(field + u'.')) {
            reached = true;
            below << path.mid(field.size() + 1);
        } else {
            own << path;
        }
    }
    QJsonObject out = ctx.expand(object, own);
    if (!reached)
        return out;
    const auto invoice = ctx.store.get(object.value(field).toString());
    if (invoice)
        out.insert(field, render(ctx, *invoice, below, request, field + u'.'));
    return out;
}

} // namespace sandbox::InvoiceView
