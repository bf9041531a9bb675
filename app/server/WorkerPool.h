#pragma once

#include "db/DatabaseThread.h"

#include <QObject>

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
        thread->run<Result>(receiver, [job = std::move(job)](db::Connection &connection) {
            Result result = connection.ok() ? job(connection) : failed<Result>(connection.error);
            if (result.databaseFailed)
                db::Database::dropThreadConnections();
            return result;
        }, std::move(done));
    }

    int size() const { return int(m_threads.size()); }

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
};

} // namespace companion::server
