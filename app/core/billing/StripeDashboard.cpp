#include "StripeDashboard.h"

namespace companion::billing {

namespace {
struct Page {
    const char *prefix;
    const char *section;
};
// The Dashboard's page per id prefix; charges and payment intents both show as a payment.
const Page kPages[] = {
    {"cus_", "customers"},      {"sub_sched_", "subscription_schedules"}, {"sub_", "subscriptions"},
    {"in_", "invoices"},        {"ch_", "payments"},                      {"py_", "payments"},
    {"pi_", "payments"},        {"evt_", "events"},                       {"pm_", "payment_methods"},
    {"re_", "refunds"},         {"dp_", "disputes"},                      {"du_", "disputes"},
    {"seti_", "setup_intents"}, {"prod_", "products"},                    {"price_", "prices"},
    {"po_", "payouts"},         {"we_", "webhooks"},                      {"clock_", "test-clocks"},
};
} // namespace

bool StripeDashboard::exists(const QUrl &apiBase)
{
    // Only Stripe itself has a Dashboard; the sandbox (any other host) has none.
    return apiBase.host() == QLatin1String("api.stripe.com");
}

QUrl StripeDashboard::url(const QUrl &apiBase, const QString &id, bool livemode)
{
    if (!exists(apiBase) || id.isEmpty())
        return {};
    for (const Page &page : kPages) {
        if (!id.startsWith(QLatin1String(page.prefix)))
            continue;
        QUrl url(QStringLiteral("https://dashboard.stripe.com"));
        url.setPath(QStringLiteral("/%1%2/%3").arg(livemode ? QString() : QStringLiteral("test/"), QLatin1String(page.section), id));
        return url;
    }
    return {};
}

} // namespace companion::billing
