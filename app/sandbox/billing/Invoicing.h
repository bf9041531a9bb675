#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sandbox {

struct SandboxContext;

// What invoices are made of, in the pinned version's shapes: a draft's fields,
// the lines invoice items make (parent.type invoice_item_details), the amounts
// that follow from the lines, and the links to the pages the sandbox hosts.
// Nothing here emits events; only pullPendingItems saves (the items it moves).
namespace Invoicing {

constexpr int kEmbeddedLines = 10; // an invoice shows its first 10 lines, as Stripe's do

// Where a finalized invoice's page and PDF are served (pages/InvoicePages).
QString hostedUrl(const SandboxContext &ctx, const QString &invoiceId);
QString pdfUrl(const SandboxContext &ctx, const QString &invoiceId);

// A new manual draft for `customer` in `currency`: no lines, no number, no links.
QJsonObject draft(const SandboxContext &ctx, const QString &id, const QJsonObject &customer, const QString &currency);

// The line `item` (an invoiceitem) makes on invoice `invoiceId`.
QJsonObject itemLine(const QJsonObject &item, const QString &invoiceId, const QString &lineId);

// The draft invoice `invoiceId` whose lines may change; Stripe's 404 naming `param`, or
// its invoice_not_editable once the invoice is finalized.
QJsonObject editableDraft(const SandboxContext &ctx, const QString &invoiceId, const QString &param);

// Puts `item`'s line on `invoice` (replacing the line it had, keeping its id) or, with
// `remove`, takes it off; the amounts follow. Saves nothing.
void putItemLine(const SandboxContext &ctx, QJsonObject &invoice, const QJsonObject &item, bool remove = false);
// The invoice item behind line `lineId` of `invoice`; empty for other lines.
QString itemOfLine(const QJsonObject &invoice, const QString &lineId);

// Every line of `invoice` (the embedded list holds only the first ten).
QJsonArray lines(const QJsonObject &invoice);
// Replaces the lines of `invoice` and recomputes subtotal, total, amount due and remaining.
void setLines(QJsonObject &invoice, const QJsonArray &lines);

// The customer's invoice items on no invoice yet, oldest first: those meant for
// `subscriptionId` (an item's `subscription`), and with `withUnassigned` those meant
// for no subscription in particular. A renewal takes both; a manual invoice for a
// subscription only that subscription's; a manual invoice without one the unassigned.
QList<QJsonObject> pendingItems(const SandboxContext &ctx, const QString &customerId, const QString &subscriptionId, bool withUnassigned);
// Moves those items onto `invoice` (each item's `invoice` is set and saved) and adds their lines.
void pullPendingItems(const SandboxContext &ctx, QJsonObject &invoice, const QString &subscriptionId, bool withUnassigned);

// The default payment method to charge for `invoice`: its own, its subscription's,
// then its customer's invoice_settings; empty when there is none.
QString defaultPaymentMethod(const SandboxContext &ctx, const QJsonObject &invoice);

} // namespace Invoicing

} // namespace sandbox
