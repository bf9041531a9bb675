#include "Discounts.h"

#include "ApiTypes.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QDateTime>

#include <cmath>

namespace sandbox {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QStringList idsOf(const QJsonValue &array)
{
    QStringList ids;
    for (const QJsonValue &v : array.toArray())
        ids << (v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : v.toString());
    return ids;
}

QString couponOf(const QJsonObject &discount)
{
    return discount.value(QStringLiteral("source")).toObject().value(QStringLiteral("coupon")).toString();
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

QString money(qint64 minor, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QString::number(double(minor) / 100, 'f', 2), currency.toUpper());
}

// A repeating discount gives nothing to a period that starts at or after its end.
bool endedBy(const QJsonObject &discount, qint64 at)
{
    const QJsonValue end = discount.value(QStringLiteral("end"));
    return !end.isNull() && !end.isUndefined() && end.toInteger() <= at;
}

} // namespace

Discounts::Discounts(const SandboxContext &context)
    : m_ctx(context)
{
}

bool Discounts::isValid(const QJsonObject &coupon, qint64 now)
{
    const QJsonValue redeemBy = coupon.value(QStringLiteral("redeem_by"));
    if (redeemBy.isDouble() && now > redeemBy.toInteger())
        return false;
    const QJsonValue max = coupon.value(QStringLiteral("max_redemptions"));
    return !(max.isDouble() && coupon.value(QStringLiteral("times_redeemed")).toInteger() >= max.toInteger());
}

QJsonObject Discounts::withValidity(QJsonObject coupon, qint64 now)
{
    coupon.insert(QStringLiteral("valid"), isValid(coupon, now));
    return coupon;
}

bool Discounts::hasPaidBefore(const QString &customer) const
{
    if (customer.isEmpty())
        return false;
    const QList<Condition> charges{{QStringLiteral("$.customer"), QStringLiteral("="), {customer}},
                                   {QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("succeeded")}}};
    const QList<Condition> invoices{{QStringLiteral("$.customer"), QStringLiteral("="), {customer}},
                                    {QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("paid")}},
                                    {QStringLiteral("$.amount_paid"), QStringLiteral(">"), {0}}};
    return !m_ctx.store.all(QStringLiteral("charge"), charges).isEmpty()
        || !m_ctx.store.all(QStringLiteral("invoice"), invoices).isEmpty();
}

void Discounts::checkPromotionCode(const QJsonObject &promotionCode, const QString &customer, qint64 amount,
                                   const QString &currency, const QString &param) const
{
    const qint64 now = m_ctx.clock.now();
    auto refuse = [&](const QString &message) { return StripeException::invalid(message, param); };
    if (!promotionCode.value(QStringLiteral("active")).toBool())
        throw refuse(QStringLiteral("This promotion code is inactive."));
    const QJsonValue expiresAt = promotionCode.value(QStringLiteral("expires_at"));
    if (expiresAt.isDouble() && now >= expiresAt.toInteger())
        throw refuse(QStringLiteral("This promotion code has expired."));
    const QJsonValue max = promotionCode.value(QStringLiteral("max_redemptions"));
    if (max.isDouble() && promotionCode.value(QStringLiteral("times_redeemed")).toInteger() >= max.toInteger())
        throw refuse(QStringLiteral("This promotion code has been redeemed the maximum number of times."));
    const QString onlyFor = promotionCode.value(QStringLiteral("customer")).toString();
    if (!onlyFor.isEmpty() && onlyFor != customer)
        throw refuse(QStringLiteral("This promotion code cannot be redeemed by this customer."));
    const QJsonObject restrictions = promotionCode.value(QStringLiteral("restrictions")).toObject();
    if (restrictions.value(QStringLiteral("first_time_transaction")).toBool() && hasPaidBefore(customer))
        throw refuse(QStringLiteral("This promotion code cannot be redeemed because the associated customer has prior transactions."));
    const QJsonValue minimum = restrictions.value(QStringLiteral("minimum_amount"));
    const QString minimumCurrency = restrictions.value(QStringLiteral("minimum_amount_currency")).toString();
    if (amount >= 0 && minimum.isDouble() && minimumCurrency.compare(currency, Qt::CaseInsensitive) == 0
        && amount < minimum.toInteger())
        throw refuse(QStringLiteral("This promotion code cannot be redeemed because the order total is below its minimum of %1.")
                         .arg(money(minimum.toInteger(), minimumCurrency)));
}

