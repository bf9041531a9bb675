#pragma once

#include <QRandomGenerator>
#include <QStringList>

#include <vector>

namespace companion::bench {

// The shop's state as the generated events leave it, across runs.
struct WebhookBenchWorld {
    std::vector<char> subscribed;
    std::vector<int> withSubscription;
    std::vector<int> withoutSubscription; // shuffled; created events and checkouts take from the back
    std::vector<int> generation;          // the user's live subscription: 0 for sub_bench<n>, k for sub_bench<n>g<k>
    QStringList canceledSincePlanned;     // deleted by the last plan: Stripe says canceled from now on
    qint64 nextCreated = 0;                // event.created: one second apart, increasing across runs
    qint64 billingBase = 0;                // users' billing anchors lie up to 4 weeks before it
    // A user's current period starts on their own anchor, as in Stripe: the events of
    // one subscription agree on it (and a paid invoice matches the subscription's period).
    qint64 periodStartOf(int user) const { return billingBase - qint64(user % 28) * 86400; }

    // The shop as WebhookBenchSeed::seed() left it at `startedAt`: every second user subscribed.
    static WebhookBenchWorld seeded(int users, qint64 startedAt, QRandomGenerator &rng);
};

} // namespace companion::bench
