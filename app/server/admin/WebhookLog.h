#pragma once

#include "db/SqlDialect.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace companion::server {

// What companion-admin's webhook log asks for; every field optional.
struct WebhookLogFilter {
    QString type;      // exact, or a prefix ending in ".*" (customer.subscription.*)
    QString outcome;   // applied, duplicate, stale, ignored, rejected, failed, pending
    QString userId;
    qint64 since = 0;  // received_at ≥ since
    qint64 until = 0;  // received_at < until
    qint64 before = 0; // cursor: rows with a smaller id (newest first)
    int limit = 50;
};

// The webhook_events table as the admin API shows it. Methods throw
// billing::StoreError when the database fails.
class WebhookLog
{
public:
    explicit WebhookLog(QSqlDatabase db);

    // {data: [...], has_more, next_cursor}
    QJsonObject list(const WebhookLogFilter &filter) const;
    // One delivery with its payload; `key` is an evt_ id or the row id.
    std::optional<QJsonObject> find(const QString &key) const;
    // Counts per outcome and per type since `since`, the last delivery and the failure rate.
    QJsonObject stats(qint64 since, qint64 now) const;

    static const QStringList &outcomes();
    // The Health page's numbers from the log: the newest delivery, failed events of the
    // last 30 days still open, and the last 24 hours' deliveries hour by hour (oldest
    // first: hour_start, ok, failed, rejected; duplicates, stale and ignored count as ok).
    QJsonObject health(qint64 now) const;
    // When the newest signed delivery arrived (none yet: empty); /metrics and health.
    std::optional<qint64> newestDelivery() const;
    // Events of the last 30 days (all Stripe can still send again) stored as failed
    // and not applied since: reprocessing or recovery changes the row's outcome.
    qint64 failedEventsOpen(qint64 now) const;

private:
    QSqlDatabase m_db;
};

} // namespace companion::server