QJsonObject Discounts::findCode(const QString &code, const QString &param) const
{
    if (code.startsWith(QLatin1String("promo_"))) {
        const auto byId = m_ctx.store.get(code);
        if (byId && byId->value(QStringLiteral("object")).toString() == QLatin1String("promotion_code"))
            return *byId;
    }
    const QList<QJsonObject> found = m_ctx.store.all(QStringLiteral("promotion_code"),
                                                     {{QStringLiteral("$._code_upper"), QStringLiteral("="), {code.toUpper()}},
                                                      {QStringLiteral("$.active"), QStringLiteral("="), {1}}});
    if (found.isEmpty())
        throw StripeException::invalid(QStringLiteral("This code is invalid."), param);
    return found.first();
}

QList<Discounts::Pick> Discounts::resolve(const QJsonValue &discountsParam, const QString &param, const QString &customer,
                                          qint64 amount, const QString &currency) const
{
    QList<Pick> picks;
    if (isBlank(discountsParam))
        return picks;
    if (!discountsParam.isArray())
        throw StripeException::invalid(QStringLiteral("Invalid array"), param);
    const QJsonArray entries = discountsParam.toArray();
    const qint64 now = m_ctx.clock.now();
    QStringList coupons;
    for (int i = 0; i < entries.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(param).arg(i);
        if (!entries.at(i).isObject())
            throw StripeException::invalid(QStringLiteral("Invalid hash"), at);
        const QJsonObject entry = entries.at(i).toObject();
        const QString couponId = entry.value(QStringLiteral("coupon")).toString();
        const QString codeId = entry.value(QStringLiteral("promotion_code")).toString();
        Pick pick;
        pick.existing = entry.value(QStringLiteral("discount")).toString();
        const int given = int(!couponId.isEmpty()) + int(!codeId.isEmpty()) + int(!pick.existing.isEmpty());
        if (given == 0)
            throw StripeException::invalid(QStringLiteral("You must specify one of these parameters: coupon, discount, promotion_code."), at);
        if (given > 1)
            throw StripeException::invalid(QStringLiteral("You may only specify one of these parameters: coupon, discount, promotion_code."), at);
        if (!pick.existing.isEmpty()) { // the caller knows whether it is one of its own
            picks.append(pick);
            continue;
        }
        QString couponParam = at + QStringLiteral("[coupon]");
        QString id = couponId;
        if (!codeId.isEmpty()) {
            couponParam = at + QStringLiteral("[promotion_code]");
            pick.promotionCode = m_ctx.load(codeId, QStringLiteral("promotion_code"), QStringLiteral("promotion code"), couponParam);
            checkPromotionCode(pick.promotionCode, customer, amount, currency, couponParam);
            id = pick.promotionCode.value(QStringLiteral("promotion")).toObject().value(QStringLiteral("coupon")).toString();
        }
        pick.coupon = m_ctx.load(id, QStringLiteral("coupon"), QStringLiteral("coupon"), couponParam);
        if (!isValid(pick.coupon, now))
            throw StripeException::invalid(QStringLiteral("Coupon expired: %1").arg(id), couponParam, QStringLiteral("coupon_expired"));
        const QString couponCurrency = pick.coupon.value(QStringLiteral("currency")).toString();
        if (!currency.isEmpty() && !couponCurrency.isEmpty() && couponCurrency.compare(currency, Qt::CaseInsensitive) != 0)
            throw StripeException::invalid(QStringLiteral("The currency of coupon %1 (%2) does not match the currency of this purchase (%3).")
                                               .arg(id, couponCurrency, currency.toLower()), couponParam);
        if (coupons.contains(id))
            throw StripeException::invalid(QStringLiteral("The coupon %1 can only be applied once.").arg(id), couponParam);
        coupons << id;
        picks.append(pick);
    }
    return picks;
}

