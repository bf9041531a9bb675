#include "EventLog.h"

#include "Ids.h"
#include "ObjectDefaults.h"
#include "SandboxClock.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "stripe/ApiVersion.h"

namespace sandbox {

EventLog::EventLog(SandboxStore *store, SandboxClock *clock, Ids *ids, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_ids(ids)
{
}

QJsonObject EventLog::emitEvent(const QString &type, const QJsonObject &object, const QJsonObject &previousAttributes,
                                const QString &requestId, const QString &idempotencyKey, int position)
{
    QJsonObject data{{QStringLiteral("object"), ObjectDefaults::complete(SandboxContext::publicView(object))}};
    if (!previousAttributes.isEmpty())
        data.insert(QStringLiteral("previous_attributes"), previousAttributes);
    const QJsonObject request{
        {QStringLiteral("id"), requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
        {QStringLiteral("idempotency_key"), idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(idempotencyKey)},
    };
    const QJsonObject event{
        {QStringLiteral("id"), m_ids->next(QStringLiteral("evt_"))},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("api_version"), QString::fromLatin1(companion::stripe::kApiVersion)},
        {QStringLiteral("created"), m_clock->now()},
        {QStringLiteral("data"), data},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("pending_webhooks"), m_counter ? m_counter(type) : 0},
        {QStringLiteral("request"), request},
        {QStringLiteral("type"), type},
    };
    if (position >= 0 && position < m_pending.size())
        m_pending.insert(position, event);
    else
        m_pending.append(event);
    return event;
}

bool EventLog::storePending()
{
    for (const QJsonObject &event : std::as_const(m_pending)) {
        if (!m_store->put(event))
            return false;
    }
    return true;
}

void EventLog::publishPending()
{
    const QList<QJsonObject> events = std::exchange(m_pending, {});
    for (const QJsonObject &event : events)
        Q_EMIT eventCreated(event);
}

} // namespace sandbox
