#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sandbox {

// The PDF of a finalized invoice, as invoice_pdf links to it: a PDF 1.4 document
// written by hand (the sandbox links only QtCore/QtNetwork) with the standard
// Helvetica fonts in WinAnsi encoding. It shows the seller (Course Companion), the
// number, dates, customer, lines, discounts, totals and status; long invoices
// continue on further pages.
class InvoicePdf
{
public:
    // `customer` may be empty (a deleted customer): the invoice's own copies are used.
    InvoicePdf(const QJsonObject &invoice, const QJsonObject &customer);

    QByteArray render() const;

    // `text` as the bytes of a PDF literal string, parentheses included: WinAnsi,
    // with \ ( ) and anything outside printable ASCII escaped.
    static QByteArray literal(const QString &text);

private:
    QJsonObject m_invoice;
    QJsonObject m_customer;
};

} // namespace sandbox
