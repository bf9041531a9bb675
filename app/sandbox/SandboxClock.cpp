#include "SandboxClock.h"

#include "SandboxStore.h"

#include <QDateTime>

namespace sandbox {

SandboxClock::SandboxClock(SandboxStore *store)
    : m_store(store)
    , m_offset(store->state(QStringLiteral("clock_offset"), QStringLiteral("0")).toLongLong())
{
}

qint64 SandboxClock::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_offset;
}

void SandboxClock::advanceTo(qint64 unixSeconds)
{
    const qint64 delta = unixSeconds - now();
    if (delta <= 0)
        return;
    m_offset += delta;
    m_store->setState(QStringLiteral("clock_offset"), QString::number(m_offset));
}

} // namespace sandbox

namespace sandbox {

void SandboxClock::rewindTo(qint64 unixSeconds)
{
    m_offset = unixSeconds - QDateTime::currentSecsSinceEpoch();
    m_store->setState(QStringLiteral("clock_offset"), QString::number(m_offset));
}

} // namespace sandbox
