#include "WebhookBenchWorld.h"

#include <algorithm>

namespace companion::bench {

namespace {
constexpr qint64 kDay = 86400;
}

WebhookBenchWorld WebhookBenchWorld::seeded(int users, qint64 startedAt, QRandomGenerator &rng)
{
    WebhookBenchWorld world;
    world.subscribed.assign(size_t(users), 0);
    world.generation.assign(size_t(users), 0);
    for (int u = 0; u < users; ++u) {
        if (u % 2 == 0) {
            world.subscribed[size_t(u)] = 1;
            world.withSubscription.push_back(u);
        } else {
            world.withoutSubscription.push_back(u);
        }
    }
    std::shuffle(world.withoutSubscription.begin(), world.withoutSubscription.end(), rng);
    world.nextCreated = startedAt - 20 * kDay; // in the past, one second apart: never a same-second tie
    world.billingBase = world.nextCreated - 2 * kDay;
    return world;
}

} // namespace companion::bench
