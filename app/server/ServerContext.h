#pragma once

namespace companion::stripe {
class StripeClient;
}

namespace companion::server {

struct ServerConfig;
class InFlight;
class WorkerPool;

// What route classes share; owned by CompanionServer, which outlives them.
struct ServerContext {
    const ServerConfig &config;
    WorkerPool &workers;
    InFlight &inFlight;
    stripe::StripeClient &stripe;
};

} // namespace companion::server
