#pragma once

#include "BillingStore.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace companion::billing {

// Our copy of Stripe's coupons, promotion codes and the discounts on subscriptions
// (migration 011), written from a sync's lists and from the coupon.*,
// promotion_code.* and customer.discount.* events. MRR reads a subscription's
// discounts from here (MrrLedger): whoever writes them re-observes the
// subscriptions they concern (subscriptionsConcerned). Throws StoreError.
class DiscountMirror
{
public:
    explicit DiscountMirror(BillingStore &store) : m_store(store) {}

    // Stripe's coupon object; `deleted` after coupon.deleted (the row and its terms stay).
    void upsertCoupons(const QList<QJsonObject> &coupons, bool deleted = false);
    void upsertPromotionCodes(const QList<QJsonObject> &codes);
    // Discount objects: only those on a subscription are kept. With `removedAt`
    // (customer.discount.deleted's time) the discount stops lowering the bill then.
    // Returns the subscriptions they are on.
    QStringList upsertDiscounts(const QList<QJsonObject> &discounts, qint64 removedAt = 0);

    // The subscriptions mirrored with discounts of these coupons.
    QStringList subscriptionsWithCoupons(const QStringList &couponIds) const;

    // percent_off (a number, maybe 12.5) as hundredths of a percent, exactly.
    static qint64 basisPoints(const QJsonValue &percentOff);

private:
    BillingStore &m_store;
};

} // namespace companion::billing
