#include "WorkerPool.h"

namespace companion::server {

WorkerPool::WorkerPool(const db::DatabaseConfig &config, int threads, QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < qMax(1, threads); ++i)
        m_threads.push_back(std::make_unique<db::DatabaseThread>(config));
}

} // namespace companion::server
