#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

struct SandboxContext;

// Invoice items (invoiceitem objects): what a customer owes beside a subscription,
// priced from an amount, a one-time price or inline price data. Nothing here saves.
namespace InvoiceItems {

// A new invoiceitem for `customer` (not saved) from the parameters in `spec`, which
// Stripe names `prefix`[…] in its errors: amount + currency, pricing[price] (or price),
// price_data, unit_amount(_decimal); quantity, description, period, metadata, discountable.
QJsonObject create(const SandboxContext &ctx, const QJsonObject &customer, const QJsonObject &spec, const QString &prefix = {});
// Recomputes an item's amount after `spec` changed its quantity, amount or price.
void update(const SandboxContext &ctx, QJsonObject &item, const QJsonObject &spec, const QString &prefix = {});

} // namespace InvoiceItems

} // namespace sandbox
