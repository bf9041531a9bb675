#pragma once

#include "ServerConfig.h"

namespace companion::server {

// One-shot operator commands of companion-server (besides serving).
class ServerCommands
{
public:
    // Creates `users` demo learners in an empty database; prints what it did.
    static int seedDemo(const ServerConfig &config, int users, quint32 seed);
};

} // namespace companion::server
