#include "DatabaseThread.h"

#include "util/ThreadCrypto.h"

namespace companion::db {

DatabaseThread::DatabaseThread(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("database"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Emitted on the database thread itself, before wait() returns.
    connect(&m_thread, &QThread::finished, m_worker, [] {
        Database::dropThreadConnections();
        util::releaseThreadCrypto();
    }, Qt::DirectConnection);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace companion::db
