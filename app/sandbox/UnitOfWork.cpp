#include "UnitOfWork.h"

#include "EventLog.h"
#include "SandboxStore.h"
#include "db/Transaction.h"

namespace sandbox {

UnitOfWork::UnitOfWork(SandboxStore &store, EventLog &events)
    : m_store(store)
    , m_events(events)
{
}

ApiResponse UnitOfWork::run(const std::function<ApiResponse()> &work) const
{
    companion::db::Transaction tx(m_store.database(), companion::db::Dialect::SQLite);
    try {
        if (!tx.isActive())
            throw StripeException(500, QStringLiteral("api_error"), QStringLiteral("The sandbox could not start a transaction: %1").arg(tx.error()));
        ApiResponse response = work();
        if (!m_events.storePending())
            throw StripeException(500, QStringLiteral("api_error"), QStringLiteral("The sandbox could not record events."));
        if (!tx.commit())
            throw StripeException(500, QStringLiteral("api_error"), QStringLiteral("The sandbox could not commit: %1").arg(tx.error()));
        m_events.publishPending();
        return response;
    } catch (const StripeException &e) {
        tx.rollback();
        m_events.dropPending();
        return {e.status(), e.body()};
    }
}

} // namespace sandbox
