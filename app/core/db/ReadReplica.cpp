#include "ReadReplica.h"

#include "ReplicationState.h"
#include "util/Log.h"

#include <QDateTime>

namespace companion::db {

namespace {
constexpr qint64 kSkipAfterFailureMs = 10'000;
}

ReadReplica::ReadReplica(DatabaseConfig config, int maxLagMs)
    : m_config(std::move(config))
    , m_maxLagMs(maxLagMs)
{
}

Connection ReadReplica::choose(Connection &primary, ReadRoute *route)
{
    *route = ReadRoute();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_skipUntilMs.load()) {
        route->reason = QStringLiteral("unreachable");
        remember(*route);
        return primary;
    }
    Connection replica = Database::connection(m_config);
    QString error = replica.error;
    std::optional<ReplicationState> state;
    if (replica.ok())
        state = ReplicationState::read(replica.db, &error);
    if (!state) {
        // A dead socket stays "open" to Qt: close it so the next try connects anew.
        replica.db.close();
        m_skipUntilMs.store(now + kSkipAfterFailureMs);
        if (!m_warned.exchange(true))
            qCWarning(lcDb).noquote() << "read replica" << m_config.displayName() << "cannot be used, reads go to the primary:" << error;
        route->reason = QStringLiteral("unreachable");
        remember(*route);
        return primary;
    }
    m_warned.store(false);
    route->lagSeconds = state->lagSeconds;
    if (state->standby && !state->receiving)
        route->reason = QStringLiteral("not_receiving");
    else if (state->lagSeconds * 1000 > m_maxLagMs)
        route->reason = QStringLiteral("lagging");
    else
        route->replica = true;
    remember(*route);
    return route->replica ? replica : primary;
}

void ReadReplica::remember(const ReadRoute &route)
{
    if (m_observer)
        m_observer(route);
    const QMutexLocker lock(&m_mutex);
    m_last = route;
    m_lastAtMs = QDateTime::currentMSecsSinceEpoch();
}

QJsonObject ReadReplica::state() const
{
    const QMutexLocker lock(&m_mutex);
    QJsonObject state{
        {QStringLiteral("configured"), true},
        {QStringLiteral("max_lag_seconds"), m_maxLagMs / 1000.0},
        {QStringLiteral("reads_from"), m_lastAtMs == 0 ? QJsonValue() : QJsonValue(m_last.replica ? QStringLiteral("replica") : QStringLiteral("primary"))},
        {QStringLiteral("lag_seconds"), m_last.lagSeconds < 0 ? QJsonValue() : QJsonValue(m_last.lagSeconds)},
        {QStringLiteral("reason"), m_last.reason.isEmpty() ? QJsonValue() : QJsonValue(m_last.reason)},
        {QStringLiteral("checked_at"), m_lastAtMs == 0 ? QJsonValue() : QJsonValue(m_lastAtMs / 1000)},
    };
    return state;
}

} // namespace companion::db
