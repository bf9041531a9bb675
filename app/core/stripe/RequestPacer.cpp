#include "RequestPacer.h"

#include <QTimer>

namespace companion::stripe {

RequestPacer::RequestPacer(int perSecond, int inFlight, QObject *parent)
    : QObject(parent)
    , m_perSecond(qMax(1, perSecond))
    , m_maxInFlight(qMax(1, inFlight))
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RequestPacer::pump);
}

void RequestPacer::acquire(std::function<void()> start)
{
    m_waiting.enqueue(std::move(start));
    pump();
}

void RequestPacer::release()
{
    m_running = qMax(0, m_running - 1);
    pump();
}

void RequestPacer::clear()
{
    m_waiting.clear();
}

void RequestPacer::pump()
{
    while (!m_waiting.isEmpty() && m_running < m_maxInFlight) {
        const qint64 now = m_clock.elapsed();
        while (!m_recentStarts.isEmpty() && now - m_recentStarts.head() >= 1000)
            m_recentStarts.dequeue();
        if (m_recentStarts.size() >= m_perSecond) {
            m_timer->start(int(1000 - (now - m_recentStarts.head())) + 1);
            return;
        }
        m_recentStarts.enqueue(now);
        ++m_running;
        m_waiting.dequeue()();
    }
}

} // namespace companion::stripe
