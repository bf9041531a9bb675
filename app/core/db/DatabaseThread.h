#pragma once

#include "Database.h"
#include "DatabaseConfig.h"
#include "ReadReplica.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <utility>

namespace companion::db {

// A thread with its own database connection that runs jobs one after another,
// so GUI code never waits for SQL. Results come back on the caller's thread and
// are dropped if the receiving object died meanwhile.
class DatabaseThread : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseThread(DatabaseConfig config, QObject *parent = nullptr);
    ~DatabaseThread() override; // finishes the running job, drops the queued ones

    const DatabaseConfig &config() const { return m_config; }

    // A streaming replica for runRead() jobs; none: they read the primary too.
    void setReadReplica(std::shared_ptr<ReadReplica> replica) { m_replica = std::move(replica); }
    bool hasReadReplica() const { return m_replica != nullptr; }

    // Runs job(connection) on the database thread, then done(result) on `receiver`'s
    // thread (which must be this object's thread).
    template<typename Result>
    void run(QObject *receiver, std::function<Result(Connection &)> job, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(receiver);
        QPointer<DatabaseThread> self(this);
        QMetaObject::invokeMethod(m_worker, [this, self, guard, job = std::move(job), done = std::move(done)]() mutable {
            Connection connection = Database::connection(m_config);
            Result result = job(connection);
            answer<Result>(self, guard, std::move(done), std::move(result));
        }, Qt::QueuedConnection);
    }

    // A job that only reads, and may read from the replica while it is at most its
    // bound behind (else from the primary); readRouted() says where it went.
    template<typename Result>
    void runRead(QObject *receiver, std::function<Result(Connection &)> job, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(receiver);
        QPointer<DatabaseThread> self(this);
        QMetaObject::invokeMethod(m_worker, [this, self, guard, replica = m_replica, job = std::move(job), done = std::move(done)]() mutable {
            Connection primary = Database::connection(m_config);
            if (!replica) {
                Result result = job(primary);
                return answer<Result>(self, guard, std::move(done), std::move(result));
            }
            ReadRoute route;
            Connection connection = replica->choose(primary, &route);
            Result result = job(connection);
            if (self)
                QMetaObject::invokeMethod(self, [self, route] {
                    if (self)
                        Q_EMIT self->readRouted(route);
                }, Qt::QueuedConnection);
            answer<Result>(self, guard, std::move(done), std::move(result));
        }, Qt::QueuedConnection);
    }

Q_SIGNALS:
    // Where a runRead() job read (the replica, or the primary and why).
    void readRouted(const companion::db::ReadRoute &route);

private:
    template<typename Result>
    static void answer(const QPointer<DatabaseThread> &self, const QPointer<QObject> &guard, std::function<void(Result)> done, Result result)
    {
        if (!self)
            return;
        // Hop back via `self`, which lives on the receiver's thread, so the
        // guard is checked on the thread that could delete the receiver.
        QMetaObject::invokeMethod(self, [guard, done = std::move(done), result = std::move(result)]() {
            if (guard)
                done(result);
        }, Qt::QueuedConnection);
    }

    DatabaseConfig m_config;
    std::shared_ptr<ReadReplica> m_replica;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace companion::db
