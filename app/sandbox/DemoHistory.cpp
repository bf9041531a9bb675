#include "DemoHistory.h"

#include "ApiRouter.h"
#include "Ids.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "UnitOfWork.h"
#include "billing/CheckoutFlow.h"
#include "billing/CustomerCard.h"
#include "billing/Documents.h"
#include "billing/Payments.h"
#include "billing/SubscriptionLifecycle.h"
#include "util/DemoPeople.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace sandbox {

namespace {
constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kHistoryDays = 548; // 18 months
constexpr qint64 kCampaignStarts = 90; // days into the history
constexpr qint64 kCampaignEnds = 210;

struct Action {
    qint64 at = 0;
    std::function<void()> run;
};

QJsonObject price(const SandboxContext &ctx, const QString &product, qint64 amount, const QString &interval, const char *lookupKey)
{
    const QJsonObject object{
        {QStringLiteral("id"), ctx.ids.next(QStringLiteral("price_"))},
        {QStringLiteral("object"), QStringLiteral("price")},
        {QStringLiteral("active"), true},
        {QStringLiteral("billing_scheme"), QStringLiteral("per_unit")},
        {QStringLiteral("created"), ctx.clock.now()},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("custom_unit_amount"), QJsonValue()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("lookup_key"), QString::fromLatin1(lookupKey)},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("nickname"), interval == QLatin1String("year") ? QStringLiteral("Premium yearly") : QStringLiteral("Premium monthly")},
        {QStringLiteral("product"), product},
        {QStringLiteral("recurring"), QJsonObject{{QStringLiteral("interval"), interval}, {QStringLiteral("interval_count"), 1},
                                                  {QStringLiteral("meter"), QJsonValue()}, {QStringLiteral("trial_period_days"), QJsonValue()},
                                                  {QStringLiteral("usage_type"), QStringLiteral("licensed")}}},
        {QStringLiteral("tax_behavior"), QStringLiteral("unspecified")},
        {QStringLiteral("tiers_mode"), QJsonValue()},
        {QStringLiteral("transform_quantity"), QJsonValue()},
        {QStringLiteral("type"), QStringLiteral("recurring")},
        {QStringLiteral("unit_amount"), amount},
        {QStringLiteral("unit_amount_decimal"), QString::number(amount)},
    };
    ctx.save(object);
    return object;
}
} // namespace

DemoHistory::DemoHistory(const SandboxContext &context, const UnitOfWork &work, const ApiRouter &router)
    : m_ctx(context)
    , m_work(work)
    , m_router(router)
{
}

