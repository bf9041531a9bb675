#pragma once

#include "ApiTypes.h"

#include <functional>

namespace sandbox {

class EventLog;
class SandboxStore;

// One API call or page submit: its changes commit together or not at all, and its
// events are announced (webhooks sent) only after the commit.
class UnitOfWork
{
public:
    UnitOfWork(SandboxStore &store, EventLog &events);

    // Runs `work`; a StripeException rolls everything back and becomes the response.
    ApiResponse run(const std::function<ApiResponse()> &work) const;

private:
    SandboxStore &m_store;
    EventLog &m_events;
};

} // namespace sandbox
