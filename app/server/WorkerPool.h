#pragma once

#include "db/DatabaseThread.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace companion::server {

// What every database job reports besides its own answer: a failed job drops its
// thread's connection, so a database that restarted is reconnected to on the
// next job instead of failing forever on a dead socket.
struct DatabaseJobResult {
    bool databaseFailed = false;
    QString databaseError; // for the log, never for the client
};

// The threads (each with its own connection) that run the API's SQL, so the
// HTTP thread never waits for the database and both CPU cores do work.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    WorkerPool(const db::DatabaseConfig &config, int threads, QObject *parent = nullptr);

    // Runs job(connection) on the next worker; then done(result) on this object's thread.
    template<typename Result>
    void run(QObject *receiver, std::function<Result(db::Connection &)> job, std::function<void(Result)> done)
    {
        db::DatabaseThread *thread = m_threads.at(m_next++ % m_threads.size()).get();
        ++*m_pending;
        thread->run<Result>(receiver, [job = std::move(job), pending = m_pending, onFailure = m_onFailure](db::Connection &connection) {
            Result result = connection.ok() ? job(connection) : failed<Result>(connection.error);
            --*pending;
            if (result.databaseFailed) {
                db::Database::dropThreadConnections();
                if (onFailure)
                    onFailure();
            }
            return result;
        }, std::move(done));
    }

    int size() const { return int(m_threads.size()); }
    // Jobs queued or running, readable from any thread for as long as the reader keeps it.
    std::shared_ptr<const std::atomic<int>> pending() const { return m_pending; }
    // Told, on the worker's thread, of every job that failed on the database (metrics).
    // Set before the first job.
    void setFailureObserver(std::function<void()> observer) { m_onFailure = std::move(observer); }

private:
    template<typename Result>
    static Result failed(const QString &error)
    {
        Result result;
        result.databaseFailed = true;
        result.databaseError = error;
        return result;
    }

    std::vector<std::unique_ptr<db::DatabaseThread>> m_threads;
    size_t m_next = 0;
    std::shared_ptr<std::atomic<int>> m_pending = std::make_shared<std::atomic<int>>(0);
    std::function<void()> m_onFailure;
};

} // namespace companion::server
