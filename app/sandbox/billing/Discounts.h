#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// Coupons and promotion codes turned into Stripe `discount` objects (di_…, the
// clover+ shape: source{type: coupon, coupon}), and what discounts take off an
// invoice or a Checkout Session. A discount keeps a private copy of its coupon's
// terms (`_coupon`), so deleting the coupon later does not change what it gives.
class Discounts
{
public:
    // What a discount is attached to (empty strings stay null).
    struct Links {
        QString customer;
        QString subscription;
        QString checkoutSession;
        QString invoice;
        qint64 start = 0; // when the discount starts (0: now); a subscription's start_date
    };
    // One requested discount, checked and ready to redeem.
    struct Pick {
        QJsonObject coupon;
        QJsonObject promotionCode; // empty when a coupon was named directly
        QString existing;          // an existing discount (discounts[][discount]) kept as is
    };

    explicit Discounts(const SandboxContext &context);

    // The discounts a new subscription gets from its `discounts` parameter
    // (discounts[][coupon] / discounts[][promotion_code]): checked, redeemed (times_redeemed
    // counted, customer.discount.created emitted) and saved. Returns their ids, in order,
    // for the subscription's `discounts`. An empty or absent parameter gives none. `start`:
    // the subscription's start_date (0: now), where a repeating discount's months count from.
    QStringList fromParams(const QJsonValue &discountsParam, const QString &customer, const QString &subscription,
                           const ApiRequest &request, const QString &checkoutSession = {}, qint64 start = 0) const;

    // Checks a `discounts` parameter the way Stripe does before anything is redeemed:
    // unknown coupons or codes (404), invalid coupons, inactive/expired/used-up codes, a
    // code restricted to another customer, first-time-only codes for customers who paid
    // before, minimum amounts (`amount` in `currency`, 0 to skip). `param` names it in errors.
    QList<Pick> resolve(const QJsonValue &discountsParam, const QString &param, const QString &customer, qint64 amount,
                        const QString &currency) const;
    // One promotion code checked for `customer` and an order of `amount` `currency`.
    void checkPromotionCode(const QJsonObject &promotionCode, const QString &customer, qint64 amount, const QString &currency,
                            const QString &param) const;
    // The active promotion code a payer typed (case-insensitive), or a promo_ id; 400 if none.
    QJsonObject findCode(const QString &code, const QString &param) const;

    // Creates, counts and saves the discounts `picks` ask for; ids in order.
    QStringList redeem(const QList<Pick> &picks, const Links &links, const ApiRequest &request) const;

    // A subscription's `discounts` replaced as POST /v1/subscriptions/:id does (an empty
    // string clears them); removed ones are deleted (customer.discount.deleted). Not saved.
    QJsonObject replaceOnSubscription(QJsonObject subscription, const QJsonValue &discountsParam, const ApiRequest &request) const;
    // Removes every discount of the subscription; the first removed one, as deleted, or empty.
    QJsonObject removeFromSubscription(QJsonObject &subscription, const ApiRequest &request) const;
    // Before a renewal invoice for the period starting at `periodStart`: a repeating discount
    // past its end and a `once` discount already used by the last invoice leave the
    // subscription (customer.discount.deleted). Not saved.
    QJsonObject dropEnded(QJsonObject subscription, qint64 periodStart, const ApiRequest &request) const;
    // `subscription` without the `once` discounts its last invoice used, as dropEnded will
    // leave it before the next invoice; reads only (for previews of that invoice).
    QJsonObject withoutUsedOnce(QJsonObject subscription) const;
    // Marks a discount deleted and emits customer.discount.deleted; returns the deleted view.
    QJsonObject remove(QJsonObject discount, const ApiRequest &request) const;

    // `invoice` (one built for `subscription`) with the live discounts of the subscription,
    // else of the customer, applied: `discounts`, `total_discount_amounts`, per line
    // `discount_amounts`, and `total`/`amount_due` after them (`subtotal` stays before).
    // Reads only.
    QJsonObject applyToInvoice(QJsonObject invoice, const QJsonObject &subscription, const QJsonObject &customer) const;

    // What each coupon takes off each line, applied in order to what is left:
    // result[d][l] for coupon d and line l. Percentages round half up per line; an
    // amount off is shared across the lines it applies to and never goes below zero;
    // coupons limited to products (applies_to) skip other lines; an amount off in
    // another currency takes nothing.
    struct Line {
        qint64 amount = 0;
        QString product;
    };
    static QList<QList<qint64>> allocate(const QList<Line> &lines, const QList<QJsonObject> &coupons, const QString &currency);

    // Whether a coupon can still be redeemed now (redeem_by, max_redemptions), and the
    // coupon with `valid` brought up to date.
    static bool isValid(const QJsonObject &coupon, qint64 now);
    static QJsonObject withValidity(QJsonObject coupon, qint64 now);

private:
    QJsonObject newDiscount(const Pick &pick, const Links &links) const;
    bool hasPaidBefore(const QString &customer) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
