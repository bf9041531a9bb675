#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>

#include <functional>

class QTimer;

namespace companion::stripe {

// Keeps bulk work polite: at most `perSecond` requests started in any second and at
// most `inFlight` unanswered, so a full sync stays under Stripe's rate limit (25/s
// in test mode, 100/s live) and backs off further when Stripe says 429.
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    RequestPacer(int perSecond, int inFlight, QObject *parent = nullptr);

    // Runs `start` when a slot is free; the started request must call release() once done.
    void acquire(std::function<void()> start);
    void release();
    void clear(); // drops what has not started yet (cancel)

    int perSecond() const { return m_perSecond; }
    int inFlight() const { return m_running; }

private:
    void pump();

    int m_perSecond;
    int m_maxInFlight;
    int m_running = 0;
    QQueue<std::function<void()>> m_waiting;
    QQueue<qint64> m_recentStarts; // ms timestamps within the last second
    QElapsedTimer m_clock;
    QTimer *m_timer;
};

} // namespace companion::stripe
