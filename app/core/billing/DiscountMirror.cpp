#include "DiscountMirror.h"

#include "StripeObjects.h"

#include <QJsonValue>
#include <QSqlQuery>

#include <cmath>

namespace companion::billing {

namespace {
QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant nullableNumber(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A coupon's terms never change at Stripe (only its name, metadata, validity and count).
const QString kUpsertCoupon = QStringLiteral(
    "INSERT INTO coupons (id, name, percent_off_bp, amount_off, currency, duration, duration_in_months, valid, times_redeemed, "
    "created, deleted, livemode, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, valid = excluded.valid, times_redeemed = excluded.times_redeemed, "
    "deleted = excluded.deleted OR coupons.deleted, updated_at = excluded.updated_at");

const QString kUpsertCode = QStringLiteral(
    "INSERT INTO promotion_codes (id, code, coupon_id, active, customer, times_redeemed, max_redemptions, expires_at, created, "
    "livemode, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET active = excluded.active, times_redeemed = excluded.times_redeemed, "
    "max_redemptions = excluded.max_redemptions, expires_at = excluded.expires_at, updated_at = excluded.updated_at");

// A removal is never undone by an older copy of the discount (a list read, a late event).
const QString kUpsertDiscount = QStringLiteral(
    "INSERT INTO subscription_discounts (id, subscription_id, customer_id, coupon_id, promotion_code_id, starts_at, ends_at, "
    "removed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET ends_at = excluded.ends_at, "
    "removed_at = COALESCE(subscription_discounts.removed_at, excluded.removed_at), updated_at = excluded.updated_at");

// clover: promotion.coupon; before: coupon. Either an id or the object.
QString couponOfCode(const QJsonObject &code)
{
    const QJsonValue promotion = code.value(QStringLiteral("promotion")).toObject().value(QStringLiteral("coupon"));
    return StripeObjects::idOf(promotion.isUndefined() || promotion.isNull() ? code.value(QStringLiteral("coupon")) : promotion);
}

QString couponOfDiscount(const QJsonObject &discount)
{
    const QJsonValue source = discount.value(QStringLiteral("source")).toObject().value(QStringLiteral("coupon"));
    return StripeObjects::idOf(source.isUndefined() || source.isNull() ? discount.value(QStringLiteral("coupon")) : source);
}
} // namespace

qint64 DiscountMirror::basisPoints(const QJsonValue &percentOff)
{
    // Stripe sends at most two decimals (12.5, 33.33): ×100 is exact once rounded.
    return std::llround(percentOff.toDouble() * 100);
}

void DiscountMirror::upsertCoupons(const QList<QJsonObject> &coupons, bool deleted)
{
    for (const QJsonObject &c : coupons) {
        const QJsonValue percent = c.value(QStringLiteral("percent_off"));
        m_store.query(kUpsertCoupon,
                      {c.value(QStringLiteral("id")).toString(), nullableText(c.value(QStringLiteral("name")).toString()),
                       percent.isDouble() ? QVariant(basisPoints(percent)) : QVariant(QMetaType(QMetaType::LongLong)),
                       nullableNumber(c.value(QStringLiteral("amount_off"))), nullableText(c.value(QStringLiteral("currency")).toString()),
                       c.value(QStringLiteral("duration")).toString(QStringLiteral("once")),
                       nullableNumber(c.value(QStringLiteral("duration_in_months"))), c.value(QStringLiteral("valid")).toBool(!deleted),
                       c.value(QStringLiteral("times_redeemed")).toInt(), c.value(QStringLiteral("created")).toInteger(),
                       deleted || c.value(QStringLiteral("deleted")).toBool(), c.value(QStringLiteral("livemode")).toBool(), m_store.now()});
    }
}

void DiscountMirror::upsertPromotionCodes(const QList<QJsonObject> &codes)
{
    for (const QJsonObject &p : codes) {
        m_store.query(kUpsertCode,
                      {p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("code")).toString(), couponOfCode(p),
                       p.value(QStringLiteral("active")).toBool(true), nullableText(StripeObjects::idOf(p.value(QStringLiteral("customer")))),
                       p.value(QStringLiteral("times_redeemed")).toInt(), nullableNumber(p.value(QStringLiteral("max_redemptions"))),
                       nullableNumber(p.value(QStringLiteral("expires_at"))), p.value(QStringLiteral("created")).toInteger(),
                       p.value(QStringLiteral("livemode")).toBool(), m_store.now()});
    }
}

QStringList DiscountMirror::upsertDiscounts(const QList<QJsonObject> &discounts, qint64 removedAt)
{
    QStringList subscriptions;
    for (const QJsonObject &d : discounts) {
        const QString subscription = StripeObjects::idOf(d.value(QStringLiteral("subscription")));
        const QString coupon = couponOfDiscount(d);
        if (subscription.isEmpty() || coupon.isEmpty())
            continue; // a customer's or an invoice's discount: not recurring revenue
        // An expanded coupon is mirrored too: its terms are what MRR needs.
        const QJsonValue source = d.value(QStringLiteral("source")).toObject().value(QStringLiteral("coupon"));
        const QJsonValue expanded = source.isObject() ? source : d.value(QStringLiteral("coupon"));
        if (expanded.isObject())
            upsertCoupons({expanded.toObject()});
        m_store.query(kUpsertDiscount,
                      {d.value(QStringLiteral("id")).toString(), subscription, nullableText(StripeObjects::idOf(d.value(QStringLiteral("customer")))),
                       coupon, nullableText(StripeObjects::idOf(d.value(QStringLiteral("promotion_code")))),
                       d.value(QStringLiteral("start")).toInteger(), nullableNumber(d.value(QStringLiteral("end"))),
                       removedAt > 0 ? QVariant(removedAt) : QVariant(QMetaType(QMetaType::LongLong)), m_store.now()});
        subscriptions << subscription;
    }
    subscriptions.removeDuplicates();
    return subscriptions;
}

QStringList DiscountMirror::subscriptionsWithCoupons(const QStringList &couponIds) const
{
    QStringList out;
    if (couponIds.isEmpty())
        return out;
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT DISTINCT subscription_id FROM subscription_discounts WHERE ")
                                     + db::inBoundList(m_store.dialect(), QStringLiteral("coupon_id")),
                                 {db::boundList(m_store.dialect(), couponIds)});
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

} // namespace companion::billing
