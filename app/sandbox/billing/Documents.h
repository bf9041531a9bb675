#pragma once

#include "TestCards.h"

#include <QJsonObject>

namespace sandbox {

struct SandboxContext;

// Builders for the objects a payment leaves behind, in the shapes of the pinned
// API version (basil and later: periods on subscription items, invoice.parent,
// invoice_payments instead of invoice.charge). Nothing here saves or emits.
namespace Documents {

qint64 addInterval(qint64 from, const QJsonObject &recurring);

// Stripe's standard fee: 2.9% + 30¢, one point more for cards from abroad.
qint64 stripeFee(qint64 amount, const CardBehaviour &card);

// `expMonth`/`expYear` as the payer typed them; 0 picks a date three years ahead (test tokens).
QJsonObject paymentMethod(const SandboxContext &ctx, const CardBehaviour &card, const QString &customer, int expMonth = 0,
                          int expYear = 0);
QJsonObject subscription(const SandboxContext &ctx, const QJsonObject &customer, const QJsonObject &price, int quantity,
                         const QJsonObject &metadata, const QString &paymentMethod, qint64 start, int trialDays);
QJsonObject invoice(const SandboxContext &ctx, const QJsonObject &subscription, const QJsonObject &customer,
                    qint64 periodStart, qint64 periodEnd, const QString &billingReason);
QJsonObject paymentIntent(const SandboxContext &ctx, qint64 amount, const QString &currency, const QString &customer,
                          const QString &paymentMethod);
QJsonObject charge(const SandboxContext &ctx, const QJsonObject &paymentIntent, const CardBehaviour &card, bool succeeded);
QJsonObject balanceTransaction(const SandboxContext &ctx, const QString &source, const QString &type, qint64 amount,
                               qint64 fee, const QString &currency, const QString &description);
// An invoice's payment through `paymentIntent`: `open` from the first attempt on
// (so a declined attempt is found from the invoice), `paid` once it succeeds.
QJsonObject invoicePayment(const SandboxContext &ctx, const QJsonObject &invoice, const QString &paymentIntent);
QJsonObject paidInvoicePayment(QJsonObject payment, qint64 amount, qint64 at);

// The subscription's single item (Premium has one price).
QJsonObject firstItem(const QJsonObject &subscription);
QJsonObject withFirstItem(QJsonObject subscription, const QJsonObject &item);

} // namespace Documents

} // namespace sandbox
