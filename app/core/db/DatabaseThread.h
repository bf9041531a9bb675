#pragma once

#include "Database.h"
#include "DatabaseConfig.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
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
            if (!self)
                return;
            // Hop back via `self`, which lives on the receiver's thread, so the
            // guard is checked on the thread that could delete the receiver.
            QMetaObject::invokeMethod(self, [guard, done = std::move(done), result = std::move(result)]() {
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }

private:
    DatabaseConfig m_config;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace companion::db