QJsonObject Discounts::newDiscount(const Pick &pick, const Links &links) const
{
    const qint64 start = links.start ? links.start : m_ctx.clock.now();
    const QJsonObject coupon = SandboxContext::publicView(pick.coupon);
    QJsonValue end;
    if (coupon.value(QStringLiteral("duration")).toString() == QLatin1String("repeating")) {
        const int months = coupon.value(QStringLiteral("duration_in_months")).toInt();
        end = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).addMonths(months).toSecsSinceEpoch();
    }
    return {
        {QStringLiteral("id"), m_ctx.ids.next(QStringLiteral("di_"))},
        {QStringLiteral("object"), QStringLiteral("discount")},
        {QStringLiteral("checkout_session"), orNull(links.checkoutSession)},
        {QStringLiteral("customer"), orNull(links.customer)},
        {QStringLiteral("customer_account"), QJsonValue()},
        {QStringLiteral("end"), end},
        {QStringLiteral("invoice"), orNull(links.invoice)},
        {QStringLiteral("invoice_item"), QJsonValue()},
        {QStringLiteral("promotion_code"), pick.promotionCode.isEmpty() ? QJsonValue() : pick.promotionCode.value(QStringLiteral("id"))},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("coupon"), coupon.value(QStringLiteral("id"))},
                                               {QStringLiteral("type"), QStringLiteral("coupon")}}},
        {QStringLiteral("start"), start},
        {QStringLiteral("subscription"), orNull(links.subscription)},
        {QStringLiteral("subscription_item"), QJsonValue()},
        {QStringLiteral("_coupon"), coupon}, // the terms as redeemed
    };
}

QStringList Discounts::redeem(const QList<Pick> &picks, const Links &links, const ApiRequest &request) const
{
    const qint64 now = m_ctx.clock.now();
    QStringList ids;
    for (const Pick &pick : picks) {
        if (!pick.existing.isEmpty()) {
            ids << pick.existing;
            continue;
        }
        const QJsonObject discount = newDiscount(pick, links);
        // Count the redemption on the coupon and the code (reloaded: an earlier pick may have counted too).
        QJsonObject coupon = m_ctx.load(couponOf(discount), QStringLiteral("coupon"), QStringLiteral("coupon"));
        coupon.insert(QStringLiteral("times_redeemed"), coupon.value(QStringLiteral("times_redeemed")).toInteger() + 1);
        m_ctx.save(withValidity(coupon, now));
        if (!pick.promotionCode.isEmpty()) {
            QJsonObject code = m_ctx.load(pick.promotionCode.value(QStringLiteral("id")).toString(), QStringLiteral("promotion_code"),
                                          QStringLiteral("promotion code"));
            code.insert(QStringLiteral("times_redeemed"), code.value(QStringLiteral("times_redeemed")).toInteger() + 1);
            m_ctx.save(code);
        }
        m_ctx.save(discount);
        // A discount that lasts (on a subscription) is announced; a Checkout payment's one-off one is not.
        if (!links.subscription.isEmpty())
            m_ctx.emitEvent(QStringLiteral("customer.discount.created"), discount, request);
        ids << discount.value(QStringLiteral("id")).toString();
    }
    return ids;
}

QStringList Discounts::fromParams(const QJsonValue &discountsParam, const QString &customer, const QString &subscription,
                                  const ApiRequest &request, const QString &checkoutSession, qint64 start) const
{
    const QList<Pick> picks = resolve(discountsParam, QStringLiteral("discounts"), customer, -1, QString());
    for (const Pick &pick : picks) {
        if (!pick.existing.isEmpty())
            throw StripeException::invalid(QStringLiteral("A new subscription cannot reuse the discount %1.").arg(pick.existing),
                                           QStringLiteral("discounts"));
    }
    return redeem(picks, {customer, subscription, checkoutSession, {}, start}, request);
}

QJsonObject Discounts::remove(QJsonObject discount, const ApiRequest &request) const
{
    discount.insert(QStringLiteral("deleted"), true);
    m_ctx.save(discount);
    m_ctx.emitEvent(QStringLiteral("customer.discount.deleted"), discount, request);
    QJsonObject view = SandboxContext::publicView(discount);
    view.remove(QStringLiteral("end")); // a deleted discount has no end
    return view;
}

QJsonObject Discounts::replaceOnSubscription(QJsonObject subscription, const QJsonValue &discountsParam, const ApiRequest &request) const
{
    const QStringList current = idsOf(subscription.value(QStringLiteral("discounts")));
    const QString customer = subscription.value(QStringLiteral("customer")).toString();
    const QList<Pick> picks = resolve(discountsParam, QStringLiteral("discounts"), customer, -1,
                                      subscription.value(QStringLiteral("currency")).toString());
    QStringList kept;
    for (int i = 0; i < picks.size(); ++i) {
        const QString &existing = picks.at(i).existing;
        if (existing.isEmpty())
            continue;
        if (!current.contains(existing))
            throw StripeException::invalid(QStringLiteral("The discount %1 is not applied to this subscription.").arg(existing),
                                           QStringLiteral("discounts[%1][discount]").arg(i));
        kept << existing;
    }
    for (const QString &id : current) {
        const auto discount = m_ctx.store.get(id);
        if (!kept.contains(id) && discount && !discount->value(QStringLiteral("deleted")).toBool())
            remove(*discount, request);
    }
    const QStringList ids = redeem(picks, {customer, subscription.value(QStringLiteral("id")).toString(), {}, {}, 0}, request);
    subscription.insert(QStringLiteral("discounts"), QJsonArray::fromStringList(ids));
    return subscription;
}

