#pragma once

#include "AuditLog.h"
#include "Entitlement.h"
#include "db/SqlDialect.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace companion::billing {

// After Stripe accepted a change made by someone (a learner's cancel, support's
// resume): mirrors the subscription Stripe answered with, re-derives the user's
// entitlement and writes the audit row, in one transaction. The mirror is stamped
// with our clock, so a webhook about an older state is stale and one about this
// very change (same second) is fetched again. Throws StoreError; nothing is
// written then, and the webhook still brings the change.
Entitlement applyStripeAnswer(QSqlDatabase db, db::Dialect dialect, const QString &userId, const QJsonObject &subscription,
                              const AuditEntry &audit, qint64 now);

// After Stripe accepted a refund made by support: our invoice shows it at once
// (charge and refunded total) and the audit row is written, in one transaction;
// Stripe's charge.refunded webhook then finds the invoice by its charge. Throws StoreError.
void applyRefundAnswer(QSqlDatabase db, db::Dialect dialect, const QString &invoiceId, const QString &chargeId, qint64 refundedTotal,
                       const AuditEntry &audit, qint64 now);

} // namespace companion::billing
