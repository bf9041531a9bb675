#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// An invoice as a request sees it: its includable fields (payments,
// confirmation_secret) when expanded, and the shape of the request's API version:
// before 2025-03-31 (basil) invoices carried payment_intent (expandable), subscription
// and paid; basil removed them (expanding payment_intent is then refused).
namespace InvoiceView {

// `paths`: the expand[] paths below the invoice; `prefix`: where the invoice sits in
// the response ("latest_invoice."), for the wording of refusals.
QJsonObject render(const SandboxContext &ctx, const QJsonObject &invoice, const QStringList &paths, const ApiRequest &request,
                   const QString &prefix = {});

// `object` with its field `field` (an invoice id) rendered as above when any expand[]
// path reaches it; the other paths expand as usual.
QJsonObject renderWithInvoice(const SandboxContext &ctx, const QJsonObject &object, const QString &field, const QStringList &paths,
                              const ApiRequest &request);

} // namespace InvoiceView

} // namespace sandbox
