#pragma once

#include <QtGlobal>

namespace sandbox {

class SandboxStore;

// The account's time: real time plus an offset that test helpers move forward,
// so renewals, retries and period ends happen on demand. Saved across restarts.
class SandboxClock
{
public:
    explicit SandboxClock(SandboxStore *store);

    qint64 now() const;
    qint64 offset() const { return m_offset; }
    void advanceTo(qint64 unixSeconds); // never backwards
    // Only for building demo history in an empty account: start it in the past.
    void rewindTo(qint64 unixSeconds);

private:
    SandboxStore *m_store;
    qint64 m_offset = 0;
};

} // namespace sandbox