int DemoHistory::seed(int customers, quint32 seed, QString *error) const
{
    if (!m_ctx.store.all(QStringLiteral("customer")).isEmpty() || !m_ctx.store.all(QStringLiteral("product")).isEmpty())
        return 0;
    const qint64 end = m_ctx.clock.now();
    const qint64 start = end - kHistoryDays * kDay;
    m_ctx.clock.rewindTo(start);
    QRandomGenerator rng(seed ^ 0xde30);
    // Stories added later draw from their own generator, so the older ones stay as they were.
    QRandomGenerator extras(seed ^ 0xc0de);
    const ApiRequest none;

    QJsonObject monthly, yearly;
    ApiResponse setup = m_work.run([&] {
        const QJsonObject product{
            {QStringLiteral("id"), QStringLiteral("prod_CoursePremium")},
            {QStringLiteral("object"), QStringLiteral("product")},
            {QStringLiteral("active"), true},
            {QStringLiteral("created"), start},
            {QStringLiteral("default_price"), QJsonValue()},
            {QStringLiteral("description"), QStringLiteral("Chapters 4–6: Advanced Prompting Techniques, AI Safety and Ethics, Real-World AI Applications")},
            {QStringLiteral("images"), QJsonArray()},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("name"), QStringLiteral("Course Companion Premium")},
            {QStringLiteral("type"), QStringLiteral("service")},
            {QStringLiteral("unit_label"), QJsonValue()},
            {QStringLiteral("updated"), start},
        };
        m_ctx.save(product);
        monthly = price(m_ctx, product.value(QStringLiteral("id")).toString(), 999, QStringLiteral("month"), kMonthlyLookupKey);
        yearly = price(m_ctx, product.value(QStringLiteral("id")).toString(), 9599, QStringLiteral("year"), kYearlyLookupKey);
        QJsonObject withDefault = product;
        withDefault.insert(QStringLiteral("default_price"), monthly.value(QStringLiteral("id")));
        m_ctx.save(withDefault);
        // The launch campaign, made through the API as the marketing team would: 20% off
        // the first three months, its code valid from month 4 to month 7 of the history.
        auto post = [this](const QString &path, const QJsonObject &params) {
            ApiRequest request;
            request.method = QStringLiteral("POST");
            request.path = path;
            request.params = params;
            m_router.dispatch(request);
        };
        post(QStringLiteral("/v1/coupons"), {{QStringLiteral("id"), QString::fromLatin1(kCampaignCode)},
                                             {QStringLiteral("name"), QStringLiteral("Launch: 20% off for 3 months")},
                                             {QStringLiteral("percent_off"), QStringLiteral("20")},
                                             {QStringLiteral("duration"), QStringLiteral("repeating")},
                                             {QStringLiteral("duration_in_months"), QStringLiteral("3")}});
        post(QStringLiteral("/v1/promotion_codes"),
             {{QStringLiteral("code"), QString::fromLatin1(kCampaignCode)},
              {QStringLiteral("promotion"), QJsonObject{{QStringLiteral("type"), QStringLiteral("coupon")},
                                                        {QStringLiteral("coupon"), QString::fromLatin1(kCampaignCode)}}},
              {QStringLiteral("expires_at"), QString::number(start + kCampaignEnds * kDay)}});
        return ApiResponse{};
    });
    if (setup.status != 200) {
        *error = setup.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return -1;
    }

    // Plan each person's story, then play all stories in time order.
    QList<Action> actions;
    int disputes = 0;
    for (const companion::util::DemoPerson &person : companion::util::demoPeople(customers, seed)) {
        const qint64 joins = start + kDay + qint64(rng.bounded(quint32((kHistoryDays - 2) * kDay)));
        const double roll = rng.generateDouble();
        QString card = QStringLiteral("4242424242424242");
        if (roll < 0.06)
            card = QStringLiteral("4000000000000341"); // renewals fail: past_due, then canceled
        else if (roll < 0.10)
            card = QStringLiteral("4000000760000002"); // from abroad: higher fee
        else if (roll < 0.12 && disputes < 2) {
            card = QStringLiteral("4000000000000259"); // disputed
            ++disputes;
        }
        const bool isYearly = rng.generateDouble() < 0.15;
        const bool trial = rng.generateDouble() < 0.10;
        // Some stories are still unfolding today: a renewal failing within the
        // retry window (past_due now), a trial that has not ended yet.
        qint64 when = joins;
        if (card == QLatin1String("4000000000000341") && !isYearly && rng.generateDouble() < 0.5)
            when = end - (31 + qint64(rng.bounded(8))) * kDay;
        else if (trial && rng.generateDouble() < 0.5)
            when = end - qint64(rng.bounded(6)) * kDay - kDay;
        const QJsonObject chosen = isYearly ? yearly : monthly;
        const bool campaign = when >= start + kCampaignStarts * kDay && when < start + kCampaignEnds * kDay
            && extras.generateDouble() < 0.4;
        actions.append({when, [this, person, card, chosen, trial, campaign, &none] {
            QJsonObject session{
                {QStringLiteral("id"), m_ctx.ids.next(QStringLiteral("cs_test_"), 58)},
                {QStringLiteral("object"), QStringLiteral("checkout.session")},
                {QStringLiteral("amount_subtotal"), chosen.value(QStringLiteral("unit_amount"))},
                {QStringLiteral("amount_total"), chosen.value(QStringLiteral("unit_amount"))},
                {QStringLiteral("client_reference_id"), person.userId},
                {QStringLiteral("created"), m_ctx.clock.now()},
                {QStringLiteral("currency"), QStringLiteral("usd")},
                {QStringLiteral("customer"), QJsonValue()},
                {QStringLiteral("customer_email"), person.email},
                {QStringLiteral("expires_at"), m_ctx.clock.now() + kDay},
                {QStringLiteral("livemode"), false},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), person.userId}, {QStringLiteral("user_email"), person.email}}},
                {QStringLiteral("mode"), QStringLiteral("subscription")},
                {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
                {QStringLiteral("status"), QStringLiteral("open")},
                {QStringLiteral("success_url"), QStringLiteral("https://chat.openai.com/?payment=success")},
                {QStringLiteral("cancel_url"), QStringLiteral("https://chat.openai.com/?payment=cancelled")},
                {QStringLiteral("ui_mode"), QStringLiteral("hosted_page")},
                {QStringLiteral("allow_promotion_codes"), campaign},
                {QStringLiteral("url"), QJsonValue()},
                {QStringLiteral("_line_items"), QJsonArray{QJsonObject{{QStringLiteral("price"), chosen}, {QStringLiteral("quantity"), 1}}}},
                {QStringLiteral("_subscription_data"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), person.userId}}},
                                                                   {QStringLiteral("trial_period_days"), trial ? QStringLiteral("7") : QString()}}},
            };
            m_ctx.save(session);
            CheckoutFlow(m_ctx).complete(session, {card, person.email, person.name, QStringLiteral("approve"),
                                                   campaign ? QString::fromLatin1(kCampaignCode) : QString()},
                                         none);
        }});

        // A few ask for part of a payment back without leaving ("charged while on holiday").
        if (extras.generateDouble() < 0.05) {
            const qint64 asks = when + kDay * qint64(35 + extras.bounded(300));
            if (asks < end) {
                actions.append({asks, [this, person, &none] {
                    const auto subs = m_ctx.store.all(QStringLiteral("subscription"),
                                                      {{QStringLiteral("$.metadata.user_id"), QStringLiteral("="), {person.userId}}});
                    if (subs.isEmpty())
                        return;
                    const auto charges = m_ctx.store.all(QStringLiteral("charge"),
                                                         {{QStringLiteral("$.customer"), QStringLiteral("="), {subs.first().value(QStringLiteral("customer")).toString()}},
                                                          {QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("succeeded")}}});
                    if (charges.isEmpty() || charges.last().value(QStringLiteral("disputed")).toBool()
                        || charges.last().value(QStringLiteral("amount_refunded")).toInteger() > 0)
                        return;
                    Payments(m_ctx).refund(charges.last(), charges.last().value(QStringLiteral("amount")).toInteger() / 2,
                                           QStringLiteral("requested_by_customer"), none);
                }});
            }
        }

        // Half of those whose renewal is declined give another card within days (the
        // portal's card update): the open invoice is paid again and Premium continues.
        if (card == QLatin1String("4000000000000341") && when == joins && extras.generateDouble() < 0.5) {
            const qint64 renewalFails = Documents::addInterval(when, chosen.value(QStringLiteral("recurring")).toObject());
            actions.append({renewalFails + kDay * qint64(1 + extras.bounded(3)), [this, person, &none] {
                const auto subs = m_ctx.store.all(QStringLiteral("subscription"),
                                                  {{QStringLiteral("$.metadata.user_id"), QStringLiteral("="), {person.userId}},
                                                   {QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("past_due")}}});
                if (!subs.isEmpty())
                    CustomerCard::replaceDefault(m_ctx, subs.first().value(QStringLiteral("customer")).toString(),
                                                 QStringLiteral("5555555555554444"), none);
            }});
        }

        // About a quarter leave: most at period end, some at once; a few get a refund.
        const double leave = rng.generateDouble();
        const qint64 leavesAt = when + kDay * qint64(20 + rng.bounded(300));
        if (leave < 0.25 && leavesAt < end) {
            const bool atPeriodEnd = leave < 0.19;
            const bool refund = leave >= 0.23;
            actions.append({leavesAt, [this, person, atPeriodEnd, refund, &none] {
                const auto subs = m_ctx.store.all(QStringLiteral("subscription"),
                                                  {{QStringLiteral("$.metadata.user_id"), QStringLiteral("="), {person.userId}},
                                                   {QStringLiteral("$.status"), QStringLiteral("IN"), {QStringLiteral("active"), QStringLiteral("trialing")}}});
                if (subs.isEmpty())
                    return;
                QJsonObject sub = subs.first();
                if (atPeriodEnd) {
                    SubscriptionLifecycle(m_ctx).scheduleCancel(sub, true, none);
                    return;
                }
                SubscriptionLifecycle(m_ctx).cancelNow(sub, QStringLiteral("cancellation_requested"),
                                                       {{QStringLiteral("feedback"), QStringLiteral("too_expensive")}}, none);
                if (refund) {
                    const auto charges = m_ctx.store.all(QStringLiteral("charge"), {{QStringLiteral("$.customer"), QStringLiteral("="), {sub.value(QStringLiteral("customer")).toString()}},
                                                                                      {QStringLiteral("$.status"), QStringLiteral("="), {QStringLiteral("succeeded")}}});
                    if (!charges.isEmpty() && !charges.last().value(QStringLiteral("disputed")).toBool())
                        Payments(m_ctx).refund(charges.last(), 0, QStringLiteral("requested_by_customer"), none);
                }
            }});
        }
    }
    std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) { return a.at < b.at; });

    for (const Action &action : std::as_const(actions)) {
        const ApiResponse step = m_work.run([&] {
            SubscriptionLifecycle(m_ctx).advanceTo(action.at);
            action.run();
            return ApiResponse{};
        });
        if (step.status != 200) {
            *error = step.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            return -1;
        }
    }
    const ApiResponse finish = m_work.run([&] {
        // Up to the present: the account's clock runs with real time again.
        SubscriptionLifecycle(m_ctx).advanceTo(qMax(end, QDateTime::currentSecsSinceEpoch()));
        return ApiResponse{};
    });
    if (finish.status != 200) {
        *error = finish.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return -1;
    }
    return customers;
}

} // namespace sandbox
