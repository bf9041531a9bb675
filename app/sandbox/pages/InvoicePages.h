#pragma once

#include "http/HttpResponse.h"

#include <QString>

namespace companion::http {
class HttpServer;
}

namespace sandbox {

class UnitOfWork;
struct SandboxContext;

// What a finalized invoice's links open, as Stripe hosts them: the invoice page
// (/i/{id}: number, dates, lines, amounts, status, a test card field and "Pay" while
// it is open, "Download PDF") and the PDF itself (/i/{id}/pdf). Paying from the page
// goes through InvoiceActions::pay, the code behind POST /v1/invoices/{id}/pay.
// No API key: the invoice id is the credential, as Stripe's unguessable link is.
class InvoicePages
{
public:
    InvoicePages(const SandboxContext &context, const UnitOfWork &work);
    void registerRoutes(companion::http::HttpServer &http);

private:
    companion::http::HttpResponse page(const QString &invoiceId, const QString &error = {}, const QString &card = {}) const;
    companion::http::HttpResponse pay(const QString &invoiceId, const QByteArray &body) const;
    companion::http::HttpResponse pdf(const QString &invoiceId) const;

    const SandboxContext &m_ctx;
    const UnitOfWork &m_work;
};

} // namespace sandbox