QJsonObject Discounts::removeFromSubscription(QJsonObject &subscription, const ApiRequest &request) const
{
    QJsonObject first;
    for (const QString &id : idsOf(subscription.value(QStringLiteral("discounts")))) {
        const auto discount = m_ctx.store.get(id);
        if (!discount || discount->value(QStringLiteral("deleted")).toBool())
            continue;
        const QJsonObject deleted = remove(*discount, request);
        if (first.isEmpty())
            first = deleted;
    }
    subscription.insert(QStringLiteral("discounts"), QJsonArray());
    return first;
}

QJsonObject Discounts::dropEnded(QJsonObject subscription, qint64 periodStart, const ApiRequest &request) const
{
    const QStringList ids = idsOf(subscription.value(QStringLiteral("discounts")));
    if (ids.isEmpty())
        return subscription;
    const auto lastInvoice = m_ctx.store.get(subscription.value(QStringLiteral("latest_invoice")).toString());
    const QStringList usedLast = lastInvoice ? idsOf(lastInvoice->value(QStringLiteral("discounts"))) : QStringList();
    QJsonArray kept;
    for (const QString &id : ids) {
        const auto discount = m_ctx.store.get(id);
        if (!discount || discount->value(QStringLiteral("deleted")).toBool())
            continue;
        const bool once = discount->value(QStringLiteral("_coupon")).toObject().value(QStringLiteral("duration")).toString()
            == QLatin1String("once");
        if (endedBy(*discount, periodStart) || (once && usedLast.contains(id)))
            remove(*discount, request);
        else
            kept.append(id);
    }
    subscription.insert(QStringLiteral("discounts"), kept);
    return subscription;
}

QJsonObject Discounts::withoutUsedOnce(QJsonObject subscription) const
{
    const auto lastInvoice = m_ctx.store.get(subscription.value(QStringLiteral("latest_invoice")).toString());
    const QStringList usedLast = lastInvoice ? idsOf(lastInvoice->value(QStringLiteral("discounts"))) : QStringList();
    QJsonArray kept;
    for (const QString &id : idsOf(subscription.value(QStringLiteral("discounts")))) {
        const auto discount = m_ctx.store.get(id);
        const bool once = discount
            && discount->value(QStringLiteral("_coupon")).toObject().value(QStringLiteral("duration")).toString() == QLatin1String("once");
        if (!(once && usedLast.contains(id)))
            kept.append(id);
    }
    subscription.insert(QStringLiteral("discounts"), kept);
    return subscription;
}

QList<QList<qint64>> Discounts::allocate(const QList<Line> &lines, const QList<QJsonObject> &coupons, const QString &currency)
{
    QList<qint64> remaining;
    for (const Line &line : lines)
        remaining << qMax<qint64>(0, line.amount);
    QList<QList<qint64>> result;
    for (const QJsonObject &coupon : coupons) {
        QList<qint64> off(lines.size(), 0);
        QStringList products;
        for (const QJsonValue &p : coupon.value(QStringLiteral("applies_to")).toObject().value(QStringLiteral("products")).toArray())
            products << p.toString();
        QList<int> eligible;
        for (int l = 0; l < lines.size(); ++l) {
            if (products.isEmpty() || products.contains(lines.at(l).product))
                eligible << l;
        }
        const QJsonValue percent = coupon.value(QStringLiteral("percent_off"));
        if (percent.isDouble()) {
            for (const int l : eligible) // half up, per line, as an invoice shows it
                off[l] = qMin(remaining.at(l), qint64(std::floor(double(remaining.at(l)) * percent.toDouble() / 100.0 + 0.5)));
        } else if (coupon.value(QStringLiteral("currency")).toString().compare(currency, Qt::CaseInsensitive) == 0) {
            qint64 base = 0;
            for (const int l : eligible)
                base += remaining.at(l);
            const qint64 take = qMin(coupon.value(QStringLiteral("amount_off")).toInteger(), base);
            qint64 given = 0; // shared by the lines' weight; the last eligible line gets the rest
            for (int i = 0; i < eligible.size() && base > 0; ++i) {
                const int l = eligible.at(i);
                off[l] = i + 1 == eligible.size() ? take - given : take * remaining.at(l) / base;
                given += off[l];
            }
        }
        for (int l = 0; l < lines.size(); ++l)
            remaining[l] -= off.at(l);
        result << off;
    }
    return result;
}

