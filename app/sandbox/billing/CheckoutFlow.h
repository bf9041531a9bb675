#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

struct ApiRequest;
struct SandboxContext;

// What the payer does on a Checkout page, shared by the hosted page and the
// JSON test helper: pay with a test card, maybe pass 3-D Secure, and leave behind
// the customer, subscription (or payment), invoice and events Stripe would.
class CheckoutFlow
{
public:
    struct Payer {
        QString card;
        QString email;          // when the session has neither customer nor customer_email
        QString name;
        QString authentication; // "approve" (default) or "fail" for 3-D Secure cards
        QString promotionCode;  // a code the payer typed (allow_promotion_codes), or a promo_ id
    };

    explicit CheckoutFlow(const SandboxContext &context);

    // The completed session; throws StripeException (402 card_error, or 400 when the
    // session is not open) and leaves the session open for another try.
    QJsonObject complete(QJsonObject session, const Payer &payer, const ApiRequest &request) const;

    // `session` with `discounts` (discounts[][coupon|promotion_code], checked for `customer`)
    // applied to its amounts: `discounts`, `total_details`, `amount_total`, line items'
    // `amount_discount`. Nothing is redeemed until the session completes.
    QJsonObject withDiscounts(QJsonObject session, const QJsonValue &discounts, const QString &param, const QString &customer) const;

    // True when the card asks the payer for a 3-D Secure step.
    static bool needsAuthentication(const QString &card);

private:
    const SandboxContext &m_ctx;
};

} // namespace sandbox
