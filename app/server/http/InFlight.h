#pragma once

#include <QObject>

namespace companion::server {

// Counts requests that have arrived and not been answered yet, so a shutdown
// can wait for them (graceful drain) instead of cutting them off.
class InFlight : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    int count() const { return m_count; }
    void begin() { ++m_count; }
    void end()
    {
        if (--m_count == 0)
            Q_EMIT drained();
    }

Q_SIGNALS:
    void drained();

private:
    int m_count = 0;
};

} // namespace companion::server