QJsonObject Discounts::applyToInvoice(QJsonObject invoice, const QJsonObject &subscription, const QJsonObject &customer) const
{
    QStringList candidates = idsOf(subscription.value(QStringLiteral("discounts")));
    // The customer's discount counts only when the subscription has none of its own.
    const QJsonObject customerDiscount = customer.value(QStringLiteral("discount")).toObject();
    if (candidates.isEmpty() && !customerDiscount.isEmpty())
        candidates << customerDiscount.value(QStringLiteral("id")).toString();

    const qint64 periodStart = invoice.value(QStringLiteral("period_start")).toInteger();
    QStringList applied;
    QList<QJsonObject> coupons;
    for (const QString &id : std::as_const(candidates)) {
        const auto discount = m_ctx.store.get(id);
        if (!discount || discount->value(QStringLiteral("deleted")).toBool() || endedBy(*discount, periodStart))
            continue;
        applied << id;
        coupons << discount->value(QStringLiteral("_coupon")).toObject();
    }

    QJsonObject lineList = invoice.value(QStringLiteral("lines")).toObject();
    QJsonArray lines = lineList.value(QStringLiteral("data")).toArray();
    QList<Line> amounts;
    qint64 subtotal = 0;
    for (const QJsonValue &line : std::as_const(lines)) {
        const QJsonObject l = line.toObject();
        amounts << Line{l.value(QStringLiteral("amount")).toInteger(),
                        l.value(QStringLiteral("pricing")).toObject().value(QStringLiteral("price_details")).toObject()
                            .value(QStringLiteral("product")).toString()};
        subtotal += amounts.last().amount;
    }
    if (subtotal <= 0) { // a trial's $0 invoice uses no discount (a `once` one waits for the first real one)
        applied.clear();
        coupons.clear();
    }
    const QList<QList<qint64>> off = allocate(amounts, coupons, invoice.value(QStringLiteral("currency")).toString());

    QJsonArray totals;
    qint64 totalOff = 0;
    for (int l = 0; l < lines.size(); ++l) {
        QJsonArray lineOff;
        for (int d = 0; d < applied.size(); ++d)
            lineOff.append(QJsonObject{{QStringLiteral("amount"), off.at(d).at(l)}, {QStringLiteral("discount"), applied.at(d)}});
        QJsonObject line = lines.at(l).toObject();
        line.insert(QStringLiteral("discount_amounts"), lineOff);
        line.insert(QStringLiteral("discountable"), true);
        line.insert(QStringLiteral("discounts"), QJsonArray()); // invoice-level discounts are not the line's own
        lines.replace(l, line);
    }
    for (int d = 0; d < applied.size(); ++d) {
        qint64 sum = 0;
        for (const qint64 amount : off.at(d))
            sum += amount;
        totals.append(QJsonObject{{QStringLiteral("amount"), sum}, {QStringLiteral("discount"), applied.at(d)}});
        totalOff += sum;
    }
    lineList.insert(QStringLiteral("data"), lines);
    invoice.insert(QStringLiteral("lines"), lineList);
    invoice.insert(QStringLiteral("discounts"), QJsonArray::fromStringList(applied));
    invoice.insert(QStringLiteral("total_discount_amounts"), totals);
    invoice.insert(QStringLiteral("subtotal"), subtotal);
    invoice.insert(QStringLiteral("subtotal_excluding_tax"), subtotal);
    invoice.insert(QStringLiteral("total"), subtotal - totalOff);
    invoice.insert(QStringLiteral("total_excluding_tax"), subtotal - totalOff);
    for (const QString &field : {QStringLiteral("amount_due"), QStringLiteral("amount_remaining")})
        invoice.insert(field, qMax<qint64>(0, invoice.value(field).toInteger() - totalOff));
    return invoice;
}

} // namespace sandbox
