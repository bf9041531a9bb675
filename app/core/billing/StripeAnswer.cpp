#include "StripeAnswer.h"

#include "BillingStore.h"
#include "db/Transaction.h"

namespace companion::billing {

Entitlement applyStripeAnswer(QSqlDatabase db, db::Dialect dialect, const QString &userId, const QJsonObject &subscription,
                              const AuditEntry &audit, qint64 now)
{
    db::Transaction transaction(db, dialect);
    if (!transaction.isActive())
        throw StoreError(transaction.error());
    BillingStore store(db, dialect);
    store.upsertSubscription(subscription, userId, now, QString());
    store.linkCustomer(userId, subscription.value(QStringLiteral("customer")).toString());
    const Entitlement entitlement = store.recomputeEntitlement(userId, now);
    AuditLog::record(db, audit, now);
    if (!transaction.commit())
        throw StoreError(transaction.error());
    return entitlement;
}

void applyRefundAnswer(QSqlDatabase db, db::Dialect dialect, const QString &invoiceId, const QString &chargeId, qint64 refundedTotal,
                       const AuditEntry &audit, qint64 now)
{
    db::Transaction transaction(db, dialect);
    if (!transaction.isActive())
        throw StoreError(transaction.error());
    BillingStore(db, dialect).recordRefundOnInvoice(invoiceId, chargeId, refundedTotal);
    AuditLog::record(db, audit, now);
    if (!transaction.commit())
        throw StoreError(transaction.error());
}

} // namespace companion::billing
