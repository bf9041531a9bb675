#pragma once

namespace companion::db {
class ReadReplica;
}

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
    db::ReadReplica *readReplica = nullptr; // DATABASE_READ_URL, when set
};

} // namespace companion::server
