#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace sandbox {

class SandboxStore;
class SandboxClock;
class Ids;

// Records Stripe events (evt_…) as state changes happen, rendered once with the
// pinned API version, and announces them for webhook delivery.
class EventLog : public QObject
{
    Q_OBJECT
public:
    EventLog(SandboxStore *store, SandboxClock *clock, Ids *ids, QObject *parent = nullptr);

    // `requestId`/`idempotencyKey` say which API call caused it (empty for automatic ones).
    // `position` puts it earlier in the stream of the current call (Stripe sends
    // checkout.session.completed before the subscription's events).
    QJsonObject emitEvent(const QString &type, const QJsonObject &object, const QJsonObject &previousAttributes = {},
                          const QString &requestId = {}, const QString &idempotencyKey = {}, int position = -1);
    qsizetype pendingCount() const { return m_pending.size(); }

    // How many endpoints an event goes to: set by the dispatcher, shown as pending_webhooks.
    void setEndpointCounter(std::function<int(const QString &type)> counter) { m_counter = std::move(counter); }

    // Events of an API call are announced only once its transaction has committed,
    // so a failed call never sends webhooks for changes that were rolled back.
    // Saves the call's events in stream order (inside its transaction, before commit).
    bool storePending();
    void publishPending();
    void dropPending() { m_pending.clear(); }

Q_SIGNALS:
    void eventCreated(const QJsonObject &event);

private:
    SandboxStore *m_store;
    SandboxClock *m_clock;
    Ids *m_ids;
    std::function<int(const QString &)> m_counter;
    QList<QJsonObject> m_pending;
};

} // namespace sandbox
