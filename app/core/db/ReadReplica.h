#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QMutex>

#include <atomic>
#include <functional>

namespace companion::db {

// Where one read was served from, for the answer's headers and the health page.
struct ReadRoute {
    bool replica = false;
    double lagSeconds = -1; // the replica's when it was asked; -1: not known
    QString reason;         // why the primary although a replica is configured: lagging, not_receiving, unreachable
};

// A streaming replica for reads (the server's DATABASE_READ_URL, the desk's read
// database) that must never be older than a bound. Every read asks
// the replica how far behind it is, in the same job, just before reading, and goes
// to the primary instead when it is more than the bound behind, does not follow a
// primary, or cannot be reached (then it is left alone for a while, so reads do not
// each wait for a connect timeout). Safe from any worker thread.
class ReadReplica
{
public:
    ReadReplica(DatabaseConfig config, int maxLagMs);

    // On a worker thread: the connection this job's reads use (`primary`, or this
    // thread's connection to the replica), and why.
    Connection choose(Connection &primary, ReadRoute *route);

    // The last choice: configured, where reads go, lag, bound (the server's health report).
    QJsonObject state() const;
    int maxLagMs() const { return m_maxLagMs; }
    // Told of every choice, on the worker's thread (metrics). Set before the first read.
    void setObserver(std::function<void(const ReadRoute &)> observer) { m_observer = std::move(observer); }

private:
    void remember(const ReadRoute &route);

    const DatabaseConfig m_config;
    const int m_maxLagMs;
    std::function<void(const ReadRoute &)> m_observer;
    std::atomic<qint64> m_skipUntilMs{0};
    std::atomic<bool> m_warned{false};
    mutable QMutex m_mutex;
    ReadRoute m_last;
    qint64 m_lastAtMs = 0;
};

} // namespace companion::db
