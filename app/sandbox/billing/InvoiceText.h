#pragma once

#include <QJsonValue>
#include <QString>

namespace sandbox {

// How the hosted invoice page and the invoice PDF write amounts and dates: as
// Stripe's invoices do for a US account ("$9.99", "March 4, 2026", UTC).
namespace InvoiceText {

QString money(qint64 minor, const QString &currency);
// "—" when the date is not set (null).
QString day(const QJsonValue &at);

} // namespace InvoiceText

} // namespace sandbox
